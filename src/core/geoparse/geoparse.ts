// Geoparses one article: spot names, drop what is not a place, score the readings in context, and say for every
// mention what became of it.
import { isDistrictSettlement, type Gazetteer, type IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { PlaceKind, Precision } from '../schema.ts';
import { approximate, contradicted, inTheArticlesOblast, SETTLEMENT_UNKNOWN } from './approximate.ts';
import { placeInDistricts, setAsideDistrictReadings } from './district-readings.ts';
import { governingRegions } from './governing-region.ts';
import { isSpaceCode } from '../text/chars.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { normalizeName } from '../text/normalize.ts';
import { sentenceSpans, spanAt, type Span } from '../text/sentences.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../text/tokens.ts';
import {
  confidenceOf,
  defaultScoringOptions,
  isProminent,
  LOCAL_DIAMETER_KM,
  scoreCandidates,
  type Evidence,
  type Lookup,
  type Scored,
  type ScoringOptions,
} from './disambiguate.ts';
import { distanceKm } from '../geo.ts';
import { isAdjectiveTail, isStrong, rejectionReason, SETTLEMENT_NOUN, type FilterContext } from './filters.ts';
import { CALENDAR, COMMON_CAPITALISED, FORMAL_COUNTRY_NAMES, ORGANISATION_HEADS } from './lexicon.ts';
import { findPeople } from './people.ts';
import { ADMIN_NOUN, CYRILLIC_DISTRICT_STEMS } from './admin-nouns.ts';
import { spotDistrictsByCentre } from './district-centre.ts';
import {
  oblastByCentreSpelling,
  oblastByFormerCentreName,
  oblastByRegionalLocative,
  oblastByRegionOf,
  oblastCentreReadings,
} from './oblast-by-centre.ts';
import { settlementReadings } from './settlement-context.ts';
import { foldMixedScript } from '../text/mixed-script.ts';
import { adjectivesAsNames } from './adjective-name.ts';
import { isRead } from './mention-read.ts';
import { oneSensePerArticle } from './one-sense.ts';
import { sameUnknownName } from './same-unknown-name.ts';
import { onePlacePerName } from './one-place.ts';
import { rootVowelReadings } from './root-vowel-reading.ts';
import { cityDistrictReadings } from './city-district.ts';
import { speakingCountries } from './speaking-country.ts';
import { aroundCapital, elidedHeadItems, spotNames, spotRegionAdjectives, spotSharedHeads, type Spot } from './spot.ts';
import { isRegionAdjectiveForm } from './region-adjective.ts';
import { caseForms } from '../text/declension.ts';
import { namesWarSide, WAR_COUNTRIES } from './war-countries.ts';
import { isTitleCase, writtenLowerCase } from './title-case.ts';

export interface GeoparseOptions extends ScoringOptions {
  /** Below this confidence a place is still mapped but flagged (hollow symbol, listed in the report). */
  lowConfidence: number;
  /** Below this score the best reading is too weak to map at all (a small town abroad, no context). */
  minScore: number;
}

export const defaultGeoparseOptions: GeoparseOptions = {
  ...defaultScoringOptions,
  lowConfidence: 0.6,
  minScore: 0.3,
};

export type MentionStatus = 'resolved' | 'low-confidence' | 'unresolved' | 'rejected';

export interface ParsedMention {
  start: number;
  end: number;
  text: string;
  sentence: Span;
  status: MentionStatus;
  reason: string;
  entry: IndexedEntry | null;
  confidence: number;
  scored: Scored[];
  /** How exactly the entry's point stands for the mention when that is not what the entry's kind says: a settlement
   * missing from the gazetteer mapped to the district, oblast or neighbour the text places it in (approximate.ts). */
  precision?: Precision;
  /** The settlement the text names when `entry` is only where it is mapped: a village known with its district or
   * hromada alone (district-readings.ts) keeps its own OKTMO/KATOTTG entry here, so its place feature and its control
   * events are its own, not its container's. */
  named?: IndexedEntry;
  /** A settlement no layer knows, mapped where the text places it (approximate.ts: in a district or oblast, or near a
   * neighbour): `entry` is that container, and the settlement is its own place, known by its name within it. */
  unlisted?: true;
}

export interface ParsedArticle {
  sentences: Span[];
  mentions: ParsedMention[];
}

/** A word starting at a word boundary. V8 runs \b slowly under /iu, so the words alone, a cheaper test that every match
 * also passes, go first. */
function wordStart(words: string, flags: string): (text: string) => boolean {
  const loose = new RegExp(words, flags);
  const exact = new RegExp(String.raw`\b${words}`, flags);
  return (text) => loose.test(text) && exact.test(text);
}

/** Most sentences have no kind word; this tells at once: the English words under /i (with ſ, which /iu folds onto s),
 * and any Cyrillic for the others. */
const ANY_KIND_WORD = /village|hamlet|[sſ]ettlement|town|urban-type|city|cities|region|obla[sſ]t|province/i;
const mayNameKind = (text: string): boolean => ANY_KIND_WORD.test(text) || hasCyrillic(text);
const KIND_WORDS: [(text: string) => boolean, PlaceKind][] = [
  [wordStart('(villages?|hamlets?|settlements?|сел[оа]|сіл|деревн)', 'iu'), 'village'],
  [wordStart('(towns?|urban-type)', 'i'), 'town'],
  [wordStart(String.raw`(city|cities)\b`, 'i'), 'city'],
  [wordStart('(regions?|oblasts?|provinces?|област)', 'iu'), 'region'],
];

const NO_READINGS: ReadonlySet<string> = new Set();

/** "X, Y, and Z": spots joined only by commas and "and"/"or" form a list. */
function listGroups(text: string, spots: readonly Spot[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < spots.length; i++) {
    const prev = spots[i - 1];
    if (prev && /^\s*(,\s*(and\s+|or\s+)?|\s+(and|or|та|і|и)\s+)$/u.test(text.slice(prev.end, spots[i]!.start))) current.push(i);
    else {
      if (current.length > 1) groups.push(current);
      current = [i];
    }
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

/** A spot's readings narrowed by the word after it and by what its entries are: the first rule that applies wins. */
function readingsInContext(spot: Spot, next: string | undefined, gazetteer: Gazetteer, withSharedHead: boolean): Spot {
  return (
    (withSharedHead ? null : capitalAdjective(spot, gazetteer)) ??
    oblastBeforeNoun(spot, next, gazetteer) ??
    districtBeforeNoun(spot, next, gazetteer) ??
    stateOverDependencies(spot) ??
    cityOverCityRegion(spot, gazetteer) ??
    preferSettlement(spot)
  );
}

/** "Київського режиму", "Московские власти": the adjective of an oblast around a national capital is the capital's
 * (its government's), not the oblast's; the oblast answers to its noun phrase ("Київської області", and the noun a
 * list shares: "Киевскую и Житомирскую области", which readingsInContext does not bring here). No reading stays. */
function capitalAdjective(spot: Spot, gazetteer: Gazetteer): Spot | null {
  // A village known only by its district that the adjective's form also spells (Київського ← Київське) changes nothing.
  const located = spot.entries.filter((e) => !isDistrictSettlement(e));
  if (spot.last - spot.first !== 1 || !isRegionAdjectiveForm(spot.text) || !located.every((e) => e.kind === 'region')) return null;
  return located.some((e) => aroundCapital(e, gazetteer))
    ? { ...spot, entries: located.filter((e) => !aroundCapital(e, gazetteer)) }
    : null;
}

/** "the Belgorod border", "the Kursk governor", "the Kharkiv axis": the oblast's name used as its adjective. */
function oblastBeforeNoun(spot: Spot, next: string | undefined, gazetteer: Gazetteer): Spot | null {
  if (!next || !REGION_NOUN.test(next) || !/^[A-Z][a-z]+$/.test(spot.text)) return null;
  const n = normalizeName(spot.text);
  const regions = [...gazetteer.lookup(`${n} oblast`), ...gazetteer.lookup(`${n} region`)].filter((e) => e.kind === 'region');
  return regions.length > 0 ? { ...spot, entries: [...new Set(regions)] } : null;
}

const raionCentre = (e: IndexedEntry): boolean => e.country === 'UA' && (e.kind === 'city' || e.kind === 'town');

/** "the Sudzha district", "Krasnaya Yaruga district": the district layer's reading, never a big city of that name far
 * away (a raion is named after its small centre). */
function districtBeforeNoun(spot: Spot, next: string | undefined, gazetteer: Gazetteer): Spot | null {
  if (next && CYRILLIC_DISTRICT_NOUN.test(next) && hasCyrillic(spot.text)) return districtAdjective(spot);
  if (!next || !DISTRICT_NOUN.test(next) || !/^[A-Z]/.test(spot.text)) return null;
  const n = normalizeName(spot.text);
  const districts = [...gazetteer.lookup(`${n} district`), ...gazetteer.lookup(`${n} raion`)].filter((e) => e.kind === 'district');
  if (districts.length > 0) return { ...spot, entries: [...new Set(districts)] };
  // Ukraine's raions (since 2020) are named after their centres, big cities among them ("the Nikopol, Kramatorsk,
  // Zaporizhzhia district"), and the districts layer holds the border oblasts' only: a Ukrainian city is the raion's
  // centre, not a far namesake, and stays a reading beside any village of that name.
  const small = spot.entries.filter((e) => e.kind === 'district' || !isProminent(e) || raionCentre(e));
  return small.length < spot.entries.length ? { ...spot, entries: small } : null; // may be none: then no spot
}

/** "в Кореновском районе", "Білопільській громаді": an adjective agreeing with a district noun names a district, never
 * the settlement whose case form it happens to spell (Кореновском is also Korenovsk's instrumental). The phrase is
 * read as a whole when the gazetteer knows it (a longer spot); otherwise only the district or oblast readings of the
 * adjective stay, and none may stay (then it is no spot). */
function districtAdjective(spot: Spot): Spot | null {
  if (spot.last - spot.first !== 1) return null;
  const kept = spot.entries.filter((e) => e.kind === 'district' || e.kind === 'region');
  return kept.length < spot.entries.length ? { ...spot, entries: kept } : null;
}

/** "поселок Новгородское", "смт Новгородське": after a settlement word an oblast adjective's form is a settlement's own
 * name, not the oblast; its region readings go (a settlement of that name, known or not, is then read as one). */
function settlementNotOblast(spot: Spot, prev: Token | undefined): Spot {
  if (!prev || !SETTLEMENT_NOUN.test(prev.text) || spot.last - spot.first !== 1 || !isRegionAdjectiveForm(spot.text)) return spot;
  const kept = spot.entries.filter((e) => e.kind !== 'region');
  return kept.length < spot.entries.length ? { ...spot, entries: kept } : spot;
}

/** A name shared by a state of this reporting and dependencies of others ("США": also on the US Minor Outlying Islands
 * and the US Virgin Islands) means the state. */
function stateOverDependencies(spot: Spot): Spot | null {
  if (spot.entries.length <= 1 || !spot.entries.every((e) => e.kind === 'country')) return null;
  const states = spot.entries.filter((e) => e.country in FORMAL_COUNTRY_NAMES);
  return states.length === 1 ? { ...spot, entries: states } : null;
}

/** A city-region named after its capital ("у Києві" reaching only the regions called Kyiv, the city's entry having
 * no Cyrillic names): the one-word name is the city, as in English. Colloquial names (Київщина) stay the region. */
function cityOverCityRegion(spot: Spot, gazetteer: Gazetteer): Spot | null {
  if (
    spot.last - spot.first !== 1 ||
    !hasCyrillic(spot.text) ||
    /(щин|чин)/iu.test(spot.text) ||
    !spot.entries.every((e) => e.kind === 'region')
  )
    return null;
  const cities = spot.entries.flatMap((r) =>
    gazetteer
      .lookup(normalizeName(r.name))
      .filter((c) => c.kind !== 'region' && c.kind !== 'country' && c.country === r.country && isProminent(c)),
  );
  return cities.length > 0 ? { ...spot, entries: [...new Set(cities)] } : null;
}

/** A region that merely shares its bare name with a settlement of the same country ("Moscow", "Kyiv") yields to it:
 * the region's own form ("Kyiv Oblast", "Kyiv region") is spotted as a longer name when the text means the region. */
function preferSettlement(spot: Spot): Spot {
  if (!spot.entries.some((e) => e.kind === 'region')) return spot;
  const settlements = spot.entries.filter((e) => e.kind !== 'region' && e.kind !== 'country');
  const name = normalizeName(spot.text.replace(/['’]s$/, ''));
  // Also in a case form ("у Києві"): a region holding a settlement read from the same word is named after it.
  const entries = spot.entries.filter(
    (e) =>
      e.kind !== 'region' ||
      !settlements.some(
        (c) =>
          c.country === e.country &&
          (normalizeName(c.name) === name || (c.admin1 === e.admin1 && isProminent(c) && hasCyrillic(spot.text))),
      ),
  );
  return entries.length === spot.entries.length ? spot : { ...spot, entries };
}

/** English nouns an oblast's bare name qualifies as a region: its border, governor, front, axis, its villages. */
const REGION_NOUN = /^(border|borders|borderlands?|governor|governorate|axis|direction|frontier|sector|villages|towns|settlements)$/i;

const DISTRICT_NOUN = /^(district|raion|rayon|districts|raions)$/i;
/** Russian and Ukrainian district nouns in any case (admin-nouns.ts): район, округ, громада, община. Without the village
 * councils district-centre.ts also reads: the district layer holds none, so a spot before one keeps its own reading. */
const CYRILLIC_DISTRICT_NOUN = new RegExp(`^(${CYRILLIC_DISTRICT_STEMS})`, 'iu');

/** Whether the gap before a token ends in an opening quote (and spaces): quoted speech starts a sentence. */
function afterOpeningQuote(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= from && OPENING_QUOTES.includes(text[k]!);
}
const OPENING_QUOTES = '"“‘«';

/** Token indices that begin a sentence, a line, or quoted speech. */
function sentenceStartTokens(text: string, tokens: readonly Token[], sentences: readonly Span[]): Set<number> {
  const starts = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sp = sentences[s];
    if (sp && sp.start === t.start) starts.add(i);
    // Quoted speech and headings start sentences too.
    if (i === 0 || afterOpeningQuote(text, tokens[i - 1]!.end, t.start)) starts.add(i);
  }
  return starts;
}

/** The singular case forms of an administrative head noun ("громада" → громади, громаді, …), worked out once. */
const headFormCache = new Map<string, readonly string[]>();
function headForms(nominative: string): readonly string[] {
  let f = headFormCache.get(nominative);
  if (!f) headFormCache.set(nominative, (f = /[a-z]/i.test(nominative) ? [nominative] : caseForms(nominative)));
  return f;
}

/** Tokens on title-case lines: at least three longer words, nearly all capitalised (a headline, not prose). */
function titleCaseTokens(text: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const nl = text.indexOf('\n', tokens[lineStart]!.start);
    const lineEnd = nl < 0 ? text.length : nl;
    let k = lineStart;
    let long = 0;
    let caps = 0;
    while (k < tokens.length && tokens[k]!.start < lineEnd) {
      const t = tokens[k]!.text;
      if (t.length > 3) {
        long++;
        if (isCapitalized(t)) caps++;
      }
      k++;
    }
    if (long >= 3 && caps >= 0.8 * long) for (let i = lineStart; i < k; i++) out.add(i);
    lineStart = k;
  }
  return out;
}

/** Whether a lower-case word occurs uncapitalised in the article. Few words are asked about (names that start a
 * sentence), so the first few are answered by a scan; only an article that asks about many gets a set of all words. */
function lowercaseUse(tokens: readonly Token[]): (word: string) => boolean {
  const uncapitalised = (t: Token): boolean => !isCapitalized(t.text);
  const answers = new Map<string, boolean>();
  let all: Set<string> | undefined;
  return (word) => {
    if (all) return all.has(word);
    if (answers.size >= 8) {
      all = new Set(tokens.filter(uncapitalised).map((t) => t.text.toLowerCase()));
      return all.has(word);
    }
    let found = answers.get(word);
    if (found === undefined) {
      // Lower-casing keeps the length but for İ (→ i̇), so only tokens that long, or shorter with an İ, can match.
      const maybe = (t: Token): boolean => t.text.length === word.length || (t.text.length < word.length && t.text.includes('\u0130'));
      found = tokens.some((t) => maybe(t) && uncapitalised(t) && t.text.toLowerCase() === word);
      answers.set(word, found);
    }
    return found;
  };
}

export function geoparseArticle(text: string, gazetteer: Gazetteer, options: Partial<GeoparseOptions> = {}): ParsedArticle {
  // Latin look-alikes inside Cyrillic words are read as Cyrillic; the folded text has the same offsets, and each
  // mention keeps the article's own spelling.
  const folded = foldMixedScript(text);
  if (folded === text) return geoparseText(text, gazetteer, options);
  const parsed = geoparseText(folded, gazetteer, options);
  return { ...parsed, mentions: parsed.mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) })) };
}

