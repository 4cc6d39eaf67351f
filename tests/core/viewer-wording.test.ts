// Wording a briefer reads in the viewer (src/viewer/ui/format.ts): a place's country by name, and a claim published
// after the date says so instead of "0 sources".
import { describe, expect, it } from 'vitest';
import { articleCount, countFigure, placeMeta, sourceCount } from '../../src/viewer/ui/format.ts';

describe('viewer wording', () => {
  it("names a place's country, not its ISO code", () => {
    expect(placeMeta({ kind: 'town', admin1: 'Kursk Oblast', country: 'RU', mentionCount: 60, articleCount: 24 })).toBe(
      'town · Kursk Oblast, Russia · 60 mentions in 24 articles',
    );
    expect(placeMeta({ kind: 'country', admin1: null, country: 'UA', mentionCount: 1, articleCount: 1 })).toBe(
      'country · Ukraine · 1 mention in 1 article',
    );
  });
  it('says a figure published after the date has no source yet, rather than "0 sources"', () => {
    expect(sourceCount(0, true)).toBe('published after this date');
    expect(sourceCount(1, false)).toBe('1 source');
    expect(sourceCount(3, false)).toBe('3 sources');
  });
  it("counts a claim's sources as its articles: a figure in a headline and again in the body is one source", () => {
    const quote = (article: string) => ({ article, outlet: 'Wire', published: '2025-10-03', quote: '400 km²', start: 0, end: 7 });
    expect(articleCount([quote('04-2025.txt'), quote('04-2025.txt')])).toBe(1);
    expect(articleCount([quote('a.txt'), quote('b.txt'), quote('a.txt')])).toBe(2);
  });
  it('counts one settlement in the singular: a printed map had read "1 settlements"', () => {
    const c = { qualifier: 'exact', value: 1, valueMin: 1, valueMax: 1, counts: 'settlements' } as const;
    expect(countFigure(c)).toBe('1 settlement');
    expect(countFigure({ ...c, counts: 'casualties' })).toBe('1 casualty');
    expect(countFigure({ ...c, value: 4, valueMin: 4, valueMax: 4 })).toBe('4 settlements');
    expect(countFigure({ ...c, qualifier: 'about', value: 1200, valueMin: 1200, valueMax: 1200, counts: 'troops' })).toBe(
      'about 1,200 troops',
    );
  });
});
