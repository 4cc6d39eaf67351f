// The layered gazetteer: curated theatre entries first, then Natural Earth countries and admin-1 regions, then GeoNames
// cities. Pure: it is built from parsed data files, so the CLI (fs) and the viewer (fetch) share it.
import type { GazetteerEntry, GazetteerFile } from './entry.ts';
import { cityEntries, type CitiesFile } from './cities.ts';
import type { UnlocatedFile } from './unlocated.ts';
import type { AnchorsFile } from './anchors.ts';
import { placesEntries, type PlacesLayer } from './places-layer.ts';
import { districtSettlementEntries, type DistrictSettlements } from './district-settlements.ts';
import { formerNameAliases, type FormerNamesFile } from './former-names.ts';
import { caseForms } from '../text/declension.ts';
import { normalizeName } from '../text/normalize.ts';
import { yoFolded } from '../text/latin-yo.ts';
import { tokenize } from '../text/tokens.ts';
import { distanceKm } from '../geo.ts';
import { crossLatinSpellings, generatedNames, type NameCache } from '../geoparse/name-forms.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { KeyFilter } from './key-filter.ts';
import { NamePairs } from './name-pairs.ts';

const samePlace = (a: IndexedEntry, b: IndexedEntry): boolean => a.lon !== null && b.lon !== null && distanceKm(a, b) < SAME_PLACE_KM;

export type Layer = 'theatre' | 'country' | 'admin1' | 'city' | 'unlocated';

/** A gazetteer entry as the geoparser sees it; unlocated entries have no coordinates and never reach the map. */
export type IndexedEntry =
  | (GazetteerEntry & { layer: Exclude<Layer, 'unlocated'> })
  | (Omit<GazetteerEntry, 'lon' | 'lat' | 'population' | 'source'> & {
      layer: 'unlocated';
      lon: null;
      lat: null;
      population: null;
      source: string; // "evidence:<url>", or the OSM element of a district settlement
      /** A settlement known only with its municipal district (district-settlements.ts): the districts entry whose point
       * a mention of it is mapped at, with precision `district`. */
      districtId?: string;
    });

export const isLocated = (e: IndexedEntry): e is Extract<IndexedEntry, { lon: number }> => e.lon !== null;

/** A settlement known only with its municipal district: mapped, if at all, at that district's point. */
export type DistrictSettlementEntry = Extract<IndexedEntry, { layer: 'unlocated' }> & { districtId: string };
export const isDistrictSettlement = (e: IndexedEntry): e is DistrictSettlementEntry =>
  e.layer === 'unlocated' && e.districtId !== undefined;

/** The id prefix of ua-osm-settlements.json (scripts/build-osm-settlements.ts): the disambiguator weighs its villages. */
export const OSM_SETTLEMENTS_PREFIX = 'uao';

export interface GazetteerData {
  theatre: GazetteerFile;
  countries: GazetteerFile;
  admin1: GazetteerFile;
  cities: CitiesFile;
  unlocated: UnlocatedFile;
  anchors: AnchorsFile;
  /** The compact place layers shipped with briefmap (see layers.ts), in priority order. */
  districts: PlacesLayer;
  'ua-settlements': PlacesLayer;
  'ru-border-villages': PlacesLayer;
  /** Ukrainian settlements the layers above lack, at their OpenStreetMap node (after them: never overrides them). */
  'ua-osm-settlements'?: PlacesLayer;
  /** Settlements known by name and municipal district only (OKTMO code), without coordinates of their own. */
  'ru-district-settlements'?: DistrictSettlements;
  /** Ukrainian settlements known by name and hromada only (KATOTTG code), in the same format. */
  'ua-hromada-settlements'?: DistrictSettlements;
  /** Former and new names of renamed settlements, each an alias of an entry of another layer (former-names.ts). */
  'ua-former-names'?: FormerNamesFile;
  /** A user's own layers (`briefmap gazetteer import` or by hand): the curated entry format ranks as curated after the
   * theatre; the compact format of imported GeoNames/OSM dumps ranks with the shipped place layers, by population. */
  imported: (GazetteerFile | PlacesLayer)[];
}