function geoparseText(text: string, gazetteer: Gazetteer, options: Partial<GeoparseOptions>): ParsedArticle {
  const opts = { ...defaultGeoparseOptions, ...options };
  const tokens = tokenize(text);
  const sentences = sentenceSpans(text);
  const sentenceStarts = sentenceStartTokens(text, tokens, sentences);
  const spotted = spotNames(text, tokens, gazetteer);
  const shared = spotSharedHeads(text, tokens, gazetteer, spotted, headForms);
  const sharedStarts = new Set(shared.map((s) => s.start));
  let named = shared.length > 0 ? spotted.filter((s) => !sharedStarts.has(s.start)) : spotted;
  // Districts named by their centre's adjective take the tokens of whatever was read there alone.
  const centre = spotDistrictsByCentre(text, tokens, gazetteer, [...named, ...shared]);
  if (centre.spots.length > 0) {
    const inCentre = (s: Spot): boolean => centre.spots.some((c) => s.first < c.last && c.first < s.last);
    named = named.filter((s) => !inCentre(s));
    const keptShared = shared.filter((s) => !inCentre(s));
    shared.length = 0;
    shared.push(...keptShared, ...centre.spots);
  }
  if (hasCyrillic(text)) shared.push(...spotRegionAdjectives(text, tokens, gazetteer, [...named, ...shared]));
  // Countries the article names: a settlement list's foreign readings need one (settlement-context.ts).
  const namedCountries = new Set(
    named.filter((s) => s.entries.every((e) => e.kind === 'country')).flatMap((s) => s.entries.map((e) => e.country)),
  );
  const read = (shared.length > 0 ? [...named, ...shared].sort((a, b) => a.start - b.start) : named)
    .map(
      (sp) =>
        oblastByCentreSpelling(sp, tokens, text, gazetteer) ??
        oblastByFormerCentreName(sp, gazetteer) ??
        oblastByRegionalLocative(sp, tokens, text, gazetteer) ??
        oblastByRegionOf(sp, text, gazetteer) ??
        sp,
    )
    .map((sp) =>
      readingsInContext(sp, text.charCodeAt(sp.end) === 0x20 ? tokens[sp.last]?.text : undefined, gazetteer, sharedStarts.has(sp.start)),
    )
    .map((sp) => settlementNotOblast(sp, tokens[sp.first - 1]))
    .map((sp) => settlementReadings(sp, text, tokens, namedCountries));
  // Oblast adjectives that are names of their own: unknown settlements when no reading is left (unknownNames).
  const byForm = adjectivesAsNames(read, text, tokens);
  const namesByForm = byForm.firsts;
  // A name left with no reading (only a far big city before "district") is no spot.
  // Settlements known only with their district wait until the located readings have had their turn.
  const isCross = (sp: Spot, e: IndexedEntry): boolean =>
    gazetteer.isCrossReading?.(normalizeName(sp.text), e.id) === true && hasCyrillic(sp.text);
  const { spots, pending: districtReadings } = setAsideDistrictReadings(
    byForm.spots.filter((sp) => sp.entries.length > 0),
    isCross,
  );
  const ctx: FilterContext = {
    text,
    tokens,
    people: findPeople(text, tokens),
    usedLowercase: lowercaseUse(tokens),
    sentenceStarts,
    spotStarts: new Set(spots.map((s) => s.first)),
    spotLasts: new Set(spots.map((s) => s.last - 1)),
    titleCase: titleCaseTokens(text, tokens),
    stopwordPlaces: gazetteer.stopwordPlaces,
    namedCountries: new Set(
      spots.filter((s) => s.entries.every((e) => e.kind === 'country')).flatMap((s) => s.entries.map((e) => e.country)),
    ),
    elidedHeads: hasCyrillic(text) ? elidedHeadItems(text, tokens) : new Set(),
    namesByForm,
    byCentre: centre.byCentre,
  };

  const rejected = new Map<Spot, string>();
  for (const spot of spots) {
    const reason = rejectionReason(spot, ctx);
    if (reason) rejected.set(spot, reason);
  }
  const accepted = spots.filter((sp) => !rejected.has(sp));
  // Tails of longer names ("Великой Новоселки"): read only where the article's other places are, and vouching for nothing.
  const tails = new Set(accepted.filter((sp) => isAdjectiveTail(sp, ctx)).map((sp) => sp.start));

  // Names that also have readings known only with their district (set aside): their one located reading is one
  // namesake among several, not the only place of that name ("Южный": a town in the Altai, hamlets in Kursk Oblast).
  const districtNamesakes = new Map(
    districtReadings.filter((d) => !d.alone && d.readings.length > 0).map((d) => [d.spot.start, d.readings]),
  );
  // Article context: regions and countries named outright, and the regions/countries of names with one reading.
  const articleAdmin1 = new Set<string>();
  const articleCountries = new Set<string>();
  const speakers = speakingCountries(text, accepted);
  // (which names vouch for each oblast: one whose only reading the sector later sets aside vouches for nothing)
  const vouchers = new Map<string, number[]>();
  for (const [i, sp] of accepted.entries()) {
    if (speakers.has(sp.start)) continue;
    const located = sp.entries.filter((e) => e.layer !== 'unlocated');
    if (tails.has(sp.start)) continue;
    if (districtNamesakes.has(sp.start) && located.some((e) => e.kind !== 'country' && e.kind !== 'region')) continue;
    if (located.length !== 1 && !located.every((e) => e.kind === 'country' || e.kind === 'region')) continue;
    for (const e of located) {
      if (e.kind === 'country') articleCountries.add(e.country);
      else if (e.admin1) {
        articleAdmin1.add(e.admin1);
        articleCountries.add(e.country);
        (vouchers.get(e.admin1) ?? vouchers.set(e.admin1, []).get(e.admin1)!).push(i);
      }
    }
  }

  if (articleCountries.size === 0 && namesWarSide(text)) for (const c of WAR_COUNTRIES) articleCountries.add(c);

  const groups = listGroups(text, accepted);
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const i of g) groupOf.set(i, g);

  // Oblasts the text names outright: the explicit evidence a reading far from the sector needs.
  const namedAdmin1 = new Set<string>();
  for (const sp of accepted)
    if (sp.entries.every((e) => e.kind === 'region' || e.kind === 'country'))
      for (const e of sp.entries) if (e.kind === 'region' && e.admin1) namedAdmin1.add(e.admin1);

  const kindsIn = sentenceKinds(text);
  const crossOf = (spot: Spot): ReadonlySet<string> | undefined => {
    if (!gazetteer.isCrossReading || spot.entries.length === 0 || !hasCyrillic(spot.text)) return undefined;
    const n = normalizeName(spot.text);
    const ids = spot.entries.filter((e) => gazetteer.isCrossReading!(n, e.id)).map((e) => e.id);
    return ids.length > 0 ? new Set(ids) : undefined;
  };
  const windows = mateWindows(
    speakers.size > 0 ? accepted.map((sp) => (speakers.has(sp.start) ? { ...sp, entries: [] } : sp)) : accepted,
    sentences,
  );
  // Set-aside names with no located reading are items of their lists too.
  const governedAt = governingRegions(text, [...accepted, ...districtReadings.filter((d) => d.alone).map((d) => d.spot)], sentences);
  const initialOnly = initialOnlyWords(accepted, groupOf, ctx);
  // Names of oblast centres, and of oblasts: "Kherson, Zaporizhzhia and Dnipropetrovsk" lists them as such.
  const centreReadings = accepted.map((sp, j) => (groupOf.has(j) ? oblastCentreReadings(sp.entries, gazetteer) : NO_READINGS));
  const namesCentre = (j: number): boolean =>
    centreReadings[j]!.size > 0 || (accepted[j]!.entries.length > 0 && accepted[j]!.entries.every((e) => e.kind === 'region'));
  const evidences = accepted.map((spot, i): Evidence => {
    const w = windows[i]!;
    const group = groupOf.get(i);
    const mates: (readonly IndexedEntry[])[] = [];
    let centreMate = false;
    if (group) {
      // The list's neighbours within the window: "X, Y and Z" support each other; a list of thousands is read locally.
      const at = group.indexOf(i);
      for (let g = Math.max(0, at - MATE_WINDOW); g < Math.min(group.length, at + MATE_WINDOW + 1); g++)
        if (g !== at) {
          mates.push(accepted[group[g]!]!.entries);
          centreMate ||= namesCentre(group[g]!);
        }
    }
    const cross = crossOf(spot);
    const namesakes = districtNamesakes.get(spot.start);
    const governedBy = governedAt.get(spot.start);
    const kinds = kindsIn(w.sentence);
    // Listed with another oblast centre's (or oblast's) name, an oblast centre's name is that centre, not a namesake
    // village near a mate's reading: unless the sentence speaks of villages or puts the list in another oblast.
    const centres = centreReadings[i]!;
    const listedCentres =
      centreMate &&
      centres.size > 0 &&
      !kinds.has('village') &&
      (governedBy === undefined || spot.entries.some((e) => centres.has(e.id) && e.admin1 === governedBy.admin1));
    return {
      ...(listedCentres ? { listedCentres: centres } : {}),
      ...(governedBy ? { governingAdmin1: governedBy.admin1, ...(governedBy.qualifier ? { governedByQualifier: true } : {}) } : {}),
      articleAdmin1,
      ...(namesakes ? { districtNamesakes: namesakes } : {}),
      articleCountries,
      ...(cross ? { cross } : {}),
      ...w.evidence,
      sentenceKinds: kinds,
      listMates: mates,
      unique: spot.entries.length === 1 && !namesakes,
      ...(initialOnly.has(i) ? { initialOnly: true } : {}),
    };
  });
  // Reads every accepted name: first alone, then against the article's sector. `setAside`: names whose one reading a
  // first read judged outside the sector, no certain place of it.
  const readAccepted = (setAside: ReadonlySet<number>): ParsedMention[] => {
    const first = accepted.map((spot, i) => scoreCandidates(spot.entries, evidences[i]!, opts));

    // The article's sector: places read with certainty (one located reading, or a clear winner), settlements and
    // districts only. Readings of the other names are then scored against it (issue 9 item 6).
    // A reading the text contradicts ("Zhuravli in the Kursk region", the only Zhuravli known lying in Crimea) is not
    // certain, whatever its score.
    const firstReadings = accepted.map((spot, i): ParsedMention => ({
      start: spot.start,
      end: spot.end,
      text: spot.text,
      sentence: spot,
      status: 'resolved',
      reason: '',
      entry: first[i]![0]!.entry,
      confidence: 1,
      scored: [],
    }));
    const denied = new Set(contradicted(text, firstReadings).unknown.map((m) => m.start));
    const certain: { spot: number; entry: IndexedEntry }[] = [];
    first.forEach((scored, i) => {
      const top = scored[0]!;
      if (denied.has(accepted[i]!.start) || tails.has(accepted[i]!.start) || setAside.has(i)) return;
      if (top.entry.lon === null || top.entry.kind === 'country' || top.entry.kind === 'region') return;
      const located = accepted[i]!.entries.filter((e) => e.lon !== null).length;
      if ((located === 1 && !districtNamesakes.has(accepted[i]!.start)) || confidenceOf(scored) >= 0.8)
        certain.push({ spot: i, entry: top.entry });
    });
    // Capitals and big cities are named from anywhere ("Moscow's forces", "Kyiv launched"): the focus is where the
    // small places are, when there are any.
    // Locality is judged on the *other* places of the article, so a far namesake does not vouch for itself (few places:
    // per name; many: once for the article).
    const small = certain.filter((c) => !isProminent(c.entry));
    const focus = small.length > 0 ? small : certain;
    const localAll = isLocal(uniqueEntries(focus.map((c) => c.entry)));
    // A name repeated does not vouch for itself: the other mentions read as one of its own readings are left out too.
    const ownReadings = (i: number): ReadonlySet<string> => new Set(accepted[i]!.entries.map((e) => e.id));
    const localFor = (i: number): boolean => {
      if (focus.length > 40) return localAll;
      const own = ownReadings(i);
      return isLocal(uniqueEntries(focus.filter((c) => c.spot !== i && !own.has(c.entry.id)).map((c) => c.entry)));
    };
    const sectorCountry = mostCommon(certain.map((c) => c.entry.country));

    // A district read from its centre's adjective is a weak reading (Кореновском районе: Korenovsk's raion, or a slip for
    // Кореневском): its centre must lie in an oblast the text names or near the article's certain places.
    // With no other certain place, the best readings of the article's other settlements stand in ("села Новоселівка
    // Краматорського району": the village's readings near Kramatorsk vouch for the raion).
    const settled = (e: IndexedEntry): boolean => e.lon !== null && e.kind !== 'region' && e.kind !== 'country';
    const near = (a: IndexedEntry, b: IndexedEntry): boolean => a.lon !== null && b.lon !== null && distanceKm(a, b) <= CENTRE_REACH_KM;
    const centreInSector = (entry: IndexedEntry, i: number): boolean =>
      (entry.admin1 !== null && namedAdmin1.has(entry.admin1)) ||
      certain.some((c) => c.spot !== i && near(c.entry, entry)) ||
      (!certain.some((c) => c.spot !== i) &&
        first.some((sc, j) => j !== i && !centre.byCentre.has(accepted[j]!.start) && settled(sc[0]!.entry) && near(sc[0]!.entry, entry)));
    const sectorPointsOf = sectorPointsBy(certain);
    const mentions: ParsedMention[] = [];
    accepted.forEach((spot, i) => {
      const sentence = spanAt(sentences, spot.start) ?? { start: spot.start, end: spot.end };
      // Only names with a choice to make, or a small place that may lie outside the sector, are scored again.
      const rescore = certain.length > 0 && (spot.entries.length > 1 || !isProminent(spot.entries[0]!));
      const points = rescore ? sectorPointsOf(i, ownReadings(i)) : [];
      const scored =
        points.length > 0
          ? scoreCandidates(
              spot.entries,
              { ...evidences[i]!, sector: { points, local: localFor(i), namedAdmin1, country: sectorCountry } },
              opts,
            )
          : first[i]!;
      const confidence = confidenceOf(scored);
      const { status, entry, reason } = verdict(scored[0]!, confidence, opts);
      const base = { start: spot.start, end: spot.end, text: spot.text, sentence, scored, confidence };
      const tail = tails.has(spot.start);
      const byCentre = centre.byCentre.has(spot.start);
      // A tail or a district's centre adjective is a weak reading: kept only inside the article's oblasts and sector.
      if (entry && (tail || byCentre) && !centreInSector(entry, i))
        mentions.push({
          ...base,
          status: 'unresolved',
          entry: null,
          reason: tail
            ? `the tail of a longer name (a capitalised adjective before it), read as ${entry.name} outside the article's oblasts and sector`
            : `a district named after a centre (${entry.name}) outside the article's oblasts and sector`,
        });
      else if (entry && byCentre)
        mentions.push({
          ...base,
          status,
          entry,
          precision: 'district',
          reason: `a district named after its centre ${entry.name}, mapped there (precision district)${reason ? `; ${reason}` : ''}`,
        });
      else mentions.push({ ...base, status, entry, reason });
    });
    return mentions;
  };
  let mentions = readAccepted(new Set());
  // "Дорожное" in a Kherson list, known only as the Donetsk village and set aside as outside the sector, does not make
  // the article about Donetsk Oblast: an oblast only such names vouched for is dropped and the names read again.
  const setAside = new Set(mentions.flatMap((m, i) => (m.status === 'unresolved' && m.scored[0]?.outside === true ? [i] : [])));
  const orphaned = [...vouchers].filter(([, by]) => by.every((i) => setAside.has(i))).map(([a]) => a);
  if (orphaned.length > 0) {
    for (const a of orphaned) articleAdmin1.delete(a);
    // (a name the first read placed and the second leaves unread keeps its first reading: only a choice between
    // readings moves, nothing read is lost)
    const firstRead = mentions;
    mentions = readAccepted(setAside).map((m, i) => (!isRead(m) && isRead(firstRead[i]!) ? firstRead[i]! : m));
  }

  for (const [spot, reason] of rejected) {
    const sentence = spanAt(sentences, spot.start) ?? { start: spot.start, end: spot.end };
    mentions.push({
      start: spot.start,
      end: spot.end,
      text: spot.text,
      sentence,
      status: 'rejected',
      reason,
      entry: null,
      confidence: 0,
      scored: [],
    });
  }
  const { kept: consistent, unknown } = contradicted(text, mentions);
  // Names left unresolved (weak or outside the sector) may still be placed by what the text says around them.
  const kept = consistent.filter((m) => !(m.status === 'unresolved' && m.entry === null && m.scored.length > 0));
  unknown.push(...consistent.filter((m) => m.status === 'unresolved' && m.entry === null && m.scored.length > 0));
  mentions.length = 0;
  mentions.push(...kept);
  mentions.push(
    ...inTheArticlesOblast(approximate(text, [...unknown, ...unknownNames(text, tokens, sentences, spots, ctx, namesByForm)], kept), kept),
  );
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  // A word only ever capitalised at sentence starts is no better read by a settlement without a point of its own.
  const initialStarts = new Set([...initialOnly].map((i) => accepted[i]!.start));
  return {
    sentences,
    // Last, the words no stage placed: Ukrainian villages under their Russian root vowel (root-vowel-reading.ts).
    // ... and a city's own districts, at their city (city-district.ts).
    // ... and the other occurrences of a settlement no layer knows, where the text placed one (same-unknown-name.ts).
    mentions: sameUnknownName(
      text,
      sentences,
      cityDistrictReadings(
        text,
        rootVowelReadings(
          text,
          tokens,
          sentences,
          onePlacePerName(
            text,
            oneSensePerArticle(placeInDistricts(mentions, districtReadings, ctx, sentences, gazetteer, initialStarts, governedAt)),
            governedAt,
          ),
          gazetteer,
          ctx.people.tokens,
        ),
        sentences,
      ),
    ),
  };
}

