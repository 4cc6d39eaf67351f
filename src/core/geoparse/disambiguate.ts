// Disambiguation as geoparsers do it: context first (regions and countries the article names, the sentence's own
// region and kind words, co-listed places and their distance), prominence second.
import { OSM_SETTLEMENTS_PREFIX, type IndexedEntry } from '../gazetteer/gazetteer.ts';
import { distanceKm } from '../geo.ts';
import type { PlaceKind } from '../schema.ts';

export interface ScoringOptions {
  /** Distance at which a co-listed place's support halves (km): "Plekhovo, Vorozhba and Martynovka" are neighbours. */
  listHalfDistanceKm: number;
  /** Same for places merely named in the same sentence. */
  sentenceHalfDistanceKm: number;
}

export const defaultScoringOptions: ScoringOptions = {
  listHalfDistanceKm: 25,
  sentenceHalfDistanceKm: 100,
};

/** What the evidence asks of a set of names: membership only (a sentence's names are counted once, not copied per
 * name, so a giant sentence costs linear work). */
export interface Lookup {
  has(key: string): boolean;
}

export interface Evidence {
  /** Admin-1 names (e.g. "Kursk Oblast") and country codes the article establishes. */
  articleAdmin1: ReadonlySet<string>;
  articleCountries: ReadonlySet<string>;
  /** Countries the sentence itself names ("Donetsk in eastern Ukraine"). */
  sentenceCountries: Lookup;
  /** Admin-1 names the sentence itself names, and kind words it uses ("villages of …"). */
  sentenceAdmin1: Lookup;
  /** The oblast its clause puts the name in (governing-region.ts): a list's qualifier ("Тихое, Отрадное
   * Днепропетровской области") or a region after a preposition ("в Запорожской области … Приморское"). */
  governingAdmin1?: string;
  /** Said by a qualifier right after the name's list ("Кам’янське Запорізької області"): no reading elsewhere is meant,
   * not even a big city's. */
  governedByQualifier?: boolean;
  /** Countries of the admin-1 regions the sentence names ("в Курской области" → RU). */
  sentenceRegionCountries?: Lookup;
  sentenceKinds: ReadonlySet<PlaceKind>;
  /** Candidate readings of places listed with this one ("X, Y and Z") and of other places in the sentence. */
  listMates: readonly (readonly IndexedEntry[])[];
  sentenceMates: readonly (readonly IndexedEntry[])[];
  /** The name's oblast-centre readings, when it is listed with another oblast centre's or oblast's name ("Kherson,
   * Zaporizhzhia and Dnipropetrovsk"): the list means the centres, and namesake villages near a mate's reading get
   * no support from it. */
  listedCentres?: ReadonlySet<string>;
  /** How many gazetteer entries share the name: a unique name is itself evidence. */
  unique: boolean;
  /** Entries read from this name only through the other language's orthography ("Викторовка" for Вікторівка). */
  cross?: ReadonlySet<string>;
  /** The article's sector: its other places read with certainty (second pass only). */
  sector?: Sector;
  /** Readings of the name known only with their municipal district (set aside from scoring, district-readings.ts):
   * a namesake in the sector's oblasts all the same. */
  districtNamesakes?: readonly IndexedEntry[];
  /** A one-word Cyrillic name of minor places capitalised only where every word is (each mention starts a sentence or a
   * headline) and never listed with places: as likely a common word ("Ставки" — bets, stakes, ponds) as a village. */
  initialOnly?: boolean;
}

export interface Sector {
  points: readonly IndexedEntry[];
  /** All within a few hundred km: a locally focused article, where a far reading needs explicit evidence. */
  local: boolean;
  /** Oblasts the text names outright (that evidence). Countries named somewhere in the article are none: only in the
   * place's own sentence. */
  namedAdmin1: ReadonlySet<string>;
  /** The country most of the sector lies in: naming it is no evidence for a far place inside it. */
  country: string | null;
}

/** The states whose places the other language's press respells (cross readings run between their Russian and
 * Ukrainian names). */
const CYRILLIC_STATES: readonly string[] = ['RU', 'UA'];

/** Distance at which the support of the article's sector halves (km), and beyond which a reading is outside it. */
const SECTOR_HALF_KM = 50;
const SECTOR_REACH_KM = 100;
/** A locally focused article: its certain places lie within this diameter. */
export const LOCAL_DIAMETER_KM = 300;
/** Beyond this distance from all the article's certain places a small place needs its oblast or country named even
 * in an article without one focus: the front from Kherson to Kursk is about this long. */
