// In-browser geoparsing of dropped articles with the same core code as the CLI. The core and the
// gazetteer (~3 MB) are loaded on first use only, so opening the viewer stays fast.
import type { Article, ClaimFeature, PlaceFeature } from '../../core/schema.ts';
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

/** Places seen before gain the new mentions; new places are added. */
function mergePlaces(old: PlaceFeature[], added: PlaceFeature[]): PlaceFeature[] {
  const byId = new Map(old.map((f) => [f.properties.id, f]));
  for (const f of added) {
    const prev = byId.get(f.properties.id);
    if (!prev) {
      byId.set(f.properties.id, f);
      continue;
    }
    const p = prev.properties;
    const q = f.properties;
    const mentions = [...p.mentions, ...q.mentions];
    byId.set(p.id, {
      ...prev,
      properties: {
        ...p,
        variants: [...new Set([...p.variants, ...q.variants])],
        mentions,
        mentionCount: mentions.length,
        articleCount: new Set(mentions.map((m) => m.article)).size,
      },
    });
  }
  return [...byId.values()];
}

function uniqueFile(file: string, taken: Set<string>): string {
  if (!taken.has(file)) return file;
  let i = 2;
  while (taken.has(file.replace(/\.txt$/, `-${i}.txt`))) i++;
  return file.replace(/\.txt$/, `-${i}.txt`);
}

export async function mergeArticles(articles: Article[], current: Dataset): Promise<Dataset> {
  const { core, gazetteer } = await load();
  // An uploaded file must not be confused with a seed article of the same name.
  const taken = new Set(current.report.articles.map((a) => a.file));
  const renamed = articles.map((a) => {
    const file = uniqueFile(a.file, taken);
    taken.add(file);
    return { ...a, file };
  });
  const result = core.geoparseCorpus(renamed, gazetteer);
  const claimIds = new Set(current.claims.features.map((f) => f.properties.id));
  const newClaims: ClaimFeature[] = result.claims.features.filter((f) => !claimIds.has(f.properties.id));
  const r = current.report;
  const add = result.report;
  return {
    places: { type: 'FeatureCollection', features: mergePlaces(current.places.features, result.places.features) },
    claims: { type: 'FeatureCollection', features: [...current.claims.features, ...newClaims] },
    report: {
      ...r,
      articles: [...r.articles, ...add.articles],
      totals: {
        articles: r.totals.articles + add.totals.articles,
        mentions: r.totals.mentions + add.totals.mentions,
        places: mergePlaces(current.places.features, result.places.features).length,
        unresolved: r.totals.unresolved + add.totals.unresolved,
        lowConfidence: r.totals.lowConfidence + add.totals.lowConfidence,
        claims: r.totals.claims + newClaims.length,
      },
      issues: [...r.issues, ...add.issues],
    },
  };
}
