// The viewer's static server with data from someone else: a link in the served folders may lead inside them (the
// outputs are symlinks into .briefmap/), never out of them; every response forbids framing and content sniffing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/cli/static-server.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefmap-static-'));
const dist = join(tmp, 'dist');
const data = join(tmp, 'out');
const secret = join(tmp, 'secret.txt');
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  mkdirSync(join(dist, 'data', 'generated'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
  mkdirSync(join(data, '.briefmap', 'gen-1'), { recursive: true });
  writeFileSync(join(data, '.briefmap', 'gen-1', 'places.geojson'), '{"type":"FeatureCollection","features":[]}');
  symlinkSync('gen-1', join(data, '.briefmap', 'current'));
  symlinkSync(join('.briefmap', 'current', 'places.geojson'), join(data, 'places.geojson'));
  writeFileSync(secret, 'private key');
  symlinkSync(secret, join(data, 'report.json')); // a hostile output folder
  symlinkSync(secret, join(dist, 'leak.html'));
  server = await serveStatic(dist, { dataDir: data });
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves the outputs through their links inside the folder', async () => {
    const r = await fetch(`${server.url}data/generated/places.geojson`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('refuses a link that leads out of the served folders', async () => {
    for (const path of ['data/generated/report.json', 'leak.html']) {
      const r = await fetch(server.url + path);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain('private key');
    }
  });

  it('forbids framing and sniffing', async () => {
    const r = await fetch(server.url);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
