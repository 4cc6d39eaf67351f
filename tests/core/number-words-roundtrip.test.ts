// A number written out in words and read back is the number: English, and Ukrainian and Russian in every case
// (nominative, genitive, dative, instrumental, locative), thousands + hundreds + tens + units declined together as the
// languages decline them ("трьох тисяч двохсот п'ятдесяти", "двумястами пятьюдесятью тысячами").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, parseNumber } from '../../src/core/claims/numbers.ts';

type Case = 0 | 1 | 2 | 3 | 4; // nominative, genitive, dative, instrumental, locative

/** One language's forms: units (masculine and, for thousands, feminine), teens, tens, hundreds and "thousand", each by
 * case; a pair offers the alternatives the language allows ("п'яти"/"п'ятьох"). */
interface Forms {
  units: string[][][]; // [value 1–9][case] → alternatives
  feminine: Partial<Record<number, string[][]>>; // 1 and 2 before "thousand"
  teens: string[][][]; // [10–19][case]
  tens: string[][][]; // [20, 30 … 90][case]
  hundreds: string[][][]; // [100 … 900][case]
  thousand: (c: Case, lastGroup: number) => string;
}

const soft = (stem: string, endings: string[][]): string[][] => endings.map((alts) => alts.map((e) => stem + e));

const UK_SOFT: string[][] = [['ь'], ['и', 'ьох'], ['и', 'ьом'], ['ьма', 'ьома'], ['и']];
const UK: Forms = {
  units: [
    [['один'], ['одного'], ['одному'], ['одним'], ['одному', 'однім']],
    [['два'], ['двох'], ['двом'], ['двома'], ['двох']],
    [['три'], ['трьох'], ['трьом'], ['трьома'], ['трьох']],
    [['чотири'], ['чотирьох'], ['чотирьом'], ['чотирма', 'чотирьома'], ['чотирьох']],
    soft("п'ят", UK_SOFT),
    [['шість'], ['шести', 'шістьох'], ['шести', 'шістьом'], ['шістьма', 'шістьома'], ['шести']],
    // "сьома" (instrumental of сім) is also the ordinal "seventh": the reader leaves it out, so the writer does too.
    [['сім'], ['семи', 'сімох'], ['семи', 'сімом'], ['сімома'], ['семи']],
    [['вісім'], ['восьми', 'вісьмох'], ['восьми', 'вісьмом'], ['вісьмома'], ['восьми']],
    soft("дев'ят", UK_SOFT),
  ],
  feminine: {
    1: [['одна'], ['однієї', 'одної'], ['одній'], ['однією', 'одною'], ['одній']],
    2: [['дві'], ['двох'], ['двом'], ['двома'], ['двох']],
  },
  teens: [
    soft('десят', UK_SOFT),
    soft('одинадцят', UK_SOFT),
    soft('дванадцят', UK_SOFT),
    soft('тринадцят', UK_SOFT),
    soft('чотирнадцят', UK_SOFT),
    soft("п'ятнадцят", UK_SOFT),
    soft('шістнадцят', UK_SOFT),
    soft('сімнадцят', UK_SOFT),
    soft('вісімнадцят', UK_SOFT),
    soft("дев'ятнадцят", UK_SOFT),
  ],
  tens: [
    soft('двадцят', UK_SOFT),
    soft('тридцят', UK_SOFT),
    [['сорок'], ['сорока'], ['сорока'], ['сорока'], ['сорока']],
    [["п'ятдесят"], ["п'ятдесяти", "п'ятдесятьох"], ["п'ятдесяти", "п'ятдесятьом"], ["п'ятдесятьма", "п'ятдесятьома"], ["п'ятдесяти"]],
    [['шістдесят'], ['шістдесяти', 'шістдесятьох'], ['шістдесяти'], ['шістдесятьма'], ['шістдесяти']],
    [['сімдесят'], ['сімдесяти', 'сімдесятьох'], ['сімдесяти'], ['сімдесятьма'], ['сімдесяти']],
    [['вісімдесят'], ['вісімдесяти', 'вісімдесятьох'], ['вісімдесяти'], ['вісімдесятьма'], ['вісімдесяти']],
    [["дев'яносто"], ["дев'яноста"], ["дев'яноста"], ["дев'яноста"], ["дев'яноста"]],
  ],
  hundreds: [
    [['сто'], ['ста'], ['ста'], ['ста', 'стома'], ['ста']],
    [['двісті'], ['двохсот'], ['двомстам'], ['двомастами'], ['двохстах']],
    [['триста'], ['трьохсот'], ['трьомстам'], ['трьомастами'], ['трьохстах']],
    [['чотириста'], ['чотирьохсот'], ['чотирьомстам'], ['чотирмастами', 'чотирьомастами'], ['чотирьохстах']],
    [["п'ятсот"], ["п'ятисот"], ["п'ятистам"], ["п'ятьмастами", "п'ятьомастами"], ["п'ятистах"]],
    [['шістсот'], ['шестисот'], ['шестистам'], ['шістьмастами'], ['шестистах']],
    [['сімсот'], ['семисот'], ['семистам'], ['сьомастами', 'сімомастами'], ['семистах']],
    [['вісімсот'], ['восьмисот'], ['восьмистам'], ['вісьмастами', 'вісьмомастами'], ['восьмистах']],
    [["дев'ятсот"], ["дев'ятисот"], ["дев'ятистам"], ["дев'ятьмастами"], ["дев'ятистах"]],
  ],
  thousand: (c, g) => {
    const last = g % 100 >= 11 && g % 100 <= 19 ? 5 : g % 10;
    if (c === 0) return last === 1 ? 'тисяча' : last >= 2 && last <= 4 ? 'тисячі' : 'тисяч';
    if (last === 1) return ['', 'тисячі', 'тисячі', 'тисячею', 'тисячі'][c]!;
    return ['', 'тисяч', 'тисячам', 'тисячами', 'тисячах'][c]!;
  },
};

