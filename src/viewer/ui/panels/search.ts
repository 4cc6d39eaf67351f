// Search box: type part of a place name (or a variant spelling), pick a result to fly there and open it.
// Matching runs over a lower-cased index built once per dataset and keeps only the best few matches, so a
// keystroke stays cheap with 50,000 places.
import { el, clear } from '../dom.ts';
import type { PlaceFeature, PlacesCollection } from '../../../core/schema.ts';
import { looseSearchIndex, otherNamesIndex, searchIndex } from '../../data/dataset-index.ts';
import { searchKey } from '../../../core/text/search-key.ts';
import type { Store } from '../../app/state.ts';
import { reportedLater } from '../../data/reported-places.ts';
import { formatDate } from '../format.ts';
import { rovingIndex } from '../roving.ts';

const MAX_RESULTS = 8;

/** How well a place's names match `q`: 0 a name is `q` ("Izium"), 1 a name begins with it ("Izium Raion"), 2 `q` is
 * inside a name. The names are joined with U+0000 in the index, so these are string tests, not a split per keystroke. */
function matchTier(haystack: string, q: string): number {
  const exact =
    haystack === q || haystack.startsWith(`${q}\u0000`) || haystack.endsWith(`\u0000${q}`) || haystack.includes(`\u0000${q}\u0000`);
  if (exact) return 0;
  return haystack.startsWith(q) || haystack.includes(`\u0000${q}`) ? 1 : 2;
}

/** Past every match tier (the loosest is 2.5): a place first reported after the timeline date comes after every place
 * known by it. */
const LATER_TIER = 3;
/** Above every match tier: the placeholder of the kind of match a place did not make. */
const LOOSE_TIERS = 3;

/** How well names match, given lower-cased (`spelled`) and as loose keys (`loose`): as typed, else by the loose key half
 * a tier lower; LOOSE_TIERS when not at all. */
function nameTier(spelled: string, loose: string, q: string, key: string): number {
  return Math.min(
    spelled.includes(q) ? matchTier(spelled, q) : LOOSE_TIERS,
    key !== '' && loose.includes(key) ? matchTier(loose, key) + 0.5 : LOOSE_TIERS,
  );
}

/** A quarter tier below the same match on the place's own names: "Bakhmut" typed finds the town by its name first. */
const OTHER_NAME_TIER = 0.25;

/** A search result: the place, and the other name it was found by when none of its own names matched as well
 * ("Bakhmut — also Артемовск"). */
export interface SearchMatch {
  place: PlaceFeature;
  alsoName: string | null;
}

/** The `limit` best places whose name or a variant contains `q` (already lower-cased): a place named exactly so
 * first, then names beginning with it, then any; within each, most-mentioned first. Typing "Izium" and Enter opens
 * the town, not the raion that has more mentions. Places `known` says were not yet reported at the timeline date
 * come after all those that were, so Enter never opens a place the map of that date does not show while one it
 * shows matches. */
export function searchPlaces(
  places: PlacesCollection,
  q: string,
  limit = MAX_RESULTS,
  known: (f: PlaceFeature) => boolean = () => true,
): PlaceFeature[] {
  return searchPlaceMatches(places, q, limit, known).map((m) => m.place);
}

/** As searchPlaces, with the other name (the gazetteer's, `otherNames`) each place was found by, if any: "Artemovsk"
 * finds Bakhmut by "Артемовск", ranked a quarter tier below a match on a place's own names. */
export function searchPlaceMatches(
  places: PlacesCollection,
  q: string,
  limit = MAX_RESULTS,
  known: (f: PlaceFeature) => boolean = () => true,
): SearchMatch[] {
  const best: { place: PlaceFeature; tier: number; n: number; alsoName: string | null }[] = [];
  const worse = (a: { tier: number; n: number }, b: { tier: number; n: number }) => a.tier > b.tier || (a.tier === b.tier && a.n < b.n);
  const key = searchKey(q);
  const looseKeys = looseSearchIndex(places);
  const entries = searchIndex(places);
  const others = otherNamesIndex(places);
  for (let k = 0; k < entries.length; k++) {
    const { place, haystack } = entries[k]!;
    const loose = looseKeys[k]!;
    // The spelling typed, else a looser one (search-key.ts): "Kurakhovo" finds Kurakhove by its Russian name. A loose
    // match ranks half a tier below the same match as typed.
    const own = nameTier(haystack, loose, q, key);
    // Then the gazetteer's other names, the best first; a place found as well by its own names is not marked.
    let tier = own;
    let alsoName: string | null = null;
    const other = others[k]!;
    for (let i = 0; i < other.spelled.length; i++) {
      const t = nameTier(other.spelled[i]!, other.loose[i]!, q, key) + OTHER_NAME_TIER;
      if (t < tier) ((tier = t), (alsoName = place.properties.otherNames![i]!));
    }
    if (tier >= LOOSE_TIERS) continue;
    tier += known(place) ? 0 : LATER_TIER;
    const hit = { place, tier, n: place.properties.mentionCount, alsoName };
    if (best.length === limit && !worse(best[limit - 1]!, hit)) continue;
    // Insert in order (stable: among equals the dataset order wins, as with a full sort).
    let i = best.length;
    while (i > 0 && worse(best[i - 1]!, hit)) i--;
    best.splice(i, 0, hit);
    if (best.length > limit) best.pop();
  }
  return best.map(({ place, alsoName }) => ({ place, alsoName }));
}

