// Vite config for the web viewer. The generated data and the embedded basemap are not imported by code:
// they are fetched at run time, so the dev server serves them from disk and the build copies them into dist/.
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { resolveOutputs } from './src/cli/output-set.ts';
import { sendFile } from './src/cli/static-server.ts';
import { OUTPUT_FILES, VIEWER_FILES } from './src/core/output-files.ts';

const root = import.meta.dirname;
// Tests and CI point the build at another generated folder without touching data/generated.
const generatedDir = resolve(root, process.env.BRIEFMAP_DATA ?? 'data/generated');
const basemapDir = resolve(root, 'data/basemap');
const gazetteerDir = resolve(root, 'data/gazetteer');
// The contract files and the viewer's compact forms, as `briefmap geocode` writes them.
const DATA_FILES: readonly string[] = OUTPUT_FILES;
const VIEWER_DATA_FILES: readonly string[] = VIEWER_FILES;
const importedDir = join(gazetteerDir, 'imported');

/** A user's own gazetteer layers (data/gazetteer/imported/*.json): the browser cannot list a folder, so it reads this list. */
function importedLayerNames(): string[] {
  if (!existsSync(importedDir)) return [];
  return readdirSync(importedDir)
    .filter((n) => n.endsWith('.json') && n !== 'index.json')
    .map((n) => n.slice(0, -5))
    .sort();
}

/** Serves data/generated (or BRIEFMAP_DATA) under /data/generated in dev, and copies it, the gazetteer and the basemap into dist. */
function briefmapData(): Plugin {
  return {
    name: 'briefmap-data',
    configureServer(server) {
      server.middlewares.use('/data/gazetteer/imported/index.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(importedLayerNames()));
      });
      server.middlewares.use('/data/generated', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!DATA_FILES.includes(name) && !VIEWER_DATA_FILES.includes(name)) return next();
        const file = join(generatedDir, name);
        if (!existsSync(file)) return next();
        sendFile(req, res, file).catch(next); // byte ranges: the viewer reads mentions.json a page at a time
      });
    },
    generateBundle() {
      // The committed generation, resolved once, so a `briefmap geocode` committing meanwhile cannot mix two runs.
      const committed = resolveOutputs(generatedDir);
      for (const name of DATA_FILES) {
        const file = join(committed, name);
        if (!existsSync(file)) this.error(`missing ${file}: run \`npm run geocode\` first`);
        this.emitFile({ type: 'asset', fileName: `data/generated/${name}`, source: readFileSync(file) });
      }
      for (const name of VIEWER_FILES) {
        const file = join(committed, name);
        if (existsSync(file)) this.emitFile({ type: 'asset', fileName: `data/generated/${name}`, source: readFileSync(file) });
      }
      // The gazetteer is fetched by the browser only when the user drops an article to geoparse.
      for (const name of readdirSync(gazetteerDir)
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        this.emitFile({ type: 'asset', fileName: `data/gazetteer/${name}`, source: readFileSync(join(gazetteerDir, name)) });
      }
      const imported = importedLayerNames();
      for (const name of imported)
        this.emitFile({
          type: 'asset',
          fileName: `data/gazetteer/imported/${name}.json`,
          source: readFileSync(join(importedDir, `${name}.json`)),
        });
      this.emitFile({ type: 'asset', fileName: 'data/gazetteer/imported/index.json', source: JSON.stringify(imported) });
      // The basemap holds folders (tiles/{z}/{x}/{y}.pbf, glyphs/{fontstack}/{range}.pbf): copy the whole tree.
      for (const name of (readdirSync(basemapDir, { recursive: true }) as string[]).sort()) {
        const file = join(basemapDir, name);
        if (!statSync(file).isFile()) continue;
        this.emitFile({ type: 'asset', fileName: `data/basemap/${name.split(sep).join('/')}`, source: readFileSync(file) });
      }
    },
  };
}

// One policy for both modes, except that the dev server injects <style> tags and talks to its HMR socket.
// connect-src/img-src allow https: so that a style URL the user pastes can load; scripts stay 'self' only.
function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data: blob: https:",
    "font-src 'self' data: https://tiles.openfreemap.org",
    `connect-src 'self' data: blob: https:${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function csp(): Plugin {
  let dev = false;
  return {
    name: 'briefmap-csp',
    configResolved(config) {
      dev = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml(html) {
      return html.replace('%BRIEFMAP_CSP%', contentSecurityPolicy(dev));
    },
  };
}

export default defineConfig({
  root,
  base: './', // relative URLs: dist/ works from any web server and any sub-path
  publicDir: false,
  plugins: [briefmapData(), csp()],
  build: {
    outDir: process.env.BRIEFMAP_OUT ? resolve(process.env.BRIEFMAP_OUT) : resolve(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // The bundler's "[PLUGIN_TIMINGS] JavaScript callbacks ran for …" report is for its developers: on a slow or busy
    // machine it printed a screen of profiling advice into `briefmap view`'s first run.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { host: '127.0.0.1', open: false },
  preview: { host: '127.0.0.1' },
});
