// Builds data/gazetteer/ua-former-names.json from the sourced renamings in scripts/former-names-sources.ts: each name
// becomes an alias of the gazetteer entry that holds the other name of the same settlement in the same oblast (a
// located entry first; the other language's spelling by rule counts as the same name). A renaming is left out when
// no entry, or more than one, holds either name there, or when the entry already answers to both. Run:
// npx tsx scripts/build-former-names.ts (deterministic; the output is committed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteerSync } from '../src/core/gazetteer/layers.ts';
import type { IndexedEntry } from '../src/core/gazetteer/gazetteer.ts';
import { crossSpellings } from '../src/core/text/cross-spelling.ts';
import { normalizeName } from '../src/core/text/normalize.ts';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { RENAMES } from './former-names-sources.ts';

const dir = join(import.meta.dirname, '..', 'data', 'gazetteer');
const OUT = 'ua-former-names.json';
const EMPTY = { description: '', licence: '', columns: ['alias', 'id', 'year', 'source'], rows: [] };
const gazetteer = loadGazetteerSync((f) => (f === OUT ? EMPTY : (JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown)));

const SETTLEMENTS = new Set(['city', 'town', 'village']);
const ownNames = (e: IndexedEntry): Set<string> =>
  new Set([e.name, e.ru, e.uk, ...e.aliases].filter((n): n is string => !!n).map(normalizeName));
/** Entries of the oblast whose own nominative is the name or its other-language spelling. */
function holders(name: string, lang: 'ru' | 'uk', oblast: string): IndexedEntry[] {
  const forms = [name, ...crossSpellings(name, lang)].map(normalizeName);
  const found = new Map<string, IndexedEntry>();
  for (const f of forms)
    for (const e of gazetteer.lookup(f))
      if (SETTLEMENTS.has(e.kind) && e.country === 'UA' && e.admin1 === oblast && ownNames(e).has(f)) found.set(e.id, e);
  return [...found.values()];
}
const answersTo = (e: IndexedEntry, name: string, lang: 'ru' | 'uk'): boolean =>
  [name, ...crossSpellings(name, lang)].map(normalizeName).some((n) => ownNames(e).has(n));

const rows: [string, string, number, string][] = [];
const left: string[] = [];
for (const r of RENAMES) {
  const located = (es: IndexedEntry[]): IndexedEntry[] => es.filter((e) => e.lon !== null);
  const byNew = located(holders(r.new, r.lang, r.oblast));
  const byOld = located(holders(r.old, r.lang, r.oblast));
  // The one located entry holding either name takes each name it does not answer to. A Ukrainian name it answers to only
  // through the Russian spelling (Кадіївка through Кадиевка) is added too: the layer builders (build-osm-settlements.ts,
  // build-hromada-settlements.ts) count a Ukrainian name as located only under an entry's own names, so without it a
  // rebuild of those layers adds a second entry for the same place, and the Ukrainian name is read nowhere.
  const holder = byNew.length === 1 ? byNew[0]! : byNew.length === 0 && byOld.length === 1 ? byOld[0]! : null;
  const lacks = (e: IndexedEntry, name: string): boolean =>
    r.lang === 'uk' ? !ownNames(e).has(normalizeName(name)) : !answersTo(e, name, r.lang);
  const missing = holder ? [r.old, r.new].filter((n) => lacks(holder, n)) : [];
  for (const n of missing) rows.push([n, holder!.id, r.year, r.source]);
  if (missing.length === 0)
    left.push(
      `${r.old} → ${r.new} (${r.oblast}): ${byNew.length} holders of the new name, ${byOld.length} of the old${holder ? ', already both' : ''}`,
    );
}
rows.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
writeFileAtomic(
  join(dir, OUT),
  JSON.stringify({
    description:
      'Former and new names of renamed settlements of the front-line oblasts (2015-2016 decommunisation, 2024-2025 derussification), each an alias of the gazetteer entry that holds the other name in the same oblast; no coordinates. Built by scripts/build-former-names.ts from scripts/former-names-sources.ts; each row names the page that states the renaming.',
    licence: 'Facts (names and renamings) as reported by the cited pages; the entries they attach to keep their own sources and licences.',
    columns: ['alias', 'id', 'year', 'source'],
    rows,
  }) + '\n',
);
console.log(`${OUT}: ${rows.length} aliases of ${RENAMES.length} renamings; left out ${left.length}:\n  ${left.join('\n  ')}`);
