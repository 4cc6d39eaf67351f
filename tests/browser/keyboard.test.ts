// The map by keyboard alone: Tab reaches the places drawn on the map (one stop, then the arrow keys in map reading
// order), the focus ring is visible, Enter opens the popup, Escape closes it and gives the focus back; every control
// on the map shows where the focus is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer, type Opened } from './helpers.ts';

let browser: Browser;
let v: Opened;

beforeAll(async () => {
  browser = await launch();
  // Over Sudzha at zoom 9 on a date when several places are reported (seeds).
  v = await openViewer(browser, '#map=9/51.19/35.27/0/0&date=2024-12-16');
  await idle(v.page);
});
afterAll(async () => {
  await browser?.close();
});

interface Focused {
  inMap: boolean;
  tag: string;
  cls: string;
  label: string;
  outline: string;
  outlineWidth: number;
  shadow: string;
  x: number;
  y: number;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    const cs = getComputedStyle(a);
    const r = a.getBoundingClientRect();
    return {
      inMap: !!a.closest('#map'),
      tag: a.tagName.toLowerCase(),
      cls: a.className,
      label: a.getAttribute('aria-label') ?? a.textContent ?? '',
      outline: cs.outlineStyle,
      outlineWidth: parseFloat(cs.outlineWidth),
      shadow: cs.boxShadow,
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  });
}

async function tabToPlaces(page: Page): Promise<Focused> {
  await page.locator('#map .maplibregl-canvas').focus();
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.cls.includes('place-key')) return f;
  }
  throw new Error('Tab from the map canvas did not reach the places on the map');
}

describe('places on the map by keyboard', () => {
  it('Tab from the map reaches the places; arrow keys walk them in map order with a visible ring and caption', async () => {
    const first = await tabToPlaces(v.page);
    expect(first.outline).toBe('solid');
    expect(first.outlineWidth).toBeGreaterThanOrEqual(2);
    await expect(v.page.locator('.place-keys-hint').isVisible()).resolves.toBe(true);
    const stops = await v.page.locator('.place-key').count();
    expect(stops).toBeGreaterThan(2);
    // Only one of them is a tab stop (roving tabindex): Tab leaves the list instead of walking every place.
    expect(await v.page.locator('.place-key[tabindex="0"]').count()).toBe(1);
    // Map reading order: rows from north to south, west to east within a row.
    const seen: Focused[] = [first];
    for (let i = 1; i < stops; i++) {
      await v.page.keyboard.press('ArrowRight');
      seen.push(await focused(v.page));
    }
    expect(new Set(seen.map((f) => f.label)).size).toBe(stops);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(Math.floor(b.y / 48) > Math.floor(a.y / 48) || b.x >= a.x, `${a.label} → ${b.label}`).toBe(true);
    }
    await v.page.keyboard.press('ArrowLeft');
    const artifacts = resolve(import.meta.dirname, '..', '..', 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'keyboard-focus.png'), await v.page.screenshot());
    await v.page.keyboard.press('Home');
    expect((await focused(v.page)).label).toBe(first.label);
    expect(await v.page.locator('.place-keys-hint').textContent()).toMatch(new RegExp(`^1 of ${stops}: `));
  });

  it('Enter opens the popup of the focused place; Escape closes it and the focus returns to that place', async () => {
    const names = await v.page.locator('.place-key').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
    const i = names.findIndex((n) => /mention/.test(n)); // a single place, not a cluster
    expect(i).toBeGreaterThanOrEqual(0);
    await v.page.keyboard.press('Home');
    for (let k = 0; k < i; k++) await v.page.keyboard.press('ArrowRight');
    const place = await focused(v.page);
    await v.page.keyboard.press('Enter');
    const popup = v.page.locator('.maplibregl-popup .place-popup');
    await expect.poll(() => popup.count()).toBe(1);
    expect(place.label.startsWith(`${await popup.locator('h2').textContent()},`)).toBe(true);
    expect(await v.page.evaluate(() => !!document.activeElement?.closest('.maplibregl-popup'))).toBe(true);
    await v.page.keyboard.press('Escape');
    await expect.poll(() => v.page.locator('.maplibregl-popup').count()).toBe(0);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().selection)).toBeNull();
    await idle(v.page);
    expect((await focused(v.page)).label).toBe(place.label);
  });

  it('every control on the map shows where the focus is', async () => {
    await v.page.locator('#map .maplibregl-canvas').focus();
    const controls: Focused[] = [];
    for (let i = 0; i < 30; i++) {
      await v.page.keyboard.press('Tab');
      const f = await focused(v.page);
      if (!f.inMap) break;
      controls.push(f);
    }
    // The places' stop, zoom in/out, compass, basemap, export, legend, attribution: at least these few.
    expect(controls.length).toBeGreaterThanOrEqual(5);
    for (const c of controls) {
      const visible = (c.outline !== 'none' && c.outlineWidth >= 2) || (c.shadow !== 'none' && c.shadow !== '');
      expect(visible, `${c.tag}.${c.cls} "${c.label}" has no visible focus`).toBe(true);
    }
  });
});