export interface Gazetteer {
  /** Entries whose name or alias has this normal form. */
  lookup(normalized: string): readonly IndexedEntry[];
  /** The same entries, and whether some name or alias has this normal form followed by more words ("kursk" for
   * "kursk oblast"): the spotter reads a name word by word and stops once none can continue. */
  lookupPrefix(normalized: string): NamePrefix;
  byId(id: string): IndexedEntry | undefined;
  /** The admin-1 region entry of that name in that country ("Kursk Oblast", "RU"). */
  region(country: string, admin1: string): IndexedEntry | undefined;
  /** The curated anchor of a region for a holder (anchors.json): where an area claim lies when the text does not say. */
  anchor(regionId: string, holder: string): { entry: IndexedEntry; why: string } | undefined;
  /** Whether `id` is read under `normalized` only through a generated spelling that is another place's own name. */
  isVariantReading(normalized: string, id: string): boolean;
  /** Whether `id` is read from this name only through the other language's orthography (name-forms.ts crossNominatives):
   * "Викторовка" for the Ukrainian Вікторівка. Such a reading needs its sector or its oblast named. */
  isCrossReading?(normalized: string, id: string): boolean;
  /** Generated spellings that are another place's curated name (both are kept as candidates). */
  readonly collisions: readonly NameCollision[];
  /** Stop words that are the own name of a strong place of the theatre countries ("москва", "россия"). */
  readonly stopwordPlaces: ReadonlySet<string>;
  /** Number of distinct indexed names (curated and generated). */
  readonly names: number;
  /** Longest alias in tokens: how far the spotter looks ahead. */
  readonly maxTokens: number;
  readonly size: number;
  /** The built name index, for a cache (createGazetteer's `prebuilt`); adds the deferred spellings first. */
  dumpIndex?(): GazetteerIndex;
}

export interface NameCollision {
  name: string;
  entry: string;
  others: string[];
}

export interface NamePrefix {
  entries: readonly IndexedEntry[];
  continues: boolean;
}

/** The entries of a name no entry has (one that only begins others): shared, and frozen so no caller can fill it. */
const NO_ENTRIES = Object.freeze([]) as unknown as IndexedEntry[];
const NO_NAME: NamePrefix = { entries: NO_ENTRIES, continues: false };
type IndexedPrefix = { entries: IndexedEntry[]; continues: boolean };

type Named = Pick<GazetteerEntry, 'name' | 'aliases'>;

/** A curated entry within this distance of a GeoNames city of the same name is the same place. */
const SAME_PLACE_KM = 5;

/** The generated part of a built gazetteer's name index, every deferred spelling added: what a cache on disk holds so a
 * later run with the same data and the same sources skips generating names (the caller keys the cache by both). */
export interface GazetteerIndex {
  version: 1;
  entries: number; // how many entries the index refers to, by position in load order (a check)
  names: string[]; // every key of the name map (names, and the leading words of longer names)
  lists: number[][]; // per name, its entries by position in load order
  continues: number[]; // positions (in names) of the names that more words can follow
  cross: [string, string[]][];
  variant: [string, string[]][];
  collisions: NameCollision[];
  stopwordPlaces: string[];
  maxTokens: number;
  nameCount: number;
}

