// Output size is linear in the input (issue 14): a mention carries a bounded context window, not its whole
// sentence, so a long run of text without a full stop no longer makes the output grow with its square.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { CONTEXT_CHARS, contextWindow } from '../../src/core/text/context.ts';
import { gazetteer } from '../core/gazetteer-cache.ts';

const outputBytes = (text: string): number => {
  const r = geoparseCorpus([{ file: 'a.txt', title: 'T', outlet: 'O', published: '2024-12-16', text }], gazetteer());
  return (
    Buffer.byteLength(JSON.stringify(r.places, null, 2)) +
    Buffer.byteLength(JSON.stringify(r.claims, null, 2)) +
    Buffer.byteLength(JSON.stringify(r.report, null, 2))
  );
};

/** Output bytes per input byte, at most, plus a fixed overhead for the file shells and one article's report line.
 * The worst case is a text that is nothing but short place names: each costs a mention with its context. */
const K = 200;
const OVERHEAD = 4096;

const names = ['U.S.', 'Kursk', 'Sudzha', 'Kyiv', 'Sumy', 'Russia', 'Ukraine', 'Курській області', 'Суджа'];
const filler = ['near', 'and', 'the', ',', 'of', '1,400 square kilometers', 'in October', 'said', '.', '\n'];
const denseText = fc
  .array(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...filler)), { minLength: 1, maxLength: 400 })
  .map((ws) => ws.join(' '));
const anyText = fc.oneof(denseText, fc.string({ unit: 'grapheme', maxLength: 300 }));

describe('bounded output', { timeout: 120_000 }, () => {
  it('a 40 kB run of “U.S. U.S. …” gives output linear in its size', () => {
    const text = 'U.S. '.repeat(8000);
    const bytes = outputBytes(text);
    expect(bytes).toBeLessThanOrEqual(K * Buffer.byteLength(text) + OVERHEAD);
    expect(bytes).toBeLessThan(50 * 1024 * 1024); // was 321 MB
  });

  it('property: output bytes ≤ k × input bytes for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(outputBytes(text)).toBeLessThanOrEqual(K * Buffer.byteLength(text) + OVERHEAD);
      }),
      { numRuns: 60 },
    );
  });

  it('property: a context window contains its span, slices the text, stays within bounds and cuts at word boundaries', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 2000 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(40), fc.nat(), fc.nat(), (t, s, len, a, b) => {
        const start = t.length ? s % t.length : 0;
        const end = Math.min(t.length, start + len);
        const lo = Math.min(start, a % (start + 1));
        const hi = end + (t.length - end ? b % (t.length - end + 1) : 0);
        const w = contextWindow(t, start, end, { within: { start: lo, end: hi } });
        expect(t.slice(w.contextStart, w.contextStart + w.context.length)).toBe(w.context);
        expect(w.contextStart).toBeLessThanOrEqual(start);
        expect(w.contextStart + w.context.length).toBeGreaterThanOrEqual(end);
        expect(w.contextStart).toBeGreaterThanOrEqual(lo);
        expect(w.contextStart + w.context.length).toBeLessThanOrEqual(hi);
        expect(w.context.length).toBeLessThanOrEqual(Math.max(CONTEXT_CHARS, end - start));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a whole short sentence and cuts a long one at word boundaries around the name', () => {
    const short = 'Ukrainian troops hold about 800 square kilometres near Sudzha.';
    const at = short.indexOf('Sudzha');
    expect(contextWindow(short, at, at + 6)).toEqual({ context: short, contextStart: 0 });
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words.splice(100, 0, 'Sudzha');
    const long = words.join(' ');
    const start = long.indexOf('Sudzha');
    const w = contextWindow(long, start, start + 6);
    expect(w.context.length).toBeLessThanOrEqual(CONTEXT_CHARS);
    expect(w.context.length).toBeGreaterThan(CONTEXT_CHARS * 0.8);
    expect(w.context).toMatch(/^word\d+ .* word\d+$/);
    expect(w.context.slice(start - w.contextStart, start - w.contextStart + 6)).toBe('Sudzha');
  });
});
