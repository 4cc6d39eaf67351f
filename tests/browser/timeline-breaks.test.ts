// A corpus whose articles lie years apart (one 2016 article among 2024–2026 ones): the timeline is not a ten-year track
// with the reporting squeezed into its last fifth. Silences of more than half a year are short marked breaks in the
// chart's axis, and every article's date is still a step of the slider.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, openViewer, serveCorpus, type CorpusViewer } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'gap-years-corpus');
const PUBLISHED = ['2016-05-12', '2024-09-09', '2025-03-14', '2025-10-03', '2026-01-12'];

let cv: CorpusViewer;

beforeAll(async () => {
  cv = await serveCorpus(corpus, 'gap-years');
});
afterAll(async () => {
  await cv?.close();
});

describe('timeline over years with a gap', () => {
  it('marks the silent years as axis breaks and gives the reporting most of the track', async () => {
    const v = await openViewer(cv.browser, '', { width: 1400, height: 900 }, cv.url);
    const axis = await v.page.evaluate(() => {
      const breaks = [...document.querySelectorAll('.chart .axis-break')].map((g) => ({
        from: g.getAttribute('data-from')!,
        to: g.getAttribute('data-to')!,
        label: g.getAttribute('aria-label')!,
        width: (g.querySelector('rect') as SVGRectElement).width.baseVal.value,
      }));
      const svgWidth = (document.querySelector('.chart-svg') as SVGSVGElement).width.baseVal.value;
      const labels = [...document.querySelectorAll('.chart .axis-label')].map((t) => t.textContent);
      return { breaks, svgWidth, labels, max: Number((document.getElementById('timeline-slider') as HTMLInputElement).max) };
    });
    // 2016 → 2024, and the two half-years without an article or an event in 2024–2025.
    expect(axis.breaks.map((b) => [b.from.slice(0, 4), b.to.slice(0, 4)])).toEqual([
      ['2016', '2024'],
      ['2024', '2025'],
      ['2025', '2025'],
    ]);
    expect(axis.breaks[0]!.label).toMatch(/^Axis break: nothing reported from 26 May 2016 to 26 Aug 2024$/);
    // Nine years and a half of days would be 3,562 steps; the breaks leave a few hundred, none wider than a month's.
    expect(axis.max).toBeLessThan(400);
    for (const b of axis.breaks) expect(b.width).toBeLessThan(axis.svgWidth / 8);
    // Each stretch names its year.
    expect(axis.labels).toEqual(expect.arrayContaining(['May 2016']));
    expect(axis.labels.some((l) => l?.includes('2024'))).toBe(true);
    expect(axis.labels.some((l) => l?.includes('2026'))).toBe(true);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('reaches every article date with the slider, and the arrow keys step one day beside them', async () => {
    const v = await openViewer(cv.browser, '', { width: 1400, height: 900 }, cv.url);
    // Every step of the slider, read through its own input event: the dates it can show.
    const reachable = await v.page.evaluate(() => {
      const slider = document.getElementById('timeline-slider') as HTMLInputElement;
      const dates = new Set<string>();
      for (let i = 0; i <= Number(slider.max); i++) {
        slider.value = String(i);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        dates.add(window.__briefmap!.store.get().date);
      }
      return [...dates];
    });
    for (const d of PUBLISHED) expect(reachable).toContain(d);
    // On the 2016 article's date the map shows its place and nothing reported later.
    await v.page.evaluate(() => window.__briefmap!.store.update({ date: '2016-05-12' }));
    await idle(v.page);
    await v.page.locator('#timeline-slider').focus();
    await v.page.keyboard.press('ArrowRight');
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().date)).toBe('2016-05-13');
    await v.page.keyboard.press('ArrowLeft');
    await v.page.keyboard.press('ArrowLeft');
    expect(await v.page.locator('#timeline-date').textContent()).toBe('11 May 2016');
    // Play crosses a break in a few ticks, not minutes of days.
    await v.page.evaluate(() => window.__briefmap!.store.update({ date: '2016-05-20' }));
    await v.page.locator('.timeline-controls .play').click();
    await v.page.waitForFunction(() => window.__briefmap!.store.get().date >= '2024-09-01', null, { timeout: 10_000 });
    await v.page.locator('.timeline-controls .play').click();
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