/** `prebuilt`: an index this function built from the same data (dumpIndex), used instead of generating names. */
export function createGazetteer(data: GazetteerData, prebuilt?: GazetteerIndex): Gazetteer {
  // Imported curated files rank as curated: the user vouches for them as the theatre file's authors do for theirs.
  const curatedFiles = data.imported.filter((f): f is GazetteerFile => 'entries' in f);
  const importedPlaces = data.imported.filter((f): f is PlacesLayer => 'rows' in f);
  const theatre = [data.theatre, ...curatedFiles].flatMap((f) => f.entries.map((e) => ({ ...e, layer: 'theatre' as const })));
  // A district's point is its centre settlement's coordinate, with the same source: sources are compared per kind.
  const sourceKey = (e: GazetteerEntry): string => `${e.kind === 'district' ? 'district' : 'place'}|${e.source}`;
  const curatedSources = new Set(theatre.map(sourceKey));
  // Each entry's names in normal form, computed once: Cyrillic names take the slow path of normalizeName.
  const normalNames = new WeakMap<Named, string[]>();
  const namesOf = (e: Named): string[] => {
    let names = normalNames.get(e);
    if (!names) normalNames.set(e, (names = [...new Set([e.name, ...e.aliases].map(normalizeName).filter(Boolean))]));
    return names;
  };
  const curatedByName = new Map<string, GazetteerEntry[]>();
  for (const e of theatre) for (const n of namesOf(e)) push(curatedByName, n, e);

  // A later layer's entry that an earlier one already holds (same source, or a name of it within a few km) is dropped.
  const isKnown = (c: GazetteerEntry): boolean => {
    if (curatedSources.has(sourceKey(c))) return true;
    for (const n of namesOf(c)) {
      const same = curatedByName.get(n);
      if (same && same.some((t) => distanceKm(t, c) < SAME_PLACE_KM)) return true;
    }
    return false;
  };
  const keep = (c: GazetteerEntry): void => {
    curatedSources.add(sourceKey(c));
    for (const n of namesOf(c)) push(curatedByName, n, c);
  };
  // Place layers answer to the geoparser as GeoNames-like settlements (`city`): weak unless large, ranked by population.
  const places = [
    data.districts,
    data['ua-settlements'],
    data['ru-border-villages'],
    ...(data['ua-osm-settlements'] ? [data['ua-osm-settlements']] : []),
    ...importedPlaces,
  ]
    .flatMap(placesEntries)
    .filter((c) => !isKnown(c))
    .map((e) => (keep(e), Object.assign(e, { layer: 'city' as const }))); // fresh objects: tagged in place, names kept
  const districtPlaces = new Map(places.filter((p) => p.kind === 'district').map((p) => [p.id, p]));
  const cities = cityEntries(data.cities)
    .filter((c) => !isKnown(c))
    .map((e) => Object.assign(e, { layer: 'city' as const }));
  // A district settlement's container: a districts entry, or (a hromada the districts layer lacks) the located
  // settlement that is its administrative centre, from whichever layer holds it.
  const centres = new Map([...theatre, ...places, ...cities].map((e) => [e.id, e] as const));
  const containerOf = (id: string) => districtPlaces.get(id) ?? centres.get(id);

  const all: IndexedEntry[] = [
    ...theatre,
    ...data.countries.entries.map((e) => ({ ...e, layer: 'country' as const })),
    ...data.admin1.entries.map((e) => ({ ...e, layer: 'admin1' as const })),
    ...places,
    ...cities,
    ...data.unlocated.entries.map(({ evidence, ...e }) => ({
      ...e,
      layer: 'unlocated' as const,
      lon: null,
      lat: null,
      population: null,
      source: `evidence:${evidence}`,
    })),
    ...[data['ru-district-settlements'], data['ua-hromada-settlements']]
      .flatMap((layer) => districtSettlementEntries(layer, containerOf))
      .map((e) => ({ ...e, layer: 'unlocated' as const, lon: null, lat: null, population: null })),
  ];

  const index = new Map<string, IndexedEntry[]>();
  const ids = new Map<string, IndexedEntry>();
  let maxTokens = 1;
  const indexName = (n: string, e: IndexedEntry): void => {
    push(index, n, e);
    if (n.includes(' ')) maxTokens = Math.max(maxTokens, tokenize(n).length);
  };
  // A renamed settlement answers to its other name too (ua-former-names.json), as an alias of the entry that holds one.
  const renamed = formerNameAliases(data['ua-former-names']);
  for (const e of all) {
    if (ids.has(e.id)) continue; // first layer wins
    ids.set(e.id, e);
    const other = renamed.get(e.id);
    if (other) (Object.assign(e, { aliases: [...e.aliases, ...other] }), normalNames.delete(e));
    if (!prebuilt) for (const n of namesOf(e)) indexName(n, e);
  }
  // Generated names (case forms, transliterations, colloquial names) after every curated one, so a generated spelling
  // that is another place's own name is known as such: both stay candidates, and the generated reading is marked.
  const variantReadings = new NamePairs();
  const crossReadings = new NamePairs();
  const collisions: NameCollision[] = [];
  const generated: [string, IndexedEntry][] = [];
  const cache: NameCache = new Map();
  // The Latin spellings of cross nominatives are added on the first lookup of a name that is not Cyrillic (addCrossLatin).
  const crossLatinOf: [IndexedEntry, string[]][] = [];
  const reducedOf = new Map<string, [IndexedEntry, string][]>();
  for (const e of prebuilt ? [] : ids.values()) {
    // Bulk layers (GeoNames-like rows, thousands of villages) get the lean set of spellings; curated entries all.
    const { forms, variants, cross, crossLatinOf: deferred, reduced } = generatedNames(e, e.layer === 'city', cache, true);
    if (deferred) crossLatinOf.push([e, deferred]);
    for (const [raw, name] of reduced ?? []) {
      const n = normalizeName(raw);
      reducedOf.set(n, [...(reducedOf.get(n) ?? []), [e, normalizeName(name)]]);
    }
    if (forms.length === 0 && variants.length === 0) continue;
    const own = new Set(namesOf(e));
    // Each generated spelling normalised once: the cross readings and the index below share it.
    const normal = [...forms, ...variants].map((raw) => [raw, normalizeName(raw)] as const);
    if (cross && cross.length > 0) {
      const crossSet = new Set(cross);
      const direct = new Set(normal.filter(([raw]) => !crossSet.has(raw)).map(([, n]) => n));
      for (const [raw, n] of normal) if (crossSet.has(raw) && n && !own.has(n) && !direct.has(n)) crossReadings.add(n, e.id);
    }
    for (const [, n] of normal) {
      if (!n || own.has(n)) continue;
      own.add(n);
      generated.push([n, e]);
      const curated = index.get(n); // only curated names are indexed yet
      if (!curated) continue;
      const others = curated.filter((o) => o.id !== e.id && !samePlace(o, e));
      if (others.length > 0) {
        variantReadings.add(n, e.id);
        collisions.push({ name: n, entry: e.id, others: others.map((o) => o.id) });
      }
    }
  }
  for (const [n, e] of generated) indexName(n, e);
  // A reduced romanisation ("Avdivka" for Авдіївка) reads as its places only where it is no place's name or spelling
  // ("Andrivka" stays Андрівка's) and every place reducing to it bears the same name (the Авдіївкас, not an Андріївка
  // beside them): a weaker reading, as a cross spelling is.
  for (const [n, readings] of reducedOf)
    if (n && !index.has(n) && readings.every(([, name]) => name === readings[0]![1]))
      for (const [e] of readings) (crossReadings.add(n, e.id), indexName(n, e));
  // A former name that is also another place's name ("Кирово", "Петровское") is a weaker reading of the renamed one,
  // as a cross spelling is: it wins only where the article's oblast or sector points to it.
  const markRenamedReadings = (): void => {
    for (const [id, aliases] of renamed)
      for (const alias of aliases)
        if ((indexed(normalizeName(alias)) ?? []).some((o) => o.id !== id))
          for (const f of caseForms(alias)) crossReadings.add(normalizeName(f), id);
  };
  // Every name and every leading run of its words, in one map so reading a word costs one lookup. It is the index from
  // here on (a name that only begins others has no entries): a second map of 330,000 names would cost some 15 MB.
  const prefixes = new Map<string, IndexedPrefix>();
  for (const [n, entries] of index) prefixes.set(n, { entries, continues: false });
  const byPosition = [...ids.values()];
  if (prebuilt) maxTokens = applyPrebuilt(prebuilt, { prefixes, byPosition, crossReadings, variantReadings, collisions });
  const addHeads = (n: string): void => {
    for (let at = n.indexOf(' '); at > 0; at = n.indexOf(' ', at + 1)) {
      const head = n.slice(0, at);
      const known = prefixes.get(head);
      if (known) known.continues = true;
      else (prefixes.set(head, { entries: NO_ENTRIES, continues: true }), filter?.add(head));
    }
  };
  let filter: KeyFilter | undefined;
  for (const n of index.keys()) addHeads(n);
  let nameCount = prebuilt ? prebuilt.nameCount : index.size;
  index.clear();
  const indexed = (n: string): IndexedEntry[] | undefined => {
    const p = prefixes.get(n);
    return p && p.entries.length > 0 ? p.entries : undefined;
  };
  if (!prebuilt) markRenamedReadings();
  // Sized for the deferred names too (a few spellings each), so adding them keeps the filter as sharp.
  const known = (filter = new KeyFilter(prefixes.keys(), prefixes.size + crossLatinOf.length * 3));
  const regions = new Map(all.filter((e) => e.layer === 'admin1').map((e) => [`${e.country}|${e.name}`, e]));
  // What the returned functions read, taken out of `data`: a variable any closure here reads lives as long as the
  // gazetteer, and `data` holds every layer file as parsed.
  const anchors = data.anchors.anchors;

  // The deferred Latin spellings of cross nominatives, indexed as the build above would have: after the entry's curated
  // and own generated names (a spelling it already has is neither new nor a weaker reading), among a name's generated
  // entries in entry order, marked as cross readings, and recorded as collisions where they are another place's name.
  let crossLatinAdded = crossLatinOf.length === 0;
  const addCrossLatin = (): void => {
    crossLatinAdded = true;
    const order = new Map([...ids.values()].map((e, i) => [e, i] as const));
    const curated = (o: IndexedEntry, n: string): boolean => namesOf(o).includes(n);
    const latinCache: NameCache = new Map();
    for (const [e, names] of crossLatinOf)
      for (const name of names)
        for (const raw of crossLatinSpellings(name, latinCache)) {
          const n = normalizeName(raw);
          const list = indexed(n);
          if (!n || list?.includes(e)) continue;
          crossReadings.add(n, e.id);
          if (!list) {
            const entries = [e];
            nameCount++;
            const head = prefixes.get(n);
            if (head) head.entries = entries;
            else (prefixes.set(n, { entries, continues: false }), known.add(n));
            addHeads(n);
            if (n.includes(' ')) maxTokens = Math.max(maxTokens, tokenize(n).length);
            continue;
          }
          const others = list.filter((o) => curated(o, n) && o.id !== e.id && !samePlace(o, e));
          if (others.length > 0) {
            variantReadings.add(n, e.id);
            collisions.push({ name: n, entry: e.id, others: others.map((o) => o.id) });
          }
          let at = list.length;
          while (at > 0 && !curated(list[at - 1]!, n) && order.get(list[at - 1]!)! > order.get(e)!) at--;
          list.splice(at, 0, e);
        }
    crossLatinOf.length = 0; // added: nothing to hold on to
    markRenamedReadings();
  };
  // Every deferred spelling is Latin: a name with a letter of no other script is read without them.
  const withCrossLatin = (n: string): void => {
    if (!crossLatinAdded && !ONLY_CYRILLIC.test(n)) addCrossLatin();
  };
  // A big place's deferred spelling that is a stop word ("a place named like a common word") is known from the start.
  const stopwordPlaces = new Set(
    prebuilt ? prebuilt.stopwordPlaces : [...STOPWORDS].filter((w) => (indexed(w) ?? []).some(isStrongTheatrePlace)),
  );
  for (const [e, names] of crossLatinOf)
    if (isStrongTheatrePlace(e))
      for (const name of names)
        for (const raw of crossLatinSpellings(name)) if (STOPWORDS.has(normalizeName(raw))) stopwordPlaces.add(normalizeName(raw));
  // Latin copy spells ё "yo"/"io" where the Russian names mostly write е ("Novosyolovka", "Artyomovsk" for Новоселовка,
  // Артемовск): a Latin name also reads as its е-spelling, as a Cyrillic one does by the normal form.
  const withYo = (n: string, p: NamePrefix): NamePrefix => {
    const folded = yoFolded(n);
    const f = folded !== null && known.mayHave(folded) ? prefixes.get(folded) : undefined;
    if (!f) return p;
    const entries = p.entries.length === 0 ? f.entries : [...p.entries, ...f.entries.filter((e) => !p.entries.includes(e))];
    return { entries, continues: p.continues || f.continues };
  };
  // The name an entry was found under: as written, else its е-spelling.
  const keyOf = (n: string, id: string): string =>
    (prefixes.get(n)?.entries ?? NO_ENTRIES).some((e) => e.id === id) ? n : (yoFolded(n) ?? n);
  const prefixOf = (n: string): NamePrefix => withYo(n, known.mayHave(n) ? (prefixes.get(n) ?? NO_NAME) : NO_NAME);
  return {
    lookup: (n) => (withCrossLatin(n), prefixOf(n).entries),
    lookupPrefix: (n) => (withCrossLatin(n), prefixOf(n)),
    byId: (id) => ids.get(id),
    region: (country, admin1) => regions.get(`${country}|${admin1}`),
    anchor: (regionId, holder) => {
      const a = anchors.find((x) => x.region === regionId && x.holder === holder);
      const entry = a && ids.get(a.anchor);
      return a && entry ? { entry, why: a.why } : undefined;
    },
    isVariantReading: (n, id) => (withCrossLatin(n), variantReadings.has(keyOf(n, id), id)),
    isCrossReading: (n, id) => (withCrossLatin(n), crossReadings.has(keyOf(n, id), id)),
    get collisions() {
      if (!crossLatinAdded) addCrossLatin();
      return collisions;
    },
    stopwordPlaces,
    // The deferred spellings have as many words as the names they spell, so they never raise this.
    get maxTokens() {
      return maxTokens;
    },
    size: ids.size,
    get names() {
      if (!crossLatinAdded) addCrossLatin();
      return nameCount;
    },
    dumpIndex: (): GazetteerIndex => {
      if (!crossLatinAdded) addCrossLatin();
      const position = new Map(byPosition.map((e, i) => [e, i] as const));
      const names = [...prefixes.keys()];
      return {
        version: 1,
        entries: byPosition.length,
        names,
        lists: names.map((n) => prefixes.get(n)!.entries.map((e) => position.get(e)!)),
        continues: names.flatMap((n, i) => (prefixes.get(n)!.continues ? [i] : [])),
        cross: crossReadings.list(),
        variant: variantReadings.list(),
        collisions: [...collisions],
        stopwordPlaces: [...stopwordPlaces],
        maxTokens,
        nameCount,
      };
    },
  };
}

