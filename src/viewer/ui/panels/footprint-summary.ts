// Beside the claims: for each holder at the date, the latest area figure that side is said to hold and the area the
// settlements reported held by it span — "≈ 800 km² claimed; the settlements reported held span 650 km²". Two
// different measures of the same question, shown together so neither is read as the other.
import type { AppState, Store } from '../../app/state.ts';
import type { ClaimFeature, Side } from '../../../core/schema.ts';
import type { Reading } from '../../../core/events/status.ts';
import { el } from '../dom.ts';
import { claimSource, formatArea, formatPeriod, km2 } from '../format.ts';
import { controlAt, readingOf } from '../../data/control-model.ts';
import { onClipsSettled } from '../../data/country-clip.ts';
import { areaGroupOf, countryOfClaim, latestAreas, type AreaClaim, type CountryOfClaim } from '../../data/claims-model.ts';
import { daysBefore, describesLater, staleAt } from '../../../core/claims/visibility.ts';
import { outletLookup, staleNote } from '../../map/layers/claims.ts';
import { footprintPlace, sideName } from '../../../print/control-symbols.ts';
import { findPlace } from '../../data/lookup.ts';

/** The latest area claim (claims-model's choice per holder and country) for `holder` about `country` (claims whose
 * country is unknown count for any): Ukraine's Kursk figure is not the figure for what Ukraine holds in Ukraine. With
 * no country, the latest of the holder's figures. */
export function latestAreaFor(
  claims: readonly ClaimFeature[],
  holder: string,
  date: string,
  reading: Reading,
  countryOf: CountryOfClaim,
  country: string | null,
): AreaClaim | null {
  let best: AreaClaim | null = null;
  for (const f of latestAreas(claims, date, countryOf, reading)) {
    const about = countryOf(f);
    if (f.properties.side !== holder || (country && about && about !== country)) continue;
    if (!best || describesLater(f.properties, best.properties)) best = f;
  }
  return best;
}

/** "the 4 settlements reported held span 263 km²", "the 1 settlement reported held spans 20 km²". */
export const spanPhrase = (settlements: number, areaKm2: number): string =>
  `${settlements === 1 ? 'the 1 settlement reported held spans' : `the ${settlements} settlements reported held span`} ${km2(Math.round(areaKm2))}`;

/** "≈ 800 km² claimed (mid-Aug 2024, Syrskyi)". A figure long past its period says its age, as its faded circle on
 * the map does: it is the last word, not the holding on the date. */
export function claimedPhrase(claim: AreaClaim, date: string, outletOf: (file: string) => string | undefined): string {
  const p = claim.properties;
  const age = staleAt(p, date) ? `; ${staleNote(daysBefore(p, date))}` : '';
  return `${formatArea(p)} claimed (${formatPeriod(p.asOf)}, ${claimSource(p, outletOf)}${age})`;
}

/** The region an area claim is about: its anchor place's region (admin1), else its region place's name. */
function claimRegion(s: AppState, claim: AreaClaim): string | null {
  const anchor = claim.properties.anchor ? findPlace(s, claim.properties.anchor) : undefined;
  const region = claim.properties.region ? findPlace(s, claim.properties.region) : undefined;
  return anchor?.properties.admin1 ?? region?.properties.name ?? null;
}

/**
 * The line for one footprint: its holder and place, the figure claimed (or none), and the span of its settlements. A
 * figure about another region of the country than the settlements' is not headed by their region: on 20 Mar 2025
 * Syrskyi's 1,150 km² of Kursk Oblast was printed as "Ukraine in Belgorod Oblast", the one settlement left.
 */
export function footprintHead(
  fp: { holder: Side; country: string | null; regions: readonly string[]; settlements: readonly unknown[]; areaKm2: number },
  claimed: string | null,
  about: string | null,
): string {
  const apart = claimed !== null && about !== null && fp.regions.length > 0 && !fp.regions.includes(about);
  const span = spanPhrase(fp.settlements.length, fp.areaKm2);
  const place = footprintPlace(fp.country, apart ? [] : fp.regions);
  const who = `${sideName(fp.holder)}${place ? ` in ${place}` : ''}`;
  if (claimed === null) return `${who}: no area figure reported; ${span}`;
  if (!apart) return `${who}: ${claimed}; ${span}`;
  return `${who}: ${claimed} about ${about}; ${span.replace(' reported held', ` reported held in ${fp.regions.join(' and ')}`)}`;
}

/** One sentence per footprint, then one per latest area figure that no footprint stands beside (a holder said to
 * hold ground where no settlement is reported held): the panel names every figure the map draws as the latest. */
export function footprintSentences(s: AppState): { holder: string; text: string }[] {
  const view = controlAt(s, s.date);
  const outletOf = outletLookup(s);
  const countryOf = countryOfClaim(s.dataset.places);
  const reading = readingOf(s);
  const paired = new Set<string>();
  const lines: { holder: string; text: string }[] = view.footprints.map((fp) => {
    const claim = latestAreaFor(s.dataset.claims.features, fp.holder, s.date, reading, countryOf, fp.country);
    if (claim) paired.add(claim.properties.id);
    const claimed = claim ? claimedPhrase(claim, s.date, outletOf) : null;
    const head = footprintHead(fp, claimed, claim ? claimRegion(s, claim) : null);
    return { holder: fp.holder, text: `${head}${fp.clipped ? '' : ' (not clipped to the country)'}.` };
  });
  for (const claim of latestAreas(s.dataset.claims.features, s.date, countryOf, reading))
    if (!paired.has(claim.properties.id))
      lines.push({
        holder: claim.properties.side ?? '',
        text: `${areaGroupOf(claim, countryOf)}: ${claimedPhrase(claim, s.date, outletOf)}; no settlement reported held.`,
      });
  return lines;
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
    section.hidden = s.dataset.events.features.length === 0;
    list.replaceChildren(...lines.map((l) => el('li', { 'data-holder': l.holder }, l.text)));
    const view = controlAt(s, s.date);
    note.textContent = `${view.footprints.length === 0 ? 'No settlement reported held at this date. ' : ''}The footprint is a hull of the named settlements, buffered 2.5 km, clipped to the country: derived from named settlements, not a front line.${view.clipNote ? ` ${view.clipNote}` : ''}`;
  };
  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.reading !== prev.reading || s.dataVersion !== prev.dataVersion) render(s);
  });
  onClipsSettled(() => render(store.get()));
  render(store.get());
  return section;
}
