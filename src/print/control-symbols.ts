// Symbols for settlement control as reported, for the map layers, the on-map legend and the print legend alike.
// DOM-free, one table, so it can be folded into a shared symbol table. The convention is that of claims, not of
// assessments: outlined (never solid) marks, the claimants named in the legend, and the footprint drawn as a dashed,
// lightly hatched outline that says it is derived from named settlements, never as a front line.
import type { Side } from '../core/schema.ts';
import { countryName } from './symbols.ts';
import type { RgbaImage } from './coverage-image.ts';

export type ControlStatus = Side | 'contested' | 'unknown';

export interface ControlSymbol {
  /** Outline (and hatch) colour. */
  color: string;
  /** Legend wording before "reported by …". */
  label: string;
}

export const CONTROL_SYMBOLS: Record<ControlStatus, ControlSymbol> = {
  UA: { color: '#1d4ed8', label: 'Reported held by Ukraine' },
  RU: { color: '#dc2626', label: 'Reported held by Russia' },
  DPRK: { color: '#7c2d12', label: 'Reported held by North Korean forces' },
  // A dark amber: #d97706 was 2.8:1 on the basemap's land, under WCAG 1.4.11's 3:1 for graphics (now 4.2:1, 3.3:1 on
  // its sea); tests check every status against the basemap colours.
  // A report on part of a settlement contests it too (status.ts `partContests`): the legend says so, or a ring contested
  // by "the eastern part of X was taken" would read as a contradiction the reader cannot find in the popup.
  contested: {
    color: '#ad5f00',
    label: 'Contested: reports contradict, a report was denied, fighting is reported, or a report covers only part of the settlement',
  },
  unknown: { color: '#6b7280', label: 'Reported, holder not stated' },
};

/** A status inside a sentence ("As reported up to 15 Sep 2022: reported held by Ukraine"): the label's first clause
 * with only its first letter lowered, so side names keep their capitals (the popup said "held by ukraine"). */
export function statusWords(status: ControlStatus): string {
  const clause = CONTROL_SYMBOLS[status].label.split(':')[0]!;
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}

/** The order statuses are listed in legends. */
export const CONTROL_STATUS_ORDER: readonly ControlStatus[] = ['UA', 'RU', 'DPRK', 'contested', 'unknown'];

/** Ring radius and width of a settlement mark (CSS px); the contested mark adds a centre dot. */
export const SETTLEMENT_RING = { radius: 7, width: 2.5, fillOpacity: 0.12, dotRadius: 2.5 };

/** A settlement without a point of its own (known only with its district or hromada, or put in a district or near a
 * neighbour by the text) is drawn at that centre or neighbour (ACLED's geo-precision 2): a smaller, thinner, unfilled
 * ring, so that it does not read as a settlement standing there. */
export const DISTRICT_RING = { radius: 4.5, width: 1.5, fillOpacity: 0, dotRadius: 1.8 };

/** The legend's swatch colour for that ring (the map draws it in the status's colour). */
export const DISTRICT_RING_COLOUR = '#374151';

/** A settlement whose newest report describes a time more than STALE_AFTER_DAYS before the map's date (the area
 * claims' horizon) is drawn as a dashed ring at full colour, so a ring reported two years ago does not read as today's
 * holder and the holder is still legible on paper. Round 25 faded it to 0.35 opacity instead: on the default basemap
 * that left 1.4–1.9:1 contrast, and printed pages could not tell the sides apart. One style for the map, the page
 * export and both legends: `dashes` arcs round the ring, each `dashShare` of its arc, the rest a gap. */
export const STALE_RING = { dashes: 6, dashShare: 0.6 };

/** The map's image id prefix for the stale ring, one image per status (`control-stale-ring-RU`). */
export const STALE_RING_IMAGE = 'control-stale-ring-';

/** The status of a stale-ring image id, or null when the id is not one. */
export function staleRingStatus(id: string): ControlStatus | null {
  const status = id.startsWith(STALE_RING_IMAGE) ? id.slice(STALE_RING_IMAGE.length) : '';
  return Object.hasOwn(CONTROL_SYMBOLS, status) ? (status as ControlStatus) : null;
}

/** The SVG/canvas dash pattern of a stale ring of radius `r` (CSS px): STALE_RING.dashes dashes round the circle. */
export function staleRingDash(r: number): [number, number] {
  const arc = (2 * Math.PI * r) / STALE_RING.dashes;
  return [arc * STALE_RING.dashShare, arc * (1 - STALE_RING.dashShare)];
}

/** The stale ring at SETTLEMENT_RING's radius and width in `color` (#rrggbb), `pixelRatio` pixels per CSS px: opaque
 * on the dashes, transparent elsewhere, with a 1 px soft edge. Deterministic. */
