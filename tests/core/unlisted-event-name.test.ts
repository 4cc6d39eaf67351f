// A settlement no layer knows bears one name, its nominative, on its place feature and on its control events.
import { describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from './gazetteer-cache.ts';

const article = {
  file: 'uk-unlisted.txt',
  published: '2024-09-10',
  title: 'Бої на Покровському напрямку',
  outlet: 'test',
  text: 'Сили оборони відбили атаку окупантів біля Далекого Покровського району Донецької області.',
};

describe('an unlisted settlement in an event', { timeout: 60_000 }, () => {
  it('is named by the nominative its place feature bears', () => {
    const r = geoparseCorpus([article], gazetteer());
    const place = r.places.features.find((f) => f.properties.variants.includes('Далекого'));
    expect(place?.properties.name).toBe('Далеке');
    const events = r.events.features.filter((f) => f.properties.settlement === place?.properties.id);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.properties.settlementName).toBe('Далеке');
  });
});
