// The small rules claims rest on: statements that did not happen, figure kinds, bounded quotes, merged sources,
// an uploaded article's date and title.
import { describe, expect, it } from 'vitest';
import { figureKind } from '../../src/core/claims/kinds.ts';
import { countedFiguresIn, countedSide } from '../../src/core/claims/counted.ts';
import { clauseEnd, clauseStart, notAsserted } from '../../src/core/claims/modality.ts';
import { boundedQuote, QUOTE_MAX } from '../../src/core/claims/quote.ts';
import { toKm2 } from '../../src/core/claims/units.ts';
import { articleMeta } from '../../src/core/text/dateline.ts';

const at = (sentence: string, figure: string): [number, number] => {
  const i = sentence.indexOf(figure);
  return [i, i + figure.length];
};

describe('statements that did not happen', () => {
  it.each([
    ['Russia failed to redeploy units from Donetsk to Kursk.', 'redeploy units from Donetsk'],
    ['The failure to redeploy units from Donetsk to Kursk suggests reserves are thin.', 'redeploy units from Donetsk'],
    ['North Korea could send 100,000 troops.', '100,000 troops'],
    ['Moscow plans to move 50,000 troops to Kursk.', '50,000 troops'],
    ['Pyongyang will send 10,000 more soldiers.', '10,000 more soldiers'],
    ['If Ukraine loses 1,000 square kilometres, talks start.', '1,000 square kilometres'],
    ['11,000 troops were not sent to Kursk.', '11,000 troops'],
    ['Росія не перекидала війська з Донецька до Курська.', 'війська з Донецька'],
    ['КНДР може направити 100 тисяч військових.', '100 тисяч військових'],
    ['Северная Корея может направить 100 тысяч военных.', '100 тысяч военных'],
    ['Россия планирует перебросить 20 тысяч военных.', '20 тысяч военных'],
  ])('%s', (sentence, figure) => expect(notAsserted(sentence, ...at(sentence, figure))).not.toBeNull());

  it.each([
    ['About 11,000 North Korean troops are in the Kursk region.', '11,000 North Korean troops'],
    ['Ukraine controls no fewer than 800 sq km.', '800 sq km'],
    ['ЗСУ контролюють не менше 800 кв. км.', '800 кв. км'],
    ['Russia could not stop them, and Ukraine took 1,000 square kilometres in May.', '1,000 square kilometres'],
    ['In May 11,000 troops arrived.', '11,000 troops'],
  ])('%s is asserted', (sentence, figure) => expect(notAsserted(sentence, ...at(sentence, figure))).toBeNull());
});

