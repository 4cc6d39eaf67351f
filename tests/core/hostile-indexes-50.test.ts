// Round 50: scans per figure or phrase replaced by indexes (bench/HISTORY.md). On random texts each gives what the scan
// it replaced gave: a pattern's first match in a clause (text-index.ts execBySpaces, claims/anaphora.ts), the last match
// up to a phrase (lastMatchBySpaces, claims/comparison-term.ts), a long sentence's clause breaks (claims/modality.ts) and
// the run of figures joined after a figure (claims/joined-figures.ts), the side named last before a count (claims/
// side-matches.ts).
import { describe, expect, it } from 'vitest';
import { execBySpaces, lastMatchBySpaces } from '../../src/core/claims/text-index.ts';
import { CLAUSE_BREAK, clauseEnd, clauseStart } from '../../src/core/claims/modality.ts';
import { JOINED, joinedAfter } from '../../src/core/claims/joined-figures.ts';
import { comparedTermsFrom, isComparisonTerm, MARKER } from '../../src/core/claims/comparison-term.ts';
import { KeptPhrases } from '../../src/core/claims/kept-phrases.ts';
import { DAY_ANAPHOR, SPAN_ANAPHOR } from '../../src/core/claims/anaphora.ts';
import type { ClaimContext } from '../../src/core/claims/context.ts';
import type { TimePhrase } from '../../src/core/claims/dates.ts';
import { sideOrEnemyBefore, sideOrEnemyByScan } from '../../src/core/claims/sides.ts';
import { AVERAGE_DAILY, isDailyRate, RATE_AFTER, RATE_WORD } from '../../src/core/claims/daily-rate.ts';
import { seededUnit } from './seeded.ts';

function draws(seed: number): (k: number) => number {
  const unit = seededUnit(seed);
  return (k) => Math.floor(unit() * k);
}

const PIECES = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  'in the month',
  'over that same week',
  'за этот период',
  'за зазначений час',
  'at that time',
  'на той час',
  'by then',
  'periodical',
  'word',
  'слово',
  'than',
  'up from',
  'rise sharply up from',
  'ніж',
  'чем',
  'drop of 5 from',
  '😀',
  '(',
  ')',
  ',',
  ';',
  ' — ',
  ', and',
  ', которые',
  ', але',
  'x',
  '12 km²',
  'а также',
  'and',
];

function randomText(next: (k: number) => number, n: number): string {
  let text = '';
  for (let i = 0; i < n; i++) text += PIECES[next(PIECES.length)]!;
  return text;
}

/** The most blank characters a match of `re` (with what its lookaheads read) can hold: each atom that can match a blank
 * counts once per repeat, Infinity for an unbounded repeat. Lookbehinds read back and are not counted. */
function maxBlanks(re: RegExp): number {
  const src = re.source;
  let i = 0;
  const blank = (atom: string): boolean => [' ', '\n', '\t', '\u00a0'].some((c) => new RegExp(`^(?:${atom})$`, 'u').test(c));
  const alternation = (): number => {
    let most = sequence();
    while (src[i] === '|') {
      i++;
      most = Math.max(most, sequence());
    }
    return most;
  };
  const sequence = (): number => {
    let sum = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const n = atom();
      const [, max] = quantifier();
      sum += n === 0 ? 0 : n * max;
    }
    return sum;
  };
  const atom = (): number => {
    const from = i;
    const c = src[i]!;
    if (c === '(') {
      i++;
      let counted = true;
      if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) ((counted = false), (i += 3));
      else if (src.startsWith('?:', i) || src.startsWith('?=', i) || src.startsWith('?!', i)) i += 2;
      else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const n = alternation();
      expect(src[i], `a group closed in ${src}`).toBe(')');
      i++;
      return counted ? n : 0;
    }
    if (c === '[') {
      i++;
      while (src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '\\') {
      if (/[bB]/u.test(src[i + 1]!)) return ((i += 2), 0);
      i += /[pP]/u.test(src[i + 1]!) ? src.indexOf('}', i) + 1 - i : 2;
    } else if (c === '^' || c === '$') return (i++, 0);
    else i++;
    return blank(src.slice(from, i)) ? 1 : 0;
  };
  const quantifier = (): [number, number] => {
    const c = src[i];
    let q: [number, number] = [1, 1];
    if (c === '?') ((q = [0, 1]), i++);
    else if (c === '*') ((q = [0, Infinity]), i++);
    else if (c === '+') ((q = [1, Infinity]), i++);
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(src.slice(i))!;
      q = [+m[1]!, m[2] === undefined ? +m[1]! : m[3] === '' ? Infinity : +m[3]!];
      i += m[0].length;
    }
    if (src[i] === '?' && c !== undefined && '?*+{'.includes(c)) i++;
    return q;
  };
  const n = alternation();
  expect(i, `the whole of ${src} read`).toBe(src.length);
  return n;
}