/** How near a certain place of the article a district's centre must lie when the text names none of its oblasts (km). */
const CENTRE_REACH_KM = 150;

/** Spots of one-word Cyrillic names whose readings are all minor settlements, every mention of which starts a sentence
 * or a headline and none of which is listed with other places: their capital is the sentence's, not the name's. */
function initialOnlyWords(spots: readonly Spot[], groupOf: ReadonlyMap<number, number[]>, ctx: FilterContext): Set<number> {
  const byName = new Map<string, number[]>();
  spots.forEach((sp, i) => {
    if (sp.last - sp.first !== 1 || !hasCyrillic(sp.text)) return;
    const n = normalizeName(sp.text);
    (byName.get(n) ?? byName.set(n, []).get(n)!).push(i);
  });
  const out = new Set<number>();
  for (const ids of byName.values()) {
    const minor = spots[ids[0]!]!.entries.every((e) => isSettlement(e) && !isStrong(e));
    if (minor && ids.every((i) => ctx.sentenceStarts.has(spots[i]!.first) && !groupOf.has(i))) for (const i of ids) out.add(i);
  }
  return out;
}

const NO_NAMES: ReadonlySet<string> = new Set();

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  }
  return best;
}

function uniqueEntries(entries: readonly IndexedEntry[]): IndexedEntry[] {
  return [...new Map(entries.map((e) => [e.id, e])).values()];
}

