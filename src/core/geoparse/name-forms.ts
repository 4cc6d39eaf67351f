// The names an entry is written under beyond its curated ones, generated from its Cyrillic nominatives: every case
// form (declension.ts), the Latin spellings of the Russian and Ukrainian forms (translit.ts), word-for-word English
// renderings ("Great Pysarivka"), and for regions their colloquial -щина/-чина names (Сумщина, Белгородчина,
// Kurshchyna) and, for countries, their formal names and abbreviations (РФ, Російська Федерація).
import type { GazetteerEntry } from '../gazetteer/entry.ts';
import { caseForms, declineName, languagesOf, ukAdjectiveForms, type Lang } from '../text/declension.ts';
import { crossSpellings, hushedSuffixVariants } from '../text/cross-spelling.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { englishRenderings, latinSpellings, reducedSpellings } from '../text/translit.ts';
import { FORMAL_COUNTRY_NAMES, FORMAL_REGION_NAMES } from './lexicon.ts';
import { regionAdjectives } from './region-adjective.ts';

/** Countries whose places are reported under Latin spellings of Cyrillic names: transliterations are generated here. */
const CYRILLIC_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'UA', 'BY']);

/** Latin spellings kept per Russian cross spelling: the Wikipedia system's and its first habits' (-oye/-oe). Every
 * Ukrainian village known by its Ukrainian name alone gets them, and all sixteen would slow the gazetteer's load. */
const CROSS_LATIN_MAX = 3;

const UK_LETTERS = /[іїєґІЇЄҐ]/;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/;

type Named = Pick<GazetteerEntry, 'name' | 'aliases' | 'kind' | 'country'> & { ru?: string | undefined; uk?: string | undefined };

/** A one-word Ukrainian name in -а/-я that is an adjective used as a noun, as its Russian name shows (Кремінна and
 * Кременная, Борова and Боровая, Лозова and Лозовая): "біля Кремінної", "у Боровій". Alone, -а is as often a noun's
 * ending (Діброва → Діброви, Балаклія) and the declension reads it so; a Russian name in -ая/-яя on the same stem tells
 * the adjective apart, where a Russian noun (Дубрава) or no Russian name leaves the noun reading alone. */