/** Fills the name index from a prebuilt one; returns its longest name in tokens. A function of its own, not a closure
 * inside createGazetteer: a variable read by any closure there lives in the context every returned function keeps, and
 * the parsed index (330,000 names and lists, 41 MB of heap) would live as long as the gazetteer. */
function applyPrebuilt(
  prebuilt: GazetteerIndex,
  into: {
    prefixes: Map<string, IndexedPrefix>;
    byPosition: readonly IndexedEntry[];
    crossReadings: NamePairs;
    variantReadings: NamePairs;
    collisions: NameCollision[];
  },
): number {
  const { prefixes, byPosition } = into;
  if (prebuilt.entries !== byPosition.length) throw new Error('gazetteer index: built from other data');
  prebuilt.names.forEach((n, i) => {
    const list = prebuilt.lists[i]!;
    prefixes.set(n, { entries: list.length > 0 ? list.map((k) => byPosition[k]!) : NO_ENTRIES, continues: false });
  });
  for (const i of prebuilt.continues) prefixes.get(prebuilt.names[i]!)!.continues = true;
  for (const [n, list] of prebuilt.cross) for (const id of list) into.crossReadings.add(n, id);
  for (const [n, list] of prebuilt.variant) for (const id of list) into.variantReadings.add(n, id);
  into.collisions.push(...prebuilt.collisions);
  return prebuilt.maxTokens;
}

/** Names of no script but Cyrillic (and the spaces between words). */
const ONLY_CYRILLIC = /^[\u0400-\u052f ]*$/;

/** A country or a city of the theatre: its name, even if a stop word, is read as the place. */
const isStrongTheatrePlace = (e: IndexedEntry): boolean =>
  ['RU', 'UA', 'BY'].includes(e.country) && (e.kind === 'country' || (e.population ?? 0) >= 100_000);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
