// Spotting: every span of the text whose normal form is a gazetteer name, longest match first.
import type { Gazetteer, IndexedEntry, NamePrefix } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { FORMAL_COUNTRY_NAMES } from './lexicon.ts';
import { isRegionAdjectiveForm } from './region-adjective.ts';
import { namedOblasts, respelledUnits } from './unit-spelling.ts';
import { hasDigit, isCapitalized, type Token } from '../text/tokens.ts';
import { partitionPoint } from '../partition-point.ts';

export interface Spot {
  start: number;
  end: number;
  text: string;
  /** Index of the first and one past the last token of the span. */
  first: number;
  last: number;
  entries: readonly IndexedEntry[];
}

const POSSESSIVE = /['’]s$/u;
const COMPOUND = /^(\p{Lu}\p{Ll}+)-(?:[a-z]+)$/u;
const NON_ASCII = /[^\x00-\x7f]/g;
const LOWER_LATIN = /^[a-z]/;

/** Tokens k-1 and k belong to one name only if a single space, no-break space or hyphen stands between them. */
function joined(text: string, tokens: readonly Token[], k: number): boolean {
  const gap = tokens[k]!.start - tokens[k - 1]!.end;
  if (gap !== 1) return false;
  const c = text.charCodeAt(tokens[k - 1]!.end);
  return c === 0x20 || c === 0xa0 || c === 0x2d;
}

/** Tokens i..j-1 form one name only if nothing but single spaces or hyphens stands between them. */
function contiguous(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (!joined(text, tokens, k)) return false;
  return true;
}

/** Normal forms of each token, worked out once and only when read: a span's normal form is its tokens' forms joined
 * by spaces. */
class TokenForms {
  private readonly norms: (string | undefined)[];
  private readonly bares: (string | null | undefined)[];
  /** Index of the first token at or after each index that is not plain (see `plain`). */
  private readonly nextOdd: Int32Array;

  constructor(
    text: string,
    private readonly tokens: readonly Token[],
  ) {
    this.norms = new Array<string | undefined>(tokens.length);
    this.bares = new Array<string | null | undefined>(tokens.length);
    // Every ASCII token is plain (it starts with a letter or digit); the few holding other characters are found by one
    // scan of the text and checked.
    const odd = new Uint8Array(tokens.length);
    let k = 0;
    NON_ASCII.lastIndex = 0;
    for (let m = NON_ASCII.exec(text); m && k < tokens.length; m = NON_ASCII.exec(text)) {
      while (k < tokens.length && tokens[k]!.end <= m.index) k++;
      if (k < tokens.length && tokens[k]!.start <= m.index && odd[k] === 0) odd[k] = this.plain(k) ? 2 : 1;
    }
    this.nextOdd = new Int32Array(tokens.length + 1);
    this.nextOdd[tokens.length] = tokens.length;
    for (let j = tokens.length - 1; j >= 0; j--) this.nextOdd[j] = odd[j] === 1 ? j : this.nextOdd[j + 1]!;
  }

  /** Plain tokens allow reading names word by word: a non-empty normal form, also without a possessive. (Cyrillic
   * tokens are plain too: the index holds every case form, so "Курской области" is read like "Kursk Oblast".) */
  private plain(k: number): boolean {
    const bare = this.bare(k);
    return this.norm(k) !== '' && bare !== '';
  }

  /** Whether tokens from..to-1 are all plain. */
  allPlain(from: number, to: number): boolean {
    return this.nextOdd[from]! >= to;
  }

  norm(k: number): string {
    return (this.norms[k] ??= normalizeName(this.tokens[k]!.text));
  }

  /** The form without a possessive "'s" ("Kursk's" → "kursk"), if the token has one. */
  bare(k: number): string | undefined {
    let bare = this.bares[k];
    if (bare === undefined) {
      const text = this.tokens[k]!.text;
      bare = this.bares[k] = POSSESSIVE.test(text) ? normalizeName(text.slice(0, -2)) : null;
    }
    return bare ?? undefined;
  }
}

export function spotNames(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Spot[] {
  const forms = new TokenForms(text, tokens);
  // Articles repeat their names ("Kursk", "Russia"); a small map answers repeats faster than the large index.
  const seen = new Map<string, NamePrefix>();
  const lookupPrefix = (n: string): NamePrefix => {
    let read = seen.get(n);
    if (!read) seen.set(n, (read = gazetteer.lookupPrefix(n)));
    return read;
  };
  const spots: Spot[] = [];
  const qualifiedNames = new Map<string, readonly IndexedEntry[]>();
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    // A name that starts with an ordinal ("1st Mine", "10-й Октябрь") is read whole, before the capitalised words.
    const ordinal = ENGLISH_ORDINAL.test(head.text)
      ? spotOrdinalName(text, tokens, i, gazetteer)
      : CYRILLIC_ORDINAL.test(head.text)
        ? spotCyrillicOrdinalName(text, tokens, i, gazetteer)
        : undefined;
    if (ordinal) {
      spots.push(ordinal);
      i = ordinal.last - 1;
      continue;
    }
    if (!isCapitalized(head.text) || hasDigit(head.text)) continue;
    const longest = Math.min(gazetteer.maxTokens, tokens.length - i);
    const spot = forms.allPlain(i, i + longest)
      ? spotWordByWord(text, tokens, i, longest, gazetteer, lookupPrefix, forms)
      : spotLongestFirst(text, tokens, i, longest, gazetteer);
    if (!spot) {
      // An English compound adjective on a place: "Kyiv-controlled", "Moscow-backed", "Kursk-based".
      const m = COMPOUND.exec(head.text);
      if (m) {
        const entries = lookupPrefix(normalizeName(m[1]!)).entries;
        if (entries.length > 0)
          spots.push({ start: head.start, end: head.start + m[1]!.length, text: m[1]!, first: i, last: i + 1, entries });
      }
      continue;
    }
    const qualified = withQualifier(text, tokens, spot, gazetteer);
    if (qualified) qualifiedNames.set(normalizeName(spot.text), qualified.entries);
    spots.push(qualified ?? spot);
    i = (qualified ?? spot).last - 1;
  }
  // Once named with its qualifier, the bare name means that place ("Washington, D.C. … the talks in Washington").
  if (qualifiedNames.size === 0) return spots;
  return spots.map((sp) => {
    const q = qualifiedNames.get(normalizeName(sp.text));
    return q ? { ...sp, entries: q } : sp;
  });
}

/** "Washington, D.C.", "Paris, Texas": a place named with its qualifier after a comma, when the gazetteer knows the
 * whole ("Washington, D.C." is GeoNames' name of the capital) — the bare name is another place's. */
const QUALIFIER = /^, ([A-Z][\p{L}.]*(?: [A-Z][\p{L}.]*)?)/u;
function withQualifier(text: string, tokens: readonly Token[], spot: Spot, gazetteer: Gazetteer): Spot | null {
  if (text.charCodeAt(spot.end) !== 0x2c) return null; // most names are not followed by a comma
  const m = QUALIFIER.exec(text.slice(spot.end, spot.end + 40));
  if (!m) return null;
  const words = m[1]!.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const end = spot.end + 2 + words.slice(0, n).join(' ').length;
    const entries = gazetteer.lookup(normalizeName(text.slice(spot.start, end)));
    if (entries.length === 0) continue;
    let last = spot.last;
    while (last < tokens.length && tokens[last]!.start < end) last++;
    return { start: spot.start, end, text: text.slice(spot.start, end), first: spot.first, last, entries };
  }
  // "Springfield, Illinois", "Novoselivka, Kharkiv Oblast": the qualifier is a region; the name means its place there.
  for (let n = words.length; n >= 1; n--) {
    const readings = gazetteer.lookup(normalizeName(words.slice(0, n).join(' ')));
    // Only a qualifier that can be nothing but a region: "Sumy, Kharkiv" is a list of two cities.
    if (readings.length === 0) continue;
    if (!readings.every((e) => e.kind === 'region' && e.admin1)) return null;
    const regions = readings;
    const inside = spot.entries.filter((e) => e.kind !== 'region' && regions.some((r) => r.admin1 === e.admin1 && r.country === e.country));
    return inside.length > 0 && inside.length < spot.entries.length ? { ...spot, entries: inside } : null;
  }
  return null;
}

