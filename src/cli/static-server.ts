// A small static file server for the built viewer, bound to 127.0.0.1 on a free port by default. The data can come
// from a folder of its own (`briefmap view` / `snapshot --data`): /data/generated/* is then served from there.
// Byte ranges are honoured, so the viewer can read one place's mentions out of a large side file.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { constants, existsSync, realpathSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { UserError } from './user-error.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Sent with every file. The page's own CSP is a <meta> tag (it travels with dist/ to any server), but a meta policy
 * cannot forbid framing: with `--host` another site could frame the viewer and overlay it (clickjacking). nosniff keeps a
 * data file from being run as a script or page. (Article links carry rel=noreferrer themselves; the page keeps the
 * default referrer policy, which a tile server's origin-restricted key may need.) */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
} as const;

const DATA_PREFIX = '/data/generated/';
/** The files a data folder must hold for the viewer to open it. */
export const REQUIRED_DATA = ['places.geojson', 'claims.geojson', 'events.geojson', 'report.json'] as const;

export class DataDirError extends UserError {}

/** Throws naming the first file the viewer needs that `dir` lacks. */
export function checkDataDir(dir: string): void {
  for (const f of REQUIRED_DATA)
    if (!existsSync(join(dir, f)))
      throw new DataDirError(
        `${join(dir, f)} is missing: give the output folder of \`briefmap geocode\` (or a corpus folder with manifest.json)`,
      );
}

export interface ServeOptions {
  /** Serve /data/generated/* from this folder instead of the build's copy. */
  dataDir?: string;
  /** Default 127.0.0.1 (this machine only). */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
}

/** The file under `root` for a URL path, or null when the path would leave `root`. */
function within(root: string, path: string): string | null {
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(root + sep) ? file : null;
}

/** Sends a file, or the one byte range the request asks for ("bytes=a-b"; several ranges are not needed here). */
/** Sends `file` (or the asked byte range). The file is opened before any header is written, and the stream is read
 * from that descriptor: a file unreadable, removed or swapped between the lookup and the read (a re-run replacing the
 * outputs) is a 404 or a cut response, never an unhandled stream error that stops the server. */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  // non-blocking: a named pipe swapped in after the lookup must not hold a thread of the pool waiting for a writer
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let st;
  try {
    st = await handle.stat();
    if (!st.isFile()) throw new Error('not a file');
  } catch (err) {
    await handle.close();
    throw err;
  }
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'Accept-Ranges': 'bytes',
    ...SECURITY_HEADERS,
  };
  const send = (options: { start?: number; end?: number }): void => {
    const stream = handle.createReadStream({ ...options, autoClose: true });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, st.size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), st.size - 1) : st.size - 1;
    if (start > end || start >= st.size) {
      await handle.close();
      res.writeHead(416, { 'Content-Range': `bytes */${st.size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${st.size}`, 'Content-Length': end - start + 1 });
    send({ start, end });
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': st.size });
  send({});
}

export async function serveStatic(dirIn: string, opts: ServeOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const dir = resolve(dirIn);
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : null;
  // Where a link inside a served folder may lead: into that folder (the outputs are symlinks into .briefmap/), not out
  // of it. An output folder from someone else with `report.json -> ~/.ssh/id_rsa` must not serve that file.
  const realRoots = [dir, dataDir].flatMap((d) => (d && existsSync(d) ? [realpathSync(d)] : []));
  const insideARoot = (real: string) => realRoots.some((r) => real === r || real.startsWith(r + sep));
  const server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = dataDir && path.startsWith(DATA_PREFIX) ? within(dataDir, path.slice(DATA_PREFIX.length)) : within(dir, path);
    // No escaping the served folder with ../
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    try {
      const real = await realpath(file);
      if (!insideARoot(real)) throw new Error('a link out of the served folder');
      await sendFile(req, res, real);
    } catch {
      if (!res.headersSent) res.writeHead(404).end('not found');
    }
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, ok);
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('the static server has no port');
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${addr.port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
