import { describe, expect, it } from 'vitest';
import { pageSize, niceScale, metersPerCssPx, SizeError } from '../../src/print/sizes.ts';
import { cameraForBounds, cameraForFrame, frameInView } from '../../src/print/camera.ts';
import { layoutPage } from '../../src/print/layout.ts';

describe('page sizes', () => {
  it('A4 landscape at 200 dpi is 2339×1654 px and 842×595 pt', () => {
    const p = pageSize({ size: 'a4-landscape', dpi: 200 });
    expect([p.widthPx, p.heightPx]).toEqual([2339, 1654]);
    expect(Math.round(p.widthPt)).toBe(842);
    expect(Math.round(p.heightPt)).toBe(595);
    expect(p.pixelRatio).toBeCloseTo(200 / 96);
  });
  it('A3 at 300 dpi is 4961×3508 px (landscape) and 3508×4961 (portrait)', () => {
    const l = pageSize({ size: 'a3-landscape', dpi: 300 });
    const p = pageSize({ size: 'a3-portrait', dpi: 300 });
    expect([l.widthPx, l.heightPx]).toEqual([4961, 3508]);
    expect([p.widthPx, p.heightPx]).toEqual([3508, 4961]);
  });
  it('a slide is always 1920×1080; the current view scales with the DPI', () => {
    expect(pageSize({ size: 'slide', dpi: 144 })).toMatchObject({ widthPx: 1920, heightPx: 1080, widthPt: 960, heightPt: 540 });
    expect(pageSize({ size: 'current', dpi: 192 }, { width: 1000, height: 600 })).toMatchObject({ widthPx: 2000, heightPx: 1200 });
  });
  it('custom sizes in mm or px', () => {
    expect(pageSize({ size: 'custom', dpi: 254, customWidth: 100, customHeight: 50, customUnit: 'mm' })).toMatchObject({
      widthPx: 1000,
      heightPx: 500,
    });
    expect(pageSize({ size: 'custom', dpi: 100, customWidth: 800, customHeight: 600, customUnit: 'px' })).toMatchObject({
      widthPx: 800,
      heightPx: 600,
    });
  });
  it('refuses DPI outside 96–300 and pages too large or missing custom sides', () => {
    expect(() => pageSize({ size: 'a4-portrait', dpi: 95 })).toThrow(SizeError);
    expect(() => pageSize({ size: 'a4-portrait', dpi: 301 })).toThrow(SizeError);
    expect(() => pageSize({ size: 'custom', dpi: 300, customWidth: 2000, customHeight: 100 })).toThrow(/larger than/);
    expect(() => pageSize({ size: 'custom', dpi: 300 })).toThrow(/custom size/);
    expect(() => pageSize({ size: 'current', dpi: 96 })).toThrow(/current view/);
  });
});

describe('scale bar', () => {
  it('picks the largest 1/2/5 × 10^k length that fits', () => {
    expect(niceScale(100, 130)).toMatchObject({ meters: 10_000, label: '10 km' });
    expect(niceScale(100, 130).px).toBeCloseTo(100);
    expect(niceScale(3, 130)).toMatchObject({ meters: 200, label: '200 m' });
    expect(niceScale(400, 130)).toMatchObject({ meters: 50_000, label: '50 km' });
  });
  it('ground resolution halves per zoom level and shrinks with latitude', () => {
    expect(metersPerCssPx(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metersPerCssPx(0, 1)).toBeCloseTo(metersPerCssPx(0, 0) / 2);
    expect(metersPerCssPx(60, 0)).toBeCloseTo(metersPerCssPx(0, 0) / 2);
  });
});

describe('camera', () => {
  it('the preview frame has the page shape and is the smallest one that holds the central 90 % of the view', () => {
    const f = frameInView({ width: 1000, height: 900 }, 1000 / 900);
    expect(f).toEqual({ x: 50, y: 45, w: 900, h: 810 });
    const wide = frameInView({ width: 1000, height: 800 }, 2);
    expect(wide.w / wide.h).toBeCloseTo(2);
    expect(wide.h).toBeCloseTo(720);
    expect(wide.x).toBeCloseTo(-220); // reaches past the view's sides: the page shows more map there
  });
  it('a portrait page and a landscape page below a wide view show its whole central width, not a crop', () => {
    const view = { width: 1400, height: 900 };
    const portrait = frameInView(view, 0.7);
    const landscape = frameInView(view, 1.5);
    expect(portrait.w).toBeCloseTo(1260);
    expect(landscape.w).toBeCloseTo(1260);
    expect(portrait.h).toBeCloseTo(1800); // more map above and below
    expect(portrait.y).toBeCloseTo(-450);
  });
  it('a map twice as wide as the frame is one zoom level higher', () => {
    expect(cameraForFrame({ center: [35, 51], zoom: 7, bearing: 10, pitch: 0 }, 500, 1000)).toEqual({
      center: [35, 51],
      zoom: 8,
      bearing: 10,
      pitch: 0,
    });
  });
  it('bounds of 360° fit a 512 px wide map at zoom 0', () => {
    const c = cameraForBounds([-180, -60, 180, 60], 512, 4000);
    expect(c.zoom).toBeCloseTo(0);
    expect(c.center[1]).toBeCloseTo(0);
  });
});

describe('layout', () => {
  it('keeps the map inside the page, below the title, and the panel (legend, sources) beside it, not over it', () => {
    const l = layoutPage({ widthPx: 2339, heightPx: 1654, u: 200 / 96, title: 'T', subtitle: 'S', sources: true });
    expect(l.header).not.toBeNull();
    expect(l.map.y).toBeGreaterThan(l.header!.y + l.header!.h);
    expect(l.side).toBe('right');
    expect(l.panel.x).toBeGreaterThanOrEqual(l.map.x + l.map.w);
    expect(l.panel.x + l.panel.w).toBeLessThanOrEqual(2339);
    expect(l.panel.y + l.panel.h).toBeLessThanOrEqual(1654);
    expect(Number.isInteger(l.map.w) && Number.isInteger(l.map.h) && Number.isInteger(l.map.y)).toBe(true);
    const bare = layoutPage({ widthPx: 2339, heightPx: 1654, u: 200 / 96, title: '', subtitle: '', sources: false });
    expect(bare.header).toBeNull();
    expect(bare.map.h).toBeGreaterThan(l.map.h);
  });

  it('puts the panel below the map on portrait pages, and leaves a slide most of its height for the map', () => {
    const p = layoutPage({ widthPx: 1654, heightPx: 2339, u: 200 / 96, title: 'T', subtitle: '', sources: true });
    expect(p.side).toBe('bottom');
    expect(p.panel.y).toBeGreaterThanOrEqual(p.map.y + p.map.h);
    expect(p.columns).toHaveLength(2);
    const slide = layoutPage({ widthPx: 1920, heightPx: 1080, u: 1, title: 'T', subtitle: 'S', sources: true });
    expect(slide.map.h).toBeGreaterThan(950);
    expect(slide.map.w).toBeGreaterThan(1400);
  });
});