/** `sectorPoints` for every spot, from the certain places grouped once by id: filtering every certain place for every
 * spot made an article of thousands of names quadratic. Same points in the same order: where the spot's own certain
 * place is one of its own readings (always, as its top reading), leaving out its readings' ids leaves it out too. */
export function sectorPointsBy(
  certain: readonly { spot: number; entry: IndexedEntry }[],
): (self: number, own: ReadonlySet<string>) => IndexedEntry[] {
  const lastById = new Map<string, IndexedEntry>(); // in order of first mention, as uniqueEntries keeps it
  const bySpot = new Map<number, IndexedEntry>();
  for (const c of certain) {
    lastById.set(c.entry.id, c.entry);
    bySpot.set(c.spot, c.entry);
  }
  return (self, own) => {
    const selfEntry = bySpot.get(self);
    if (selfEntry && !own.has(selfEntry.id)) return sectorPoints(certain, self, own);
    const out: IndexedEntry[] = [];
    for (const [id, entry] of lastById) if (!own.has(id)) out.push(entry);
    return out;
  };
}

/** The certain places of the article other than spot `self`'s own readings (its other mentions included), each once. */
export function sectorPoints(
  certain: readonly { spot: number; entry: IndexedEntry }[],
  self: number,
  own: ReadonlySet<string>,
): IndexedEntry[] {
  return uniqueEntries(certain.filter((c) => c.spot !== self && !own.has(c.entry.id)).map((c) => c.entry));
}