/** "1st Knyazhy", "2nd Knyazhy": an English ordinal before a name renders the Russian numbered name "1-й Княжий"
 * (1-y Knyazhy), "2-е Поля" (2-ye Polya); the ordinal's Russian ending is not written in English. */
const ENGLISH_ORDINAL = /^(\d{1,2})(st|nd|rd|th)$/;
const ORDINAL_ENDINGS = ['y', 'yy', 'iy', 'i', 'ye', 'e', 'oye', 'oe', 'ya', 'aya', 'a'];

function spotOrdinalName(text: string, tokens: readonly Token[], i: number, gazetteer: Gazetteer): Spot | undefined {
  const n = ENGLISH_ORDINAL.exec(tokens[i]!.text)![1]!;
  let rest = '';
  let best: Spot | undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (!joined(text, tokens, k) || !isCapitalized(tokens[k]!.text)) break;
    rest = rest ? `${rest} ${normalizeName(tokens[k]!.text)}` : normalizeName(tokens[k]!.text);
    for (const e of ORDINAL_ENDINGS) {
      const entries = gazetteer.lookup(`${n} ${e} ${rest}`);
      if (entries.length > 0) {
        const end = tokens[k]!.end;
        best = { start: tokens[i]!.start, end, text: text.slice(tokens[i]!.start, end), first: i, last: k + 1, entries };
        break;
      }
    }
  }
  return best;
}

