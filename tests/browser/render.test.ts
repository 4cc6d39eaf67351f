// Render tests as MapLibre does them: a style + fixture data, rendered in headless Chromium (SwiftShader) at a fixed
// size, compared with tests/render/expected/<name>.png within a pixel tolerance. UPDATE_RENDER=1 rewrites them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { compareWithExpected, openRenderer, ROOT, type Renderer } from '../render/harness.ts';
import { basemapStyle } from '../../src/viewer/map/basemap/vector-style.ts';
import { claimLayers } from '../../src/viewer/map/layers/claims.ts';
import { symbolImage } from '../../src/viewer/map/symbol-images.ts';
import { CLAIM_SYMBOLS, MARK_IMAGE_PREFIX } from '../../src/print/claim-symbols.ts';
import type { FeatureCollection, Point } from 'geojson';
import { clusterMaxZoomFor, placeLayers } from '../../src/viewer/map/layers/places.ts';
import { PLACE_HIT_IMAGE } from '../../src/viewer/map/layers/place-hit.ts';
import { placeRadius } from '../../src/print/symbols.ts';

// Anti-aliasing differs a little between runs of software WebGL; a real change moves far more than this.
const MAX_DIFF = 0.004;
const SIZE = { width: 512, height: 384 };

let r: Renderer;
beforeAll(async () => {
  r = await openRenderer();
});
afterAll(async () => {
  await r?.close();
});

describe('render: embedded basemap over the Kursk theatre', () => {
  for (const zoom of [6, 9, 12]) {
    it(`zoom ${zoom}`, async () => {
      const png = await r.render(basemapStyle(r.base), { ...SIZE, center: [35.27, 51.19], zoom });
      const c = compareWithExpected(`basemap-z${zoom}`, png);
      expect(c.ratio, `${c.diffPixels} pixels differ from ${c.expectedPath}`).toBeLessThanOrEqual(MAX_DIFF);
    });
  }
});

describe('render: claim symbols from the symbol table', () => {
  it('hatched, dash-edged areas in side colours with their labels', async () => {
    const fx = JSON.parse(readFileSync(join(ROOT, 'tests/render/fixtures/claim-symbols.json'), 'utf8'));
    const base = basemapStyle(r.base);
    const style: StyleSpecification = {
      ...base,
      sources: { ...base.sources, claims: { type: 'geojson', data: fx.claims } },
      layers: [...base.layers, ...claimLayers()],
    };
    const png = await r.render(style, { ...SIZE, center: fx.center, zoom: fx.zoom });
    const c = compareWithExpected('claim-symbols', png);
    expect(c.ratio, `${c.diffPixels} pixels differ from ${c.expectedPath}`).toBeLessThanOrEqual(MAX_DIFF);
  });
});

describe('render: claim-kind marks as images', () => {
  it('each area-figure kind’s mark white on its disc, its words beside it, arrows along a movement', async () => {
    const fx = JSON.parse(readFileSync(join(ROOT, 'tests/render/fixtures/claim-marks.json'), 'utf8'));
    const base = basemapStyle(r.base);
    const style: StyleSpecification = {
      ...base,
      sources: { ...base.sources, claims: { type: 'geojson', data: fx.claims } },
      layers: [...base.layers, ...claimLayers()],
    };
    // The images the viewer's resolver supplies (symbol-images.ts), from the one symbol table.
    const images = Object.fromEntries(
      Object.keys(CLAIM_SYMBOLS).map((k) => {
        const s = symbolImage(`${MARK_IMAGE_PREFIX}${k}`)!;
        return [`${MARK_IMAGE_PREFIX}${k}`, { ...s.image, pixelRatio: s.pixelRatio }];
      }),
    );
    const png = await r.render(style, { ...SIZE, center: fx.center, zoom: fx.zoom, pixelRatio: 2 }, images);
    const c = compareWithExpected('claim-marks', png);
    expect(c.ratio, `${c.diffPixels} pixels differ from ${c.expectedPath}`).toBeLessThanOrEqual(MAX_DIFF);
  });
});

describe('render: place labels on a crowded front (the Pokrovsk area of the events dev corpus)', () => {
  it('no label covers another label or any place’s circle; the most-mentioned places keep theirs', async () => {
    const fx = JSON.parse(readFileSync(join(ROOT, 'tests/render/fixtures/crowded-places.json'), 'utf8')) as {
      center: [number, number];
      zoom: number;
      places: FeatureCollection<Point, { id: string; name: string; mentionCount: number }>;
    };
    const base = basemapStyle(r.base);
    // The viewer's own places layers (places.ts), as the page export and the CLI snapshot draw them.
    const style: StyleSpecification = {
      ...base,
      sources: {
        ...base.sources,
        places: {
          type: 'geojson',
          data: fx.places,
          cluster: true,
          clusterRadius: 24,
          clusterMaxZoom: clusterMaxZoomFor(fx.places.features.length),
          promoteId: 'id',
        },
        'places-focus': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      },
      layers: [...base.layers, ...placeLayers()],
    };
    const hit = symbolImage(PLACE_HIT_IMAGE)!;
    const circles = fx.places.features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      lng: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!,
      r: placeRadius(f.properties.mentionCount),
    }));
    const m = await r.renderProbe(
      style,
      { ...SIZE, center: fx.center, zoom: fx.zoom },
      { layer: 'places-label', circles },
      {
        [PLACE_HIT_IMAGE]: { ...hit.image, pixelRatio: hit.pixelRatio },
      },
    );
    expect(m.overlaps, 'labels drawn over each other').toEqual([]);
    expect(m.covered, 'labels drawn over circles').toEqual([]);
    // Collision leaves names out, not the important ones: the three most-mentioned keep their labels.
    const top = [...fx.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount).slice(0, 3);
    for (const f of top) expect(m.drawn).toContain(f.properties.name);
    expect(m.drawn.length).toBeGreaterThanOrEqual(15);
    const c = compareWithExpected('crowded-places', m.png);
    expect(c.ratio, `${c.diffPixels} pixels differ from ${c.expectedPath}`).toBeLessThanOrEqual(MAX_DIFF);
  });
});
