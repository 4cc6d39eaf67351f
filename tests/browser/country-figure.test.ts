// A figure about a whole country in the viewer (fixture corpus tests/browser/fixtures/country-figure-corpus, built by
// the real CLI): "Russian forces occupy about 113,000 square kilometres of Ukraine" beside "Ukrainian forces still hold
// about 500 square kilometres" of the Kursk region. The Kursk figure is drawn around Sudzha; the country-wide one is not
// drawn at all (a Russian-held circle in central Ukraine would show ground nobody holds): it is listed as not mapped,
// and selecting it shows its quote and sources in a card in the claims panel instead of a popup on the map.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, openViewer, serveCorpus, type CorpusViewer, type Opened } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'country-figure-corpus');

let cv: CorpusViewer;
let v: Opened;

beforeAll(async () => {
  cv = await serveCorpus(corpus, 'country-figure');
  v = await openViewer(cv.browser, '#date=2025-01-06', { width: 1200, height: 800 }, cv.url);
});
afterAll(async () => {
  await cv?.close();
});

/** The held-area figures drawn on the map at the current date, by km². */
async function drawnAreas(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    type Data = { features: { properties: { role: string; areaKm2?: number } }[] };
    const source = window.__briefmap!.map.getSource('claims') as unknown as { getData(): Promise<Data> };
    return (await source.getData()).features.filter((f) => f.properties.role === 'area').map((f) => f.properties.areaKm2!);
  });
}

describe('a figure about a whole country', () => {
  it('is listed and shown in a card, never drawn at the country centre', async () => {
    const page = v.page;
    expect(v.errors).toEqual([]);
    expect(v.blocked).toEqual([]);
    await idle(page);
    expect(await drawnAreas(page)).toEqual([500]);
    const rows = page.locator('.claims-table tr.claim-row button');
    await expect(rows.allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/113,000.*not mapped/), expect.not.stringContaining('not mapped')]),
    );
    await expect(page.locator('.other-claims li[data-kind="share-held"]').textContent()).resolves.toContain('not mapped');
    await expect(page.locator('#claim-detail').isHidden()).resolves.toBe(true);

    await rows.filter({ hasText: '113,000' }).click();
    await idle(page);
    const card = page.locator('#claim-detail');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.textContent()).resolves.toContain('Listed, not mapped');
    // Its quotes are read on opening (compact claims): polled, as a loaded machine may take a moment.
    await expect.poll(() => card.locator('blockquote').textContent()).toContain('occupy about 113,000 square kilometres of Ukraine');
    await expect(card.textContent()).resolves.toContain('Fixture Wire');
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    // The article's title and the quote are isolated from the outlet and date beside them: a title ending in U+202E
    // would print them backwards.
    const bidi = await card.evaluate((c) =>
      [...c.querySelectorAll('.source > :first-child, blockquote q, .claim-sources q')].map((e) => getComputedStyle(e).unicodeBidi),
    );
    expect(bidi.length).toBeGreaterThan(0);
    expect(new Set(bidi)).toEqual(new Set(['isolate']));

    // The Kursk figure has ground: a popup on the map, and the card goes.
    await rows.filter({ hasText: '500' }).click();
    await idle(page);
    await expect(page.locator('.maplibregl-popup blockquote').textContent()).resolves.toContain('500 square kilometres');
    await expect(card.isHidden()).resolves.toBe(true);

    // The card's close button clears the selection.
    await rows.filter({ hasText: '113,000' }).click();
    await card.locator('.claim-detail-close').click();
    await expect(card.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => window.__briefmap!.store.get().selection)).resolves.toBeNull();

    // By keyboard: Enter on the row opens the card with the focus in it; Escape closes it, the focus back on the row.
    await rows.filter({ hasText: '113,000' }).focus();
    await page.keyboard.press('Enter');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => !!document.activeElement?.closest('#claim-detail'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => window.__briefmap!.store.get().selection)).resolves.toBeNull();
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('113,000');
    expect(v.errors).toEqual([]);
  });
});

