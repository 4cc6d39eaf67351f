// In-browser geoparsing of dropped articles with the same core code as the CLI. The core and the
// gazetteer (~3 MB) are loaded on first use only, so opening the viewer stays fast.
import type { Article, ClaimFeature, PlaceFeature } from '../core/schema.ts';
import type { Dataset } from './data.ts';

import type { GazetteerData } from '../core/index.ts';

// Every layer the core's GazetteerData needs; the build copies data/gazetteer/*.json next to the app.
const LAYERS = ['theatre', 'countries', 'admin1', 'cities', 'unlocated', 'anchors'] as const satisfies readonly (keyof GazetteerData)[];

type Core = typeof import('../core/index.ts');
let loaded: Promise<{ core: Core; gazetteer: ReturnType<Core['createGazetteer']> }> | null = null;

function load() {
  loaded ??= (async () => {
    const core = await import('../core/index.ts');
    const base = new URL('data/gazetteer/', document.baseURI);
    const raw = Object.fromEntries(
      await Promise.all(
        LAYERS.map(async (name) => {
          const res = await fetch(new URL(`${name}.json`, base));
          if (!res.ok) throw new Error(`gazetteer layer ${name}.json: HTTP ${res.status}`);
          return [name, (await res.json()) as unknown] as const;
        }),
      ),
    );
    return { core, gazetteer: core.createGazetteer(core.parseGazetteerData(raw as Parameters<Core['parseGazetteerData']>[0])) };
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
