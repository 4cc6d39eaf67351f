// A briefer's pass (round 34, 30 articles of the events dev corpus): with both sides holding a few villages, the
// chart printed Ukraine's "span 270 km²" and Russia's "span 283 km²" at one spot beside the date cursor, one over the
// other, neither readable. Reproduced on the seeds: one village reported taken by each side.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the footprints on the area chart', () => {
  it('print each side’s "span" label apart from the other’s', async () => {
    const { page, errors } = await openViewer(browser);
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      type Event = (typeof ds.events.features)[number];
      const [a, b] = ds.events.features as [Event, Event];
      const taken = (f: Event, side: 'UA' | 'RU'): Event => ({
        ...f,
        properties: { ...f.properties, action: 'captured', actor: side, holder: side, precision: 'exact' },
      });
      store.update({ dataset: { ...ds, events: { ...ds.events, features: [taken(a, 'UA'), taken(b, 'RU')] } } });
    });
    const labels = page.locator('.chart-svg .footprint-point text');
    await expect.poll(() => labels.count(), { timeout: 60_000 }).toBe(2);
    const boxes = await labels.evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
      }),
    );
    const [p, q] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    expect(p.text).toMatch(/^span /);
    expect(q.text).toMatch(/^span /);
    const overlap = p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
    expect(overlap, JSON.stringify(boxes)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