describe('the bounds the indexes rely on', () => {
  it("hold for the rules' real patterns", () => {
    expect(maxBlanks(/a\sb/u)).toBe(1);
    expect(maxBlanks(/(?:a\s){0,2}?b[^,]*/u)).toBe(Infinity);
    expect(maxBlanks(/(?<!\s)a\s?(?!\s)|[\s,]{3}/u)).toBe(3);
    // anaphora.ts: execBySpaces(…, 4) and (…, 3); comparison-term.ts: lastMatchBySpaces(…, 4)
    expect(maxBlanks(SPAN_ANAPHOR)).toBeLessThanOrEqual(3);
    expect(maxBlanks(DAY_ANAPHOR)).toBeLessThanOrEqual(2);
    expect(maxBlanks(MARKER)).toBeLessThanOrEqual(3);
    // daily-rate.ts: from the third blank back; the average's one unbounded run stops at a comma or semicolon
    expect(maxBlanks(RATE_WORD)).toBeLessThanOrEqual(2);
    const [head, tail, ...more] = AVERAGE_DAILY.source.split('[^,;]*');
    expect(more).toEqual([]);
    expect(maxBlanks(new RegExp(`${head}${tail}`, 'iu'))).toBeLessThanOrEqual(2);
  });
});

describe('execBySpaces and lastMatchBySpaces', () => {
  it('answer as the slice read whole', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const next = draws(seed);
      const text = randomText(next, 200);
      const owner = {};
      for (let n = 0; n < 40; n++) {
        const a = next(text.length);
        const b = a + next(text.length - a + 1);
        for (const [re, spaces] of [
          [SPAN_ANAPHOR, 4],
          [DAY_ANAPHOR, 3],
        ] as const) {
          const m = re.exec(text.slice(a, b));
          const got = execBySpaces(owner, text, re, spaces, a, b);
          expect(got && { at: got.at, found: [...got.match] }, `seed ${seed}, [${a}, ${b})`).toEqual(
            m && { at: a + m.index, found: [...m] },
          );
        }
        let last = -1;
        for (const m of text.slice(a, b).matchAll(MARKER)) last = a + m.index;
        expect(lastMatchBySpaces(owner, text, MARKER, 4, a, b), `seed ${seed}, [${a}, ${b})`).toBe(last);
      }
    }
  });
});

describe('clauseStart and clauseEnd on a long sentence', () => {
  it('answer as the scan from its start and from the index', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = draws(seed);
      const text = randomText(next, 700);
      expect(text.length).toBeGreaterThanOrEqual(2048);
      for (let n = 0; n < 200; n++) {
        const at = next(text.length + 4) - 2;
        let start = 0;
        CLAUSE_BREAK.lastIndex = 0;
        for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
        expect(clauseStart(text, at), `seed ${seed}, at ${at}`).toBe(start);
        CLAUSE_BREAK.lastIndex = at;
        const m = CLAUSE_BREAK.exec(text);
        expect(clauseEnd(text, at), `seed ${seed}, at ${at}`).toBe(m ? m.index : text.length);
      }
    }
  });
});

describe('joinedAfter', () => {
  it('answers as the walk of the figures after each figure', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = draws(seed);
      const text = randomText(next, 80);
      const figs = Array.from({ length: 1 + next(25) }, () => {
        const start = next(text.length);
        return { start, end: start + next(8) };
      });
      for (const fig of figs) {
        const after = figs.filter((f) => f.start >= fig.end).sort((a, b) => a.start - b.start);
        let last: { start: number; end: number } | null = null;
        let from = fig;
        for (const f of after) {
          if (!JOINED.test(text.slice(from.end, f.start))) break;
          last = f;
          from = f;
        }
        const want = last && { last, beyond: after.find((f) => f.start > last.end) };
        expect(joinedAfter(text, fig, figs), `seed ${seed}`).toEqual(want);
      }
    }
  });
});

