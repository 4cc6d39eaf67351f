// `briefmap view <outDir|corpusDir>`: serves the built viewer on that data. Given a corpus (a folder with
// manifest.json) it geocodes it first, into --out or a temporary folder removed on exit.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { geocode } from './geocode/geocode.ts';
import { UserError } from './user-error.ts';
import { ensureDist } from './viewer-dist.ts';
import { checkDataDir, serveStatic } from './static-server.ts';

export const VIEW_HELP = `Usage: briefmap view <outDir|corpusDir> [--port N] [--host] [--out DIR] [--dist DIR] [--quiet]

Serves the map viewer on the output of \`briefmap geocode\` (places.geojson, claims.geojson, report.json), or on a
corpus folder (manifest.json + .txt articles), which is geocoded first.

  --port N     port to listen on (default ${5173}; 0 = any free port)
  --host       listen on every network interface, not only this machine (127.0.0.1)
  --out DIR    with a corpus folder: keep the geocoded output here (default: a temporary folder, removed on exit)
  --dist DIR   the built viewer (default: ./dist, rebuilt with Vite when missing or older than the sources)
  --quiet      no progress on stderr
`;

export class ViewError extends UserError {}

const argsSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.boolean(),
  out: z.string().min(1).optional(),
  dist: z.string().min(1).optional(),
  quiet: z.boolean(),
});

export interface ViewServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts serving; resolves once the server listens. */
export async function startView(argv: string[], log: (s: string) => void): Promise<ViewServer | 'help'> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      dist: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length !== 1)
    throw new ViewError('view takes exactly one folder: the output of briefmap geocode, or a corpus (see briefmap view --help)');
  const parsed = argsSchema.safeParse({
    port: values.port ?? '5173',
    host: values.host ?? false,
    out: values.out,
    dist: values.dist,
    quiet: values.quiet ?? false,
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ViewError(`--${String(i.path[0])}: ${i.message}`);
  }
  const args = parsed.data;
  const say = args.quiet ? () => {} : log;
  const folder = resolve(positionals[0]!);
  if (!existsSync(folder)) throw new ViewError(`${folder}: no such folder`);

  const corpus = existsSync(join(folder, 'manifest.json'));
  let dataDir = folder;
  let temporary: string | null = null;
  let releaseSignals = (): void => {};
  const removeTemporary = (): void => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  };
  if (corpus) {
    if (args.out) dataDir = resolve(args.out);
    else {
      dataDir = temporary = mkdtempSync(join(tmpdir(), 'briefmap-view-'));
      releaseSignals = removeOnSignal(removeTemporary);
    }
    say(`geocoding the corpus ${folder} into ${dataDir}…`);
  }
  try {
    if (corpus) {
      const run = await geocode(folder, dataDir, say);
      const t = run.totals;
      say(`${t.articles} articles, ${t.places} places, ${t.claims} claims in ${run.seconds.toFixed(1)} s`);
    } else if (args.out) throw new ViewError('--out only applies to a corpus folder (one with manifest.json)');
    checkDataDir(dataDir);
    const dist = await ensureDist(args.dist, say, dataDir);
    const server = await serveStatic(dist, { dataDir, host: args.host ? '0.0.0.0' : '127.0.0.1', port: args.port });
    return {
      url: server.url,
      dataDir,
      close: async () => {
        releaseSignals();
        await server.close();
        removeTemporary();
      },
    };
  } catch (e) {
    releaseSignals();
    removeTemporary();
    throw e;
  }
}

/**
 * Until the returned function is called, Ctrl-C (SIGINT) or SIGTERM runs `cleanup` and then exits as the signal
 * would have: a geocode interrupted half-way must not leave its temporary folder behind.
 */
export function removeOnSignal(cleanup: () => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = (): void => {
      cleanup();
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

export async function viewCommand(argv: string[]): Promise<void> {
  const log = (s: string): void => {
    process.stderr.write(`${s}\n`);
  };
  const server = await startView(argv, log);
  if (server === 'help') {
    process.stdout.write(VIEW_HELP);
    return;
  }
  process.stdout.write(`briefmap viewer: ${server.url}  (Ctrl+C to stop)\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