/** A locally focused article: two or more certain places, most of them (three in five) lie within half the local diameter of one
 * of them. An outlier (a namesake read wrongly, a far city named in passing) does not make the article national. */
function isLocal(places: readonly IndexedEntry[]): boolean {
  if (places.length < 2) return false; // one place is no focus: two unrelated villages must not veto each other
  const located = places as readonly { lon: number; lat: number }[];
  let best = 0;
  for (const c of located) {
    let near = 0;
    for (const o of located) if (distanceKm(c, o) <= LOCAL_DIAMETER_KM / 2) near++;
    best = Math.max(best, near);
    if (best >= 0.6 * located.length) return true;
  }
  return false;
}

/** How many spots on each side of a name count as its sentence mates and list mates. A sentence of thousands of names
 * (a scraped table, a list run together) is read in windows, so its evidence costs linear work, not quadratic. */
export const MATE_WINDOW = 16;

interface MateWindow {
  sentence: Span;
  evidence: Pick<Evidence, 'sentenceAdmin1' | 'sentenceCountries' | 'sentenceRegionCountries' | 'sentenceMates'>;
}

/** Names a spot contributes to its sentence's evidence: the admin-1 of its regions, the codes of its countries. */
function contributions(spot: Spot): { admin1: Set<string>; countries: Set<string>; regionCountries: Set<string> } {
  const admin1 = new Set<string>();
  const countries = new Set<string>();
  const regionCountries = new Set<string>();
  for (const e of spot.entries) {
    if (e.kind === 'region' && e.admin1) (admin1.add(e.admin1), regionCountries.add(e.country));
    if (e.kind === 'country') countries.add(e.country);
  }
  return { admin1, countries, regionCountries };
}