// The chart beside it: the 113,000 km² figure flattened the 500 km² one to the baseline (2 px above it). The value
// axis breaks: the Kursk figure is drawn to scale over most of the plot, the country-wide one above the break, labelled
// with its value and said to be off the scale.
describe('a figure that dwarfs the rest, on the chart', () => {
  it('breaks the value axis: the small figure keeps its height, the large one is labelled above the break', async () => {
    const page = v.page;
    const chart = await page.evaluate(() => {
      const point = (needle: string) => {
        const g = [...document.querySelectorAll('.chart-svg .point')].find((p) => p.getAttribute('aria-label')!.includes(needle))!;
        return {
          cy: Number(g.querySelector('.dot')!.getAttribute('cy')),
          label: g.getAttribute('aria-label')!,
          text: g.querySelector('.point-label')?.textContent ?? null,
          offScale: g.classList.contains('off-scale'),
        };
      };
      const brk = document.querySelector('.chart-svg .value-break');
      const svgEl = document.querySelector('.chart-svg') as SVGSVGElement;
      return {
        small: point('500'),
        large: point('113,000'),
        height: svgEl.height.baseVal.value,
        breakY: brk ? Number(brk.querySelector('line')!.getAttribute('y1')) : null,
        breakWords: brk?.getAttribute('aria-label') ?? null,
      };
    });
    // Baseline at 130 px: the 500 km² point stands in the upper part of the plot, not on the floor.
    expect(chart.small.cy).toBeLessThan(chart.height / 2);
    expect(chart.small.offScale).toBe(false);
    expect(chart.breakY).not.toBeNull();
    expect(chart.large.offScale).toBe(true);
    expect(chart.large.cy).toBeLessThan(chart.breakY!);
    expect(chart.small.cy).toBeGreaterThan(chart.breakY!);
    expect(chart.large.text).toContain('113,000');
    expect(chart.large.label).toMatch(/off the scale, drawn above the axis break at 560 km²/);
    expect(chart.breakWords).toBe('Value axis break: not to scale above 560 km²; drawn above the break: 113,000 km²');
    expect(v.errors).toEqual([]);
  });

  // A trend line to the off-scale figure ran straight up into the band to its mark. It is drawn to scale up to where
  // the true line crosses the break and dashed from there, as the break line is.
  it('cuts the trend line at the break: to scale below it, dashed into the band to the off-scale mark', async () => {
    const page = v.page;
    // An earlier 400 km² figure by the same holder about the same country: one trend with the 113,000 km² one.
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      const big = ds.claims.features.find((f) => f.properties.type === 'area-held' && f.properties.areaKm2 === 113_000)!;
      const day = '2024-12-01';
      const p = { ...big.properties, id: `${big.properties.id}#earlier`, published: day, asOf: { start: day, end: day } };
      const earlier = { ...big, properties: { ...p, areaKm2: 400, areaKm2Min: 400, areaKm2Max: 400 } };
      store.update({
        dataset: { ...ds, claims: { ...ds.claims, features: [...ds.claims.features, earlier as (typeof ds.claims.features)[number]] } },
      });
    });
    await idle(page);
    const drawn = await page.evaluate(() => {
      const pts = (l: Element) =>
        l
          .getAttribute('points')!
          .split(' ')
          .map((xy) => xy.split(',').map(Number) as [number, number]);
      const large = [...document.querySelectorAll('.chart-svg .point.off-scale .dot')].map((d) => Number(d.getAttribute('cy')));
      return {
        scaled: [...document.querySelectorAll('.chart-svg polyline.trend:not(.off-scale)')].map(pts),
        dashed: [...document.querySelectorAll('.chart-svg polyline.trend.off-scale')].map(pts),
        dash: [...document.querySelectorAll('.chart-svg polyline.trend.off-scale')].map((l) => getComputedStyle(l).strokeDasharray),
        breakY: Number(document.querySelector('.chart-svg .value-break line')!.getAttribute('y1')),
        largeY: large,
      };
    });
    expect(drawn.scaled.length).toBeGreaterThan(0);
    expect(drawn.dashed.length).toBe(1);
    expect(drawn.dash[0]).not.toBe('none');
    // Nothing drawn to scale reaches the break line; the dashed piece starts where the scaled one ends and ends at the mark.
    for (const line of drawn.scaled) for (const [, y] of line) expect(y).toBeGreaterThan(drawn.breakY);
    const ends = drawn.scaled.map((l) => l[l.length - 1]!);
    expect(ends).toContainEqual(drawn.dashed[0]![0]);
    expect(drawn.dashed[0]![drawn.dashed[0]!.length - 1]![1]).toBe(drawn.largeY[0]);
    // The corpus as it was, for the tests below.
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      const features = ds.claims.features.filter((f) => !f.properties.id.endsWith('#earlier'));
      store.update({ dataset: { ...ds, claims: { ...ds.claims, features } } });
    });
    expect(v.errors).toEqual([]);
  });
});

