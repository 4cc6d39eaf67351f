// `briefmap snapshot` end to end: the CLI builds nothing here (it gets a dist built from the test data),
// serves it on 127.0.0.1, drives Chromium and writes files we then inspect.
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    const child = spawn(process.execPath, [join(root, 'bin', 'briefmap.js'), 'snapshot', '--dist', dist, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
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
  return corpusTitle({
    places: placesCollectionSchema.parse(read('places.geojson')),
    claims: claimsCollectionSchema.parse(read('claims.geojson')),
    report: reportSchema.parse(read('report.json')),
  }).title;
}

describe('briefmap snapshot', () => {
  it(
    'writes an A4 landscape PNG at 200 dpi: 2339×1654 px, pHYs 200 dpi, a real map and a legend beside it, over no data',
    { timeout: 480_000 },
    async () => {
      const withLegend = join(work, 'a4.png');
      const without = join(work, 'a4-nolegend.png');
      const a = await cli(['--view', VIEW, '--size', 'a4-landscape', '--dpi', '200', '--format', 'png', '--out', withLegend]);
      expect(a.code, a.stderr).toBe(0);
      const b = await cli(['--view', VIEW, '--size', 'a4-landscape', '--dpi', '200', '--format', 'png', '--no-legend', '--out', without]);
      expect(b.code, b.stderr).toBe(0);

      const png = new Uint8Array(readFileSync(withLegend));
      expect(readPngInfo(png)).toEqual({ width: 2339, height: 1654, dpi: 200 });

      // Where the page puts the map and, beside it, the panel with the legend (never over the map).
      const page = pageSize({ size: 'a4-landscape', dpi: 200 });
      const l = layoutPage({
        widthPx: page.widthPx,
        heightPx: page.heightPx,
        u: page.pixelRatio,
        title: seedTitle(),
        subtitle: '',
        sources: true,
      });
      const u = l.u;
      const legend = { x: l.panel.x, y: l.panel.y + 26 * u, w: l.panel.w, h: 70 * u };
      const wholeMap = l.map;
      const s1 = await imageStats(browser, png, 'image/png', [legend, wholeMap]);
      const s2 = await imageStats(browser, new Uint8Array(readFileSync(without)), 'image/png', [legend, wholeMap]);
      expect(s1.width).toBe(2339);
      // Not blank: the map has land, borders, circles, labels.
      expect(s1.regions[1]!.colours).toBeGreaterThan(20);
      // The legend is white with dark text, in the panel beside the map.
      expect(s1.regions[0]!.panel).toBeGreaterThan(0.5);
      expect(s1.regions[0]!.ink).toBeGreaterThan(0.01);
      expect(legend.x).toBeGreaterThanOrEqual(l.map.x + l.map.w);
      // The legend covers no place symbol: the map frame is the same picture with and without it.
      expect(Math.abs(s1.regions[1]!.ink - s2.regions[1]!.ink)).toBeLessThan(0.002);
      expect(Math.abs(s1.regions[1]!.panel - s2.regions[1]!.panel)).toBeLessThan(0.002);
    },
  );

  it('refuses a date before the data and a permalink field the viewer would not use, writing nothing', { timeout: 180_000 }, async () => {
    // Both drew a map without complaint: 1990 an empty one ("Situation as reported up to 1 Jan 1990"), a bad map= the
    // default view. A date after the data is a snapshot "as of today" and is drawn.
    const out = join(work, 'refused.png');
    const early = await cli(['--date', '1990-01-01', '--dpi', '96', '--out', out]);
    expect(early.code).toBe(1);
    expect(early.stderr.trim()).toBe(
      "briefmap snapshot: --date: date=1990-01-01 is before this data's timeline (1 Aug 2024 – 28 Feb 2025)",
    );
    const badView = await cli(['--view', '#map=8/51.3/999/0/0&date=2024-12-16', '--dpi', '96', '--out', out]);
    expect(badView.code).toBe(1);
    expect(badView.stderr.trim()).toBe(
      'briefmap snapshot: --view: map=8/51.3/999/0/0 is not a view (zoom 0-22/latitude/longitude/bearing/pitch)',
    );
    expect(existsSync(out)).toBe(false);
    const late = await cli(['--view', VIEW, '--date', '2026-01-01', '--dpi', '96', '--out', out]);
    expect(late.code, late.stderr).toBe(0);
  });

  it('writes a PDF whose page is A4 landscape in points', { timeout: 180_000 }, async () => {
    const out = join(work, 'a4.pdf');
    const r = await cli(['--view', VIEW, '--size', 'a4-landscape', '--dpi', '150', '--format', 'pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const doc = await PDFDocument.load(readFileSync(out));
    // The map page, then the source pages on the same paper.
    expect(doc.getPageCount()).toBeGreaterThan(1);
    for (const p of doc.getPages()) {
      const { width, height } = p.getSize();
      expect(Math.abs(width - 842)).toBeLessThan(1);
      expect(Math.abs(height - 595)).toBeLessThan(1);
    }
    // The page text is real text: embedded (TrueType) font files, not only the page image.
    const raw = readFileSync(out).toString('latin1');
    const inflated = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect((raw + inflated.join('\n')).match(/\/FontFile2/g)?.length ?? 0).toBeGreaterThan(0);
    expect(inflated.some((t) => /BT[\s\S]*Tj[\s\S]*ET/.test(t))).toBe(true);
  });

  it(
    'writes a date series as a ZIP with one frame per publication date of an area claim, printing progress',
    { timeout: 480_000 },
    async () => {
      const out = join(work, 'series.zip');
      const r = await cli(['--view', VIEW, '--size', 'slide', '--dpi', '96', '--series', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const claims = claimsCollectionSchema.parse(JSON.parse(readFileSync(join(inject('dataDir'), 'claims.geojson'), 'utf8')));
      // One frame per date an area claim was published: a series shows what was known as reporting came in.
      const dates = [
        ...new Set(claims.features.filter((f) => f.properties.type === 'area-held').map((f) => f.properties.published)),
      ].sort();
      expect(dates.length).toBeGreaterThan(1);
      const files = unzipSync(new Uint8Array(readFileSync(out)));
      const names = Object.keys(files).sort();
      expect(names).toEqual(dates.map((d) => `briefmap-${d}.png`));
      for (const n of names) expect(readPngInfo(files[n]!)).toMatchObject({ width: 1920, height: 1080 });
      // Each frame shows a different date, so no two frames are the same image.
      expect(new Set(names.map((n) => Buffer.from(files[n]!).toString('base64'))).size).toBe(names.length);
      expect(r.stderr).toMatch(new RegExp(`frame ${dates.length}/${dates.length}`));
    },
  );

  it('writes a date series as a PDF whose every page has its title, legend and sources as real text', { timeout: 480_000 }, async () => {
    const out = join(work, 'series.pdf');
    const r = await cli(['--view', VIEW, '--size', 'slide', '--dpi', '96', '--series', '--format', 'pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(out);
    const doc = await PDFDocument.load(bytes);
    const frames = Number(/frame (\d+)\/\1/.exec(r.stderr)?.[1]);
    expect(frames).toBeGreaterThan(1);
    // Each frame's map page, then its source pages.
    expect(doc.getPageCount()).toBeGreaterThan(frames);
    const raw = bytes.toString('latin1');
    const inflated = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    // One content stream with text per page, and an embedded font for each page's text.
    expect(inflated.filter((t) => /BT[\s\S]*Tj[\s\S]*ET/.test(t)).length).toBeGreaterThanOrEqual(frames);
    expect((raw + inflated.join('\n')).match(/\/FontFile2/g)?.length ?? 0).toBeGreaterThanOrEqual(frames);
  });
});