/** A sentence's names counted once; each spot asks "named by another spot?" by subtracting its own share. */
function othersName(counts: ReadonlyMap<string, number>, own: ReadonlySet<string>): Lookup {
  if (counts.size === 0) return NO_NAMES;
  return { has: (k) => (counts.get(k) ?? 0) - (own.has(k) ? 1 : 0) > 0 };
}

/** For every spot (in start order), its sentence and what the other places named in the sentence say: the regions and
 * countries they name (all of them, counted once per sentence) and the readings of the nearest `MATE_WINDOW` on each
 * side. Linear in the number of spots. */
export function mateWindows(spots: readonly Spot[], sentences: readonly Span[]): MateWindow[] {
  const out: MateWindow[] = new Array(spots.length);
  let lo = 0;
  while (lo < spots.length) {
    const sentence = spanAt(sentences as Span[], spots[lo]!.start) ?? { start: spots[lo]!.start, end: spots[lo]!.end };
    // The run of spots inside this sentence (a spot outside every sentence is a run of its own).
    let hi = lo + 1;
    while (hi < spots.length && spots[hi]!.start <= sentence.end && spots[hi]!.end <= sentence.end && spots[hi]!.start >= sentence.start)
      hi++;
    const own = spots.slice(lo, hi).map(contributions);
    const admin1 = new Map<string, number>();
    const countries = new Map<string, number>();
    const regionCountries = new Map<string, number>();
    for (const c of own) {
      for (const a of c.admin1) admin1.set(a, (admin1.get(a) ?? 0) + 1);
      for (const k of c.countries) countries.set(k, (countries.get(k) ?? 0) + 1);
      for (const k of c.regionCountries) regionCountries.set(k, (regionCountries.get(k) ?? 0) + 1);
    }
    for (let i = lo; i < hi; i++) {
      const mates: (readonly IndexedEntry[])[] = [];
      for (let j = Math.max(lo, i - MATE_WINDOW); j < Math.min(hi, i + MATE_WINDOW + 1); j++) if (j !== i) mates.push(spots[j]!.entries);
      out[i] = {
        sentence,
        evidence: {
          sentenceAdmin1: othersName(admin1, own[i - lo]!.admin1),
          sentenceCountries: othersName(countries, own[i - lo]!.countries),
          sentenceRegionCountries: othersName(regionCountries, own[i - lo]!.regionCountries),
          sentenceMates: mates,
        },
      };
    }
    lo = hi;
  }
  return out;
}