/** "village, Donetsk Oblast, UA": with the oblast, namesakes are told apart (the events dev corpus listed two
 * "Pokrovske village, UA" for "Pokrovsk", one in Donetsk and one in Dnipropetrovsk Oblast). */
function whereOf(f: PlaceFeature): string {
  const p = f.properties;
  return [p.kind, p.kind === 'region' ? null : p.admin1, p.country].filter(Boolean).join(', ');
}

/** The part of the page the reader sees, in the layout viewport's coordinates: a phone's keyboard shrinks the visual
 * viewport, not the layout one. */
function seen(): { top: number; bottom: number } {
  const v = window.visualViewport;
  return v ? { top: v.offsetTop, bottom: v.offsetTop + v.height } : { top: 0, bottom: window.innerHeight };
}

/** On a phone the box sits low on a page that scrolls (the panel is a sheet under the map and the timeline), and its
 * results opened below the screen's edge, where the keyboard covers them (round 33, 390 × 844). There the box goes
 * up to the top of the screen with its results under it, as a phone's maps app does: when it takes the focus, and
 * when results it shows run past the visible part (a keyboard shrinks the visual viewport). On a desktop the page
 * does not scroll and the box is at the top of the panel, so nothing moves unless a short window cuts its results. */
function keepInSight(input: HTMLElement, results: HTMLElement, focusing: boolean): void {
  const section = input.closest('section');
  if (!section) return;
  const view = seen();
  const page = document.scrollingElement;
  // The narrow layouts let the page scroll (styles.css); the desktop's body does not, its panel scrolls on its own.
  const pageScrolls = page !== null && getComputedStyle(document.body).overflowY !== 'hidden' && page.scrollHeight > page.clientHeight;
  const shown = results.getBoundingClientRect();
  const resultsCut = results.childElementCount > 0 && (shown.bottom > view.bottom || shown.top < view.top);
  if ((focusing && pageScrolls) || resultsCut) section.scrollIntoView({ block: 'start', behavior: 'instant' });
}

export function createSearch(store: Store, onPick: (id: string) => void): HTMLElement {
  const input = el('input', {
    type: 'search',
    id: 'place-search',
    placeholder: 'Find a place…',
    autocomplete: 'off',
    'aria-controls': 'search-results',
  });
  const results = el('ul', { class: 'search-results', id: 'search-results', 'aria-label': 'Matching places' });

  const render = () => {
    clear(results);
    // The index joins names with U+0000, so a query must not contain it.
    const q = input.value.replaceAll('\u0000', '').trim().toLocaleLowerCase();
    if (!q) return;
    const s = store.get();
    const later = (f: PlaceFeature) => reportedLater(s.dataset, s.date, s.reading, f.properties.id);
    const found = searchPlaceMatches(s.dataset.places, q, MAX_RESULTS, (f) => later(f) === null);
    if (found.length === 0) results.append(el('li', { class: 'empty' }, 'No place matches.'));
    for (const { place: f, alsoName } of found) {
      const first = later(f);
      const b = el(
        'button',
        { type: 'button', class: first ? 'result later' : 'result', 'data-place': f.properties.id },
        f.properties.name,
        // Found by a name the gazetteer gives it, not one it is shown under: say which.
        alsoName ? el('span', { class: 'also-name' }, ` — also ${alsoName}`) : null,
        el('span', { class: 'muted' }, ` ${whereOf(f)}`),
        // Not on the map of this date: no article published by it names the place.
        first ? el('span', { class: 'reported-later' }, ` · reported later, on ${formatDate(first)}`) : null,
      );
      b.addEventListener('click', () => onPick(f.properties.id));
      results.append(el('li', null, b));
    }
  };
  input.addEventListener('input', () => {
    render();
    keepInSight(input, results, false);
  });
  input.addEventListener('focus', () => keepInSight(input, results, true));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = results.querySelector<HTMLButtonElement>('button.result');
      if (first) first.click();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      results.querySelector<HTMLButtonElement>('button.result')?.focus();
    }
  });
  // In the results, Up and Down (Home, End) walk the places and Up from the first goes back to the box: ArrowDown led
  // from the box into the list, then the arrows did nothing (only Tab moved on). Each result stays a tab stop: there
  // are at most MAX_RESULTS.
  results.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (!target.matches('button.result')) return;
    const all = [...results.querySelectorAll<HTMLButtonElement>('button.result')];
    const i = all.indexOf(target as HTMLButtonElement);
    const to = rovingIndex(e.key, i, all.length, 'vertical');
    if (to === undefined) return;
    e.preventDefault();
    if (i === 0 && e.key === 'ArrowUp') input.focus();
    else all[to]!.focus();
  });
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion || s.date !== prev.date || s.reading !== prev.reading) render();
  });

  return el(
    'section',
    { class: 'panel-section search', role: 'search' },
    el('label', { for: 'place-search', class: 'section-label' }, 'Search places'),
    input,
    results,
  );
}
