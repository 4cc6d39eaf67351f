// Properties that must hold for any text: offsets slice to the mention, nothing throws on arbitrary Unicode,
// periods never run past publication.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from './gazetteer-cache.ts';

const words = [
  'Kursk',
  'Sudzha',
  'Plekhovo',
  'Vorozhba',
  'Martynovka',
  'Sumy',
  'Kyiv',
  'region',
  'the',
  'near',
  'villages',
  'of',
  'and',
  ',',
  '.',
  '\n',
  'Rob',
  'Lee',
  'said',
  '1,400',
  'square',
  'kilometers',
  'in',
  'October',
  'late',
  'August',
  'about',
  'Курській',
  'області',
  'кв.',
  'км',
  '’s',
  '🇺🇦',
  'e\u0301',
];
const prose = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), prose);

describe('geoparser properties', () => {
  beforeAll(() => void gazetteer(), 60_000); // load the gazetteer outside the first property's time budget
  it('mention offsets always slice to the mention text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const m of geoparseArticle(text, gazetteer()).mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.sentence.start).toBeLessThanOrEqual(m.start);
          expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode and keeps every claim inside its article and before publication', () => {
    fc.assert(
      fc.property(anyText, fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (text, date) => {
        const published = date.toISOString().slice(0, 10);
        const r = geoparseCorpus([{ file: 'a.txt', title: 't', outlet: 'o', published, text }], gazetteer());
        for (const f of r.claims.features) {
          const p = f.properties;
          expect(text.slice(p.start, p.end).length).toBe(p.end - p.start);
          expect(p.asOf.start <= p.asOf.end).toBe(true);
          expect(p.asOf.end <= published).toBe(true);
        }
        for (const f of r.places.features) for (const m of f.properties.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});
