// What a reader reads as known at the timeline date, in the order of the reports: the search marks a place no
// article published by the date names ("reported later, on …") and lists it after those the map shows; a place's
// popup lists its mentions newest report first, not in the corpus's file order (the events dev corpus opened
// popups with a 2024 report above those of late 2025). On the control fixture corpus, whose files run oldest first.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, openViewer, serveCorpus, type CorpusViewer, type Opened } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'control-corpus');

let cv: CorpusViewer;
let v: Opened;

beforeAll(async () => {
  cv = await serveCorpus(corpus, 'reported-order');
  v = await openViewer(cv.browser, '#map=8.5/51.2/34.95/0/0&date=2024-08-14', { width: 1200, height: 800 }, cv.url);
});
afterAll(async () => {
  await cv?.close();
});

describe('reports in their order', () => {
  it('the search marks a place first reported after the timeline date and lists it after the places known by then', async () => {
    const { page } = v;
    // Tyotkino is first named by the report of 20 Aug 2024; Sudzha by that of 8 Aug.
    await page.fill('#place-search', 'Tyotkino');
    const tyotkino = page.locator('#search-results button.result').first();
    await expect(tyotkino.textContent()).resolves.toMatch(/^Tyotkino.* · reported later, on 20 Aug 2024$/);
    await expect(tyotkino.getAttribute('class')).resolves.toBe('result later');
    // At a date it is known, the mark goes.
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2024-08-20' }));
    await expect(tyotkino.textContent()).resolves.not.toMatch(/reported later/);
    // Read in hindsight, every place is known.
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2024-08-14', reading: 'described' }));
    await expect(tyotkino.textContent()).resolves.not.toMatch(/reported later/);
    await page.evaluate(() => window.__briefmap!.store.update({ reading: 'reported' }));
    await page.fill('#place-search', 'Sudzha');
    await expect(page.locator('#search-results button.result').first().textContent()).resolves.not.toMatch(/reported later/);
    await page.fill('#place-search', '');
    expect(v.errors).toEqual([]);
  });

  it('the search finds a place by another name its gazetteer entry gives (otherNames) and says which matched', async () => {
    const { page } = v;
    await page.fill('#place-search', 'Kiev');
    const kyiv = page.locator('#search-results button.result').first();
    await expect(kyiv.textContent()).resolves.toMatch(/^Kyiv — also Киев city/);
    await page.fill('#place-search', 'Kyiv');
    await expect(kyiv.textContent()).resolves.not.toMatch(/also/);
    await page.fill('#place-search', '');
    expect(v.errors).toEqual([]);
  });

  it('a place popup lists its mentions newest report first', async () => {
    const { page } = v;
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const sudzha = store.get().dataset.places.features.find((f) => f.properties.name === 'Sudzha')!;
      store.update({ date: '2025-03-31', selection: { kind: 'place', id: sudzha.properties.id } });
    });
    await idle(page);
    const rows = page.locator('.maplibregl-popup .mentions li');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const days = await rows.evaluateAll((els) =>
      els.map((e) => {
        const line = e.querySelector('.source')?.textContent ?? '';
        return new Date(`${/(\d{1,2} \w{3} \d{4})/.exec(line)?.[1]} UTC`).toISOString().slice(0, 10);
      }),
    );
    expect(new Set(days).size).toBeGreaterThan(1);
    expect(days).toEqual([...days].sort().reverse());
    expect(v.errors).toEqual([]);
  });

  it('at a date, a place popup lists the mentions published by then first, the later ones after them', async () => {
    const { page } = v;
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const sudzha = store.get().dataset.places.features.find((f) => f.properties.name === 'Sudzha')!;
      store.update({ date: '2024-08-14', selection: null });
      store.update({ selection: { kind: 'place', id: sudzha.properties.id } });
    });
    await idle(page);
    const rows = page.locator('.maplibregl-popup .mentions li');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const lines = await rows.evaluateAll((els) => els.map((e) => e.querySelector('.source')?.textContent ?? ''));
    const later = lines.map((l) => l.includes('(after this date)'));
    expect(later).toContain(true);
    expect(later).toContain(false);
    expect(later).toEqual([...later].sort((a, b) => Number(a) - Number(b))); // the known ones, then the later ones
    const days = lines
      .filter((l) => !l.includes('(after this date)'))
      .map((l) => new Date(`${/(\d{1,2} \w{3} \d{4})/.exec(l)?.[1]} UTC`).getTime());
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(v.errors).toEqual([]);
  });
});
