// Scare quotes (src/core/events/scare-quotes.ts): the marks around a word a wire quotes are blanked for the event rules,
// offsets kept; statements, names and a quoted term after a determiner keep theirs; an event still quotes its sentence
// as written.
import { describe, expect, it } from 'vitest';
import { extractControlEvents } from '../../src/core/events/extract.ts';
import { withoutScareQuotes } from '../../src/core/events/scare-quotes.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { gazetteer } from './gazetteer-cache.ts';

describe('withoutScareQuotes', () => {
  it('blanks the marks of a quoted word or phrase inside a clause, keeping every offset', () => {
    const text = 'its forces “repelled” attacks “in the vicinity” of X and were "holding back enemy forces" in Y';
    const out = withoutScareQuotes(text);
    expect(out).toBe('its forces  repelled  attacks  in the vicinity  of X and were  holding back enemy forces  in Y');
    expect(out.length).toBe(text.length);
  });
  it('keeps statements, names and a quoted term after a determiner', () => {
    for (const text of ['“We are on the defensive,” she wrote.', 'the "Tavria" group', 'the move followed a "breach" in the lines'])
      expect(withoutScareQuotes(text)).toBe(text);
  });
  it('leaves the event quoting its sentence as written', () => {
    const text = 'The military said its forces “repelled” Russian assaults near Synkivka.';
    const article = { file: 'a.txt', title: 'a', outlet: 'test', published: '2024-09-02', text };
    const parsed = geoparseArticle(text, gazetteer());
    const [event] = extractControlEvents({ article, parsed, gazetteer: gazetteer() });
    expect(event?.properties.quote).toBe(text);
    expect(event?.properties.trigger).toBe('repelled Russian assaults');
  });
});