/** comparison-term.ts's reading as it was: the last MARKER from the last clause break no closed bracket hides. */
function termOpeningByScan(text: string, sentenceStart: number, pStart: number): number {
  let c = -1;
  for (let k = pStart - 1; k >= sentenceStart; k--)
    if (/[,;:—–]/u.test(text[k]!)) {
      c = k;
      break;
    }
  let from = sentenceStart;
  while (c >= sentenceStart) {
    let open = c - 1;
    while (open >= 0 && !'()'.includes(text[open]!)) open--;
    let close = c + 1;
    while (close < text.length && !'()'.includes(text[close]!)) close++;
    if (!(open >= sentenceStart && text[open] === '(' && close < pStart && text[close] === ')')) {
      from = c + 1;
      break;
    }
    c = open - 1;
    while (c >= 0 && !/[,;:—–]/u.test(text[c]!)) c--;
  }
  const before = text.slice(from, pStart);
  let at = -1;
  for (const m of before.matchAll(MARKER)) at = m.index;
  if (at >= 0 && /[,;:—–]/u.test(before.slice(at).replace(/\([^()]*\)/gu, ''))) at = -1;
  return at < 0 ? -1 : from - sentenceStart + at;
}

describe('isComparisonTerm', () => {
  it('answers as the reading from the clause break', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = draws(seed);
      const text = randomText(next, 120);
      const ctx = { article: { text } } as unknown as ClaimContext;
      for (let n = 0; n < 30; n++) {
        const sentenceStart = next(text.length);
        const pStart = sentenceStart + next(text.length - sentenceStart + 1);
        const at = termOpeningByScan(text, sentenceStart, pStart);
        const p = { start: pStart, end: pStart } as TimePhrase;
        for (const figEnd of [0, sentenceStart + at, sentenceStart + at + 1, pStart])
          expect(isComparisonTerm(ctx, sentenceStart, p, { start: 0, end: figEnd }), `seed ${seed}, ${sentenceStart}–${pStart}`).toBe(
            at >= 0 && figEnd <= sentenceStart + at,
          );
      }
    }
  });
});

// Round 50, second stint: the runs of compared terms a figure's readers skip (claims/comparison-term.ts
// comparedTermsFrom), against the phrase-by-phrase test, and KeptPhrases.findIndex with the skip against the walk.
describe('comparedTermsFrom', () => {
  it('gives the first phrase from i that is no compared term for the figure', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = draws(seed);
      const text = randomText(next, 120);
      const ctx = { article: { text } } as unknown as ClaimContext;
      const sentenceStart = next(text.length >> 2);
      const starts = Array.from({ length: 1 + next(20) }, () => sentenceStart + next(text.length - sentenceStart + 1)).sort(
        (a, b) => a - b,
      );
      const all = starts.map((start) => ({ start, end: Math.min(text.length, start + next(12)) }) as TimePhrase);
      const from = comparedTermsFrom(ctx, sentenceStart, all);
      for (let n = 0; n < 20; n++) {
        const figEnd = next(text.length + 1);
        const compared = (p: TimePhrase): boolean => isComparisonTerm(ctx, sentenceStart, p, { start: 0, end: figEnd });
        const lo = next(all.length + 1);
        for (let i = lo; i <= all.length; i++) {
          let j = i;
          while (j < all.length && compared(all[j]!)) j++;
          expect(from(i, figEnd), `seed ${seed}, i ${i}, figure end ${figEnd}`).toBe(j);
        }
        const keep = (p: TimePhrase): boolean => !compared(p) && next(3) > 0;
        const kept = all.map(keep);
        const plain = new KeptPhrases(all, (_, i) => kept[i]!);
        const skipping = new KeptPhrases(
          all,
          (_, i) => kept[i]!,
          (i) => from(i, figEnd),
        );
        const pred = (p: TimePhrase): boolean => p.start % 3 !== 0;
        expect(skipping.findIndex(pred, lo), `seed ${seed}`).toBe(plain.findIndex(pred, lo));
        expect(
          skipping.findIndex(() => true, lo, lo + 5),
          `seed ${seed}`,
        ).toBe(plain.findIndex(() => true, lo, lo + 5));
      }
    }
  });
});

