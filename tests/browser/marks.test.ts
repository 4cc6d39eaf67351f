// Claim-kind marks are images the map registers (not font glyphs it lacks) and draws on each marker, a movement
// carries its arrow, and a place the articles name is labelled once: the basemap's label for it gives way.
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_SYMBOLS, FIGURE_MARKER_KINDS, MARKER_RADIUS_PX } from '../../src/print/claim-symbols.ts';
import { idle, jumpTo, launch, openViewer, type Opened } from './helpers.ts';

let browser: Browser;
let v: Opened;

beforeAll(async () => {
  browser = await launch();
  v = await openViewer(browser);
});
afterAll(async () => {
  await browser?.close();
});

const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
const near = (p: Uint8Array | Buffer, o: number, [r, g, b]: [number, number, number], tol = 40): boolean =>
  Math.abs(p[o]! - r) + Math.abs(p[o + 1]! - g) + Math.abs(p[o + 2]! - b) <= tol;

describe('claim-kind marks on the map', () => {
  it('registers each kind’s mark as an image and draws it, white on its disc of the kind’s colour', async () => {
    const { page } = v;
    // In the right half of the map, clear of the legend panel and of the seed places.
    const lat = 51.05;
    const lons = FIGURE_MARKER_KINDS.map((_, i) => 35.25 + i * 0.09);
    await jumpTo(page, 35.3, lat, 9);
    // Made-up markers, one per kind in a row (not real claims), and one movement, put straight into the claims source.
    await page.evaluate(
      ({ kinds, lons, lat }) => {
        const map = window.__briefmap!.map;
        const features = kinds.map((kind, i) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [lons[i]!, lat] },
          properties: { id: `t-${kind}`, kind, label: '', selected: false, role: 'figure' },
        }));
        const move = {
          type: 'Feature' as const,
          geometry: {
            type: 'LineString' as const,
            coordinates: [
              [35.2, lat - 0.1],
              [35.9, lat - 0.1],
            ],
          },
          properties: { id: 't-move', label: 'test', selected: false, role: 'move' },
        };
        (map.getSource('claims') as unknown as { setData(d: unknown): void }).setData({
          type: 'FeatureCollection',
          features: [...features, move],
        });
      },
      { kinds: [...FIGURE_MARKER_KINDS], lons, lat },
    );
    await idle(page);
    const has = await page.evaluate(
      (ids) => ids.map((id) => window.__briefmap!.map.hasImage(id)),
      [...FIGURE_MARKER_KINDS, 'movement'].map((k) => `claim-mark-${k}`),
    );
    expect(has).toEqual(has.map(() => true));
    expect(
      (await page.evaluate(() => window.__briefmap!.map.queryRenderedFeatures({ layers: ['claims-move-arrow'] }))).length,
    ).toBeGreaterThan(0);

    const pts = await page.evaluate(
      ({ lons, lat }) => {
        const map = window.__briefmap!.map;
        const r = map.getCanvas().getBoundingClientRect();
        return lons.map((lon) => {
          const p = map.project([lon, lat]);
          return [r.left + p.x, r.top + p.y];
        });
      },
      { lons, lat },
    );
    const shot = await page.screenshot();
    if (process.env.MARKS_SHOT) (await import('node:fs')).writeFileSync(process.env.MARKS_SHOT, shot);
    const png = PNG.sync.read(shot);
    FIGURE_MARKER_KINDS.forEach((kind, i) => {
      // The disc is drawn 14 px right of the anchor (circle-translate), the mark on it (icon-offset).
      const cx = Math.round(pts[i]![0]! + 14);
      const cy = Math.round(pts[i]![1]!);
      let white = 0;
      let colour = 0;
      const rr = MARKER_RADIUS_PX - 2;
      for (let dy = -rr; dy <= rr; dy++)
        for (let dx = -rr; dx <= rr; dx++) {
          if (dx * dx + dy * dy > rr * rr) continue;
          const o = ((cy + dy) * png.width + cx + dx) * 4;
          if (near(png.data, o, [255, 255, 255], 60)) white++;
          else if (near(png.data, o, hex(CLAIM_SYMBOLS[kind].color))) colour++;
        }
      // Both the disc's colour and a real share of white (the mark) inside it: a disc alone has no white inside.
      expect(colour, `${kind}: disc colour`).toBeGreaterThan(15);
      expect(white, `${kind}: white mark on the disc`).toBeGreaterThan(4);
    });
    // Put the real claims back.
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      store.update({ date: store.get().date === '2025-03-20' ? '2025-03-21' : '2025-03-20' });
    });
    await idle(page);
  });
});

describe('one label per settlement', () => {
  it('a place the articles name is labelled by the data layer only, the basemap label giving way', async () => {
    const { page } = v;
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-03-20', selection: null, article: null }));
    const sumy = await page.evaluate(() =>
      window.__briefmap!.store.get().dataset.places.features.find((f) => f.properties.name === 'Sumy'),
    );
    expect(sumy).toBeTruthy();
    const [lon, lat] = sumy!.geometry.coordinates as [number, number];
    await jumpTo(page, lon, lat, 9);
    const around = (layers: string[]) =>
      page.evaluate(
        ({ lon, lat, layers }) => {
          const map = window.__briefmap!.map;
          const p = map.project([lon, lat]);
          const ids = layers.filter((l) => map.getLayer(l));
          return map
            .queryRenderedFeatures(
              [
                [p.x - 60, p.y - 40],
                [p.x + 60, p.y + 40],
              ],
              { layers: ids },
            )
            .map((f) => String(f.properties.name));
        },
        { lon, lat, layers },
      );
    expect(await around(['places-label'])).toContain('Sumy');
    expect(await around(['bm-place-city', 'bm-place-town', 'bm-place-village'])).not.toContain('Sumy');
    // The basemap still labels the settlements the articles do not name.
    const elsewhere = await page.evaluate(() =>
      window.__briefmap!.map.queryRenderedFeatures({ layers: ['bm-place-city', 'bm-place-town', 'bm-place-village'] }),
    );
    expect(elsewhere.length).toBeGreaterThan(0);
  });
});