/** The kind words of a sentence ("villages of …"), read once per sentence. */
function sentenceKinds(text: string): (span: Span) => ReadonlySet<PlaceKind> {
  const known = new Map<number, ReadonlySet<PlaceKind>>();
  return (span) => {
    let kinds = known.get(span.start); // a sentence's start, or that of a spot outside every sentence
    if (!kinds) {
      const sentenceText = text.slice(span.start, span.end);
      kinds = new Set(mayNameKind(sentenceText) ? KIND_WORDS.filter(([has]) => has(sentenceText)).map(([, k]) => k) : []);
      known.set(span.start, kinds);
    }
    return kinds;
  };
}

/** What becomes of a mention whose best reading is `top`. */
function verdict(top: Scored, confidence: number, opts: GeoparseOptions): Pick<ParsedMention, 'status' | 'entry' | 'reason'> {
  if (top.outside)
    return {
      status: 'unresolved',
      entry: null,
      reason: `outside the article's sector: best is ${top.entry.name} (${top.entry.admin1 ?? top.entry.country}), ${top.why.join('; ')}`,
    };
  if (top.score < opts.minScore)
    return {
      status: 'unresolved',
      entry: null,
      reason: `weak reading: best is ${top.entry.name} (${top.entry.country}), ${top.why.join('; ')}`,
    };
  if (top.entry.lon === null)
    return {
      status: 'unresolved',
      entry: top.entry,
      reason:
        `identified as ${top.entry.name} (${top.entry.admin1 ?? top.entry.country}) but no source gives its coordinates: ${top.entry.note ?? ''}`.trim(),
    };
  if (confidence < opts.lowConfidence)
    return { status: 'low-confidence', entry: top.entry, reason: `confidence ${confidence}: ${top.why.join('; ')}` };
  return { status: 'resolved', entry: top.entry, reason: top.why.join('; ') };
}

/** Capitalised names after place words ("near X", "villages of X, Y") that no gazetteer knows: reported, never guessed. */
const PLACE_CUE = /^(in|near|outside|around|from|villages?|towns?|city|settlements?)$/i;
/** Settlement words in their case forms, and near-words, after which a capitalised unknown word is a place name. */
const CYRILLIC_CUE =
  /^(сел[оаеиуі]|сёла|сіл|селом|селищ[еаіу]|селищем|поселк[аеиу]|посёлк[аеиу]|поселок|посёлок|пос|деревн[яеиюі]|хутор[аеуи]?|смт|пгт|міст[оаі]|город[ау]?|городе|пункт(а|е|у|ы|и|ов|ів|ам|ами|ах|ом)?|біля|поблизу|возле|около|неподалік)$/u;
const KIND_CUE = /^(villages?|hamlets?|towns?|settlements?)$/i;
/** The near-words among the Cyrillic cues: after them a name is a place, but they open no list of settlements. */
const NEAR_CUE = /^(біля|поблизу|возле|около|неподалік)$/u;
const LIST_CONJUNCTION = /^(и|і|й|та|and)$/iu;
/** "населённых пунктов, как X, Y и Z", "сіл, як X", "villages such as X", "settlements including X": the list the
 * settlement word opens begins after the comparison word. */