export function adjectivalUkrainianName(e: Named): string | null {
  const uk = e.uk;
  if (!uk || !/^[^\s-]{3,}[^аеєиіїоуюяь'’][ая]$/u.test(uk)) return null;
  const stem = uk.slice(0, 2).toLowerCase();
  const russian = [e.ru, ...e.aliases].some((n) => n !== undefined && /^[^\s-]+(ая|яя)$/u.test(n) && n.slice(0, 2).toLowerCase() === stem);
  return russian ? uk : null;
}

/** The Cyrillic nominatives of an entry with the language each is written in. */
export function cyrillicNominatives(e: Named): [string, Lang[]][] {
  const out = new Map<string, Lang[]>();
  if (e.ru) out.set(e.ru, ['ru']);
  if (e.uk) out.set(e.uk, [...(out.get(e.uk) ?? []), 'uk']);
  for (const alias of e.aliases) {
    const a = alias.replace(/\u0301/g, ''); // stress marks in dictionary-style aliases
    if (hasCyrillic(a) && !out.has(a)) out.set(a, languagesOf(a));
  }
  return [...out];
}

/** "Сумська область" → "Сумщина", "Белгородская область" → "Белгородчина", "Донецька" → "Донеччина". */
export function colloquialRegion(nominative: string): string | null {
  const m = /^(\S+?)(ська|ская|цька|цкая|дская|дська)\s+(область|обл\.?)$/i.exec(nominative.trim());
  if (!m) return null;
  const stem = m[1]!;
  switch (m[2]!.toLowerCase()) {
    case 'ська':
    case 'ская':
      return `${stem}щина`;
    case 'дська':
    case 'дская':
      return `${stem}дчина`;
    default:
      return `${stem}${m[2]!.startsWith('ць') ? 'ч' : 'т'}чина`; // Донеччина, Донетчина
  }
}

/** The nominatives of an entry in one language that the other language's press respells by rule (cross-spelling.ts):
 * a Russian place known only by its Russian name is written in Ukrainian orthography in Ukrainian copy ("Вікторовка"),
 * and the reverse. An entry with a name in both languages needs none. Names whose letters fit both languages count for
 * the entry's own country (a village in Russia is named in Russian). */
export function crossNominatives(e: Named): [string, Lang][] {
  if (e.kind === 'country') return [];
  const cyr = [e.ru, e.uk, ...e.aliases.map((a) => a.replace(/\u0301/g, ''))].filter((a): a is string => !!a && hasCyrillic(a));
  const hasUk = !!e.uk || cyr.some((a) => UK_LETTERS.test(a));
  const hasRu = !!e.ru || cyr.some((a) => RU_LETTERS.test(a));
  if (hasUk && hasRu) return [];
  const out: [string, Lang][] = [];
  const seen = new Set<string>();
  const from = (lang: Lang, names: readonly string[]): void => {
    const to: Lang = lang === 'ru' ? 'uk' : 'ru';
    for (const n of names) for (const c of crossSpellings(n, lang)) if (!seen.has(c)) (seen.add(c), out.push([c, to]));
  };
  if (!hasUk && e.country !== 'UA') from('ru', e.ru ? [e.ru] : cyr);
  if (!hasRu && (e.uk || e.country === 'UA')) from('uk', e.uk ? [e.uk] : cyr);
  return out;
}

export interface GeneratedNames {
  /** Case forms of the Cyrillic names (Cyrillic, lower case). */
  forms: string[];
  /** Latin spellings, English renderings, colloquial and formal names (with their case forms when Cyrillic). */
  variants: string[];
  /** Case forms of the other language's spellings by rule (crossNominatives): weaker readings, marked in the index. */
  cross?: string[];
  /** With `deferCrossLatin`: the Russian cross nominatives whose Latin spellings (crossLatinSpellings) were left out of
   * `cross`, for the gazetteer to add once a Latin name is first looked up. */
  crossLatinOf?: string[];
  /** Reduced romanisations (translit.ts reducedSpellings, "Avdivka"), each with the Cyrillic name it reduces: for the
   * gazetteer to index only where no place of another name is spelt so. */
  reduced?: [string, string][];
}

/** Whose names are declined: every place of the theatre's countries and every country. Other countries' regions and
 * towns are rarely written in Cyrillic case forms in this reporting, and declining all of them would double load time. */
export const declines = (e: Named): boolean => CYRILLIC_COUNTRIES.has(e.country) || e.kind === 'country';

/** Forms and spellings of names already worked out: villages share names (dozens of Іванівка), so a gazetteer build
 * passes one cache for all its entries. */
export type NameCache = Map<string, readonly string[]>;

function cached(cache: NameCache | undefined, key: string, make: () => string[]): readonly string[] {
  if (!cache) return make();
  let v = cache.get(key);
  if (!v) cache.set(key, (v = make()));
  return v;
}

/** The Latin spellings of a Russian cross nominative: weaker readings, as its Cyrillic case forms are. */
export const crossLatinSpellings = (name: string, cache?: NameCache): readonly string[] =>
  cached(cache, `xl|${name}`, () => latinSpellings(name, 'ru', true).slice(0, CROSS_LATIN_MAX));

/** `deferCrossLatin`: leave the Latin spellings of cross nominatives out (returned as `crossLatinOf`); reading Cyrillic
 * never needs them, and they are a tenth of a gazetteer build. */
export function generatedNames(e: Named, lean = false, cache?: NameCache, deferCrossLatin = false): GeneratedNames {
  if (!declines(e) || (!e.ru && !e.uk && !e.aliases.some(hasCyrillic))) return { forms: [], variants: [] };
  const forms = new Set<string>();
  const variants = new Set<string>();
  const latin = CYRILLIC_COUNTRIES.has(e.country) && e.kind !== 'country';
  const addCyrillic = (name: string, langs: readonly Lang[], into: Set<string>): void => {
    for (const f of cached(cache, `c|${name}`, () => caseForms(name))) into.add(f);
    // Both systems for every name: Ukrainian outlets write Russian names by the Ukrainian system ("Hlushkovo"), and
    // Russian systems meet Ukrainian names in Russian-language copy ("Glukhov" is the Russian name, "Gluhiv" a habit).
    if (latin)
      for (const lang of UK_LETTERS.test(name) ? langs : (['ru', 'uk'] as const))
        for (const s of cached(cache, `${lang}|${lean}|${name}`, () => latinSpellings(name, lang, lean))) variants.add(s);
    if (latin && e.kind !== 'region')
      for (const lang of langs) for (const s of cached(cache, `en|${lang}|${name}`, () => englishRenderings(name, lang))) variants.add(s);
  };
  for (const [name, langs] of cyrillicNominatives(e)) {
    addCyrillic(name, langs, forms);
    if (e.kind === 'region' && latin) {
      const colloquial = colloquialRegion(name);
      if (colloquial) addCyrillic(colloquial, languagesOf(colloquial), variants);
    }
  }
  const adjectival = adjectivalUkrainianName(e);
  if (adjectival) for (const f of cached(cache, `ua|${adjectival}`, () => ukAdjectiveForms(adjectival))) forms.add(f);
  const cross = new Set<string>();
  const crossLatinOf: string[] = [];
  if (latin)
    for (const [name, lang] of crossNominatives(e)) {
      for (const f of cached(cache, `x${lang}|${name}`, () => declineName(name, lang))) if (!forms.has(f)) cross.add(f);
      // English copy from Russian sources (the MoD, TASS, wires datelined Moscow) romanises the Russian spelling of a
      // Ukrainian village ("Krasnoye", "Degtyarnoye" for Красне, Дегтярне): its Latin forms are weaker readings too.
      if (lang !== 'ru') continue;
      if (deferCrossLatin) crossLatinOf.push(name);
      else for (const s of crossLatinSpellings(name, cache)) if (!variants.has(s)) cross.add(s);
    }
  // A Ukrainian name's other spelling of its -ов-/-ев- after a hushing consonant (Сторожеве / Сторожове): a weaker reading too.
  if (latin && e.country === 'UA')
    for (const [name, langs] of cyrillicNominatives(e))
      if (langs.includes('uk'))
        for (const v of hushedSuffixVariants(name)) {
          for (const f of cached(cache, `h|${v}`, () => declineName(v, 'uk'))) if (!forms.has(f)) cross.add(f);
          // English copy romanises the spoken spelling too ("Storozhove" for Сторожеве).
          for (const s of cached(cache, `uk|${lean}|${v}`, () => latinSpellings(v, 'uk', lean))) if (!variants.has(s)) cross.add(s);
        }
  // The press's reduced romanisations (ії as one i, щ as "sch"): kept apart, as they can spell another village.
  const reduced = new Map<string, string>();
  if (latin)
    for (const [name, langs] of cyrillicNominatives(e))
      for (const lang of langs)
        for (const s of cached(cache, `r|${lang}|${name}`, () => reducedSpellings(name, lang))) if (!variants.has(s)) reduced.set(s, name);
  const formalNames =
    e.kind === 'country'
      ? FORMAL_COUNTRY_NAMES[e.country]
      : e.kind === 'region'
        ? FORMAL_REGION_NAMES[`${e.country}|${e.name}`]
        : undefined;
  for (const formal of formalNames ?? []) {
    if (hasCyrillic(formal)) for (const f of caseForms(formal)) variants.add(f);
    else variants.add(formal.toLowerCase());
  }
  // An oblast's adjective alone names it: "Сумской и Белгородской областей", "белгородский губернатор", "курское
  // направление". Every gender, number and case of the adjective of "<adjective> область".
  if (e.kind === 'region' && latin)
    for (const [name] of cyrillicNominatives(e))
      for (const adj of regionAdjectives(name)) for (const f of cached(cache, `a|${adj}`, () => caseForms(adj))) variants.add(f);
  const names: GeneratedNames = { forms: [...forms, ...cross], variants: [...variants], cross: [...cross] };
  if (crossLatinOf.length > 0) names.crossLatinOf = crossLatinOf;
  if (reduced.size > 0) names.reduced = [...reduced];
  return names;
}
