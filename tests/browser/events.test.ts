// Settlement control in the viewer, on data built by the real CLI from fixture articles (tests/browser/fixtures/
// control-corpus): Ukraine enters Sudzha (8 Aug 2024), takes three villages with an 800 km² claim (13 Aug), Moscow
// says it retook Martynovka (15 Aug), Ukraine takes Tyotkino on the border (20 Aug), Moscow says it retook Sudzha
// (published 14 Mar 2025 about the 13th), which Kyiv denies (16 Mar).
// Checks the rings' statuses at chosen dates in both readings, the popup history, the timeline ticks, and the
// footprint's area beside the claim.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { idle, openViewer, rendered, serveCorpus, type CorpusViewer, type Opened } from './helpers.ts';
import { CONTROL_SYMBOLS, type ControlStatus } from '../../src/print/control-symbols.ts';

const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');
const corpus = join(import.meta.dirname, 'fixtures', 'control-corpus');

let cv: CorpusViewer;
let v: Opened;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  cv = await serveCorpus(corpus, 'events');
  v = await openViewer(cv.browser, '#map=8.5/51.2/34.95/0/0&date=2024-08-14', { width: 1200, height: 800 }, cv.url);
});
afterAll(async () => {
  await cv?.close();
});

async function setState(page: Page, patch: { date?: string; reading?: 'reported' | 'described' }): Promise<void> {
  await page.evaluate((p) => window.__briefmap!.store.update(p), patch);
  await idle(page);
}

/** name → status of the rings drawn. */
async function statuses(page: Page): Promise<Record<string, string>> {
  const features = await page.evaluate(() =>
    window
      .__briefmap!.map.queryRenderedFeatures({ layers: ['control-settlement'] })
      .map((f) => [f.properties.name, f.properties.status, f.properties.color]),
  );
  const out: Record<string, string> = {};
  for (const [name, status, color] of features as [string, string, string][]) {
    out[name] = status;
    // The ring's colour follows the status: blue for Ukraine, red for Russia, amber for contested.
    expect(color).toBe(CONTROL_SYMBOLS[status as ControlStatus].color);
  }
  return out;
}

async function footprints(page: Page): Promise<Feature<Polygon | MultiPolygon>[]> {
  const data = (await page.evaluate(() =>
    window.__briefmap!.map.getSource<import('maplibre-gl').GeoJSONSource>('control')!.getData(),
  )) as FeatureCollection;
  return data.features.filter((f) => f.properties?.role === 'footprint') as Feature<Polygon | MultiPolygon>[];
}