/** A Russian or Ukrainian name that starts with a numeral ordinal: "10-й Октябрь", "в 10-м Октябре", "1-я Гостевка". */
const CYRILLIC_ORDINAL = /^\d{1,3}-\p{Ll}{1,3}$/u;

function spotCyrillicOrdinalName(text: string, tokens: readonly Token[], i: number, gazetteer: Gazetteer): Spot | undefined {
  let best: Spot | undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (!joined(text, tokens, k) || !isCapitalized(tokens[k]!.text)) break;
    const end = tokens[k]!.end;
    const entries = gazetteer.lookup(normalizeName(text.slice(tokens[i]!.start, end)));
    if (entries.length > 0)
      best = { start: tokens[i]!.start, end, text: text.slice(tokens[i]!.start, end), first: i, last: k + 1, entries };
  }
  return best;
}

/** The original reading: try every length from the longest down, each by its normal form and inflected readings. */
function spotLongestFirst(text: string, tokens: readonly Token[], i: number, longest: number, gazetteer: Gazetteer): Spot | undefined {
  const head = tokens[i]!;
  for (let n = longest; n >= 1; n--) {
    if (!contiguous(text, tokens, i, i + n)) continue;
    const tail = tokens[i + n - 1]!;
    // "Kursk's" is Kursk; the possessive is not part of the name.
    const ends = POSSESSIVE.test(tail.text) ? [tail.end, tail.end - 2] : [tail.end];
    const hit = ends
      .map((end) => ({ end, entries: gazetteer.lookup(normalizeName(text.slice(head.start, end))) }))
      .find((h) => h.entries.length > 0);
    if (hit) return { start: head.start, end: hit.end, text: text.slice(head.start, hit.end), first: i, last: i + n, entries: hit.entries };
  }
  return undefined;
}

/** The same result for plain tokens, reading forward one word at a time while some name can still continue: one or two
 * lookups per capitalised word instead of one per possible length. */
function spotWordByWord(
  text: string,
  tokens: readonly Token[],
  i: number,
  longest: number,
  gazetteer: Gazetteer,
  lookupPrefix: (n: string) => NamePrefix,
  forms: TokenForms,
): Spot | undefined {
  const head = tokens[i]!;
  let best: Spot | undefined;
  let prefix = '';
  for (let n = 1; n <= longest; n++) {
    const k = i + n - 1;
    if (n > 1 && !joined(text, tokens, k)) break;
    // "The city", "A town": a capitalised function word and a lower-case word are a phrase, not a name ("The City",
    // "The Hague" capitalise the rest)
    if (n > 1 && LOWER_LATIN.test(tokens[k]!.text) && STOPWORDS.has(forms.norm(i))) break;
    const norm = forms.norm(k);
    const whole = prefix ? `${prefix} ${norm}` : norm;
    const tail = tokens[k]!;
    let end = tail.end;
    const read = lookupPrefix(whole);
    let entries = read.entries;
    const bare = entries.length === 0 ? forms.bare(k) : undefined;
    if (bare !== undefined) {
      end = tail.end - 2;
      entries = gazetteer.lookup(prefix ? `${prefix} ${bare}` : bare);
    }
    if (entries.length > 0) best = { start: head.start, end, text: text.slice(head.start, end), first: i, last: i + n, entries };
    if (!read.continues) break;
    prefix = whole;
  }
  return best;
}

/** Plural administrative heads shared by a list of adjectives ("Сумська, Бездрицька та Есманьська громади", "в
 * Глушковском и Рыльском районах", "Sudzhansky and Korenevsky districts"), with the singular nominative each adjective
 * goes with. General vocabulary of administrative units, not names. */
