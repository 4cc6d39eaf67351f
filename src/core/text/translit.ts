// Latin spellings of a Cyrillic place name as the press writes them: the standard systems (Russian: Wikipedia, BGN/PCGN,
// scholarly ISO 9 / GOST 779 — via iuliia; Ukrainian: the national 2010 system via
// cyrillic-to-translit-js) and then the habits that mix them (-oye/-oe, ye/e, ya/ia, -iy/-yi/-y, yo/e, kh/h, h/g, ay/ai).
import CyrillicToTranslit from 'cyrillic-to-translit-js';
import { BGN_PCGN, GOST_779, WIKIPEDIA, translate, type Schema } from 'iuliia';
import type { Lang } from './declension.ts';

// Wikipedia (also what Yandex and most English-language outlets use), BGN/PCGN (maps, GeoNames), GOST 779 = ISO 9
// (scholarly). ICAO and the Moscow metro system differ from these only by habits generated below (ya/ia, -iy/-y).
const RU_SCHEMAS: readonly Schema[] = [WIKIPEDIA, BGN_PCGN, GOST_779];
const ukrainian = CyrillicToTranslit({ preset: 'uk' });
/** The 2010 system writes ї as yi only at a word's start; BGN/PCGN (1965) and much of the press write yi everywhere
 * (Andriyivka, Mykolayivka beside Andriivka, Mykolaivka). A mark no Cyrillic text holds stands in for it. */
const YI_MARK = '\u0001';
function ukrainianSpellings(name: string): string[] {
  const national = ukrainian.transform(name);
  // After a letter or an apostrophe (Мар'їнка → Maryinka): 'at a word's start' is the only place the systems agree.
  if (!/(?<=[\p{L}'’ʼ])ї/iu.test(name)) return [national];
  const spellings = [national, ukrainian.transform(name.replace(/ї/g, YI_MARK)).replaceAll(YI_MARK, 'yi')];
  // After an apostrophe the press also writes the glide as i, as it writes 'ia', 'iu', 'ie' (Мар'їнка → Mariinka);
  // only there: Київ's и before ї is no glide, and 'Kiiv' is no spelling anyone uses.
  if (/['’ʼ]ї/iu.test(name)) spellings.push(ukrainian.transform(name.replace(/['’ʼ]ї/giu, YI_MARK)).replaceAll(YI_MARK, 'ii'));
  return spellings;
}

/** Press habits: each turns one spelling into another that reporters also use. Applied to every spelling in turn. */
const HABITS: readonly [RegExp, string][] = [
  [/oye\b/g, 'oe'],
  [/oe\b/g, 'oye'],
  [/(?<=[^aeiouy])(?:iy|yi|yy|ii)\b/g, 'y'], // Lgovskiy, Lgovskyi → Lgovsky
  [/(?<=[^aeiouy])y\b/g, 'iy'],
  [/aya\b/g, 'aia'],
  [/(?<=[aeiou])ye/g, 'e'], // Gordeyevka → Gordeevka
  [/\bye/g, 'e'], // Yelets → Elets
  [/yo/g, 'e'], // Tyotkino → Tetkino
  [/ë/g, 'yo'],
  [/ia/g, 'ya'], // Krasnopillia → Krasnopillya
  [/ya/g, 'ia'], // Kazachya → Kazachia (ICAO)
  [/iu/g, 'yu'],
  [/ie/g, 'ye'],
  [/iia/g, 'ia'], // Filiia → Filia (-ія written as in Russian)
  [/(?<=[^aeiouy])ie\b/g, 'e'], // Dorozhnie → Dorozhne (final -нє)
  [/(?<=[bdklmnprstvz])y(?=[bcdfgklmnprstvz])/g, 'i'], // Nykanorivka → Nikanorivka (и written as in Russian)
  [/(?<![kzsc])h/g, 'g'], // Hlushkovo → Glushkovo (Ukrainian г written as in Russian)
  [/kh/g, 'h'],
  // Russian й after a vowel written 'i' as in the Ukrainian system (Zaytsevo → Zaitsevo, Pervomayskoye → Pervomaiskoye).
  // Last, so it takes only the room the older habits leave under MAX_VARIANTS.
  [/(?<=[aeou])y(?![aeiouy])/g, 'i'],
];
const MAX_VARIANTS = 16;

/** Lower-case Latin spellings of a Cyrillic name written in `lang`. `lean` keeps to the two systems most reporting
 * uses (Wikipedia for Russian, the 2010 system for Ukrainian) and their habits: bulk layers of thousands of villages
 * are loaded with it, so a gazetteer load stays fast. */
export function latinSpellings(name: string, lang: Lang, lean = false): string[] {
  const base = lang === 'ru' ? (lean ? [WIKIPEDIA] : RU_SCHEMAS).map((s) => translate(name, s)) : ukrainianSpellings(name);
  const out = new Set(base.map(clean).filter(Boolean));
  for (const [re, to] of HABITS) {
    if (out.size >= MAX_VARIANTS) break;
    for (const s of [...out]) {
      const v = s.replace(re, to);
      if (v !== s) out.add(v);
      if (out.size >= MAX_VARIANTS) break;
    }
  }
  return [...out];
}

/** Spellings reporters reduce from the systems': the Ukrainian ії written as one i before a consonant ("Avdivka",
 * "Klishchivka" for Авдіївка, Кліщіївка) and щ written "sch" ("Pischane", "Gatische" for Піщане, Гатище). They can
 * spell another village's name (Андріївка's "Andrivka" is Андрівка), so the gazetteer holds them as weaker readings. */
export function reducedSpellings(name: string, lang: Lang): string[] {
  if (!/[їщ]/iu.test(name)) return [];
  const out = new Set<string>();
  for (const s of latinSpellings(name, lang, true).slice(0, 4)) {
    const single = s.replace(/ii(?=[^aeiouy])/g, 'i');
    for (const v of [single, s.replace(/shch/g, 'sch'), single.replace(/shch/g, 'sch')]) if (v !== s) out.add(v);
  }
  return [...out];
}

/** Soft-sign marks and the BGN/PCGN separator dot go; case folds. ë stays for the yo habit, normalisation strips it. */
function clean(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’'ʹʺ·"]/g, '')
    .replace(/ё/g, 'ë')
    .trim();
}

/** English word-for-word renderings of the common toponymic adjectives ("Great Pysarivka" for Velyka Pysarivka). */
const ADJECTIVES: readonly [RegExp, string[]][] = [
  [/^(велик|больш)/, ['great', 'big', 'greater']],
  [/^мал/, ['little', 'small', 'lesser']],
  [/^нов/, ['new']],
  [/^стар/, ['old']],
  [/^верхн/, ['upper']],
  [/^(нижн|нижн)/, ['lower']],
  [/^(красн|червон)/, ['red']],
  [/^(біл|бел)/, ['white']],
  [/^(чорн|черн)/, ['black']],
  [/^зелен/, ['green']],
  [/^сух/, ['dry']],
];

/** "Велика Писарівка" → "great pysarivka", "big pysarivka", …: the first word translated, the rest transliterated. */
export function englishRenderings(name: string, lang: Lang): string[] {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return [];
  const hit = ADJECTIVES.find(([re]) => re.test(words[0]!));
  if (!hit) return [];
  const rest = latinSpellings(words.slice(1).join(' '), lang).slice(0, 4);
  return hit[1].flatMap((en) => rest.map((r) => `${en} ${r}`));
}