describe('settlement control as reported', () => {
  it('colours settlements by their reported holder at each date, only from what was published by then', async () => {
    const page = v.page;
    expect(v.errors).toEqual([]);
    expect(v.blocked).toEqual([]);
    await setState(page, { date: '2024-08-07' });
    expect(await statuses(page)).toEqual({});
    await setState(page, { date: '2024-08-10' });
    expect(await statuses(page)).toEqual({ Sudzha: 'UA' });
    await setState(page, { date: '2024-08-14' });
    expect(await statuses(page)).toEqual({ Sudzha: 'UA', Plekhovo: 'UA', Martynovka: 'UA', 'Malaya Loknya': 'UA' });
    writeFileSync(join(artifacts, 'control-2024-08-14.png'), await page.screenshot());
    await setState(page, { date: '2024-08-16' });
    expect(await statuses(page)).toEqual({ Sudzha: 'UA', Plekhovo: 'UA', Martynovka: 'contested', 'Malaya Loknya': 'UA' });
    // Contested has its own mark: the ring and a centre dot.
    expect(await rendered(page, 'control-settlement-dot', 'name')).toEqual(['Martynovka']);
    // The recapture of Sudzha, published on 14 March about the 13th, is not known on the 13th...
    await setState(page, { date: '2025-03-13' });
    expect((await statuses(page)).Sudzha).toBe('UA');
    // ...unless the map is read in hindsight, which the permalink keeps.
    await setState(page, { reading: 'described' });
    expect((await statuses(page)).Sudzha).toBe('RU');
    expect(await page.evaluate(() => window.__briefmap!.hash())).toContain('reading=described');
    await setState(page, { reading: 'reported', date: '2025-03-14' });
    expect(await statuses(page)).toEqual({ Sudzha: 'RU', Plekhovo: 'UA', Martynovka: 'contested', 'Malaya Loknya': 'UA', Tyotkino: 'UA' });
    writeFileSync(join(artifacts, 'control-2025-03-14.png'), await page.screenshot());
    await setState(page, { date: '2025-03-16' });
    expect((await statuses(page)).Sudzha).toBe('contested');
    // The legend names who reports each status.
    const legend = await page.locator('#control-legend').textContent();
    expect(legend).toContain('Reported held by Ukraine — reported by Syrskyi');
    expect(legend).toMatch(/Contested.*reported by .*(Russia's defence ministry|Fixture Wire)/);
    expect(legend).toContain('Settlement control as reported (claims, not an assessment)');
    expect(legend).toContain(
      'Footprint of the settlements reported held by Ukraine in Kursk Oblast, Russia (hull, 2.5 km buffer, clipped to the country): derived from named settlements, not an assessed front line',
    );
  });

  it('puts one tick on the timeline per change date, and a tick moves the timeline there', async () => {
    const page = v.page;
    const ticks = await page.locator('#control-ticks .control-tick').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(ticks).toEqual(['2024-08-08', '2024-08-13', '2024-08-15', '2024-08-20', '2025-03-14', '2025-03-16']);
    await page.locator('#control-ticks .control-tick[data-date="2024-08-15"]').click();
    expect(await page.evaluate(() => window.__briefmap!.store.get().date)).toBe('2024-08-15');
  });

  it("opens a settlement's whole history with quotes, claimants, both dates, the denial and the article link", async () => {
    const page = v.page;
    await setState(page, { date: '2025-03-16' });
    const [x, y] = await page.evaluate(() => {
      const p = window.__briefmap!.map.project([35.2726, 51.1976]);
      const r = window.__briefmap!.map.getCanvas().getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    });
    await page.mouse.click(x!, y!);
    const items = page.locator('.maplibregl-popup .control-history-list li');
    await expect.poll(() => items.count()).toBe(3);
    const rows = await items.evaluateAll((els) =>
      els.map((e) => ({
        action: e.getAttribute('data-action'),
        holder: e.getAttribute('data-holder'),
        denied: e.classList.contains('denied'),
        text: e.textContent ?? '',
        mark: e.querySelector('mark')?.textContent,
        href: e.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(rows.map((r) => [r.action, r.holder, r.denied])).toEqual([
      ['entered', 'UA', false],
      ['liberated', 'RU', false],
      ['liberated', 'RU', true], // the core's convention: Russia taking a Russian town is reported as retaking it
    ]);
    expect(rows[0]!.text).toContain('published 8 Aug 2024');
    expect(rows[0]!.text).toContain('reported by local officials');
    expect(rows[1]!.text).toContain('describes mid-Mar 2025 · published 14 Mar 2025');
    expect(rows[1]!.text).toContain("reported by Russia's defence ministry");
    expect(rows[1]!.text).toContain('recaptured Sudzha on Thursday');
    expect(rows[2]!.text).toContain('denied');
    expect(rows.every((r) => r.mark === 'Sudzha')).toBe(true);
    expect(rows.map((r) => r.href)).toEqual([
      'https://example.org/fixture/01',
      'https://example.org/fixture/04',
      'https://example.org/fixture/05',
    ]);
    expect(await page.locator('.maplibregl-popup .control-status').textContent()).toBe('As reported up to 16 Mar 2025: contested');
    writeFileSync(join(artifacts, 'control-popup.png'), await page.screenshot());
    await page.keyboard.press('Escape');
  });

  it('opens a long popup at its top, the name and status in sight, with the focus on its scrolling body', async () => {
    // MapLibre focuses the first link inside a popup; in a short window that was a report's article link below the
    // fold, and the body scrolled down to it, past the settlement's name and its status.
    const short = await openViewer(cv.browser, '#map=8.5/51.2/34.95/0/0&date=2025-03-16', { width: 1200, height: 600 }, cv.url);
    const page = short.page;
    const [x, y] = await page.evaluate(() => {
      const p = window.__briefmap!.map.project([35.2726, 51.1976]);
      const r = window.__briefmap!.map.getCanvas().getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    });
    await page.mouse.click(x!, y!);
    const body = page.locator('.maplibregl-popup-content > .popup');
    await expect.poll(() => page.locator('.maplibregl-popup .control-history-list li').count()).toBe(3);
    writeFileSync(join(artifacts, 'control-popup-short.png'), await page.screenshot());
    const seen = await body.evaluate((b) => {
      const inSight = (sel: string) => b.querySelector(sel)!.getBoundingClientRect().bottom <= b.getBoundingClientRect().bottom;
      return {
        scrolls: b.scrollHeight > b.clientHeight,
        scrollTop: b.scrollTop,
        focused: document.activeElement === b,
        name: inSight('h2'),
        status: inSight('.control-status'),
        // The focus outline (3 px, drawn inside the scroller) covered the first letter of every line.
        clearOfOutline: [...b.querySelectorAll('h2, .meta, .control-status')].every(
          (e) => e.getBoundingClientRect().left - b.getBoundingClientRect().left >= 3,
        ),
      };
    });
    expect(seen).toEqual({ scrolls: true, scrollTop: 0, focused: true, name: true, status: true, clearOfOutline: true });
    await page.close();
  });

  it("marks a place's mentions from articles published after the timeline date", async () => {
    // A popup "as reported up to 14 Aug 2024" listed the March 2025 reports of Sudzha's recapture among its mentions
    // as if they had been known then.
    const page = v.page;
    await setState(page, { date: '2024-08-14' });
    const [x, y] = await page.evaluate(() => {
      const p = window.__briefmap!.map.project([35.2726, 51.1976]);
      const r = window.__briefmap!.map.getCanvas().getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    });
    await page.mouse.click(x!, y!);
    const rows = page.locator('.maplibregl-popup .mentions li');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const seen = await rows.evaluateAll((els) =>
      els.map((e) => ({
        future: e.classList.contains('future'),
        after: (e.querySelector('.source')?.textContent ?? '').includes('(after this date)'),
        year: /20\d\d$/.exec((e.querySelector('.source')?.textContent ?? '').replace(' (after this date)', ''))?.[0],
      })),
    );
    expect(seen.some((r) => r.year === '2024')).toBe(true);
    expect(seen.some((r) => r.year === '2025')).toBe(true);
    for (const r of seen) expect([r.future, r.after]).toEqual(r.year === '2025' ? [true, true] : [false, false]);
    // Its counts say how many of its articles were known by then.
    await expect(page.locator('.maplibregl-popup .place-counts').textContent()).resolves.toMatch(
      /\d+ mentions? in \d+ articles? \(\d+ published by 14 Aug 2024\)/,
    );
    await page.keyboard.press('Escape');
  });

  it('draws the footprint clipped to Russia and shows its area beside the 800 km² claim', async () => {
    const page = v.page;
    await setState(page, { date: '2024-08-14' });
    await page.waitForFunction(() => !document.querySelector('.footprint-section')?.textContent?.includes('still loading'));
    await idle(page);
    const [fp, ...rest] = await footprints(page);
    expect(rest).toEqual([]);
    expect(fp!.properties).toMatchObject({ holder: 'UA', country: 'RU', settlements: 4 });
    // Its label on the map says where it lies, not only whose it is.
    expect(fp!.properties!.label).toMatch(/^Ukraine in Kursk Oblast, Russia: settlements reported held span /);
    for (const c of [
      [35.2726, 51.1976],
      [35.33333, 51.1],
      [35.36639, 51.23889],
      [35.2275, 51.3325],
    ])
      expect(turf.booleanPointInPolygon(c, fp!)).toBe(true);
    const km2 = Math.round(turf.area(fp!) / 1e6);
    const text = await page.locator('#footprint-summary li[data-holder="UA"]').textContent();
    expect(text).toContain('800 km² claimed');
    expect(text).toContain(`the 4 settlements reported held span ${km2.toLocaleString('en-GB')} km²`);
    expect(text).not.toContain('not clipped');
    // The same area on the chart, beside the 800 km² point.
    await expect
      .poll(() => page.locator('.chart .footprint-point[data-holder="UA"] text').textContent())
      .toBe(`span ${km2.toLocaleString('en-GB')} km²`);
    expect((await rendered(page, 'control-footprint-line', 'holder')).length).toBeGreaterThan(0);
    expect((await rendered(page, 'control-footprint-hatch', 'holder')).length).toBeGreaterThan(0);
    writeFileSync(join(artifacts, 'control-footprint.png'), await page.screenshot());
  });

  it("keeps the footprint's chart label above the time axis when the footprint is small beside the chart's figures", async () => {
    const page = v.page;
    await setState(page, { date: '2024-08-14' });
    // Figures of a few thousand km² (no axis break: under 4× the 800 km² claim) put the footprint near the baseline; the
    // events dev corpus drew "span 59 km²" below its mark, over the time axis's "Jan 2022".
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      const base = ds.claims.features.find((f) => f.properties.type === 'area-held')!;
      const big = [3000, 3100, 3200].map(
        (km2, i) =>
          ({
            ...base,
            properties: { ...base.properties, id: `${base.properties.id}#big${i}`, areaKm2: km2, areaKm2Min: km2, areaKm2Max: km2 },
          }) as typeof base,
      );
      store.update({ dataset: { ...ds, claims: { ...ds.claims, features: [...ds.claims.features, ...big] } } });
    });
    await idle(page);
    const label = page.locator('.chart .footprint-point[data-holder="UA"] text');
    await expect.poll(() => label.count()).toBe(1);
    const boxes = await page.evaluate(() => {
      const text = document.querySelector('.chart .footprint-point[data-holder="UA"] text')!.getBoundingClientRect();
      const mark = document.querySelector('.chart .footprint-point[data-holder="UA"] rect')!.getBoundingClientRect();
      const axis = [...document.querySelectorAll('.chart .axis-label')].map((t) => ({
        y: Number(t.getAttribute('y')),
        r: t.getBoundingClientRect(),
      }));
      const row = Math.max(...axis.map((a) => a.y));
      return { text, mark, time: axis.filter((a) => a.y === row).map((a) => a.r) };
    });
    expect(boxes.time.length).toBeGreaterThan(0);
    const timeTop = Math.min(...boxes.time.map((r) => r.top));
    expect(boxes.mark.bottom).toBeGreaterThan(timeTop - 20); // the case: the mark near the baseline
    expect(boxes.text.bottom).toBeLessThanOrEqual(timeTop);
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      const claims = ds.claims.features.filter((f) => !f.properties.id.includes('#big'));
      store.update({ dataset: { ...ds, claims: { ...ds.claims, features: claims } } });
    });
    await idle(page);
  });

  it('clips the footprint to the country the settlements are in: Tyotkino, 1.4 km from Sumy oblast', async () => {
    const page = v.page;
    await setState(page, { date: '2024-08-20' });
    const [fp] = await footprints(page);
    expect(fp!.properties).toMatchObject({ holder: 'UA', country: 'RU', settlements: 4 }); // Martynovka is contested
    const tyotkino: [number, number] = await page.evaluate(
      () =>
        window.__briefmap!.store.get().dataset.places.features.find((f) => f.properties.name === 'Tyotkino')!.geometry.coordinates as [
          number,
          number,
        ],
    );
    expect(turf.booleanPointInPolygon(tyotkino, fp!)).toBe(true);
    const sumy = (
      JSON.parse(readFileSync(join(root, 'data', 'basemap', 'admin1.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>
    ).features.find((f) => f.properties?.country === 'UA' && /Sumy/.test(String(f.properties?.name)))!;
    // Unclipped, the 2.5 km ground around Tyotkino reaches into Ukraine; drawn, it does not.
    expect(turf.intersect(turf.featureCollection([turf.buffer(turf.point(tyotkino), 2.5, { units: 'kilometers' })!, sumy]))).not.toBeNull();
    const inside = turf.intersect(turf.featureCollection([fp!, sumy]));
    expect(inside === null ? 0 : turf.area(inside)).toBeLessThan(1e4); // under 0.01 km²: shared border slivers only
    expect(v.errors).toEqual([]);
  });

  it(
    'exports control as reported up to the date: only reports published by then, whatever the live reading',
    { timeout: 240_000 },
    async () => {
      const page = v.page;
      await setState(page, { date: '2025-03-13', reading: 'described' });
      expect((await statuses(page)).Sudzha).toBe('RU'); // the live map in hindsight
      const r = await page.evaluate(() =>
        window.__briefmapExport!.bundle({ size: 'custom', customWidth: 900, customHeight: 600, customUnit: 'px', dpi: 96, format: 'png' }),
      );
      const files = unzipSync(new Uint8Array(Buffer.from(r.base64, 'base64')));
      writeFileSync(join(artifacts, 'control-export.png'), files[r.image.filename]!);
      const geo = JSON.parse(strFromU8(files['visible.geojson']!)) as FeatureCollection;
      const control = geo.features.filter((f) => f.properties?.layer === 'control');
      const byName = Object.fromEntries(control.map((f) => [f.properties!.name, f.properties!.status]));
      // Every settlement in the frame has its status as reported by 13 March; Tyotkino may fall outside the map frame
      // beside the legend panel, the others never do.
      const expected: Record<string, string> = {
        Sudzha: 'UA',
        Plekhovo: 'UA',
        Martynovka: 'contested',
        'Malaya Loknya': 'UA',
        Tyotkino: 'UA',
      };
      for (const [name, status] of Object.entries(byName)) expect(status, name).toBe(expected[name]);
      expect(Object.keys(byName)).toEqual(expect.arrayContaining(['Sudzha', 'Plekhovo', 'Martynovka', 'Malaya Loknya']));
      const published = control.flatMap((f) => (f.properties!.events as { published: string }[]).map((e) => e.published));
      // One report each, two for Martynovka: not the 14 March recapture of Sudzha.
      expect(published.length).toBe(Object.keys(byName).length + 1);
      expect(published.every((d) => d <= '2025-03-13')).toBe(true);
      const footprint = geo.features.filter((f) => f.properties?.layer === 'control-footprint');
      expect(footprint.map((f) => [f.properties!.holder, f.properties!.country, f.properties!.regions])).toEqual([
        ['UA', 'RU', ['Kursk Oblast']],
      ]);
      await setState(page, { reading: 'reported' });
    },
  );
});
