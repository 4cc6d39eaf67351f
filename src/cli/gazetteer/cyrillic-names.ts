// Russian and Ukrainian nominatives from a list of unlabelled names (GeoNames alternatenames carry no language tags
// in the dumps): letters only one of the two languages has decide; otherwise the country and the closeness of the
// transliteration to the Latin name do.
import CyrillicToTranslit from 'cyrillic-to-translit-js';
import iuliia from 'iuliia';

const ukTranslit = CyrillicToTranslit({ preset: 'uk' });
/** Latin from Ukrainian by the official 2010 system (Krasnopillia, Velyka Pysarivka). */
export const latinFromUkrainian = (s: string): string => ukTranslit.transform(s);
/** Latin from Russian as English Wikipedia writes it (Sudzhansky, Tyotkino). */
export const latinFromRussian = (s: string): string => iuliia.translate(s, iuliia.WIKIPEDIA);

/** Russian and Ukrainian share the rest of this alphabet. */
const CYRILLIC_WORDS = /^[А-ЯЁІЇЄҐа-яёіїєґ'’ʼ\- .()0-9]+$/u;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ'’ʼ]/u;
const RUSSIAN_ONLY = /[ыэёЫЭЁ]/u;

export type Lang = 'ru' | 'uk';

/** Which language a Cyrillic name can be: a sure one, both, or null for another alphabet (Bulgarian ъ, Belarusian
 * ў, Serbian ј and so on fall outside the shared letters). */
export function cyrillicLanguage(name: string): Lang | 'both' | null {
  if (!CYRILLIC_WORDS.test(name) || !/[А-Яа-яЁёІіЇїЄєҐґ]/u.test(name)) return null;
  if (/[ъЪ]/u.test(name)) return null;
  const uk = UKRAINIAN_ONLY.test(name);
  const ru = RUSSIAN_ONLY.test(name);
  if (uk && ru) return null;
  return uk ? 'uk' : ru ? 'ru' : 'both';
}

export interface CyrillicNames {
  ru?: string;
  uk?: string;
  /** The other Cyrillic names, kept as aliases. */
  others: string[];
}

/** Picks the nominatives among `names`. `country` breaks ties for names both languages could write; among several
 * candidates the one whose transliteration is nearest the Latin name wins (inflected or historic forms lose). */
export function pickCyrillicNames(names: readonly string[], latin: string, country: string): CyrillicNames {
  const candidates: Record<Lang, string[]> = { ru: [], uk: [] };
  const all: string[] = [];
  for (const raw of names) {
    const n = raw.trim();
    const lang = cyrillicLanguage(n);
    if (!lang || all.includes(n)) continue;
    all.push(n);
    if (lang !== 'uk') candidates.ru.push(n);
    if (lang !== 'ru') candidates.uk.push(n);
  }
  const sure = (lang: Lang): string[] => candidates[lang].filter((n) => cyrillicLanguage(n) === lang);
  const best = (list: string[], lang: Lang): string | undefined => {
    const toLatin = lang === 'ru' ? latinFromRussian : latinFromUkrainian;
    const target = fold(latin);
    let pick: string | undefined;
    let bestDistance = Infinity;
    for (const n of list) {
      const d = editDistance(fold(toLatin(n)), target);
      if (d < bestDistance || (d === bestDistance && pick !== undefined && n < pick)) [pick, bestDistance] = [n, d];
    }
    return pick;
  };
  // A name that only one language writes is that language's; a shared spelling goes to the country's language
  // first, and to the other language only when no sure name of it exists.
  const home: Lang | null = country === 'RU' ? 'ru' : country === 'UA' ? 'uk' : null;
  // Two different shared spellings of one place are usually its two names: the home language takes the nearer one,
  // the other language the nearest of the rest (Малая Локня / Мала Локня); a single spelling serves both (Суджа).
  const pickFor = (lang: Lang, taken?: string): string | undefined => {
    const rest = candidates[lang].filter((n) => n !== taken);
    return best(sure(lang), lang) ?? best(rest.length ? rest : candidates[lang], lang);
  };
  const first: Lang = home ?? 'ru';
  const other: Lang = first === 'ru' ? 'uk' : 'ru';
  const picked = { [first]: pickFor(first) } as Partial<Record<Lang, string>>;
  picked[other] = pickFor(other, picked[first]);
  const { ru, uk } = picked;
  return { ...(ru ? { ru } : {}), ...(uk ? { uk } : {}), others: all.filter((n) => n !== ru && n !== uk) };
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’ʼ`-]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '');

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