const RU_SOFT: string[][] = [['ь'], ['и'], ['и'], ['ью'], ['и']];
const RU: Forms = {
  units: [
    [['один'], ['одного'], ['одному'], ['одним'], ['одном']],
    [['два'], ['двух'], ['двум'], ['двумя'], ['двух']],
    [['три'], ['трех', 'трёх'], ['трем', 'трём'], ['тремя'], ['трех']],
    [['четыре'], ['четырех', 'четырёх'], ['четырем', 'четырём'], ['четырьмя'], ['четырех']],
    soft('пят', RU_SOFT),
    soft('шест', RU_SOFT),
    soft('сем', RU_SOFT),
    [['восемь'], ['восьми'], ['восьми'], ['восемью', 'восьмью'], ['восьми']],
    soft('девят', RU_SOFT),
  ],
  feminine: {
    1: [['одна'], ['одной'], ['одной'], ['одной', 'одною'], ['одной']],
    2: [['две'], ['двух'], ['двум'], ['двумя'], ['двух']],
  },
  teens: [
    soft('десят', RU_SOFT),
    soft('одиннадцат', RU_SOFT),
    soft('двенадцат', RU_SOFT),
    soft('тринадцат', RU_SOFT),
    soft('четырнадцат', RU_SOFT),
    soft('пятнадцат', RU_SOFT),
    soft('шестнадцат', RU_SOFT),
    soft('семнадцат', RU_SOFT),
    soft('восемнадцат', RU_SOFT),
    soft('девятнадцат', RU_SOFT),
  ],
  tens: [
    soft('двадцат', RU_SOFT),
    soft('тридцат', RU_SOFT),
    [['сорок'], ['сорока'], ['сорока'], ['сорока'], ['сорока']],
    [['пятьдесят'], ['пятидесяти'], ['пятидесяти'], ['пятьюдесятью'], ['пятидесяти']],
    [['шестьдесят'], ['шестидесяти'], ['шестидесяти'], ['шестьюдесятью'], ['шестидесяти']],
    [['семьдесят'], ['семидесяти'], ['семидесяти'], ['семьюдесятью'], ['семидесяти']],
    [['восемьдесят'], ['восьмидесяти'], ['восьмидесяти'], ['восемьюдесятью'], ['восьмидесяти']],
    [['девяносто'], ['девяноста'], ['девяноста'], ['девяноста'], ['девяноста']],
  ],
  hundreds: [
    [['сто'], ['ста'], ['ста'], ['ста'], ['ста']],
    [['двести'], ['двухсот'], ['двумстам'], ['двумястами'], ['двухстах']],
    [['триста'], ['трехсот', 'трёхсот'], ['тремстам'], ['тремястами'], ['трехстах']],
    [['четыреста'], ['четырехсот'], ['четыремстам', 'четырёмстам'], ['четырьмястами'], ['четырехстах']],
    [['пятьсот'], ['пятисот'], ['пятистам'], ['пятьюстами'], ['пятистах']],
    [['шестьсот'], ['шестисот'], ['шестистам'], ['шестьюстами'], ['шестистах']],
    [['семьсот'], ['семисот'], ['семистам'], ['семьюстами'], ['семистах']],
    [['восемьсот'], ['восьмисот'], ['восьмистам'], ['восьмьюстами', 'восемьюстами'], ['восьмистах']],
    [['девятьсот'], ['девятисот'], ['девятистам'], ['девятьюстами'], ['девятистах']],
  ],
  thousand: (c, g) => {
    const last = g % 100 >= 11 && g % 100 <= 19 ? 5 : g % 10;
    if (c === 0) return last === 1 ? 'тысяча' : last >= 2 && last <= 4 ? 'тысячи' : 'тысяч';
    if (last === 1) return ['', 'тысячи', 'тысяче', 'тысячей', 'тысяче'][c]!;
    return ['', 'тысяч', 'тысячам', 'тысячами', 'тысячах'][c]!;
  },
};

