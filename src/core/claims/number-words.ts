// Cardinal number words in English, Ukrainian and Russian, every case form: each entry is a stem with its endings.
// Ukrainian and Russian decline numerals ("дві тисячі", "двох тисяч", "двумя тысячами"), so a form is matched by its
// stem and any of the endings the declension gives; the value does not depend on the case.

export interface NumberWord {
  value: number;
  /** unit/teen/ten/hundred add to the group; a multiplier ("hundred") multiplies it; a scale closes it. */
  kind: 'add' | 'multiplier' | 'scale';
}

const APOS = `['’ʼ]?`;
// Letters are spelled out ([a-zа-яёіїєґ]) rather than \p{L}: V8 compiles \p{L} under the `iu` flags into large
// tables, and these patterns are spliced into several bigger ones (sixty \p{L} made each compile take a second).
/** Endings of the 5–20, 30 declension: п'ять, п'яти, п'ятьох, п'ятьом, п'ятьма, п'ятьома, пятью. */
const SOFT = '(?:ь|и|ью|ьох|ьом|ьома|ьма|ома|ох|ом)?';

/** Stems of 5–9 as they appear inside teens, tens and hundreds (п'ят-надцять, пять-десят, пяти-сот, восьми-сот). */
const UNIT_STEMS: [string, number][] = [
  [`п${APOS}ят`, 5],
  ['ш[еі]ст', 6],
  ['(?:сім|сем|сьом)', 7],
  ['(?:вісім|восем|восьм|вісьм)', 8],
  [`дев${APOS}ят`, 9],
];

/** The hundred in a compound hundred, every case: -сот (nominative 500–900, genitive), -стам, -стами/-ста, -стах. */
const HUNDREDS = '(?:сот|стам|стами|ста|стах)';

const ENTRIES: [string, number, NumberWord['kind']][] = [
  // English (composed with hundred/thousand/million only; see NUMBER_WORD_PATTERN)
  ['a', 1, 'add'],
  ['one', 1, 'add'],
  ['two', 2, 'add'],
  ['three', 3, 'add'],
  ['four', 4, 'add'],
  ['five', 5, 'add'],
  ['six', 6, 'add'],
  ['seven', 7, 'add'],
  ['eight', 8, 'add'],
  ['nine', 9, 'add'],
  ['ten', 10, 'add'],
  ['eleven', 11, 'add'],
  ['twelve', 12, 'add'],
  ['thirteen', 13, 'add'],
  ['fourteen', 14, 'add'],
  ['fifteen', 15, 'add'],
  ['sixteen', 16, 'add'],
  ['seventeen', 17, 'add'],
  ['eighteen', 18, 'add'],
  ['nineteen', 19, 'add'],
  ['twenty', 20, 'add'],
  ['thirty', 30, 'add'],
  ['forty', 40, 'add'],
  ['fifty', 50, 'add'],
  ['sixty', 60, 'add'],
  ['seventy', 70, 'add'],
  ['eighty', 80, 'add'],
  ['ninety', 90, 'add'],
  ['hundred', 100, 'multiplier'],
  ['thousand', 1_000, 'scale'],
  ['million', 1_000_000, 'scale'],
  // Ukrainian and Russian
  ['півтор[аи]|полтор[аы]|полутора', 1.5, 'add'],
  ['од(?:ин|на|не|но|ного|ной|ному|ним|нім|ній|нієї|ної|нією|ну|ною|ном)', 1, 'add'],
  ['дв(?:а|е|і|ух|ум|умя|ох|ом|ома)', 2, 'add'],
  ['тр(?:и|[её]х|[её]м|[её]мя|ьох|ьом|ьома)', 3, 'add'],
  ['(?:четыр|чотир)(?:е|и|[её]х|[её]м|ьмя|ьох|ьом|ьома|ма)', 4, 'add'],
  ...UNIT_STEMS.map(([stem, v]): [string, number, NumberWord['kind']] => [`${stem}${SOFT}`, v, 'add']),
  [`дес${APOS}ят${SOFT}`, 10, 'add'],
  [`одинн?адц[ая]т${SOFT}`, 11, 'add'],
  [`дв[аеі]надц[ая]т${SOFT}`, 12, 'add'],
  [`тринадц[ая]т${SOFT}`, 13, 'add'],
  [`(?:чотир|четыр)надц[ая]т${SOFT}`, 14, 'add'],
  ...UNIT_STEMS.map(([stem, v]): [string, number, NumberWord['kind']] => [`${stem}(?:ь|и)?надц[ая]т${SOFT}`, 10 + v, 'add']),
  [`двадц[ая]т${SOFT}`, 20, 'add'],
  [`тридц[ая]т${SOFT}`, 30, 'add'],
  ['сорок(?:а|у|ом)?', 40, 'add'],
  ...UNIT_STEMS.map(([stem, v]): [string, number, NumberWord['kind']] => [
    `${stem}(?:ь|и|ью)?дес[ая]т(?:и|ьох|ьом|ьома|ьма|ма|ью)?`,
    v * 10,
    'add',
  ]),
  [`дев${APOS}яност[оаи]`, 90, 'add'],
  // Hundreds in every case: the second part declines as "сто" does in the plural (-сот, -стам, -стами/-ста, -стах) and
  // the first as its unit ("двомстам", "тремястами", "п'ятьмастами", "четырьмястами", "пятистах").
  ['ст(?:о|а|ам|ома)', 100, 'add'],
  [`(?:двісті|двести|дв(?:ох|ух|ом|ум|ома|умя)${HUNDREDS})`, 200, 'add'],
  [`(?:триста|тр(?:ьох|[её]х|ьом|[её]м|ьома|[её]мя)${HUNDREDS})`, 300, 'add'],
  [`(?:чотириста|четыреста|(?:чотир|четыр)(?:ьох|[её]х|ьом|[её]м|ьма|ма|ьома|ьмя)${HUNDREDS})`, 400, 'add'],
  ...UNIT_STEMS.map(([stem, v]): [string, number, NumberWord['kind']] => [`${stem}(?:ь|и|ью|ьма|а|ома|ьома)?${HUNDREDS}`, v * 100, 'add']),
  ['(?:тисяч[а-яіїє]*|тысяч[а-яё]*|тис\\.|тыс\\.)', 1_000, 'scale'],
  ['(?:мільйон[а-яіїє]*|миллион[а-яё]*|млн\\.?)', 1_000_000, 'scale'],
];