// Round 23: with a popup open, the first arrow key on the timeline's slider moved the date, and the popup's rebuild
// took the focus (MapLibre focuses a popup's new content): the next keys scrolled the popup, the date stuck.
describe('the timeline by keyboard with a popup open', () => {
  it('keeps the focus on the slider while the arrow keys step the date', async () => {
    const { page } = v;
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const f = store.get().dataset.places.features.find((p) => p.geometry && p.properties.kind !== 'country')!;
      store.update({ date: '2024-12-16', selection: { kind: 'place', id: f.properties.id } });
    });
    await page.locator('.maplibregl-popup .popup').waitFor();
    const slider = page.locator('input[type="range"]').first();
    await slider.focus();
    for (const want of ['2024-12-15', '2024-12-14', '2024-12-13']) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.evaluate(() => window.__briefmap!.store.get().date)).toBe(want);
      await expect(page.evaluate(() => document.activeElement?.matches('input[type="range"]'))).resolves.toBe(true);
    }
    expect(await page.locator('.maplibregl-popup').count()).toBe(1);
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null, date: '2024-12-16' }));
    expect(v.errors).toEqual([]);
  });
});

// Round 31, on the events dev corpus (891 articles): the chart's 49 claim points were 49 tab stops between the reading
// checkbox and the date slider, so the slider was about 70 Tabs from the skip link.
describe('the claims chart by keyboard', () => {
  it('is one tab stop: the arrow keys walk its points, and Tab goes on to the date slider', async () => {
    const { page } = v;
    const points = await page.locator('.chart .point').count();
    expect(points).toBeGreaterThan(2);
    expect(await page.locator('.chart .point[tabindex="0"]').count()).toBe(1);
    await page.locator('#timeline-hindsight').focus();
    await page.keyboard.press('Tab');
    const claimAt = () => page.evaluate(() => document.activeElement?.getAttribute('data-claim') ?? null);
    const first = await claimAt();
    expect(first).not.toBeNull();
    // Home, then End: the leftmost and the rightmost point; each move keeps one tab stop.
    await page.keyboard.press('Home');
    const seen = [await claimAt()];
    for (let i = 1; i < points; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await claimAt());
    }
    expect(new Set(seen).size).toBe(points);
    const xs = await page.evaluate(
      (ids) => ids.map((id) => document.querySelector(`.chart .point[data-claim="${id}"] .dot`)!.getBoundingClientRect().x),
      seen,
    );
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(await page.locator('.chart .point[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    expect(await claimAt()).toBe(seen[points - 2]);
    // The point keeps the focus (and the stop) while the date moves.
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2024-12-15' }));
    await expect.poll(claimAt).toBe(seen[points - 2]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-slider');
    await page.keyboard.press('Shift+Tab');
    expect(await claimAt()).toBe(seen[points - 2]);
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2024-12-16' }));
    expect(v.errors).toEqual([]);
  });
});

// Round 32, on the events dev corpus: each article row was two tab stops (its button and its "Open article" link), so
// the 100 rows shown stood 200 Tabs between the search box and the claims table.
describe('the articles list by keyboard', () => {
  it('is one tab stop: the arrow keys walk the articles, Enter opens one, and Tab leaves the list', async () => {
    const { page } = v;
    const count = await page.locator('#articles-list button.article-button').count();
    expect(count).toBeGreaterThan(2);
    await page.locator('#place-search').focus();
    await page.keyboard.press('Tab');
    const file = () => page.evaluate(() => document.activeElement?.getAttribute('data-file') ?? null);
    const first = await file();
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowDown');
    const second = await file();
    expect(second).not.toBe(first);
    await page.keyboard.press('End');
    const files = await page
      .locator('#articles-list button.article-button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-file')));
    expect(await file()).toBe(files.at(-1));
    await page.keyboard.press('Home');
    expect(await file()).toBe(first);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__briefmap!.store.get().article)).toBe(second);
    // Tab leaves the list (past its row's link, if any): no other article is a stop.
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => document.activeElement?.matches('#articles-list a.article-link')))) break;
    }
    expect(await page.evaluate(() => !!document.activeElement?.closest('#articles-list'))).toBe(false);
    // Back into the list: the stop is the article open.
    await page.keyboard.press('Shift+Tab');
    while (await page.evaluate(() => document.activeElement?.matches('#articles-list a.article-link')))
      await page.keyboard.press('Shift+Tab');
    expect(await file()).toBe(second);
    await page.evaluate(() => window.__briefmap!.store.update({ article: null }));
    expect(v.errors).toEqual([]);
  });
});

// Round 33: ArrowDown led from the search box to the first result, then the arrow keys did nothing there (the list
// of results is walked as the other lists are, with the shared roving move of src/viewer/ui/roving.ts).
describe('the search results by keyboard', () => {
  it('walk with the arrow keys, Home and End, and Up from the first goes back to the box', async () => {
    const { page } = v;
    const box = page.locator('#place-search');
    await box.fill('a');
    const places = await page.locator('#search-results button.result').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
    expect(places.length).toBeGreaterThan(2);
    const at = () => page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? document.activeElement?.id ?? null);
    await box.focus();
    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(places[0]);
    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(places[1]);
    await page.keyboard.press('End');
    expect(await at()).toBe(places.at(-1));
    await page.keyboard.press('ArrowDown');
    expect(await at()).toBe(places.at(-1));
    await page.keyboard.press('Home');
    expect(await at()).toBe(places[0]);
    await page.keyboard.press('ArrowUp');
    expect(await at()).toBe('place-search');
    await box.fill('');
    expect(v.errors).toEqual([]);
  });
});