describe('a country named by the articles', () => {
  it('is listed at the map edge, never drawn at its centre; its card shows its mentions', async () => {
    const page = v.page;
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null }));
    await idle(page);
    // The places source holds no country: no circle sized by hundreds of mentions over central Ukraine.
    const kinds = await page.evaluate(async () => {
      type Data = { features: { properties: { kind: string } }[] };
      const source = window.__briefmap!.map.getSource('places') as unknown as { getData(): Promise<Data> };
      return (await source.getData()).features.map((f) => f.properties.kind);
    });
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain('country');
    const box = page.locator('.countries-named');
    await expect(box.isVisible()).resolves.toBe(true);
    const ukraine = box.locator('button[data-place="ne-ua"]');
    await expect(ukraine.textContent()).resolves.toMatch(/^Ukraine \d+$/);

    await ukraine.click();
    await idle(page);
    const card = page.locator('#country-card');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.textContent()).resolves.toContain('Named, not drawn');
    await expect(card.locator('.mentions mark').first().textContent()).resolves.toBe('Ukraine');
    await expect(card.textContent()).resolves.toContain('Fixture Wire');
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    expect(await page.locator('.place-selected-ring').count()).toBe(0);
    await expect(ukraine.getAttribute('aria-pressed')).resolves.toBe('true');

    // Escape closes the card and gives the focus back to the country's button.
    await expect(page.evaluate(() => !!document.activeElement?.closest('#country-card'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => window.__briefmap!.store.get().selection)).resolves.toBeNull();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-place'))).resolves.toBe('ne-ua');
    expect(v.errors).toEqual([]);
  });

  it("is left out when the map fits an article's places", async () => {
    const page = v.page;
    // The article names Ukraine and Russia: Russia's centroid (99°E) had the map fit out to Siberia.
    await page.locator('#articles-list .article-button').first().click();
    await idle(page);
    const [west, east] = await page.evaluate(() => {
      const b = window.__briefmap!.map.getBounds();
      return [b.getWest(), b.getEast()];
    });
    expect(west).toBeGreaterThan(20);
    expect(east).toBeLessThan(45);
  });
});

// The timeline moving under an open card rebuilds it (its counts and "after this date" marks follow the date): what the
// reader opened in it stays open and scrolled where it was, as in a popup (popup-view.ts). Both cards lost it.
describe('a card while the timeline moves', () => {
  it("keeps the claim card's opened sources and the focus inside it", async () => {
    const page = v.page;
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null, date: '2025-01-06' }));
    await page.locator('.claims-table tr.claim-row button').filter({ hasText: '113,000' }).click();
    const card = page.locator('#claim-detail');
    await expect(card.isVisible()).resolves.toBe(true);
    await card.locator('details.claim-sources-box > summary').click();
    await expect(card.locator('details.claim-sources-box').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-01-05' }));
    await expect(card.locator('details.claim-sources-box').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.evaluate(() => !!document.activeElement?.closest('#claim-detail'))).resolves.toBe(true);
    // A new selection starts closed.
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null }));
    await page.locator('.claims-table tr.claim-row button').filter({ hasText: '113,000' }).click();
    await expect(card.locator('details.claim-sources-box').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null, date: '2025-01-06' }));
    expect(v.errors).toEqual([]);
  });

  it("keeps the country card's scroll and the focus inside it", async () => {
    const page = v.page;
    await page.locator('.countries-named button[data-place="ne-ua"]').click();
    const card = page.locator('#country-card');
    await expect(card.isVisible()).resolves.toBe(true);
    // A short card (a laptop with many mentions): scrolled down to its last mention, which the rebuilt card reads
    // again before it can scroll there.
    await expect.poll(() => card.locator('.mentions li').count()).toBeGreaterThan(0);
    const scrolled = await card.evaluate((c) => {
      c.style.maxHeight = '60px';
      c.scrollTop = c.scrollHeight;
      return c.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    await card.evaluate((c) => (c as HTMLElement).focus());
    // The page is laid out before the mentions are read again (as on a slow disk): the card is short for a moment.
    await card.evaluate((c) => {
      window.__briefmap!.store.update({ date: '2025-01-05' });
      return c.getBoundingClientRect().height;
    });
    await expect.poll(() => card.evaluate((c) => c.scrollTop)).toBe(scrolled);
    await expect(page.evaluate(() => !!document.activeElement?.closest('#country-card'))).resolves.toBe(true);
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null, date: '2025-01-06' }));
    expect(v.errors).toEqual([]);
  });
});