const AS_CUE = /^(как|як|зокрема|including|as)$/iu;
const opensListAfterAs = (tokens: readonly Token[], i: number): boolean => {
  const as = tokens[i - 1]?.text ?? '';
  if (!AS_CUE.test(as)) return false;
  const noun = tokens[i - (/^as$/i.test(as) ? (/^such$/i.test(tokens[i - 2]?.text ?? '') ? 3 : 0) : 2)];
  if (!noun || noun === tokens[i]) return false;
  const w = noun.text.toLowerCase();
  return (CYRILLIC_CUE.test(w) && !NEAR_CUE.test(w)) || KIND_CUE.test(w);
};
const isSettlement = (e: IndexedEntry): boolean => e.kind === 'village' || e.kind === 'town' || e.kind === 'city';

function unknownNames(
  text: string,
  tokens: readonly Token[],
  sentences: Span[],
  spots: readonly Spot[],
  ctx: FilterContext,
  namesByForm: ReadonlySet<number>,
): ParsedMention[] {
  const covered = new Set<number>();
  for (const sp of spots) for (let i = sp.first; i < sp.last; i++) covered.add(i);
  const spotAt = new Map(spots.map((sp) => [sp.first, sp]));
  // Last tokens of the items of a list that a settlement word opens ("сёла Гордеевка, Козино и Гуево", "the villages
  // of X, Y and Z"): each later capitalised item is a settlement too, known or not.
  const listEnds = new Set<number>();
  const inList = (i: number): boolean => {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/^\s*,\s*$/.test(gap)) return listEnds.has(i - 1);
    return (
      i > 1 &&
      gap === ' ' &&
      LIST_CONJUNCTION.test(tokens[i - 1]!.text) &&
      /^\s*,?\s*$/.test(text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start)) &&
      listEnds.has(i - 2)
    );
  };
  const out: ParsedMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalized(t.text)) continue; // the cheapest test first: most words are not capitalised
    const cue = tokens[i - 1]!;
    const listed = inList(i);
    const sp = spotAt.get(i);
    if (sp) {
      // A known settlement after a settlement word or inside such a list carries the list on.
      const knownAfterOf = cue.text === 'of' && i > 1 && KIND_CUE.test(tokens[i - 2]!.text);
      const cued = CYRILLIC_CUE.test(cue.text.toLowerCase()) || KIND_CUE.test(cue.text) || opensListAfterAs(tokens, i);
      if ((listed || knownAfterOf || cued) && sp.entries.some(isSettlement)) listEnds.add(sp.last - 1);
      // So does an item's district or oblast after it: "село Крупец Рыльского района, Свердликово".
      else if (
        listEnds.has(i - 1) &&
        text.slice(cue.end, t.start) === ' ' &&
        sp.entries.every((e) => e.kind === 'district' || e.kind === 'region')
      )
        listEnds.add(sp.last - 1);
      continue;
    }
    const byForm = namesByForm.has(i);
    if (!listed && !byForm && (t.start - cue.end !== 1 || text.charCodeAt(cue.end) !== 0x20)) continue; // one space after the cue
    const cueWord = cue.text.toLowerCase();
    const afterOf = cueWord === 'of' && i > 1 && KIND_CUE.test(tokens[i - 2]!.text);
    const afterAs = opensListAfterAs(tokens, i);
    const cyrillicCue = CYRILLIC_CUE.test(cueWord);
    if (!(PLACE_CUE.test(cueWord) || afterOf || afterAs || cyrillicCue || listed || byForm)) continue;
    if (covered.has(i) || isAllCaps(t.text) || /\d/.test(t.text) || ctx.people.tokens.has(i)) continue;
    // An acronym joined to a common noun ("FPV-дроны", "БПЛА-камикадзе") is a thing, as the acronym alone is.
    if (/^\p{Lu}{2,}-\p{Ll}/u.test(t.text)) continue;
    const w = t.text.toLowerCase().replace(/['’]s$/, '');
    if (CALENDAR.has(w) || COMMON_CAPITALISED.has(w) || ORGANISATION_HEADS.has(w) || ctx.people.surnames.has(w)) continue;
    // A kind word capitalised inside a prose sentence heads an institution's name, not a settlement's: "the Town Hall’s
    // data", "the Village Council".
    const cueSentence = spanAt(sentences, cue.start);
    const kindCue =
      KIND_CUE.test(cueWord) &&
      (!isCapitalized(cue.text) || cueSentence?.start === cue.start || (cueSentence !== undefined && isTitleCase(text, cueSentence)));
    const settlementCue = afterOf || afterAs || kindCue || (cyrillicCue && !NEAR_CUE.test(cueWord)) || listed || byForm;
    if (
      !settlementCue &&
      /(an|ian|ese|ish|i)$/.test(w) &&
      isCapitalized(tokens[i + 1]?.text ?? '') === false &&
      /^[a-z]/.test(tokens[i + 1]?.text ?? '')
    )
      continue; // demonym before a noun
    // After a settlement word a name may have two or three words ("the village of Kazachya Loknya"); elsewhere a longer
    // capitalised run is an organisation or a person. A capitalised word before an administrative noun is the
    // district's adjective ("Волфино Глушковского района"), not part of the name.
    let last = i;
    while (
      last + 1 < tokens.length &&
      last < i + 2 &&
      isCapitalized(tokens[last + 1]!.text) &&
      !isAllCaps(tokens[last + 1]!.text) &&
      /^[ -]$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && // "Николаево-Дарьино"
      !covered.has(last + 1) &&
      !ADMIN_NOUN.test(tokens[last + 2]?.text ?? '')
    )
      last++;
    // A title-case headline capitalises common words too: one the prose writes in lower case is no name. A short one
    // ends the name ("Village Of X In Donetsk Region"); a longer one makes the run a common phrase ("Villages of Major
    // Counteroffensive"), as one at its head does ("Village Near Avdiivka").
    if (isTitleCase(text, spanAt(sentences, t.start) ?? t)) {
      let common = i;
      while (common <= last && !writtenLowerCase(text, [tokens[common]!.text])) common++;
      if (common === i || (common <= last && tokens[common]!.text.length > 4)) continue;
      last = Math.min(last, common - 1);
    }
    if (last > i && !settlementCue) continue;
    if (covered.has(last + 1) && !settlementCue) continue;
    if (settlementCue) listEnds.add(last);
    const t2 = tokens[last]!;
    const end = /['’]s$/.test(t2.text) ? t2.end - 2 : t2.end;
    const sentence = spanAt(sentences, t.start) ?? { start: t.start, end };
    out.push({
      start: t.start,
      end,
      text: text.slice(t.start, end),
      sentence,
      status: 'unresolved',
      reason: settlementCue ? SETTLEMENT_UNKNOWN : 'not in the gazetteer',
      entry: null,
      confidence: 0,
      scored: [],
    });
  }
  return out;
}