const FAR_KM = 500;

/** How far a reading lies from the nearest certain place of the article's sector. */
function sectorDistance(entry: IndexedEntry, points: readonly IndexedEntry[]): number {
  if (entry.lon === null) return Infinity;
  let d = Infinity;
  for (const m of points) if (m.lon !== null) d = Math.min(d, m.id === entry.id ? 0 : distanceKm(entry, m));
  return d;
}

/** Well-attested places (countries, regions, cities of 100,000, capitals) are named from afar without further ado. */
export const isProminent = (e: IndexedEntry): boolean =>
  e.kind === 'country' || e.kind === 'region' || (e.population ?? 0) >= 100_000 || e.note === 'national capital';

export interface Scored {
  entry: IndexedEntry;
  score: number;
  why: string[];
  /** Far from the sector of a locally focused article with no oblast or country named for it: never mapped. */
  outside?: boolean;
}

function prior(e: IndexedEntry): [number, string] {
  switch (e.layer) {
    case 'country':
      return [0.55, 'country'];
    case 'admin1':
      return [0.5, 'admin-1 region'];
    case 'theatre':
      return [0.4 + (e.kind === 'city' ? 0.2 : e.kind === 'town' ? 0.1 : 0), 'curated theatre gazetteer'];
    case 'unlocated':
      return [0.35, 'curated (no sourced coordinates)'];
    case 'city': {
      // A town or city whose source gives no population (an OpenStreetMap place=town) is still larger than a village:
      // it reads as a town of 5,000, the smallest a Ukrainian місто usually is, not as a hamlet of 1,000.
      const floor = e.population === null && (e.kind === 'town' || e.kind === 'city') ? 5000 : 1000;
      const pop = Math.max(e.population ?? 0, floor);
      const capital = e.note === 'national capital' ? 0.15 : 0;
      return [0.12 + 0.07 * Math.log10(pop / 1000) + capital, `GeoNames, population ${e.population ?? 0}`];
    }
  }
}

/** Support from neighbours: 1 when a neighbour's reading is on top of this one, ½ at `half` km. */
function proximity(e: IndexedEntry, mates: readonly (readonly IndexedEntry[])[], half: number): number {
  if (e.lon === null) return 0;
  let best = 0;
  for (const readings of mates)
    for (const m of readings) {
      if (m.lon === null || m.id === e.id || m.kind === 'country' || m.kind === 'region') continue;
      best = Math.max(best, 2 ** (-distanceKm(e, m) / half));
    }
  return best;
}

/** Unlocated curated entries still know their region: they inherit support from located mates in that region. */
function regionalSupport(e: IndexedEntry, mates: readonly (readonly IndexedEntry[])[]): number {
  return mates.some((r) => r.some((m) => m.admin1 !== null && m.admin1 === e.admin1 && m.kind !== 'region')) ? 1 : 0;
}

