// A report on only part of a settlement (`part: true`, "took the eastern part of X") in the viewer: the map shows the
// settlement contested, and its popup says why and words the report as a part ("part of it entered by Ukraine"), not
// as the whole place's. On the control fixture corpus, its Sudzha entry of 8 Aug 2024 marked as a part.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, openViewer, serveCorpus, type CorpusViewer, type Opened } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'control-corpus');

let cv: CorpusViewer;
let v: Opened;

beforeAll(async () => {
  cv = await serveCorpus(corpus, 'part-settlement');
  v = await openViewer(cv.browser, '#map=8.5/51.2/34.95/0/0&date=2024-08-14', { width: 1200, height: 800 }, cv.url);
});
afterAll(async () => {
  await cv?.close();
});

describe('part of a settlement', () => {
  it('the popup says the latest report names only part of it, and the report line says part', async () => {
    const { page } = v;
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const { dataset } = store.get();
      const features = dataset.events!.features.map((e) =>
        e.properties.settlementName === 'Sudzha' && e.properties.action === 'entered'
          ? { ...e, properties: { ...e.properties, part: true as const } }
          : e,
      );
      const sudzha = dataset.places.features.find((f) => f.properties.name === 'Sudzha')!;
      store.update({
        dataset: { ...dataset, events: { ...dataset.events!, features } },
        selection: { kind: 'place', id: sudzha.properties.id },
      });
    });
    await idle(page);
    const status = page.locator('.maplibregl-popup .control-status');
    await expect(status.textContent()).resolves.toBe(
      'As reported up to 14 Aug 2024: contested — its latest report names only part of it (part of it entered by Ukraine)',
    );
    const entered = page.locator('.maplibregl-popup .control-event[data-action="entered"]');
    await expect(entered.getAttribute('data-part')).resolves.toBe('');
    await expect(entered.locator('.control-what').textContent()).resolves.toBe('part of it entered by Ukraine → held in part by Ukraine');
    const ring = await page.evaluate(
      () =>
        window.__briefmap!.map.queryRenderedFeatures({ layers: ['control-settlement'] }).find((f) => f.properties.name === 'Sudzha')
          ?.properties.status,
    );
    expect(ring).toBe('contested');
    expect(v.errors).toEqual([]);
  });
});