export function staleRingImage(color: string, pixelRatio: number): RgbaImage {
  const rgb = [1, 3, 5].map((k) => parseInt(color.slice(k, k + 2), 16));
  const { radius, width } = SETTLEMENT_RING;
  const pad = 2;
  const size = Math.ceil((radius + width / 2 + pad) * 2 * pixelRatio);
  const c = size / 2;
  const data = new Uint8Array(size * size * 4);
  const period = (2 * Math.PI) / STALE_RING.dashes;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - c;
      const dy = y + 0.5 - c;
      const d = Math.abs(Math.hypot(dx, dy) / pixelRatio - radius) - width / 2; // CSS px outside the stroke
      // The dashes start at the top, centred on it, so the ring is symmetric left-right.
      const a = (Math.atan2(dx, -dy) + 2 * Math.PI + (period * STALE_RING.dashShare) / 2) % period;
      const along = Math.min(a, period * STALE_RING.dashShare - a) * radius; // CSS px inside the dash's ends
      const cover = Math.max(0, Math.min(1, 0.5 - d * pixelRatio)) * Math.max(0, Math.min(1, 0.5 + along * pixelRatio));
      const i = (y * size + x) * 4;
      data[i] = rgb[0]!;
      data[i + 1] = rgb[1]!;
      data[i + 2] = rgb[2]!;
      data[i + 3] = Math.round(cover * 255);
    }
  return { width: size, height: size, data };
}

export const staleRingLabel = (days: number): string =>
  `Dashed ring: no report about the settlement describes the ${days} days before this date (its latest is older)`;

export const DISTRICT_RING_LABEL =
  'Small ring: a settlement without a point of its own, drawn at its district or hromada centre, or at the neighbour the text puts it near';

/** The footprint: dashed outline, light hatch. */
export const FOOTPRINT_STYLE = {
  lineWidth: 1.6,
  dash: [3, 2] as [number, number],
  hatchWidth: 0.8,
  hatchOpacity: 0.45,
  hatchSpacingKm: 1.2,
};

/** Where a footprint lies, in words: the region or two its settlements are in and the country ("Kursk Oblast,
 * Russia", "Sumy Oblast and Kharkiv Oblast, Ukraine"), the country alone when they span more. A footprint of Ukraine's
 * in Kursk Oblast and one of Russia's in Ukraine must not read the same. Empty when nothing is known. */
export function footprintPlace(country: string | null, regions: readonly string[]): string {
  const named = regions.length > 0 && regions.length <= 2 ? regions.join(' and ') : '';
  return [named, country ? countryName(country) : ''].filter(Boolean).join(', ');
}

/** "Footprint of the settlements reported held by Ukraine in Kursk Oblast, Russia (…): derived from named settlements,
 * not an assessed front line". */
export function footprintLabel(holder: Side, place = ''): string {
  return `Footprint of the settlements reported held by ${SIDE_NAMES[holder]}${place ? ` in ${place}` : ''} (hull, 2.5 km buffer, clipped to the country): derived from named settlements, not an assessed front line`;
}

/** A holder's footprints on one row, for a printed legend short of room: "Footprint of the settlements reported held by
 * Russia in Ukraine and Russia: 12,345 km² (derived from named settlements, not a front line)". */
export function footprintBriefLabel(holder: Side, countries: readonly string[], areaKm2: number): string {
  return `Footprint of the settlements reported held by ${holderArea(holder, countries, areaKm2)} (derived from named settlements, not a front line)`;
}

/** A footprint's brief row packed with the other holders' (print/legend-packing.ts): the sentence once, then each
 * holder, where and its area ("Ukraine in Russia and Ukraine: 3,307 km²"). */
export function footprintPacking(holder: Side, countries: readonly string[], areaKm2: number): { caption: string; short: string } {
  return {
    caption: 'Footprints of settlements reported held (derived, not a front line):',
    short: holderArea(holder, countries, areaKm2),
  };
}

/** "Russia in Ukraine and Russia: 12,345 km²": a holder, the countries of its footprints and their area. */
function holderArea(holder: Side, countries: readonly string[], areaKm2: number): string {
  const where = countries.length ? ` in ${countries.map(countryName).join(' and ')}` : '';
  return `${SIDE_NAMES[holder]}${where}: ${Math.round(areaKm2).toLocaleString('en-GB')} km²`;
}

const SIDE_NAMES: Record<Side, string> = { UA: 'Ukraine', RU: 'Russia', DPRK: 'North Korean forces' };

export function sideName(side: Side): string {
  return SIDE_NAMES[side];
}

/** "Reported held by Ukraine — reported by Syrskyi, AFP"; the claimants are those of the reports that decide the
 * statuses shown, in the order given (at most `max`, then "and n more"). */
export function controlLegendLabel(status: ControlStatus, claimants: readonly string[], max = 4): string {
  const base = CONTROL_SYMBOLS[status].label;
  if (claimants.length === 0) return base;
  const shown = claimants.slice(0, max).join(', ');
  const more = claimants.length > max ? ` and ${claimants.length - max} more` : '';
  return `${base} — reported by ${shown}${more}`;
}

export const CONTROL_LEGEND_HEADING = 'Settlement control as reported (claims, not an assessment)';