const COMPILED = ENTRIES.map(([source, value, kind]) => ({ re: new RegExp(`^(?:${source})$`, 'u'), value, kind }));

/** The value and role of one lower-case word, or null if it is no number word. */
export function numberWord(word: string): NumberWord | null {
  for (const e of COMPILED) if (e.re.test(word)) return { value: e.value, kind: e.kind };
  return null;
}

const isEnglish = (source: string): boolean => /^[a-z]+$/.test(source);
const en = ENTRIES.filter(([s]) => isEnglish(s) && !/^(?:hundred|thousand|million)$/.test(s)).map(([s]) => s);
const cyr = ENTRIES.filter(([s]) => !isEnglish(s)).map(([s]) => s);
const EN_WORD = `(?:${en.join('|')})`;
const CYR_WORD = `(?:${cyr.join('|')})`;

/** The English alternative alone, for patterns that need not run the Cyrillic one. */
export const EN_NUMBER_WORD_PATTERN = String.raw`(?<![a-zа-яёіїєґ\d])(?:${EN_WORD}[\s-]){1,3}(?:hundred|thousand|million)(?:(?:\s(?:and\s)?|-)(?:${EN_WORD}|hundred|thousand)(?![a-zа-яёіїєґ]))*(?![a-zа-яёіїєґ])`;
/** A run of number words. In English it must reach "hundred", "thousand" or "million" ("about a thousand", "two
 * thousand five hundred"), so "one of", "a" and "ten days" are not figures; in Ukrainian and Russian any run of
 * numerals is one ("тисяча триста", "двох тисяч", "півтори тисячі"). Source for a pattern with the `u` flag. */
export const NUMBER_WORD_PATTERN = [
  EN_NUMBER_WORD_PATTERN,
  String.raw`(?<![a-zа-яёіїєґ\d])${CYR_WORD}(?:[\s\u00a0](?:[ійи]\s)?${CYR_WORD})*(?![a-zа-яёіїєґ])`,
].join('|');