// Round 23: the three parts rebuilt on a date change keep the view by one mechanism (popup-view.ts's
// rebuildKeepingView). Each part here: a section opened, scrolled, the focus on a control inside; the date changes;
// the section is still open, the scroll the same and the focus on the same control (round 22 moved it to the card or
// the popup's body, and the claims card did not keep its panel's scroll).
describe('the view kept while the timeline moves (one mechanism for popup and cards)', () => {
  let small: Opened;
  beforeAll(async () => {
    small = await openViewer(cv.browser, '#date=2025-01-06', { width: 1000, height: 420 }, cv.url);
  });
  afterAll(async () => {
    await small?.page.close();
  });
  const focusedIs = (page: Page, selector: string) => page.evaluate((sel) => !!document.activeElement?.matches(sel), selector);

  /** Opens the claim in the claims table's row `row`, opens its sources in `box`, scrolls `scroller` (`scroll` sets and
   * returns the offset), steps the date back a day and checks that the sources are still open, the scroll the same
   * and the focus on the sources' summary. */
  async function sourcesKeptAcrossDate(row: string, box: string, quote: string, scroller: string, scroll: (el: Element) => number) {
    const { page } = small;
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null, date: '2025-01-06' }));
    await page.locator('.claims-table tr.claim-row button').filter({ hasText: row }).click();
    await expect.poll(() => page.locator(`${box} blockquote`).first().textContent()).toContain(quote);
    const summary = `${box} details.claim-sources-box > summary`;
    await page.locator(summary).click();
    const scrolled = await page.locator(scroller).evaluate(scroll);
    expect(scrolled).toBeGreaterThan(0);
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-01-05' }));
    await expect.poll(() => page.locator(`${box} details.claim-sources-box`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator(scroller).evaluate((el) => el.scrollTop)).toBe(scrolled);
    await expect(focusedIs(page, summary)).resolves.toBe(true);
    expect(small.errors).toEqual([]);
  }

  it("keeps the claim popup's opened sources, its scroll and the focus on the sources' summary", () =>
    sourcesKeptAcrossDate('500', '.maplibregl-popup', '500 square kilometres', '.maplibregl-popup-content > .popup', (b) => {
      b.scrollTop = b.scrollHeight;
      return b.scrollTop;
    }));

  // The panel scrolls the card: scrolled a little, the card's summary still in sight.
  it("keeps the claims card's opened sources, the panel's scroll and the focus on the sources' summary", () =>
    sourcesKeptAcrossDate('113,000', '#claim-detail', '113,000', '#panel', (p) => {
      p.scrollTop = Math.min(40, p.scrollHeight - p.clientHeight);
      return p.scrollTop;
    }));

  it("keeps the country card's scroll and the focus on its Close button", async () => {
    const { page } = small;
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null, date: '2025-01-06' }));
    await page.locator('.countries-named button[data-place="ne-ua"]').click();
    const card = page.locator('#country-card');
    await expect.poll(() => card.locator('.mentions li').count()).toBeGreaterThan(0);
    const scrolled = await card.evaluate((c) => {
      c.style.maxHeight = '60px';
      c.scrollTop = c.scrollHeight;
      return c.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    await card.locator('.country-card-close').evaluate((b) => (b as HTMLElement).focus({ preventScroll: true }));
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-01-05' }));
    await expect.poll(() => card.evaluate((c) => c.scrollTop)).toBe(scrolled);
    await expect(focusedIs(page, '#country-card .country-card-close')).resolves.toBe(true);
    expect(small.errors).toEqual([]);
  });
});