const SHARED_HEADS: readonly [RegExp, string][] = [
  [/^громад(и|ы|ам|ах|ами)?$/u, 'громада'],
  // Russian copy of Ukrainian outlets: "община" for громада; the hromadas are indexed under громада.
  [/^общин(ы|ам|ах|ами)?$/u, 'громада'],
  [/^район(и|ів|ам|ах|ами|ы|ов)$/u, 'район'],
  // The okrug, the district noun of Russia's reformed raions and of the occupation's units ("Валуйский и Краснояружский
  // округа", "Васильевского и Каменско-Днепровского муниципальных округов"): the layer holds them as raions. Its
  // genitive singular округа heads such a list too ("Шебекинского и Грайворонского округа").
  [/^округ(а|и|ов|ів|ам|ах|ами)$/u, 'район'],
  [/^област(і|ей|ям|ях|ями|и)$/u, 'область'],
  // "трьох регіонів - Донецької, Запорізької та Дніпропетровської": a region noun heads a list of oblast adjectives.
  [/^(регіон(и|ів|ам|ах|ами)|регион(ы|ов|ам|ах|ами))$/u, 'область'],
  // English copy: "Yunakivska, Khotynska, … Seredyna-Budska communities" (the layer indexes the hromadas as "… hromada").
  [/^(hromadas|communities)$/i, 'hromada'],
  [/^(districts|raions|rayons)$/i, 'district'],
  [/^(regions|oblasts|provinces)$/i, 'region'],
];
const CONJUNCTION = /^(та|і|й|и|and|or|або|или)$/iu;
/** Lower-case words that may stand between a hromada's or district's adjective and its noun: urban, rural, settlement,
 * municipal, territorial (district-centre.ts reads them inside "<adjective> [qualifier] <noun>" too). */
export const UNIT_QUALIFIER = /^(міськ|селищн|сільськ|територіальн|об['’]єднан|городск|сельск|поселков|муниципальн|территориальн)/u;
const LIST_GAP = /^(\s*,\s*|\s+(та|і|й|и|and|,\s*and)\s+|\s*,\s*(та|і|и|and)\s+)$/iu;

/** Spots for the adjectives of such lists: each adjective read with the head in every singular case form the index
 * holds ("сумська" + "громада" → Сумська громада). */
export function spotSharedHeads(
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  spots: readonly Spot[],
  headForms: (nominative: string) => readonly string[],
): Spot[] {
  const taken = new Set<number>();
  // An oblast adjective read alone ("Сумська" → Sumy Oblast) yields to the adjective's reading with the shared head.
  // So does any one-word name when the head makes it an oblast or a district ("Belgorod and Kursk regions").
  const adjectiveAlone = (s: Spot): boolean => s.last - s.first === 1;
  for (const s of spots) if (!adjectiveAlone(s)) for (let k = s.first; k < s.last; k++) taken.add(k);
  const out: Spot[] = [];
  // Items no spelling of the layer's reads with their head, to be respelled once the list's other items are read.
  const respell: { k: number; forms: readonly string[] }[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = SHARED_HEADS.find(([re]) => re.test(tokens[h]!.text)) ?? SINGULAR_HEADS.find(([re]) => re.test(tokens[h]!.text));
    if (!head) continue;
    const forms = headForms(head[1]);
    const plural = SHARED_HEADS.includes(head);
    for (const k of [...listItems(text, tokens, h, (i) => taken.has(i)), ...elidedItems(text, tokens, h, (i) => taken.has(i))]) {
      const t = tokens[k]!;
      const adj = normalizeName(t.text);
      let entries: readonly IndexedEntry[] = [];
      for (const f of forms) if ((entries = gazetteer.lookup(`${adj} ${normalizeName(f)}`)).length > 0) break;
      if (entries.length === 0 && plural) respell.push({ k, forms });
      // One adjective the gazetteer does not know does not end the list.
      if (entries.length > 0) out.push({ start: t.start, end: t.end, text: t.text, first: k, last: k + 1, entries });
    }
  }
  // "Хотинська, … Білопільська громади" for Хотінська: the official и/і of the stem, in an oblast the article names (its
  // other items name it too). A singular head's phrase is read whole by district-centre.ts.
  const oblasts = respell.length > 0 ? namedOblasts([...spots, ...out]) : new Set<string>();
  for (const { k, forms } of respell) {
    const t = tokens[k]!;
    const entries = respelledUnits(t.text, forms, gazetteer, oblasts);
    if (entries.length > 0) out.push({ start: t.start, end: t.end, text: t.text, first: k, last: k + 1, entries });
  }
  const read = new Set(out.map((s) => s.first));
  // the units whose noun the article uses, read once for all its adjectives
  const units = ANAPHORIC_UNITS.filter(([, noun]) => noun.test(text));
  // An adjective standing for a unit the article has named refers to a unit of an oblast it names: the oblasts (and
  // the oblasts of the districts read with their noun) bound its readings, when it names any. A neuter village's
  // case form is a raion's too ("по Кам'янському": Кам'янське, Zaporizhzhia, or Кам'янський район, Dnipropetrovsk).
  const antecedents = new Set(
    [...spots.filter((s) => s.last - s.first > 1 || s.entries.every((e) => e.kind === 'region')), ...out].flatMap((s) =>
      s.entries.filter((e) => e.kind === 'region' || e.kind === 'district').map((e) => e.admin1),
    ),
  );
  const named = (e: IndexedEntry): boolean => antecedents.size === 0 || antecedents.has(e.admin1);
  // A town in -ськ/-цьк has the feminine adjective's accusative as its locative ("у Куп'янську", "в Покровську"): after
  // the preposition, such a word read as the town stays the town, whatever units the article names.
  const townLocative = (k: number, word: string): boolean =>
    /[сц]ьку$/u.test(word.toLowerCase()) &&
    spots.some((s) => s.first === k && s.last === k + 1 && s.entries.some((e) => e.kind === 'town' || e.kind === 'city'));
  for (const k of units.length ? anaphoricUnitAdjectives(text, tokens) : []) {
    if (taken.has(k) || read.has(k)) continue;
    const t = tokens[k]!;
    if (townLocative(k, t.text)) continue;
    const adj = normalizeName(t.text);
    for (const [gender, , unit] of units) {
      if (!gender.test(t.text.toLowerCase())) continue;
      let entries: readonly IndexedEntry[] = [];
      for (const f of headForms(unit))
        if ((entries = gazetteer.lookup(`${adj} ${normalizeName(f)}`).filter((e) => e.kind === 'district' && named(e))).length > 0) break;
      if (entries.length > 0) {
        out.push({ start: t.start, end: t.end, text: t.text, first: k, last: k + 1, entries });
        break;
      }
    }
  }
  return out;
}

/** Units an article names by their adjective alone once it has named such units with their noun ("обстріл 4 громад
 * області: …" then "У Краснопільській противник скинув …", "по території Білопільської"): the adjective's gender
 * tells the unit (feminine громада, masculine район), and the unit's noun must occur in the article. */
const ANAPHORIC_UNITS: readonly [RegExp, RegExp, string][] = [
  [/[сц]ьк(а|ої|ій|у|ою)$|[сц]к(ая|ой|ую)$/u, /(^|\s)громад/iu, 'громада'],
  [/[сц]ьк(ий|ого|ому|ім)$|[сц]к(ий|ого|ом|ому)$/u, /(^|\s)район/iu, 'район'],
];

/** Capitalised -ськ-/-цьк- adjectives standing alone after a preposition (в, у, на, по, or "по території"), not
 * followed by a lower-case word of the same case ending, which would be their own noun ("у Краснопільській лікарні"). */
function* anaphoricUnitAdjectives(text: string, tokens: readonly Token[]): Generator<number> {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t.text) || !/[сц]ь?к\p{Ll}{1,3}$/u.test(t.text)) continue;
    const prev = tokens[k - 1]!;
    const afterPreposition =
      ELIDING_PREPOSITION.test(prev.text) ||
      (/^(території|территории)$/iu.test(prev.text) && ELIDING_PREPOSITION.test(tokens[k - 2]?.text ?? ''));
    if (!afterPreposition || text.slice(prev.end, t.start) !== ' ') continue;
    const next = tokens[k + 1];
    const spacedNext = next && text.slice(t.end, next.start) === ' ' ? next : undefined;
    if (spacedNext && /^\p{Ll}/u.test(spacedNext.text) && sameCaseEnding(t.text, spacedNext.text)) continue;
    if (spacedNext && isCapitalized(spacedNext.text)) continue; // a longer name's first word
    yield k;
  }
}