export function scoreCandidates(entries: readonly IndexedEntry[], ev: Evidence, opts: ScoringOptions = defaultScoringOptions): Scored[] {
  // A village only OpenStreetMap locates has no post office in GeoNames' postal rows and no population: a smaller place
  // than a namesake another layer locates, so it reads weaker than that namesake (alone, or vouched for by the
  // article's places within half a sector's reach, it keeps its prior).
  const osmVillage = (e: IndexedEntry): boolean => e.kind === 'village' && e.id.startsWith(`${OSM_SETTLEMENTS_PREFIX}-`);
  const locatedElsewhere = entries.some((e) => e.lon !== null && !osmVillage(e) && e.kind !== 'country' && e.kind !== 'region');
  const scored = entries.map((entry): Scored => {
    let outside = false;
    const [p, label] = prior(entry);
    // (the article's certain places within half a sector's reach of it vouch for it: then it is not the weaker namesake)
    let vouched = false;
    let score = p;
    const why = [label];
    const cross = ev.cross?.has(entry.id) === true;
    if (cross) {
      score -= 0.1;
      why.push("spelled as the other language's press writes it");
    }
    // "в Курской области … Богдановка": a name read as a place of the other country only through that country's
    // spelling, in a sentence that names an oblast of the spelling's own country and none of the reading's, is that
    // country's namesake, which the gazetteer lacks.
    if (
      cross &&
      entry.kind !== 'region' &&
      !isProminent(entry) &&
      !(entry.admin1 !== null && ev.sentenceAdmin1.has(entry.admin1)) &&
      ev.sentenceRegionCountries !== undefined &&
      [...CYRILLIC_STATES].some((c) => c !== entry.country && ev.sentenceRegionCountries!.has(c))
    ) {
      score -= 0.3;
      outside = true;
      why.push("its sentence names an oblast of the other country, none of this reading's");
    }
    if (ev.unique) {
      score += 0.2;
      why.push('only place of that name');
    }
    if (entry.admin1 && ev.articleAdmin1.has(entry.admin1)) {
      score += 0.25;
      why.push(`article is about ${entry.admin1}`);
    }
    if (entry.admin1 && ev.sentenceAdmin1.has(entry.admin1)) {
      score += 0.15;
      why.push(`sentence names ${entry.admin1}`);
    }
    if (ev.governingAdmin1 !== undefined && entry.kind !== 'region' && entry.kind !== 'country') {
      if (entry.admin1 === ev.governingAdmin1) {
        score += 0.3;
        why.push(`its clause places it in ${entry.admin1}`);
      } else if (ev.governedByQualifier === true) {
        // "Анновка, … и Успеновка Донецкой Народной Республики": the text contradicts this reading, known namesake there
        // or not (the name is then placed in that oblast, approximate.ts).
        score -= 0.3;
        outside = true;
        why.push(`its list is qualified by ${ev.governingAdmin1}`);
      } else if (!isProminent(entry) && namesakeIn(ev.governingAdmin1, entries, ev.districtNamesakes ?? [])) {
        // The sentence's region names the oblast and a namesake lies there: this reading is another village of the name.
        score -= 0.3;
        outside = true;
        why.push(`its clause places it in ${ev.governingAdmin1}, where a namesake lies`);
      }
    }
    if (ev.articleCountries.has(entry.country)) {
      score += 0.1;
      why.push(`article names ${entry.country}`);
    }
    if (entry.kind !== 'country' && ev.sentenceCountries.has(entry.country)) {
      score += 0.1;
      why.push(`sentence names ${entry.country}`);
    }
    if (ev.sentenceKinds.has(entry.kind)) {
      score += 0.1;
      why.push(`sentence calls it a ${entry.kind}`);
    }
    // Listed with regions, a name is a region too: "На Сумщині та Харківщині" (a village is also called Харківщина).
    if (entry.kind === 'region' && ev.listMates.some((r) => r.length > 0 && r.every((m) => m.kind === 'region'))) {
      score += 0.2;
      why.push('listed with other regions');
    }
    const centre = ev.listedCentres?.has(entry.id) === true;
    if (centre) {
      score += 0.3;
      why.push("listed with other oblast centres' names");
    }
    const list =
      ev.listedCentres !== undefined && !centre && !isProminent(entry)
        ? 0
        : entry.lon === null
          ? regionalSupport(entry, ev.listMates)
          : proximity(entry, ev.listMates, opts.listHalfDistanceKm);
    if (list > 0.05) {
      score += 0.3 * list;
      why.push('near the places listed with it');
    }
    const near = proximity(entry, ev.sentenceMates, opts.sentenceHalfDistanceKm);
    if (near > 0.05) {
      score += 0.15 * near;
      why.push('near places named in the sentence');
    }
    if (ev.sector && entry.lon !== null && entry.kind !== 'country' && entry.kind !== 'region') {
      const d = sectorDistance(entry, ev.sector.points);
      const support = 2 ** (-d / SECTOR_HALF_KM);
      if (support >= 0.5 && ev.initialOnly !== true) vouched = true;
      if (support > 0.05) {
        score += 0.25 * support;
        why.push("with the article's other places");
      }
      // Evidence: its oblast named, or the oblast of the article's own places, or its country named in its own
      // sentence when the sector lies in another country. A country named elsewhere in the article does not place a
      // village among namesakes: a report on the Kursk sector names Ukraine throughout, and Ukraine has a Николаевка in
      // every oblast.
      const evidenced =
        (entry.admin1 !== null &&
          (ev.sector.namedAdmin1.has(entry.admin1) ||
            ev.sentenceAdmin1.has(entry.admin1) ||
            ev.sector.points.some((m) => m.admin1 === entry.admin1 && m.country === entry.country))) ||
        // (but a far reading's country is no evidence when the sentence names another oblast of it: "in Russia's
        // Kursk region … Leonidovo" is not the Leonidovo on Sakhalin)
        (entry.country !== ev.sector.country &&
          ev.sentenceCountries.has(entry.country) &&
          !(d > FAR_KM && ev.sentenceRegionCountries?.has(entry.country) === true)) ||
        // A name no other place bears needs no namesake told apart: the article naming its country is enough, within
        // reach of the sector (far beyond it, a unique spelling is as likely another place's transliteration).
        // The curated theatre gazetteer holds the war's own places: one of those is named from anywhere along the front,
        // and so is one whose namesakes all lie farther from the sector than the front is long ("Волчанск" beside
        // Luhansk's Рубежное: the Sverdlovsk Volchansk is no rival along the front).
        (!cross &&
          ev.initialOnly !== true &&
          ev.articleCountries.has(entry.country) &&
          (entry.layer === 'theatre'
            ? d <= FAR_KM && (ev.unique || entries.every((o) => o === entry || sectorDistance(o, ev.sector!.points) > FAR_KM))
            : ev.unique && d <= LOCAL_DIAMETER_KM));
      const home = homeNamesake(entry, entries, ev.districtNamesakes ?? [], ev.sector);
      // A reading only through the other language's spelling, among namesakes, needs its sector even in an article
      // without one focus; so does any far reading of a name that has a namesake in the sector's own oblasts, a
      // word whose capital says nothing (it only ever starts a sentence), and a village reading farther from every
      // certain place than the front is long (Leonidovo on Sakhalin for the Kursk village; towns are named from afar).
      if (
        (ev.sector.local ||
          (cross && !ev.unique) ||
          home !== null ||
          ev.initialOnly === true ||
          (d > FAR_KM && entry.kind === 'village')) &&
        d > SECTOR_REACH_KM &&
        d < Infinity &&
        !isProminent(entry) &&
        !evidenced
      ) {
        score -= 0.3;
        outside = true;
        why.push(`${Math.round(d)} km from the article's sector, its oblast and country unnamed`);
      } else if (
        // "Михайловка" in a report on the Kursk sector: a name read in the other country only through that country's
        // spelling is the namesake of the spelling's own country when the sector lies there and holds one, unless its
        // own sentence names the reading's oblast or country.
        cross &&
        home !== null &&
        home.country === ev.sector.country &&
        entry.country !== ev.sector.country &&
        !isProminent(entry) &&
        !(entry.admin1 !== null && ev.sentenceAdmin1.has(entry.admin1)) &&
        !ev.sentenceCountries.has(entry.country)
      ) {
        score -= 0.3;
        outside = true;
        why.push(`spelled as ${ev.sector.country} writes it, and the sector's ${home.admin1} holds a namesake`);
      }
    }
    if (locatedElsewhere && osmVillage(entry) && !vouched) {
      score -= 0.06;
      why[0] = `${label}; an OpenStreetMap village, no post office`;
    }
    return { entry, score: Math.round(score * 1000) / 1000, why, ...(outside ? { outside } : {}) };
  });
  // Deterministic order: score, then prominence, then id.
  return scored.sort(
    (a, b) => b.score - a.score || (b.entry.population ?? 0) - (a.entry.population ?? 0) || a.entry.id.localeCompare(b.entry.id),
  );
}