describe('figure kinds', () => {
  it.each([
    ['At its height, Ukraine controlled 1,376 sq km.', '1,376 sq km', 'area-held-peak'],
    ['Максимально ми контролювали 1376 кв. км.', '1376 кв. км', 'area-held-peak'],
    ['ВСУ на пике удерживали 1300 кв. км.', '1300 кв. км', 'area-held-peak'],
    ['Ukraine holds 800 sq km.', '800 sq km', 'area-held'],
    ['Ukraine has lost 40 % of the land it seized.', '40 %', 'share-lost'],
    ['Ukraine has lost 300 sq km.', '300 sq km', 'area-lost'],
    ['Russia has retaken 500 sq km.', '500 sq km', 'area-retaken'],
    ['Российские войска освободили 500 кв. км.', '500 кв. км', 'area-retaken'],
    ['Russia captured 200 sq km over the past month.', '200 sq km', 'area-gained'],
    ['Russia captured 200 sq km.', '200 sq km', 'area-held'],
    ['ЗСУ просунулися на 100 кв. км.', '100 кв. км', 'area-gained'],
    ['About 200 sq km remain a grey zone.', '200 sq km', 'area-contested'],
    ['Ukraine controls 60 % of the district.', '60 %', 'share-held'], // kept only with a named place after it (area.ts)
    ['Russia has regained control of 1,000 sq km.', '1,000 sq km', 'area-retaken'],
    ['At one stage Ukraine held some 1,300 sq km.', '1,300 sq km', 'area-held-peak'],
    ['В какой-то момент ВСУ контролировали около 1300 кв. км.', '1300 кв. км', 'area-held-peak'],
    ['У якийсь момент ЗСУ контролювали близько 1300 кв. км.', '1300 кв. км', 'area-held-peak'],
    ['Свого часу ЗСУ контролювали 1300 кв. км.', '1300 кв. км', 'area-held-peak'],
    ['Ukraine had controlled up to 1,300 sq km.', '1,300 sq km', 'area-held-peak'],
    ['Ukraine once had 1,300 sq km under control.', '1,300 sq km', 'area-held-peak'],
    ['Russia has recovered 500 sq km.', '500 sq km', 'area-retaken'],
    ['В начале операции ВСУ контролировали 1300 кв. км.', '1300 кв. км', 'area-held-peak'],
    ['В начале августа ВСУ контролировали 1000 кв. км.', '1000 кв. км', 'area-held'],
    ['Россия вернула под свой контроль 800 кв. км.', '800 кв. км', 'area-retaken'],
    ['Площадь, подконтрольная ВСУ, составляет 1 150 кв. км.', '1 150 кв. км', 'area-held'],
    // ground passing under control over a period is gained; gains as a noun
    ['За прошлую неделю под контроль России перешло 75,7 кв. км.', '75,7 кв. км', 'area-gained'],
    ['Територіальні здобутки становили 459 кв. км.', '459 кв. км', 'area-gained'],
    ['Росіянам вдалося захопити понад 470 кв. км.', '470 кв. км', 'area-held'], // a capture: gained once dated over a span (area.ts)
    // pushed out of ground: retaken by the one pushing, lost by the one pushed
    ['Russian troops have pushed Ukrainian forces out of about 500 sq km.', '500 sq km', 'area-retaken'],
    ['Российские войска выбили ВСУ с 300 кв. км.', '300 кв. км', 'area-retaken'],
    ['Ukraine has been pushed out of some 500 sq km.', '500 sq km', 'area-lost'],
    // the area of the fighting is contested ground, not held
    ['Площадь боевых действий составляла около 1050 кв. км.', '1050 кв. км', 'area-contested'],
    ['The area of fighting covered some 1,050 sq km.', '1,050 sq km', 'area-contested'],
  ])('%s → %s', (clause, figure, kind) => {
    const [s, e] = at(clause, figure);
    expect(figureKind(clause, s, e, figure.includes('%'))?.kind ?? null).toBe(kind);
  });
});

describe('units', () => {
  it('keeps a figure written in km² as written and converts square miles and hectares to 0.01 km²', () => {
    expect(toKm2(1.47, 'km2')).toBe(1.47);
    expect(toKm2(2700, 'mi2')).toBe(6992.97);
    expect(toKm2(1, 'mi2')).toBe(2.59);
    expect(toKm2(5000, 'ha')).toBe(50);
    expect(toKm2(137, 'ha')).toBe(1.37);
    expect(toKm2(40, 'percent')).toBeNull();
  });
});