/** Whether a noun's ending can agree with the adjective's (feminine/masculine oblique endings of both grammars). */
function sameCaseEnding(adjective: string, noun: string): boolean {
  const a = adjective.toLowerCase();
  const n = noun.toLowerCase();
  if (n.slice(-2) === a.slice(-2)) return true; // another adjective of the same noun: "Хотінській селищній … громаді"
  if (/(ій|ої|ой|ім|ом)$/u.test(a)) return /[іиїеy]$/u.test(n);
  if (/(у|ую)$/u.test(a)) return /[уюа]$/u.test(n);
  if (/(ою)$/u.test(a)) return /(ою|ею|ом|ем|єю)$/u.test(n);
  if (/(ого|ому)$/u.test(a)) return /[уаюяі]$|(ові|еві)$/u.test(n);
  return /[аяоe]$/u.test(n);
}
/** The words of such lists and the token of the head noun they share (backward "Юнаківська, Хотінська … громади",
 * forward "громад: - Хотінська - Есманьська"), for readers that locate an adjective by its centre (district-centre.ts). */
export function listHeads(text: string, tokens: readonly Token[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let h = 1; h < tokens.length; h++) {
    if (!SHARED_HEADS.some(([re]) => re.test(tokens[h]!.text))) continue;
    for (const k of listItems(text, tokens, h)) if (k !== h - 1) out.set(k, h); // the word right before the head is read with it already
  }
  for (let h = 1; h < tokens.length; h++) {
    if (!SINGULAR_HEADS.some(([re]) => re.test(tokens[h]!.text))) continue;
    for (const k of elidedItems(text, tokens, h)) if (!out.has(k)) out.set(k, h);
  }
  return out;
}

