// A settlement whose newest report is old is not drawn as today's holder. At a date more than STALE_AFTER_DAYS (60)
// after the period its newest report describes, its ring is drawn dashed at full colour (round 25's first stints faded it to 0.35 opacity, 1.4–1.9:1 on the
// basemap and illegible on paper), the legend says what a dashed ring means, and its
// popup dates the status ("its newest report describes …, 6 months before this date"). Before round 25, on the events
// dev corpus at 1 Mar 2026, 485 of the 662 settlements drawn were decided by reports more than 180 days old and drew
// exactly like those reported that week.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The control layer's settlement features as set for the date: name → stale. */
function staleByName(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(() => {
    const src = window.__briefmap!.map.getSource('control') as unknown as {
      _data: { geojson?: GeoJSON.FeatureCollection } & GeoJSON.FeatureCollection;
    };
    const fc = src._data.geojson ?? src._data;
    const out: Record<string, boolean> = {};
    for (const f of fc.features) if (f.properties?.role === 'settlement') out[f.properties.name as string] = f.properties.stale as boolean;
    return out;
  });
}

describe('settlements whose newest report is old', () => {
  it('are dashed at full colour, named in the legend and dated in the popup; recent ones are not', async () => {
    const v = await openViewer(browser, '#map=10/51.1/35.333/0/0&date=2024-12-20&legend=open');
    const { page } = v;
    await idle(page);
    expect((await staleByName(page)).Plekhovo).toBe(false);
    expect(await page.locator('#control-legend li[data-status="stale"]').count()).toBe(0);
    await page.evaluate(() => window.__briefmap!.store.update({ selection: { kind: 'place', id: 'ru-plekhovo' } }));
    const status = page.locator('.maplibregl-popup .control-status');
    await expect.poll(() => status.textContent()).toContain('As reported up to 20 Dec 2024');
    expect(await status.textContent()).not.toContain('newest report');

    // Half a year on, with nothing newer about it.
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-06-20' }));
    await idle(page);
    expect((await staleByName(page)).Plekhovo).toBe(true);
    await expect
      .poll(() => status.textContent())
      .toMatch(/As reported up to 20 Jun 2025: .* — its newest report describes .*2024, 6 months before this date/);
    const row = page.locator('#control-legend li[data-status="stale"]');
    await expect(row.textContent()).resolves.toContain(
      'Dashed ring: no report about the settlement describes the 60 days before this date',
    );
    // One order for the page and the export (print/legend-order.ts): the control legend comes before the claims and
    // place kinds, and the stale-ring row right after the holders, before the district ring and the footprints.
    const blocks = await page.locator('details.map-legend > *').evaluateAll((els) => els.map((e) => e.className || e.tagName));
    expect(blocks.indexOf('control-legend')).toBeGreaterThan(-1);
    expect(blocks.indexOf('control-legend')).toBeLessThan(blocks.indexOf('legend-heading'));
    const rows = await page
      .locator('#control-legend li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? `footprint`));
    const before = rows.slice(0, rows.indexOf('stale'));
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((r) => r === 'at-district' || r === 'footprint')).toEqual([]);
    // The legend's swatch is the map's ring: dashed, in a full-colour stroke, not faded.
    const swatch = await row.locator('svg circle').evaluate((c) => ({
      dash: c.getAttribute('stroke-dasharray'),
      opacity: c.closest('svg')!.getAttribute('opacity'),
      stroke: c.getAttribute('stroke'),
    }));
    expect(swatch.dash).toMatch(/^\d+(\.\d+)? \d+(\.\d+)?$/);
    expect(swatch.opacity).toBeNull();
    expect(swatch.stroke).toBe('#374151');
    // Drawn dashed: the stale settlement's solid ring is hidden and the dashed ring layer draws it in its colour.
    const paint = await page.evaluate(() => ({
      stroke: window.__briefmap!.map.getPaintProperty('control-settlement', 'circle-stroke-opacity'),
      icon: window.__briefmap!.map.getLayoutProperty('control-settlement-stale', 'icon-image'),
      drawn: window.__briefmap!.map.queryRenderedFeatures({ layers: ['control-settlement-stale'] }).map((f) => f.properties.name),
    }));
    expect(JSON.stringify(paint.stroke)).toContain('stale');
    expect(JSON.stringify(paint.icon)).toContain('control-stale-ring-');
    expect(paint.drawn).toContain('Plekhovo');
    expect(v.errors).toEqual([]);
    await page.close();
  });
});
