// Lookups over the dataset that would otherwise scan every place (50,000 in the scale benchmark) on each click
// or keystroke. Built lazily, once per dataset: keyed on the collection objects, which an upload replaces, so a
// merged dataset gets fresh indexes and the old ones are garbage-collected with it.
import type { ControlEventFeature, EventsCollection, PlaceFeature, PlacesCollection, Report } from '../../core/schema.ts';
import type { Dataset } from './data.ts';
import { articlesOfPlace } from './mentions.ts';
import { inBackground } from '../app/background.ts';
import { searchKey } from '../../core/text/search-key.ts';

type Article = Report['articles'][number];

/** `build` run once per key object (a collection an upload replaces gets a fresh value). */
export function cached<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = build(key);
      memo.set(key, v);
    }
    return v;
  };
}

export const placesById = cached((c: PlacesCollection) => new Map(c.features.map((f) => [f.properties.id, f])));

/** Each settlement's control reports, in file order (a popup's history; a corpus has tens of thousands of reports). */
export const eventsBySettlement = cached((c: EventsCollection) => {
  const out = new Map<string, ControlEventFeature[]>();
  for (const e of c.features) {
    const list = out.get(e.properties.settlement);
    if (list) list.push(e);
    else out.set(e.properties.settlement, [e]);
  }
  return out;
});

export const articlesByFile = cached((r: Report) => new Map<string, Article>(r.articles.map((a) => [a.file, a])));

/** The places each article mentions, in dataset order (from the mention index when the places are compact). */
export const placesByArticle = cached((d: Dataset) => {
  const out = new Map<string, PlaceFeature[]>();
  for (const f of d.places.features)
    for (const file of articlesOfPlace(d.mentions, f)) {
      let list = out.get(file);
      if (!list) out.set(file, (list = []));
      list.push(f);
    }
  return out;
});

export interface SearchEntry {
  place: PlaceFeature;
  /** Name and variants, lower-cased once, joined by a separator no query contains. */
  haystack: string;
}

export const searchIndex = cached((c: PlacesCollection): SearchEntry[] =>
  c.features.map((f) => ({ place: f, haystack: [f.properties.name, ...f.properties.variants].join('\u0000').toLocaleLowerCase() })),
);

/** Per place, in the order of `searchIndex`, the distinct loose keys of its names (search-key.ts) joined the same way.
 * Its own index, warmed in its own idle turn: about 0.35 s for 50,000 places on a loaded machine. */
export const looseSearchIndex = cached((c: PlacesCollection): string[] =>
  c.features.map((f) => [...new Set([f.properties.name, ...f.properties.variants].map(searchKey))].join('\u0000')),
);

/** Per place, in the order of `searchIndex`, its gazetteer's other names (`otherNames`: "Артемовск" for Bakhmut),
 * lower-cased and as loose keys, each list in the order of the names; empty lists for most places. */
export const otherNamesIndex = cached((c: PlacesCollection): { spelled: string[]; loose: string[] }[] =>
  c.features.map((f) => {
    const names = f.properties.otherNames ?? [];
    return { spelled: names.map((n) => n.toLocaleLowerCase()), loose: names.map(searchKey) };
  }),
);

const collator = new Intl.Collator('en');

/** Most-mentioned first, then by name: the order of the places list. */
export const placesByMentions = cached((c: PlacesCollection) =>
  [...c.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount || collator.compare(a.properties.name, b.properties.name)),
);

/**
 * Builds the indexes the first search, highlight and places list would otherwise build (tens of ms each with
 * 50,000 places), one per idle period: idle callbacks wait while the map is animating, so this never competes
 * with a pan.
 */
export function warmIndexes(dataset: Dataset): void {
  // Each in its background turn (background.ts): a popup the user waits for goes first.
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => inBackground(fn)) : setTimeout(() => inBackground(fn), 200);
  const steps = [
    () => searchIndex(dataset.places),
    () => looseSearchIndex(dataset.places),
    () => otherNamesIndex(dataset.places),
    () => placesByArticle(dataset), () => placesById(dataset.places), () => placesByMentions(dataset.places)];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    idle(next);
  };
  idle(next);
}