/** The tokens read with a head given elsewhere: a later clause that elides it (elidedItems), or a list the plural head
 * announces ("трьох регіонів - Донецької, Запорізької та Дніпропетровської"). An oblast adjective among them names the
 * oblast ("в Запорожской области и Андреевки в Днепропетровской"), not the start of a proper name. */
export function elidedHeadItems(text: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let h = 1; h < tokens.length; h++) {
    if (SINGULAR_HEADS.some(([re]) => re.test(tokens[h]!.text))) for (const k of elidedItems(text, tokens, h)) out.add(k);
    if (SHARED_HEADS.some(([re]) => re.test(tokens[h]!.text))) for (const k of listItems(text, tokens, h)) if (k > h) out.add(k);
  }
  return out;
}

/** A district, hromada or oblast noun in the singular, the head a later clause of the sentence elides. */
const SINGULAR_HEADS: readonly [RegExp, string][] = [
  [/^(район|района|району|районі|районе|районом)$/u, 'район'],
  [/^(громада|громади|громаді|громаду|громадою)$/u, 'громада'],
  [/^(община|общины|общине|общину|общиной)$/u, 'громада'],
  [/^(області|областю|области|областью)$/u, 'область'],
];

/** The adjectives of later clauses that elide the head of "<Adjective> <head>" (a gapping ellipsis): "у Куп’янському
 * районі пошкоджено будинок, в Ізюмському - автомобіль, у Чугуївському - ліцей". Each is a capitalised word after a
 * preposition, in the adjective's own ending (so its case), followed by a dash, comma, colon or the sentence's end
 * where the noun would stand, in the same sentence. */
export function* elidedItems(
  text: string,
  tokens: readonly Token[],
  h: number,
  stop: (k: number) => boolean = () => false,
): Generator<number> {
  const adjective = tokens[h - 1];
  if (!adjective || !isCapitalized(adjective.text) || text.slice(adjective.end, tokens[h]!.start) !== ' ') return;
  const ending = /(ому|ого|ім|ій|ої|ом|ой)$/u.exec(adjective.text.toLowerCase())?.[1];
  if (!ending) return;
  // Walking every later token of the sentence for every head is quadratic on a long sentence; the tokens that can be
  // a gapped adjective at all, and where each sentence ends, are found once per text (same tokens, same order).
  const { sentenceEnd, gapped } = elisionIndex(text, tokens);
  const end = sentenceEnd[h + 1] ?? tokens.length;
  for (let i = firstAbove(gapped, h); i < gapped.length && gapped[i]! < end; i++) {
    const k = gapped[i]!;
    const t = tokens[k]!;
    if (stop(k) || !t.text.toLowerCase().endsWith(ending) || t.text.length < ending.length + 4) continue;
    yield k;
  }
}

interface ElisionIndex {
  readonly text: string;
  /** For each token index i, the first j >= i whose gap before it ends the sentence (tokens.length if none). */
  readonly sentenceEnd: Int32Array;
  /** The tokens, ascending, that are capitalised, after a gapping preposition and before the noun's punctuation. */
  readonly gapped: readonly number[];
}
const elisionIndexes = new WeakMap<readonly Token[], ElisionIndex>();

function elisionIndex(text: string, tokens: readonly Token[]): ElisionIndex {
  const cached = elisionIndexes.get(tokens);
  if (cached && cached.text === text && cached.sentenceEnd.length === tokens.length + 1) return cached;
  const sentenceEnd = new Int32Array(tokens.length + 1).fill(tokens.length);
  for (let j = tokens.length - 1; j >= 1; j--)
    sentenceEnd[j] = /[.!?\n]/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) ? j : sentenceEnd[j + 1]!;
  const gapped: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t.text) || !GAPPING_PREPOSITION.test(tokens[k - 1]!.text)) continue;
    const after = text.slice(t.end, tokens[k + 1]?.start ?? text.length);
    if (/^\s*([-–—,:;]|\.(\s|$))/u.test(after)) gapped.push(k);
  }
  const index = { text, sentenceEnd, gapped };
  elisionIndexes.set(tokens, index);
  return index;
}

