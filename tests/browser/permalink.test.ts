// The URL hash restores view, date, basemap and selection; bad values fall back to defaults without errors.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('permalink', () => {
  it('round-trips view, date, basemap and selection', async () => {
    const a = await openViewer(browser);
    const placeId = await a.page.evaluate(
      () =>
        window.__briefmap!.store.get().dataset.places.features.find((f) => f.properties.name === 'Sudzha' || f.properties.name === 'Kursk')!
          .properties.id,
    );
    await a.page.evaluate((id) => {
      const { map, store } = window.__briefmap!;
      map.jumpTo({ center: [35.1, 51.25], zoom: 9.25, bearing: 20, pitch: 30 });
      store.update({ date: '2024-10-15', selection: { kind: 'place', id } });
    }, placeId);
    await idle(a.page);
    const url = a.page.url();
    expect(url).toContain('date=2024-10-15');
    expect(url).toContain(`sel=place:${placeId}`);
    await a.page.close();

    const b = await openViewer(browser, new URL(url).hash);
    const s = await b.page.evaluate(() => {
      const { map, store } = window.__briefmap!;
      const st = store.get();
      return {
        zoom: map.getZoom(),
        c: map.getCenter(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
        date: st.date,
        basemap: st.basemap,
        selection: st.selection,
      };
    });
    expect(s.zoom).toBeCloseTo(9.25, 2);
    expect(s.c.lng).toBeCloseTo(35.1, 4);
    expect(s.c.lat).toBeCloseTo(51.25, 4);
    expect(s.bearing).toBeCloseTo(20, 1);
    expect(s.pitch).toBeCloseTo(30, 1);
    expect(s.date).toBe('2024-10-15');
    expect(s.basemap).toBe('embedded');
    expect(s.selection).toEqual({ kind: 'place', id: placeId });
    expect(await b.page.locator('.maplibregl-popup .place-popup').count()).toBe(1);
    await expect(b.page.locator('#timeline-date').textContent()).resolves.toBe('15 Oct 2024');
    expect(b.errors).toEqual([]);
    await b.page.close();
  });

  it('falls back to defaults for bad values without errors', async () => {
    const ref = await openViewer(browser);
    const defaults = await ref.page.evaluate(() => {
      const s = window.__briefmap!.store.get();
      return { view: s.view, date: s.date };
    });
    await ref.page.close();

    const bad = '#map=abc/999/x/1e9/-4&date=2024-02-30&basemap=javascript:alert(1)&sel=nonsense&article=' + 'x'.repeat(400);
    const v = await openViewer(browser, bad);
    const s = await v.page.evaluate(() => window.__briefmap!.store.get());
    expect(s.view).toEqual(defaults.view);
    expect(s.date).toBe(defaults.date);
    expect(s.basemap).toBe('embedded');
    expect(s.selection).toBeNull();
    expect(s.article).toBeNull();
    expect(v.errors).toEqual([]);
    expect(v.blocked).toEqual([]);
    // One line says which field was not used, and which others were not either.
    expect(await v.page.locator('#status span').textContent()).toBe(
      "The link's map=abc/999/x/1e9/-4 is not a view (zoom 0-22/latitude/longitude/bearing/pitch); the map opens on its default view. (also not as linked: date=, basemap=, sel=, article=)",
    );
    // Mixed: the good parts still apply.
    await v.page.evaluate(() => (location.hash = '#map=8/51.5/36/0/0&date=nope'));
    await v.page.waitForFunction(() => Math.abs(window.__briefmap!.map.getZoom() - 8) < 1e-6);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().date)).toBe(defaults.date);
    await v.page.close();
  });

  it('brings a date off the timeline onto it and drops an id the data does not hold, saying so as text', async () => {
    const v = await openViewer(browser, '#date=1800-01-01&sel=place:<img src=x onerror=alert(1)>');
    const s = await v.page.evaluate(() => window.__briefmap!.store.get());
    expect(s.date).toBe('2024-08-01');
    expect(s.selection).toBeNull();
    await expect(v.page.locator('#timeline-date').textContent()).resolves.toBe('1 Aug 2024');
    const notice = v.page.locator('#status');
    expect(await notice.locator('span').textContent()).toBe(
      "The link's date=1800-01-01 is before this data's timeline (1 Aug 2024 – 28 Feb 2025); 1 Aug 2024 is shown. (also not as linked: sel=)",
    );
    expect(await notice.locator('img').count()).toBe(0);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
