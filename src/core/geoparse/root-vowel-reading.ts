// A Ukrainian village under its Russian root vowel: "Клещеевка" (Кліщіївка), "Белогорье" (Білогір'я), "Спорное"
// (Спірне), and in Ukrainian copy that takes the Russian name, "Клещеївка". The gazetteer knows these villages by their
// Ukrainian names and the rule-made Russian spellings of them (cross-spelling.ts), which keep the Ukrainian і as и;
// which е or о of a Russian name stands for that і is the word's history, not a rule (root-vowel.ts). So a word that no
// reading places — unknown, or known only as a far namesake — is respelled, and a Ukrainian settlement found so is
// kept only where the text supports it: the article names that settlement under its own name, or the sentence places
// another settlement or names an oblast in the settlement's oblast (the MoD's and the OVA's lists, "Клещеевка в ДНР",
// "к югу от Артемовска").
import { isLocated, type Gazetteer, type IndexedEntry } from '../gazetteer/gazetteer.ts';
import { distanceKm, type LonLat } from '../geo.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { normalizeName } from '../text/normalize.ts';
import { latinRootVowelRespellings, rootVowelRespellings } from '../text/root-vowel.ts';
import { isRussianCopy } from '../text/russian-copy.ts';
import { spanAt, type Span } from '../text/sentences.ts';
import { isCapitalized, type Token } from '../text/tokens.ts';
import { beforeMediaNoun, isStrong } from './filters.ts';
import type { ParsedMention } from './geoparse.ts';
import { isListedReading as placed } from './mention-read.ts';
import { SentencePlaces } from './sentence-places.ts';
import { SortedMentions } from './sorted-mentions.ts';

/** A settlement of Ukraine with a point, or known only with its hromada or district (mapped there). */
const isUaSettlement = (e: IndexedEntry): boolean =>
  e.country === 'UA' && (e.kind === 'village' || e.kind === 'town') && !!e.admin1 && (isLocated(e) || !!e.districtId);

/** Longer than any word of any name the shipped gazetteer indexes (27 letters; tests/core/root-vowel-bound.test.ts
 * keeps it so). A respelling has its word's length, so a longer word has none the gazetteer knows; respelling it costs
 * the square of its vowels in strings of its length (a 400-letter "word" took 26 s), so it is not respelled at all. */
export const MAX_RESPELLED_LETTERS = 40;

/** Whether a normalized token (a hyphenated one is several words) has a word longer than any name's word. */
const tooLong = (normalized: string): boolean => normalized.split(' ').some((w) => w.length > MAX_RESPELLED_LETTERS);

/** The respellings of one normalized word, none for a word longer than any name's word; in Latin text, the a of a
 * Russian name's English copy only. */
function respellingsOf(word: string, russian: boolean, latin = false): string[] {
  return tooLong(word) ? [] : latin ? latinRootVowelRespellings(word) : rootVowelRespellings(word, russian);
}

/** The mentions with the words no reading places read, where supported, as Ukrainian settlements under their Russian
 * root vowel. `people`: token indices of persons' names (a surname is never respelled into a village). */