/** The index of the first value above `h` in ascending `values`. */
const firstAbove = (values: readonly number[], h: number): number => partitionPoint(0, values.length, (i) => values[i]! <= h);
const ELIDING_PREPOSITION = /^(в|у|на|во|по)$/iu;
/** A gapped clause repeats its head's preposition, which may govern the genitive as well: "евакуювали з Краснопільської
 * громади 43 людини, з Миропільської - двох", "из Курской области — трое, из Брянской — двое". */
const GAPPING_PREPOSITION = /^(в|у|на|во|по|з|із|зі|из|с|со)$/iu;

/** The tokens of the adjectives that share the list head at `h`: walking back over "Юнаківська, Хотінська … громади"
 * (the conjunction is a token of its own: "Сумской и Белгородской областей"), then forward when the head announces the
 * list after a colon, one adjective per item ("громад: - Хотінська - Есманьська"). `stop` ends a walk at a token read
 * otherwise. */
function* listItems(text: string, tokens: readonly Token[], h: number, stop: (k: number) => boolean = () => false): Generator<number> {
  const spaced = (k: number): boolean => text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ';
  // A plural head's own qualifiers, up to two, stand between it and the last item: "Білопільської та Ворожбянської
  // міських територіальних громад" (a singular head's phrase is read whole by district-centre.ts).
  let last = h - 1;
  const plural = SHARED_HEADS.some(([re]) => re.test(tokens[h]!.text));
  while (plural && last > 0 && last > h - 3 && UNIT_QUALIFIER.test(tokens[last]!.text) && spaced(last)) last--;
  for (let k = last, gapOk = spaced(k); k >= 0 && gapOk; k--) {
    if (k < last && CONJUNCTION.test(tokens[k]!.text)) {
      gapOk = k > 0 && /^\s*,?\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
      continue;
    }
    const t = tokens[k]!;
    // An item's own qualifier after its adjective: "Миколаївська сільська, Білопільська … громади".
    if (k < last && k > 0 && UNIT_QUALIFIER.test(t.text) && isCapitalized(tokens[k - 1]!.text) && spaced(k - 1)) continue;
    if (!isCapitalized(t.text) || stop(k)) break;
    yield k;
    const gap = k > 0 ? text.slice(tokens[k - 1]!.end, t.start) : '';
    gapOk = k > 0 && (LIST_GAP.test(gap) || (gap === ' ' && k > 1 && CONJUNCTION.test(tokens[k - 1]!.text)));
  }
  const announced = announcedList(text, tokens, h);
  if (announced === null) return;
  for (let k = announced; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t.text) || stop(k)) break;
    yield k;
    const next = tokens[k + 1];
    if (!next) break;
    if (ITEM_GAP.test(text.slice(t.end, next.start))) continue;
    // The last item joined by a conjunction, as coordination ends a list: "громад: Сумська, Степанівська та Боромлянська".
    const after = tokens[k + 2];
    if (!after || !CONJUNCTION.test(next.text) || !/^\s*,?\s+$/u.test(text.slice(t.end, next.start))) break;
    if (text.slice(next.end, after.start) !== ' ') break;
    k++;
  }
}

const COLON_GAP = /^\s*:\s*(\n\s*[-–—•▪·*]?\s*)?$/u;
/** A dash announcing the items as a colon does ("регіонів - Донецької, Запорізької"): spaced, on one line. */
const DASH_GAP = /^ +[-–—] +$/u;

/** The first item's token when the head at `h` announces a list after it: a colon or a spaced dash right after the
 * head or after its complement of up to four words: lower-case ("громад області: Білопільської, …", "communities of the
 * region - Krasnopilska, …") or naming the region the units lie in ("громад Сумщини: Юнаківська, …", "общин в Сумской
 * области – Белопольской, …", "districts of the Kherson region - Beryslav and Kherson"). */
