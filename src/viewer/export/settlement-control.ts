// Settlement control in exports: the off-screen map's control layer at each frame's date, legend rows for what the
// image shows, and the bundle's features. A date-stamped export reads "as reported up to D": only reports published
// by D, whatever reading the live map is in.
import type { Map as MlMap } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { AppState } from '../app/state.ts';
import type { Side } from '../../core/schema.ts';
import { CONTROL_SETTLEMENT_LAYERS, CONTROL_FOOTPRINT_LAYERS, setControlData } from '../map/layers/control.ts';
import { claimantsByStatus, controlAt, footprintKey, settlementStale } from '../data/control-model.ts';
import { STALE_AFTER_DAYS } from '../../core/claims/visibility.ts';
import {
  CONTROL_SYMBOLS,
  DISTRICT_RING,
  DISTRICT_RING_COLOUR,
  DISTRICT_RING_LABEL,
  SETTLEMENT_RING,
  controlLegendLabel,
  staleRingLabel,
  footprintLabel,
  footprintBriefLabel,
  footprintPacking,
  footprintPlace,
} from '../../print/control-symbols.ts';
import { hasOwnPoint } from '../../core/events/footprint.ts';
import type { LegendEntry } from '../../print/page-content.ts';
import { orderLegend, type RankedRow } from '../../print/legend-order.ts';

export const EXPORT_READING = 'reported' as const;

export function setExportControlDate(off: MlMap, s: AppState, date: string): void {
  setControlData(off, s, date, EXPORT_READING);
}

/** Adds the settlements and footprints (footprintKey: holder and country) drawn on `map` to the sets. */
export function collectControl(map: MlMap, settlements: Set<string>, footprints: Set<string>): void {
  const layers = [...CONTROL_SETTLEMENT_LAYERS, ...CONTROL_FOOTPRINT_LAYERS].filter((id) => map.getLayer(id));
  for (const f of map.queryRenderedFeatures({ layers })) {
    const p = f.properties ?? {};
    if (p.role === 'settlement' && typeof p.id === 'string') settlements.add(p.id);
    else if ((p.role === 'footprint' || p.role === 'hatch') && typeof p.holder === 'string')
      footprints.add(footprintKey({ holder: p.holder as Side, country: typeof p.country === 'string' && p.country ? p.country : null }));
  }
}

export function controlLegendEntries(s: AppState, settlements: Set<string>, footprints: Set<string>, date: string): LegendEntry[] {
  return orderLegend(controlLegendRows(s, settlements, footprints, date));
}

/** The control rows with their legend group (print/legend-order.ts orders them with the rest of the legend). `brief`:
 * the summarised rows of a page short of room: each holder names one claimant and counts the rest, and a holder's
 * footprints (one per country) share one row. */
export function controlLegendRows(
  s: AppState,
  settlements: Set<string>,
  footprints: Set<string>,
  date: string,
  brief = false,
): RankedRow<LegendEntry>[] {
  const view = controlAt(s, date, EXPORT_READING);
  const shown = view.statuses.filter((st) => settlements.has(st.settlement));
  const out: RankedRow<LegendEntry>[] = [];
  for (const [status, claimants] of claimantsByStatus(s, shown)) {
    const color = CONTROL_SYMBOLS[status].color;
    out.push({
      group: 'control-status',
      row: {
        swatch:
          status === 'contested'
            ? { kind: 'halo', fill: `${color}33`, stroke: color }
            : { kind: 'dot', fill: color, stroke: color, hollow: true },
        // "In this frame": the claimants counted are those of the settlements the frame draws, where the viewer's
        // legend counts every settlement at the date ("and 41 more" here, "and 42 more" there: events dev corpus,
        // 1 Mar 2025, A4 landscape).
        label: `${controlLegendLabel(status, claimants, brief ? 1 : 4)} (settlements in this frame, as reported)`,
      },
    });
  }
  if (shown.some((st) => !hasOwnPoint(st)))
    out.push({
      group: 'control-district',
      row: {
        swatch: {
          kind: 'ring',
          color: DISTRICT_RING_COLOUR,
          width: DISTRICT_RING.width,
          fill: DISTRICT_RING_COLOUR,
          opacity: DISTRICT_RING.fillOpacity,
        },
        label: DISTRICT_RING_LABEL,
      },
    });
  if (shown.some((st) => settlementStale(st, date)))
    out.push({
      group: 'control-stale',
      row: {
        swatch: {
          kind: 'ring',
          color: DISTRICT_RING_COLOUR,
          width: SETTLEMENT_RING.width,
          fill: DISTRICT_RING_COLOUR,
          opacity: 0,
          dash: true,
        },
        label: staleRingLabel(STALE_AFTER_DAYS),
      },
    });
  // One row per footprint the frame shows (a holder's footprint is cut per country; the one in another country, off
  // the frame, is not listed), as the claims list only those drawn.
  const drawn = view.footprints.filter((fp) => footprints.has(footprintKey(fp)));
  if (brief) {
    for (const holder of [...new Set(drawn.map((fp) => fp.holder))]) {
      const mine = drawn.filter((fp) => fp.holder === holder);
      const countries = [...new Set(mine.flatMap((fp) => (fp.country ? [fp.country] : [])))];
      const area = mine.reduce((a, fp) => a + fp.areaKm2, 0);
      out.push({
        group: 'control-footprint',
        row: {
          swatch: { kind: 'hatch', color: CONTROL_SYMBOLS[holder].color, opacity: 0.6, dash: true },
          label: footprintBriefLabel(holder, countries, area),
          packed: footprintPacking(holder, countries, area),
        },
      });
    }
    return out;
  }
  for (const fp of drawn) {
    out.push({
      group: 'control-footprint',
      row: {
        swatch: { kind: 'hatch', color: CONTROL_SYMBOLS[fp.holder].color, opacity: 0.6, dash: true },
        label: `${footprintLabel(fp.holder, footprintPlace(fp.country, fp.regions))}: ${Math.round(fp.areaKm2).toLocaleString('en-GB')} km²`,
      },
    });
  }
  return out;
}

/** The bundle's control features: each settlement shown with its status and the reports behind it (published by D),
 * and each footprint shown with its area and settlements. */
export function controlFeatures(s: AppState, settlements: Set<string>, footprints: Set<string>, date: string): Feature[] {
  const view = controlAt(s, date, EXPORT_READING);
  const out: Feature[] = [];
  for (const st of view.statuses) {
    if (!settlements.has(st.settlement)) continue;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: st.coordinates },
      properties: {
        layer: 'control',
        settlement: st.settlement,
        name: st.name,
        status: st.status,
        ...(hasOwnPoint(st) ? {} : { locatedAt: st.latest.properties.locatedAt }),
        reading: EXPORT_READING,
        date,
        latest: st.latest.properties.id,
        contradicting: st.contradicting.map((e) => e.properties.id),
        events: st.history.map((e) => e.properties),
      },
    });
  }
  for (const fp of view.footprints) {
    if (!footprints.has(footprintKey(fp))) continue;
    out.push({
      type: 'Feature',
      geometry: fp.geometry,
      properties: {
        layer: 'control-footprint',
        holder: fp.holder,
        country: fp.country,
        regions: fp.regions,
        clipped: fp.clipped,
        areaKm2: fp.areaKm2,
        settlements: fp.settlements,
        date,
        note: 'derived from named settlements, not an assessed front line',
      },
    });
  }
  return out;
}
