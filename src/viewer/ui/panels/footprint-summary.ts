// Beside the claims: for each holder at the date, the latest area figure that side is said to hold and the area the
// settlements reported held by it span — "≈ 800 km² claimed; the settlements reported held span 650 km²". Two
// different measures of the same question, shown together so neither is read as the other.
import type { AppState, Store } from '../../app/state.ts';
import type { ClaimFeature } from '../../../core/schema.ts';
import type { Reading } from '../../../core/events/status.ts';
import { el } from '../dom.ts';
import { claimSource, formatArea, formatPeriod, km2 } from '../format.ts';
import { controlAt, readingOf } from '../../data/control-model.ts';
import { onClipsSettled } from '../../data/country-clip.ts';
import { isArea, type AreaClaim } from '../../data/claims-model.ts';
import { outletLookup } from '../../map/layers/claims.ts';
import { sideName } from '../../../print/control-symbols.ts';
import { placesById } from '../../data/dataset-index.ts';

/** The area claim for `holder` known at the date (reading) that describes the latest period. With `country`, only
 * claims about that country (the one their anchor place is in, when known): Ukraine's Kursk figure is not the figure
 * for what Ukraine holds in Ukraine. */
export function latestAreaFor(
  claims: readonly ClaimFeature[],
  holder: string,
  date: string,
  reading: Reading,
  country: { of: (claim: AreaClaim) => string | null; is: string } | null = null,
): AreaClaim | null {
  let best: AreaClaim | null = null;
  for (const f of claims) {
    if (!isArea(f) || f.properties.side !== holder) continue;
    const p = f.properties;
    if (reading === 'reported' ? p.published > date : p.asOf.start > date) continue;
    const about = country?.of(f);
    if (country && about && about !== country.is) continue;
    const b = best?.properties;
    if (!b || p.asOf.end > b.asOf.end || (p.asOf.end === b.asOf.end && p.published > b.published)) best = f;
  }
  return best;
}

/** "the 4 settlements reported held span 263 km²", "the 1 settlement reported held spans 20 km²". */
export const spanPhrase = (settlements: number, areaKm2: number): string =>
  `${settlements === 1 ? 'the 1 settlement reported held spans' : `the ${settlements} settlements reported held span`} ${km2(Math.round(areaKm2))}`;

/** One sentence per footprint. */
export function footprintSentences(s: AppState): { holder: string; text: string }[] {
  const view = controlAt(s, s.date);
  const outletOf = outletLookup(s);
  const places = placesById(s.dataset.places);
  return view.footprints.map((fp) => {
    const country = fp.country
      ? { of: (c: AreaClaim) => places.get(c.properties.anchor)?.properties.country ?? null, is: fp.country }
      : null;
    const claim = latestAreaFor(s.dataset.claims.features, fp.holder, s.date, readingOf(s), country);
    const span = spanPhrase(fp.settlements.length, fp.areaKm2);
    const where = fp.country ? ` in ${fp.country}` : '';
    const head = claim
      ? `${sideName(fp.holder)}${where}: ${formatArea(claim.properties)} claimed (${formatPeriod(claim.properties.asOf)}, ${claimSource(claim.properties, outletOf)}); ${span}`
      : `${sideName(fp.holder)}${where}: no area figure reported; ${span}`;
    return { holder: fp.holder, text: `${head}${fp.clipped ? '' : ' (not clipped to the country)'}.` };
  });
}

export function createFootprintSummary(store: Store): HTMLElement {
  const list = el('ul', { class: 'footprint-list', id: 'footprint-summary' });
  const note = el('p', { class: 'muted' });
  const section = el(
    'section',
    { class: 'panel-section footprint-section', 'aria-labelledby': 'footprint-h' },
    el('h2', { id: 'footprint-h' }, 'Claimed area and reported footprint'),
    list,
    note,
  );
  const render = (s: AppState) => {
    const lines = footprintSentences(s);
    section.hidden = lines.length === 0 && s.dataset.events.features.length === 0;
    list.replaceChildren(...lines.map((l) => el('li', { 'data-holder': l.holder }, l.text)));
    const view = controlAt(s, s.date);
    note.textContent = `${lines.length === 0 ? 'No settlement reported held at this date. ' : ''}The footprint is a hull of the named settlements, buffered 2.5 km, clipped to the country: derived from named settlements, not a front line.${view.clipNote ? ` ${view.clipNote}` : ''}`;
  };
  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.reading !== prev.reading || s.dataVersion !== prev.dataVersion) render(s);
  });
  onClipsSettled(() => render(store.get()));
  render(store.get());
  return section;
}