function announcedList(text: string, tokens: readonly Token[], h: number): number | null {
  for (let k = h; k <= h + 4 && k + 1 < tokens.length; k++) {
    if (k > h && (!complementWord(tokens, k) || text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ')) return null;
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (COLON_GAP.test(gap) || (DASH_GAP.test(gap) && listFollows(text, tokens, k + 1))) return k + 1;
  }
  return null;
}

/** Whether the word at `i`, after a dash, starts a list rather than a new clause ("громади Сумщини – Сумська міська рада
 * повідомила", "communities in the Sumy region – Sumy city was not hit"): the item, with at most one unit qualifier of
 * its own, is followed by another item, a conjunction or the sentence's end. A colon announces a list by itself. */
function listFollows(text: string, tokens: readonly Token[], i: number): boolean {
  let k = i;
  if (tokens[k + 1] && UNIT_QUALIFIER.test(tokens[k + 1]!.text) && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') k++;
  const next = tokens[k + 1];
  const gap = text.slice(tokens[k]!.end, next?.start ?? text.length);
  if (!next || /[.!?\n]/u.test(gap)) return true;
  if (ITEM_GAP.test(gap)) return isCapitalized(next.text);
  return CONJUNCTION.test(next.text) && /^\s*,?\s+$/u.test(gap);
}

/** A word of a list head's complement: lower case, a region noun, an oblast's colloquial name in the genitive or the
 * locative ("громад Сумщини", "Никопольщины", "на Сумщині", "на Сумщине"), or a capitalised word before a region noun
 * ("Сумской области", "the Kherson region"). */
function complementWord(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.text;
  // The region noun itself, in either case ("of Sumy Oblast -", "of the Sumy Region -").
  if (/^\p{Ll}+$/u.test(word) || REGION_NOUN.test(word)) return true;
  if (!isCapitalized(word)) return false;
  // The colloquial name in the genitive or the locative ("громад Сумщини:", "громад на Сумщині:", "общин на Сумщине –").
  return /\p{Ll}(щин|чин)[иыіе]$/u.test(word) || REGION_NOUN.test(tokens[k + 1]?.text ?? '');
}
/** An oblast's or a district's noun, the container of the listed units ("громад Шосткинського району:"). */
const REGION_NOUN = /^(області|области|region|oblast|province|району|районі|района|районе|district|raion)$/iu;
/** Between two items of a list: a comma or a new line, with its bullet. */
const ITEM_GAP = /^(\s*[,;]\s*|[;,.]?\s*\n\s*[-–—•▪·*]?\s*)$/u;

/** A lower-case oblast adjective before a noun names the oblast: "белгородский губернатор", "курское направление",
 * "сумські прикордонники". Only words in an adjective suffix (-ск-/-цк-/-зк- + ending) are looked up, and only readings
 * that are all regions count. */
export function spotRegionAdjectives(text: string, tokens: readonly Token[], gazetteer: Gazetteer, spots: readonly Spot[]): Spot[] {
  const taken = new Set<number>();
  for (const s of spots) for (let k = s.first; k < s.last; k++) taken.add(k);
  const out: Spot[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken.has(k)) continue;
    const c = t.text.charCodeAt(0);
    if (c < 0x430 || c > 0x45f) continue; // lower-case Cyrillic only
    if (!isRegionAdjectiveForm(t.text)) {
      // Ukrainian copy often writes the aggressor state in lower case on purpose ("росія", "рф"): a lower-case word that
      // is only a country's name (in any case form) is that country.
      if (!/^\p{Ll}+$/u.test(t.text)) continue;
      const n = normalizeName(t.text);
      if (STOPWORDS.has(n)) continue;
      const countries = gazetteer.lookup(n);
      // Only the states this reporting names in every form (lexicon FORMAL_COUNTRY_NAMES): a case form of a far
      // country's name is often a common word ("самое" is also a form of Самоа).
      if (countries.length > 0 && countries.every((e) => e.kind === 'country' && e.country in FORMAL_COUNTRY_NAMES))
        out.push({ start: t.start, end: t.end, text: t.text, first: k, last: k + 1, entries: countries });
      continue;
    }
    const next = tokens[k + 1];
    if (!next || !/^\p{Ll}/u.test(next.text) || text.slice(t.end, next.start) !== ' ') continue;
    // A state's formal name written in lower case, as its short name is ("російської федерації").
    const formal = gazetteer.lookup(`${normalizeName(t.text)} ${normalizeName(next.text)}`);
    if (formal.length > 0 && formal.every((e) => e.kind === 'country' && e.country in FORMAL_COUNTRY_NAMES)) {
      out.push({ start: t.start, end: next.end, text: text.slice(t.start, next.end), first: k, last: k + 2, entries: formal });
      k++;
      continue;
    }
    // The oblast around a national capital shares its adjective with the capital's government ("киевский режим",
    // "московские власти"): lower case, that adjective says Kyiv or Moscow, not the oblast.
    const entries = gazetteer.lookup(normalizeName(t.text)).filter((e) => e.kind === 'region' && !aroundCapital(e, gazetteer));
    if (entries.length === 0) continue;
    out.push({ start: t.start, end: t.end, text: t.text, first: k, last: k + 1, entries });
  }
  return out;
}

/** An oblast named after its country's capital city (Kyiv Oblast, Moscow Oblast). */
export function aroundCapital(region: IndexedEntry, gazetteer: Gazetteer): boolean {
  const base = normalizeName(region.name.replace(/\s+oblast$/i, ''));
  return gazetteer.lookup(base).some((c) => c.note === 'national capital' && c.country === region.country);
}
