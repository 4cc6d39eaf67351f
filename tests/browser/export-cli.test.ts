// `briefmap snapshot` end to end: the CLI builds nothing here (it gets a dist built from the test data),
// serves it on 127.0.0.1, drives Chromium and writes files we then inspect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildViewer } from '../../src/cli/build-viewer.ts';
import { inject } from 'vitest';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { launch } from './helpers.ts';
import { imageStats } from './export-helpers.ts';
import { readPngInfo } from '../../src/print/png-phys.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize } from '../../src/print/sizes.ts';
import { corpusTitle } from '../../src/core/corpus-title.ts';
import { claimsCollectionSchema, placesCollectionSchema, reportSchema } from '../../src/core/schema.ts';

const root = resolve(import.meta.dirname, '..', '..');
let work: string;
let dist: string;
let browser: Browser;

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'briefmap.js'), 'snapshot', '--dist', dist, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => ok({ code, stderr }));
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'briefmap-export-cli-'));
  dist = join(work, 'dist');
  await buildViewer(inject('dataDir'), dist);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const VIEW = '#map=8/51.3/35.3/0/0&date=2024-12-16';

/** The title the CLI puts on the page when --title is not given: the corpus's own. */
function seedTitle(): string {
  const read = (f: string): unknown => JSON.parse(readFileSync(join(inject('dataDir'), f), 'utf8'));
  return corpusTitle({ places: placesCollectionSchema.parse(read('places.geojson')), claims: claimsCollectionSchema.parse(read('claims.geojson')), report: reportSchema.parse(read('report.json')) }).title;
}

describe('briefmap snapshot', () => {
  it('writes an A4 landscape PNG at 200 dpi: 2339×1654 px, pHYs 200 dpi, a real map and a legend', { timeout: 300_000 }, async () => {
    const withLegend = join(work, 'a4.png');
    const without = join(work, 'a4-nolegend.png');
    const a = await cli(['--view', VIEW, '--size', 'a4-landscape', '--dpi', '200', '--format', 'png', '--out', withLegend]);
    expect(a.code, a.stderr).toBe(0);
    const b = await cli(['--view', VIEW, '--size', 'a4-landscape', '--dpi', '200', '--format', 'png', '--no-legend', '--out', without]);
    expect(b.code, b.stderr).toBe(0);

    const png = new Uint8Array(readFileSync(withLegend));
    expect(readPngInfo(png)).toEqual({ width: 2339, height: 1654, dpi: 200 });

    // Where the page puts the map and (bottom-left inside it) the legend.
    const page = pageSize({ size: 'a4-landscape', dpi: 200 });
    const l = layoutPage({ widthPx: page.widthPx, heightPx: page.heightPx, u: page.pixelRatio, title: seedTitle(), subtitle: '', sources: true });
    const u = l.u;
    const legend = { x: l.map.x + 12 * u, y: l.map.y + l.map.h - 60 * u, w: 180 * u, h: 46 * u };
    const mapCentre = { x: l.map.x + l.map.w * 0.3, y: l.map.y + l.map.h * 0.2, w: l.map.w * 0.4, h: l.map.h * 0.4 };
    const s1 = await imageStats(browser, png, 'image/png', [legend, mapCentre]);
    const s2 = await imageStats(browser, new Uint8Array(readFileSync(without)), 'image/png', [legend, mapCentre]);
    expect(s1.width).toBe(2339);
    // Not blank: the map has land, borders, circles, labels.
    expect(s1.regions[1]!.colours).toBeGreaterThan(20);
    // The legend panel is white with dark text; without the legend the same spot is map.
    expect(s1.regions[0]!.panel).toBeGreaterThan(0.5);
    expect(s1.regions[0]!.ink).toBeGreaterThan(0.01);
    expect(s2.regions[0]!.panel).toBeLessThan(0.2);
  });

  it('writes a PDF whose page is A4 landscape in points', { timeout: 180_000 }, async () => {
    const out = join(work, 'a4.pdf');
    const r = await cli(['--view', VIEW, '--size', 'a4-landscape', '--dpi', '150', '--format', 'pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const doc = await PDFDocument.load(readFileSync(out));
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.abs(width - 842)).toBeLessThan(1);
    expect(Math.abs(height - 595)).toBeLessThan(1);
  });

  it('writes a date series as a ZIP with one frame per claim date, printing progress', { timeout: 300_000 }, async () => {
    const out = join(work, 'series.zip');
    const r = await cli(['--view', VIEW, '--size', 'slide', '--dpi', '96', '--series', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const claims = claimsCollectionSchema.parse(JSON.parse(readFileSync(join(inject('dataDir'), 'claims.geojson'), 'utf8')));
    const dates = [...new Set(claims.features.filter((f) => f.properties.type === 'area-held').map((f) => f.properties.asOf.start))].sort();
    expect(dates.length).toBeGreaterThan(1);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const names = Object.keys(files).sort();
    expect(names).toEqual(dates.map((d) => `briefmap-${d}.png`));
    for (const n of names) expect(readPngInfo(files[n]!)).toMatchObject({ width: 1920, height: 1080 });
    // Each frame shows a different date, so no two frames are the same image.
    expect(new Set(names.map((n) => Buffer.from(files[n]!).toString('base64'))).size).toBe(names.length);
    expect(r.stderr).toMatch(new RegExp(`frame ${dates.length}/${dates.length}`));
  });
});