/** Whether a reading of the name (located, or known with its district only) lies in `admin1`. */
const namesakeIn = (admin1: string, readings: readonly IndexedEntry[], districtNamesakes: readonly IndexedEntry[]): boolean =>
  readings.some((r) => r.admin1 === admin1 && r.kind !== 'region') || districtNamesakes.some((r) => r.admin1 === admin1);

/** A namesake of `entry` (another reading of the same name, located or known with its district only) in an oblast
 * of the article's sector: named outright, or holding its certain places. */
function homeNamesake(
  entry: IndexedEntry,
  readings: readonly IndexedEntry[],
  districtNamesakes: readonly IndexedEntry[],
  sector: Sector,
): IndexedEntry | null {
  const inSector = (r: IndexedEntry): boolean =>
    r.id !== entry.id &&
    r.admin1 !== null &&
    r.admin1 !== entry.admin1 &&
    r.kind !== 'region' &&
    r.kind !== 'country' &&
    (sector.namedAdmin1.has(r.admin1) || sector.points.some((m) => m.admin1 === r.admin1 && m.country === r.country));
  return readings.find(inSector) ?? districtNamesakes.find(inSector) ?? null;
}

/** Confidence from the winner's absolute support and its margin over the runner-up. */
export function confidenceOf(scored: readonly Scored[]): number {
  const [top, second] = scored;
  if (!top) return 0;
  const absolute = Math.min(1, top.score / 0.6);
  const margin = second ? Math.min(1, (top.score - second.score) / 0.3) : 1;
  return Math.round(absolute * (0.5 + 0.5 * margin) * 100) / 100;
}