const SIDE_PIECES = [
  ' ',
  ' ',
  '   ',
  ', ',
  '12 ',
  'words ',
  'Ukrainian forces ',
  'російські війська ',
  'в Україні ',
  'from Russia ',
  'на території України ',
  'української території ',
  'войска Южной группировки ',
  'группировка войск «Восток» ',
  'группировки «Центр  ивка» ',
  'группировка   ',
  'battle group   ',
  'battlegroups Vostok ',
  'оперативно-тактической группировки войск ',
  'наші захисники ',
  'the enemy ',
  'ворог ',
  'противника ',
  'ВСУ ',
  'ЗСУ ',
  'рф ',
  'air defense forces ',
  'Defence Forces ',
  'Сили оборони ',
  'окупанти ',
  'от ВСУ ',
  'с российскими ',
  '«',
  '»',
  '😀',
  'Kyiv’s forces ',
  'North Korean troops ',
];

describe('sideOrEnemyBefore on a long clause', () => {
  it('answers as the scan of the clause up to the point', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const next = draws(seed);
      let clause = '';
      const ends: number[] = [];
      while (clause.length < 2600) ends.push((clause += SIDE_PIECES[next(SIDE_PIECES.length)]!).length);
      const perspective = (['UA', 'RU', null] as const)[seed % 3]!;
      for (let n = 0; n < 200; n++) {
        // (half of the points just after a piece: inside what notSubject reads past a name)
        const at = n % 2 ? next(clause.length + 4) - 2 : ends[next(ends.length)]! + next(30) - 14;
        expect(sideOrEnemyBefore(clause, at, perspective), `seed ${seed}, at ${at}`).toBe(sideOrEnemyByScan(clause, at, perspective));
      }
    }
  });
});

const RATE_PIECES = [
  ' ',
  ' ',
  '  ',
  ', ',
  '; ',
  '. ',
  '12 ',
  'words ',
  'в среднем ',
  'в среднем за ',
  'ежедневно',
  'ежедневных ',
  'щоденно ',
  'daily ',
  'average',
  's ',
  'every day',
  'кожного дня ',
  'в сутки ',
  'на добу ',
  'a day ',
  'in a day ',
  'військових ',
  ', а ',
  ': ',
  '😀',
  'щодобових ',
  'на день',
  ' — ',
  'within a day ',
  'a day later',
  'у середньому ',
];

describe('isDailyRate on a long sentence', () => {
  it('answers as the clause read up to each count', () => {
    const RATE_BEFORE = new RegExp(`${RATE_WORD.source}|${AVERAGE_DAILY.source}`, 'iu');
    // (an average opening a clause, a comma before its stem: read at the slice's start, not by the index)
    const filler = 'слово '.repeat(400);
    for (const text of [
      `в среднем, ежедневных 12 ${filler}`,
      `${filler}; в среднем 5, ежедневных 12 ${filler}`,
      `${filler}: в среднем ежедневных 12 ${filler}`,
    ])
      for (let start = 0; start < 2500; start += 1 + (start % 7)) {
        const before = text.slice(clauseStart(text, start), start);
        const after = text.slice(start, clauseEnd(text, start)).split(/[.,;:!?]/u)[0]!;
        expect(isDailyRate(text, start, start), `${start}`).toBe(RATE_BEFORE.test(before) || RATE_AFTER.test(after));
      }
    // (from seed 21 no comma or semicolon: the averages and the words after a count read to the clause's end)
    const commaless = RATE_PIECES.filter((p) => !/[,;]/u.test(p));
    for (let seed = 1; seed <= 40; seed++) {
      const next = draws(seed);
      const pieces = seed > 20 ? commaless : RATE_PIECES;
      let text = '';
      while (text.length < 2300) text += pieces[next(pieces.length)]!;
      for (let n = 0; n < 150; n++) {
        const start = next(text.length);
        const end = Math.min(text.length, start + next(6));
        const before = text.slice(clauseStart(text, start), start);
        const after = text.slice(end, clauseEnd(text, end)).split(/[.,;:!?]/u)[0]!;
        expect(isDailyRate(text, start, end), `seed ${seed}, ${start}–${end}`).toBe(RATE_BEFORE.test(before) || RATE_AFTER.test(after));
      }
    }
  });
});