describe('bounded quotes', () => {
  it('keeps short sentences whole and cuts long ones around the figure at word boundaries', () => {
    const short = 'Ukraine holds 800 sq km.';
    expect(boundedQuote(short, { start: 0, end: short.length }, 14, 23)).toBe(short);
    const long = `${'word '.repeat(200)}Ukraine holds 800 sq km ${'more '.repeat(200)}`.trim();
    const [s, e] = at(long, '800 sq km');
    const q = boundedQuote(long, { start: 0, end: long.length }, s, e);
    expect(q).toContain('800 sq km');
    expect(q.startsWith('…') && q.endsWith('…')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    expect(long).toContain(q.slice(1, -1));
  });
});

describe('an uploaded article’s date and title', () => {
  it.each([
    ['Ukraine holds 800 sq km\n\nKYIV, Dec 16, 2024 (Reuters) - Ukraine holds…', 'Ukraine holds 800 sq km', '2024-12-16'],
    ['Сирський про Курщину\n16 грудня 2024 року Сирський заявив…', 'Сирський про Курщину', '2024-12-16'],
    ['Заголовок\nМОСКВА, 5 декабря 2024 г. — Минобороны…', 'Заголовок', '2024-12-05'],
    ['# Headline\nPublished 2024-08-06. Text.', 'Headline', '2024-08-06'],
    ['Headline\nOn Monday troops advanced.', 'Headline', null],
    // Relative dates name no year: chrono dates them from its reference instant (1999), not from the text.
    ['Headline\nOver the last few days troops advanced.', 'Headline', null],
    ['Заголовок\nМинулого тижня ворог просунувся.', 'Заголовок', null],
    ['Заголовок\nВчера войска продвинулись, сообщили 5 декабря 2024 г.', 'Заголовок', '2024-12-05'],
    ['Headline\nLONDON, 30.11.24 - Troops advanced.', 'Headline', '2024-11-30'],
    ['one line only, no date', null, null],
  ])('%s', (text, title, published) => expect(articleMeta(text)).toMatchObject({ title, published }));
});

describe('counted figures', () => {
  const clauses =
    (s: string) =>
    (at: number): [number, number] => [clauseStart(s, at), clauseEnd(s, at)];
  it.each([
    ['Ukraine controls 93 settlements.', '93 settlements', 93, 'settlements'],
    ['Russia has lost control over 44 settlements.', '44 settlements', 44, 'settlements'],
    ['Russian forces recaptured three villages.', 'three villages', 3, 'settlements'],
    ['Ukraine took seven Kursk region villages.', 'seven Kursk region villages', 7, 'settlements'],
    ['ВС РФ освободили 28 населенных пунктов.', '28 населенных пунктов', 28, 'settlements'],
    ['Окупанти захопили три села.', 'три села', 3, 'settlements'],
    ['Один человек погиб, еще четверо ранены.', 'Один человек', 1, 'killed'],
    ['Один человек погиб, еще четверо ранены.', 'четверо', 4, 'wounded'],
    ['Потери ВСУ составили до 60 человек.', 'до 60 человек', 60, 'casualties'],
  ])('%s → %s', (sentence, figure, value, unit) => {
    const f = countedFiguresIn(sentence, clauses(sentence)).find((c) => sentence.slice(c.start, c.end) === figure);
    expect(f && [f.min, f.counts]).toEqual([value, unit]);
  });
  it.each([
    ['Dozens of villages were captured.'],
    ['Ukraine attacked the two villages.'],
    ['Strikes hit 12 villages.'],
    ['They captured 100 Russian soldiers.'],
  ])('%s holds no count', (sentence) => expect(countedFiguresIn(sentence, clauses(sentence))).toEqual([]));
});

describe("whose losses: the enemy by the article's perspective", () => {
  const clauses =
    (s: string) =>
    (at: number): [number, number] => [clauseStart(s, at), clauseEnd(s, at)];
  it.each([
    ['Ворог втратив 1200 солдатів.', 'UA', 'RU'],
    ['За добу окупанти втратили 1300 осіб.', 'UA', 'RU'],
    ['Противник потерял до 300 военнослужащих.', 'RU', 'UA'],
    ['Противник потерял до 300 военнослужащих.', 'UA', 'RU'],
    ['Знищено 50 окупантів.', null, 'RU'],
    ['Російські загарбники втратили 900 осіб.', null, 'RU'],
  ] as const)('%s (written by %s) → %s', (sentence, perspective, side) => {
    const [f] = countedFiguresIn(sentence, clauses(sentence));
    expect(f && countedSide(f, sentence, f.start, f.end, undefined, perspective)).toBe(side);
  });
});
