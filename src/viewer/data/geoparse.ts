// In-browser geoparsing of dropped articles: a thin call into the core's corpus builder (the CLI's code). The core
// and the gazetteer (~3 MB) are loaded on first use only, so opening the viewer stays fast.
import type { Article } from '../../core/schema.ts';
import type { Dataset } from './data.ts';

type Core = typeof import('../../core/index.ts');
let loaded: Promise<{ core: Core; gazetteer: Awaited<ReturnType<Core['loadGazetteer']>> }> | null = null;

/** The build copies data/gazetteer/ next to the app; imported/index.json lists a user's own layers, if any. */
async function fetchLayer(file: string): Promise<unknown> {
  const res = await fetch(new URL(`data/gazetteer/${file}`, document.baseURI));
  if (!res.ok) throw new Error(`gazetteer layer ${file}: HTTP ${res.status}`);
  return res.json();
}

async function importedLayers(core: Core): Promise<string[]> {
  const res = await fetch(new URL(`data/gazetteer/${core.IMPORTED_DIR}/index.json`, document.baseURI));
  if (!res.ok) return [];
  const names: unknown = await res.json();
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && /^[\w.-]+$/.test(n)) : [];
}

function load() {
  loaded ??= (async () => {
    const core = await import('../../core/index.ts');
    const gazetteer = await core.loadGazetteer(fetchLayer, { imported: await importedLayers(core) });
    return { core, gazetteer };
  })();
  loaded.catch(() => (loaded = null)); // a failed load may be retried with the next drop
  return loaded;
}

/** Dropped articles merged into the open corpus by the core's corpus builder: the same code as `briefmap geocode`. */
export async function mergeArticles(articles: Article[], current: Dataset): Promise<Dataset> {
  const { core, gazetteer } = await load();
  return core.addArticles(current, articles, gazetteer);
}
