// A claim's quote cut from a long sentence never splits an emoji's surrogate pair (found by the hostile-text
// property test: a figure after a run of emoji with no space gave a quote starting with a lone low surrogate, which no
// UTF-8 file can hold).
import { describe, expect, it } from 'vitest';
import { boundedQuote } from '../../src/core/claims/quote.ts';
import { wellFormed } from './hostile-text.invariants.ts';

describe('boundedQuote', () => {
  it('never cuts between the halves of a surrogate pair', () => {
    for (let pad = 0; pad < 4; pad++) {
      const text = `${'x'.repeat(150 + pad)}${'😀'.repeat(5)} 1,000 km² ${'🇺🇦'.repeat(200)}`;
      const start = text.indexOf('1,000');
      const quote = boundedQuote(text, { start: 0, end: text.length }, start, start + 9);
      expect(wellFormed(quote)).toBe(true);
      expect(quote).toContain('1,000 km²');
      expect(text).toContain(quote.replace(/^…|…$/gu, ''));
    }
  });
});
