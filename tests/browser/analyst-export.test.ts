// Analyst data from the page (issue 13): the export dialog's "Download analyst data" saves the loaded places, claims
// and events as CSV (read back with csv-parse) and as FlatGeobuf (read back with flatgeobuf), one row per feature.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseCsv } from 'csv-parse/sync';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { launch, openViewer, type Opened } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function download(v: Opened, format: string): Promise<{ name: string; bytes: Uint8Array }> {
  await v.page.locator('#export-open').click();
  await v.page.locator('#export-data-format').selectOption(format);
  const [file] = await Promise.all([v.page.waitForEvent('download'), v.page.locator('#export-data').click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

const counts = (v: Opened) =>
  v.page.evaluate(() => {
    const d = window.__briefmap!.store.get().dataset;
    return { places: d.places.features.length, claims: d.claims.features.length, events: d.events.features.length };
  });

describe('analyst data from the page', () => {
  it('CSV: a ZIP of places.csv, claims.csv and events.csv with one row per loaded feature', async () => {
    const v = await openViewer(browser);
    const n = await counts(v);
    const file = await download(v, 'csv');
    expect(file.name).toBe('briefmap-data-csv.zip');
    const files = unzipSync(file.bytes);
    expect(Object.keys(files).sort()).toEqual(['claims.csv', 'events.csv', 'places.csv']);
    const rows = (name: string) => parseCsv(strFromU8(files[name]!), { columns: true }) as Record<string, string>[];
    expect(rows('places.csv')).toHaveLength(n.places);
    expect(rows('claims.csv')).toHaveLength(n.claims);
    expect(rows('events.csv')).toHaveLength(n.events);
    await expect(v.page.locator('#export-data-status').textContent()).resolves.toContain(`${n.claims} claims`);
    expect(v.errors).toEqual([]);
    expect(v.blocked).toEqual([]);
    await v.page.close();
  });

  it('FlatGeobuf: places.fgb reads back with every loaded place', async () => {
    const v = await openViewer(browser);
    const n = await counts(v);
    const file = await download(v, 'fgb');
    const files = file.name.endsWith('.zip') ? unzipSync(file.bytes) : { [file.name]: file.bytes };
    const places = files['places.fgb'];
    expect(places).toBeDefined();
    const features = [];
    for await (const f of deserialize(places!) as AsyncIterable<unknown>) features.push(f);
    expect(features).toHaveLength(n.places);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
