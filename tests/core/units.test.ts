import { describe, expect, it } from 'vitest';
import { timePhrases } from '../../src/core/claims/dates.ts';
import { parseNumber } from '../../src/core/claims/numbers.ts';
import { qualifierOf } from '../../src/core/claims/qualifiers.ts';
import { attributionIn } from '../../src/core/claims/attribution.ts';
import { normalizeName } from '../../src/core/text/normalize.ts';
import { sentenceSpans } from '../../src/core/text/sentences.ts';

describe('numbers', () => {
  it.each([
    ['1,400', 1400],
    ['1 000', 1000],
    ['1000', 1000],
    ['12,000', 12000],
    ['a thousand', 1000],
    ['two hundred', 200],
    ['1.4 thousand', 1400],
    ['3mn', 3_000_000],
    ['1,263', 1263],
    ['600', 600],
  ])('%s → %d', (raw, value) => expect(parseNumber(raw)).toBe(value));
});

describe('qualifiers', () => {
  it.each([
    ['about', 'about'],
    ['more than', 'more than'],
    ['at least', 'at least'],
    ['up to', 'up to'],
    ['понад', 'more than'],
    ['около', 'about'],
    [undefined, 'exact'],
  ] as const)('%s → %s', (raw, q) => expect(qualifierOf(raw)).toBe(q));
});

describe('time phrases relative to publication', () => {
  const one = (text: string, published: string): [string, string] => {
    const [p] = timePhrases(text, published);
    return [p!.period.start, p!.period.end];
  };
  it.each([
    ['in October', '2024-10-24', ['2024-10-01', '2024-10-24']],
    ['late August', '2024-10-24', ['2024-08-21', '2024-08-31']],
    ['mid-December', '2024-12-30', ['2024-12-11', '2024-12-20']],
    ['last week', '2024-11-11', ['2024-11-04', '2024-11-10']],
    ['on Monday', '2024-12-16', ['2024-12-16', '2024-12-16']],
    ['on Thursday', '2024-11-11', ['2024-11-07', '2024-11-07']],
    ['December 14 and 15', '2024-12-16', ['2024-12-14', '2024-12-15']],
    ['since August', '2024-10-24', ['2024-08-01', '2024-10-24']],
    ['since August 6', '2024-10-24', ['2024-08-06', '2024-10-24']],
    ['за сутки', '2025-03-12', ['2025-03-11', '2025-03-12']],
    ['за минулий тиждень', '2024-10-15', ['2024-10-08', '2024-10-15']],
    ['за последние две недели', '2024-10-15', ['2024-10-01', '2024-10-15']],
    ['с начала года', '2025-03-12', ['2025-01-01', '2025-03-12']],
    ['с 6 августа', '2024-10-15', ['2024-08-06', '2024-10-15']],
    ['з 10 серпня', '2024-10-15', ['2024-08-10', '2024-10-15']],
    ['у серпні', '2024-10-15', ['2024-08-01', '2024-08-31']],
    ['в начале августа', '2024-10-15', ['2024-08-01', '2024-08-10']],
    ['наприкінці жовтня', '2024-12-15', ['2024-10-21', '2024-10-31']],
    ['on 13 October', '2024-10-26', ['2024-10-13', '2024-10-13']],
    ['in December', '2025-02-08', ['2024-12-01', '2024-12-31']],
    ['20 серпня', '2024-08-25', ['2024-08-20', '2024-08-20']],
    // a year written is that year, not a count of 2025 years back
    ['over the past day', '2024-11-20', ['2024-11-19', '2024-11-20']],
    ['late last month', '2022-10-08', ['2022-09-21', '2022-09-30']],
    ['early this month', '2022-10-08', ['2022-10-01', '2022-10-08']],
    ['за 2025 рік', '2025-10-08', ['2025-01-01', '2025-10-08']],
    ['в 2024 году', '2025-03-01', ['2024-01-01', '2024-12-31']],
    ['від початку 2025 року', '2025-10-08', ['2025-01-01', '2025-10-08']],
    ['since the start of 2025', '2025-10-08', ['2025-01-01', '2025-10-08']],
    ['за прошлую неделю', '2025-08-20', ['2025-08-11', '2025-08-17']],
    // a day with an abbreviated month, and "since" with the event that began on it
    ['Since the invasion began on Feb. 24, 2022', '2024-11-20', ['2022-02-24', '2024-11-20']],
  ] as const)('%s (published %s)', (text, published, expected) => expect(one(text, published)).toEqual(expected));
});

describe('a month then "last year" (the rewrite to the year before publication)', () => {
  const all = (text: string): [string, string, string][] =>
    timePhrases(text, '2024-06-10').map((p) => [p.text, p.period.start, p.period.end]);
  it.each([
    // a capital "Last" opens the next sentence: not joined to the month that ends the one before
    [
      'The battle ended in March. Last year, troops left.',
      [
        ['in March', '2024-03-01', '2024-03-31'],
        ['Last year', '2023-01-01', '2023-12-31'],
      ],
    ],
    // the nominative month after "по" takes the year too, as when the year is written out
    ['Бої тривали з лютого по травень минулого року.', [['з лютого по травень минулого року', '2023-02-01', '2023-05-31']]],
    ['Бои шли с февраля по май прошлого года.', [['с февраля по май прошлого года', '2023-02-01', '2023-05-31']]],
    // "торік" after a month is that month last year
    ['Бої тривали у лютому торік.', [['у лютому торік', '2023-02-01', '2023-02-28']]],
    ['з 24 лютого торік армія наступала.', [['з 24 лютого торік', '2023-02-24', '2024-06-10']]],
  ] as const)('%s', (text, expected) => expect(all(text)).toEqual(expected));
  // "предыдущего года" is the year before the one the text last named (2019 here), never publication's year before
  it('does not read "предыдущего года" as the year before publication', () => {
    const found = timePhrases('В 2020 году было тихо, а в марте предыдущего года шли бои.', '2024-06-10');
    expect(found.some((p) => p.period.start.startsWith('2023'))).toBe(false);
  });
});

describe('attribution', () => {
  it.each([
    [
      'Kyiv continues to hold onto portions of Kursk, with a Ukrainian military source confirming the control of 800 square kilometers.',
      'a Ukrainian military source',
    ],
    ['According to Ukraine’s general staff, troops hold 1,000 sq km.', 'Ukraine’s general staff'],
    ['Ukraine announced on Monday that its forces had killed 30 soldiers.', 'Ukraine'],
    ['The army holds 600 sq km in October.', null],
  ])('%s', (sentence, who) => expect(attributionIn(sentence)).toBe(who));
});

describe('text', () => {
  it('normalizes spellings to one form', () => {
    expect(normalizeName('Plyokhovo')).toBe(normalizeName('plyokhovo'));
    expect(normalizeName('Плёхово')).toBe(normalizeName('Плехово'));
    expect(normalizeName('Ryl’sk')).toBe(normalizeName("Ryl'sk"));
    expect(normalizeName('Korenëvo')).toBe(normalizeName('Korenevo'));
  });
  it('does not end sentences at abbreviations', () => {
    const text = 'The U.S. State Department said so. Then Kyiv replied.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. State Department said so.',
      'Then Kyiv replied.',
    ]);
  });
  it('does not end a sentence at an abbreviated month before a day', () => {
    const text = 'Since Feb. 24, 2022, Russia has taken 68,500 km². In Sept. the pace fell.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Since Feb. 24, 2022, Russia has taken 68,500 km².',
      'In Sept. the pace fell.',
    ]);
  });
});