/** A group of 1–999 in case `c`, every part declined; `pick` chooses among alternatives. */
function slavicGroup(f: Forms, g: number, c: Case, feminine: boolean, pick: (alts: string[]) => string): string[] {
  const words: string[] = [];
  const h = Math.floor(g / 100);
  const rest = g % 100;
  if (h) words.push(pick(f.hundreds[h - 1]![c]!));
  if (rest >= 10 && rest <= 19) words.push(pick(f.teens[rest - 10]![c]!));
  else {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    if (t >= 2) words.push(pick(f.tens[t - 2]![c]!));
    if (u) words.push(pick((feminine ? f.feminine[u] : undefined)?.[c] ?? f.units[u - 1]![c]!));
  }
  return words;
}

function slavic(f: Forms, n: number, c: Case, pick: (alts: string[]) => string): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  if (thousands) words.push(...slavicGroup(f, thousands, c, true, pick), f.thousand(c, thousands));
  if (rest) words.push(...slavicGroup(f, rest, c, false, pick));
  return words.join(' ');
}

const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishGroup(g: number, and: boolean): string[] {
  const words: string[] = [];
  const h = Math.floor(g / 100);
  const rest = g % 100;
  if (h) words.push(EN_UNITS[h]!, 'hundred');
  if (rest && h && and) words.push('and');
  if (rest >= 10 && rest <= 19) words.push(EN_TEENS[rest - 10]!);
  else if (rest) {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    words.push(t >= 2 ? (u ? `${EN_TENS[t]}-${EN_UNITS[u]}` : EN_TENS[t]!) : EN_UNITS[u]!);
  }
  return words;
}

function english(n: number, and: boolean): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return [...(thousands ? [...englishGroup(thousands, and), 'thousand'] : []), ...englishGroup(rest, and)].join(' ');
}

const WHOLE = new RegExp(`^(?:${NUMBER_PATTERN})$`, 'iu');
const readBack = (words: string): number | null => (WHOLE.test(words) ? parseNumber(words) : null);

const kase = fc.constantFrom<Case>(0, 1, 2, 3, 4);
const seed = fc.nat();
const picker =
  (s: number) =>
  (alts: string[]): string =>
    alts[s % alts.length]!;

describe('number words read back', () => {
  for (const [language, table] of [
    ['Ukrainian', UK],
    ['Russian', RU],
  ] as const) {
    it(`${language}, every case`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 999_999 }), kase, seed, (n, c, s) => {
          const words = slavic(table, n, c, picker(s));
          expect([words, readBack(words)]).toEqual([words, n]);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('English from a hundred up (below it a word alone is no figure)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 999_999 }), fc.boolean(), (n, and) => {
        const words = english(n, and);
        expect([words, readBack(words)]).toEqual([words, n]);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['три тисячі двісті', 3200],
    ['трьох тисяч двохсот', 3200],
    ['двомастами п’ятдесятьма тисячами', 250_000],
    ['двухсот пятидесяти', 250],
    ['тремястами тысячами', 300_000],
    ['пятистах', 500],
    ['четырьмястами', 400],
    ['пятьюдесятью', 50],
    ['two thousand three hundred', 2300],
    ['twenty-two thousand five hundred and fifty', 22_550],
  ])('%s → %s', (words, n) => expect(readBack(words)).toBe(n));
});
