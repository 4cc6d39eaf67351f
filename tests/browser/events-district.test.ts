// Villages the gazetteer knows with their district alone, in the viewer (fixture corpus tests/browser/fixtures/
// district-corpus, built by the real CLI): Ukraine takes the Sudzha-district hamlets Agronom and Bondarevka and
// enters Sudzha (20 Aug 2024); Moscow says it retook Bondarevka (10 Mar 2025). Each hamlet is coloured on its own, as
// a small thin ring at the district's point, the legend says what that ring means, and the footprint is drawn around
// Sudzha alone (the district point is not where the hamlets lie).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICT_RING_LABEL } from '../../src/print/control-symbols.ts';
import { idle, openViewer, serveCorpus, type CorpusViewer, type Opened } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'district-corpus');
const artifacts = join(resolve(import.meta.dirname, '..', '..'), 'test-artifacts');

let cv: CorpusViewer;
let v: Opened;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  cv = await serveCorpus(corpus, 'district');
  v = await openViewer(cv.browser, '#map=10/51.2/35.27/0/0&date=2024-08-21', { width: 1000, height: 700 }, cv.url);
});
afterAll(async () => {
  await cv?.close();
});

async function setDate(page: Page, date: string): Promise<void> {
  await page.evaluate((d) => window.__briefmap!.store.update({ date: d }), date);
  await idle(page);
}

/** The control source's features of one role, as [name, status, borrowedPoint] or the footprints' settlement counts. */
async function control(page: Page): Promise<FeatureCollection> {
  return (await page.evaluate(() =>
    window.__briefmap!.map.getSource<import('maplibre-gl').GeoJSONSource>('control')!.getData(),
  )) as FeatureCollection;
}

describe('villages known with their district alone', () => {
  it('are coloured one by one, as small rings at the district point, and named in the legend', async () => {
    const page = v.page;
    expect(v.errors).toEqual([]);
    expect(v.blocked).toEqual([]);
    await setDate(page, '2024-08-21');
    const rings = (await control(page)).features
      .filter((f) => f.properties?.role === 'settlement')
      .map((f) => [f.properties!.name, f.properties!.status, f.properties!.borrowedPoint]);
    expect(rings.sort()).toEqual([
      ['Agronom', 'UA', true],
      ['Bondarevka', 'UA', true],
      ['Sudzha', 'UA', false],
    ]);
    // all three drawn (two at one point)
    const drawn = await page.evaluate(() => window.__briefmap!.map.queryRenderedFeatures({ layers: ['control-settlement'] }).length);
    expect(drawn).toBe(3);
    await expect.poll(() => page.locator('#control-legend li[data-status="at-district"]').textContent()).toBe(DISTRICT_RING_LABEL);
    // one uncertainty halo for the district and its two hamlets at its point, not a disc each stacking into a blot
    const halos = await page.evaluate(() =>
      window.__briefmap!.map.queryRenderedFeatures({ layers: ['places-halo'] }).map((f) => f.properties.haloPlaces as number),
    );
    expect(halos).toEqual([3]);
    writeFileSync(join(artifacts, 'control-district.png'), await page.screenshot());
  });

  it('leaves them out of the footprint and follows each one: Bondarevka retaken, Agronom still held', async () => {
    const page = v.page;
    const footprint = (await control(page)).features.filter((f) => f.properties?.role === 'footprint');
    expect(footprint.map((f) => [f.properties!.holder, f.properties!.settlements])).toEqual([['UA', 1]]);
    await setDate(page, '2025-03-11');
    const rings = (await control(page)).features
      .filter((f) => f.properties?.role === 'settlement')
      .map((f) => [f.properties!.name, f.properties!.status]);
    expect(Object.fromEntries(rings)).toEqual({ Agronom: 'UA', Bondarevka: 'RU', Sudzha: 'UA' });
    expect(v.errors).toEqual([]);
  });
});