export function rootVowelReadings(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  mentions: readonly ParsedMention[],
  gazetteer: Gazetteer,
  people: ReadonlySet<number>,
): ParsedMention[] {
  // English copy (no Cyrillic at all) writes the Russian names' а too: there one Latin word is respelled, never a pair.
  const latin = !hasCyrillic(text);
  const taken = mentions.filter(placed);
  const named = new Set(taken.map((m) => (m.named ?? m.entry)!.id));
  const russian = isRussianCopy(text);
  const replaced = new Map<number, ParsedMention>();
  const added: ParsedMention[] = [];
  const addedAt = new Set<number>(); // the starts of `added`: asked for every token
  const dropped = new Set<ParsedMention>();
  const overlapping = overlappingIn(mentions);
  const support = new SentencePlaces(taken);
  const add = (m: ParsedMention): void => void (added.push(m), addedAt.add(m.start));
  const readAt = (t: Token, k: number): void => {
    if (replaced.has(t.start) || addedAt.has(t.start)) return;
    if (people.has(k) || !isCapitalized(t.text) || (!latin && !hasCyrillic(t.text)) || beforeMediaNoun(text, tokens, k + 1)) return;
    // Only a word with no placed reading (unknown, unresolved, or placed only at a container by its context), or one
    // placed only through the other language's spelling of a namesake ("Закотное": Luhansk's Закотне respelled), which
    // yields where its sentence points to another oblast.
    const here = overlapping(t.start, t.end);
    const rival = here.length === 1 ? spelledNamesake(here[0]!, t) : undefined;
    if (!rival && here.some((m) => placed(m) || m.status === 'rejected' || m.start !== t.start || m.end !== t.end)) return;
    readSpan(t, t, respellingsOf(normalizeName(t.text), russian, latin), here, rival);
  };
  // Whether the word names the entry only through the other language's spelling. A gazetteer that tells no cross
  // readings (the method is optional) has none: the word is then the entry's own name.
  const crossRead = (t: Token, e: IndexedEntry): boolean => gazetteer.isCrossReading?.(normalizeName(t.text), e.id) === true;
  // In Russian copy, also a namesake the word names under its own Russian name ("Рубежное": Luhansk's Rubizhne, while
  // the Kharkiv and Donetsk villages Рубіжне are Рубежное too). Any weak settlement so read is a rival, whatever its
  // name, not only one like Рубежное (never a city of note): its sentence's support alone may re-read it (readSpan).
  const spelledNamesake = (m: ParsedMention, t: Token): IndexedEntry | undefined =>
    placed(m) && m.start === t.start && m.end === t.end && m.entry && isUaSettlement(m.entry) && !m.named
      ? crossRead(t, m.entry) || (russian && !isStrong(m.entry))
        ? m.entry
        : undefined
      : undefined;
  // A two-word name (Вільне Поле → "Вольное Поле") whose words were read apart, the first perhaps as a one-word
  // namesake elsewhere ("Вольное", Dnipropetrovsk Oblast): one word respelled, the pair read whole where supported.
  const readPairAt = (t: Token, k: number): void => {
    const u = tokens[k + 1];
    if (latin || !u || text.slice(t.end, u.start) !== ' ' || addedAt.has(t.start)) return;
    if (people.has(k) || people.has(k + 1) || !isCapitalized(t.text) || !isCapitalized(u.text) || !hasCyrillic(t.text + u.text)) return;
    if (beforeMediaNoun(text, tokens, k + 2)) return;
    const here = overlapping(t.start, u.end);
    if (here.some((m) => m.status === 'rejected' || m.start < t.start || m.end > u.end || (m.start === t.start && m.end === u.end))) return;
    const [a, b] = [normalizeName(t.text), normalizeName(u.text)];
    // A pair with a word longer than any name's word is no name.
    if (tooLong(a) || tooLong(b)) return;
    const respelled = [...respellingsOf(a, russian).map((r) => `${r} ${b}`), ...respellingsOf(b, russian).map((r) => `${a} ${r}`)];
    readSpan(t, u, respelled, here);
  };
  const readSpan = (t: Token, u: Token, respelled: readonly string[], here: readonly ParsedMention[], rival?: IndexedEntry): void => {
    const found = new Map<string, IndexedEntry>();
    // (against a namesake, only a settlement the word does not already spell: its own readings were weighed already)
    const own = rival ? new Set(gazetteer.lookup(normalizeName(text.slice(t.start, u.end))).map((e) => e.id)) : undefined;
    for (const r of respelled) for (const e of gazetteer.lookup(r)) if (isUaSettlement(e) && !own?.has(e.id)) found.set(e.id, e);
    if (found.size === 0) return;
    const sentence = spanAt(sentences as Span[], t.start) ?? { start: t.start, end: u.end };
    // The oblast the text already put the word in (approximate.ts), else the oblast named after it in its sentence
    // (a list's container: "Красногорское, Привольное Запорожской области, Егоровка … Днепропетровской области"), else
    // every oblast its sentence places something in.
    const container = u === t && here[0]?.unlisted ? here[0].entry : undefined;
    const after = container ? undefined : support.regionAfter(sentence, u.end);
    const oblasts = container ? new Set([container.admin1]) : after ? new Set([after.entry!.admin1]) : support.oblasts(sentence, here);
    const candidates = [...found.values()];
    // Readings in two of the oblasts the sentence supports ("Новониколаевка, Привольное и Егоровка" across two
    // oblasts) leave the word unread: the sentence does not tell which.
    const supported = candidates.filter((e) => oblasts.has(e.admin1));
    // The namesake the word was read as keeps it where its sentence supports the namesake's oblast too; one read under
    // its own Russian name yields to its sentence alone, not to the article naming a village elsewhere.
    // (a rival comes from one word, t === u; not read cross-spelled, it was read under its own name)
    const ownName = rival !== undefined && !crossRead(t, rival);
    if (rival && (oblasts.has(rival.admin1) || (supported.length === 0 && (ownName || !candidates.some((e) => named.has(e.id)))))) return;
    const entry =
      candidates.find((e) => named.has(e.id)) ??
      (new Set(supported.map((e) => e.admin1)).size === 1 ? nearest(supported, () => support.points(sentence, here)) : null);
    if (!entry) return;
    const why = `not known under this spelling: read as ${entry.name} (${entry.admin1}), its Ukrainian name with the Russian root vowel, as ${named.has(entry.id) ? 'the article names it' : 'its sentence places it in that oblast'}`;
    const base = { start: t.start, end: u.end, text: text.slice(t.start, u.end), sentence, scored: [] };
    // A settlement known only with its hromada or district is mapped there, as district-readings.ts maps it.
    const district = isLocated(entry) ? undefined : gazetteer.byId(entry.districtId ?? '');
    if (!isLocated(entry) && !district) return;
    const mention: ParsedMention = district
      ? {
          ...base,
          status: 'low-confidence',
          entry: district,
          named: entry,
          confidence: 0.5,
          precision: 'district',
          reason: `${why} (mapped at its district, precision district)`,
        }
      : { ...base, status: 'resolved', entry, confidence: 0.6, reason: why };
    if (u !== t) {
      for (const m of here) dropped.add(m);
      add(mention);
    } else if (here.length > 0) replaced.set(here[0]!.start, mention);
    else add(mention);
  };
  tokens.forEach(readAt);
  tokens.forEach(readPairAt);
  // A word read so in one sentence is the same settlement where it recurs without support ("Российский флаг был поднят
  // над Работино"): the article now names it.
  const read = [...replaced.values(), ...added];
  if (read.length > 0) {
    for (const m of read) named.add((m.named ?? m.entry)!.id);
    tokens.forEach(readAt);
  }
  if (replaced.size === 0 && added.length === 0) return [...mentions];
  return [
    ...mentions
      .filter((m) => !dropped.has(m))
      .map((m) => (m.start === replaced.get(m.start)?.start && m.end === replaced.get(m.start)!.end ? replaced.get(m.start)! : m)),
    ...added,
  ].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The mentions overlapping [start, end), in their order. Filtering all mentions for every token made an article of
 * thousands of names quadratic; mentions in text order (as the geoparser gives them) are found through the sorted
 * index city-district.ts uses too. */
function overlappingIn(mentions: readonly ParsedMention[]): (start: number, end: number) => ParsedMention[] {
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
  if (!sorted) return (start, end) => mentions.filter((m) => m.start < end && m.end > start);
  const index = new SortedMentions(mentions);
  return (start, end) => index.overlapping(start, end);
}

/** The candidate nearest the sentence's located places, its located non-region entries (one candidate: itself; none:
 * null). Asked for lazily: most words have one candidate. */
function nearest(candidates: readonly IndexedEntry[], pointsOf: () => readonly LonLat[]): IndexedEntry | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const points = pointsOf();
  if (points.length === 0) return null;
  const far = (e: IndexedEntry): number => {
    if (!isLocated(e)) return Infinity;
    let min = Infinity;
    for (const p of points) min = Math.min(min, distanceKm(e, p));
    return min;
  };
  return [...candidates].sort((a, b) => far(a) - far(b))[0]!;
}
