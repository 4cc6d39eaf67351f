// The viewer's static server with data from someone else: a link in the served folders may lead inside them (the
// outputs are symlinks into .briefmap/), never out of them; every response forbids framing and content sniffing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFile, serveStatic } from '../../src/cli/static-server.ts';

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
  execFileSync('mkfifo', [join(dist, 'pipe.html')]); // no writer: opening it blocking would wait for ever
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

  it('answers a named pipe in the folder with 404 at once, and keeps serving', async () => {
    const r = await fetch(server.url + 'pipe.html', { signal: AbortSignal.timeout(10_000) });
    expect(r.status).toBe(404);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('cuts the response when the file fails while it is read, instead of stopping the server', async () => {
    // /proc/self/mem stats as a regular file and fails on read (EIO): a stream error with no listener was an
    // uncaught exception that ended `briefmap view` (as an unreadable or replaced output file did)
    const failing = createServer((req, res) => void sendFile(req, res, '/proc/self/mem').catch(() => res.writeHead(404).end()));
    await new Promise<void>((ok) => failing.listen(0, '127.0.0.1', ok));
    const port = (failing.address() as { port: number }).port;
    try {
      await fetch(`http://127.0.0.1:${port}/`)
        .then((r) => r.arrayBuffer())
        .catch(() => null);
      expect((await fetch(server.url)).status).toBe(200);
    } finally {
      failing.closeAllConnections();
      await new Promise<void>((ok) => failing.close(() => ok()));
    }
  });
});
