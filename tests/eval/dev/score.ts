// Dev-set scorer for tuning (not the held-out evaluation): span recall and precision of mapped place mentions per
// language, with the misses and false positives listed; and, where the gold gives a settlement's oblast (admin1), the
// share of its matched mentions mapped to a reading in that oblast (the span-only stand-in for Acc@161: a homonymous
// village put in the wrong oblast is the error it counts). Run: npx tsx tests/eval/dev/score.ts [--verbose] [--only geo7]
// [--files a,b]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../../../src/cli/load-gazetteer.ts';
import { geoparseArticle } from '../../../src/core/geoparse/geoparse.ts';

interface Span { start: number; end: number; text: string }
interface Gold { file: string; language: string; places: (Span & { name: string; kind: string; admin1: string | null })[]; traps: Span[]; skipped: Span[] }

const root = import.meta.dirname;
const verbose = process.argv.includes('--verbose');
// A batch alone (its unseen figure before rules were tuned on it): --only geo7
const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : '';
// A split half (its aggregate alone, no lists): --files geo8-ru-a,geo8-uk-b (gold file names without .json)
const files = process.argv.includes('--files') ? new Set((process.argv[process.argv.indexOf('--files') + 1] ?? '').split(',')) : null;
const gazetteer = loadGazetteer();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const totals = new Map<string, { gold: number; hit: number; pred: number; good: number; placed: number; inOblast: number }>();
const settlementKinds = new Set(['city', 'town', 'village']);
for (const f of readdirSync(join(root, 'gold')).sort().filter((x) => x.startsWith(only) && (!files || files.has(x.replace(/\.json$/, ''))))) {
  const gold = JSON.parse(readFileSync(join(root, 'gold', f), 'utf8')) as Gold;
  const text = readFileSync(join(root, 'corpus', gold.file), 'utf8');
  const mapped = geoparseArticle(text, gazetteer).mentions.filter((m) => m.status === 'resolved' || m.status === 'low-confidence');
  const t = totals.get(gold.language) ?? { gold: 0, hit: 0, pred: 0, good: 0, placed: 0, inOblast: 0 };
  totals.set(gold.language, t);
  for (const g of gold.places) {
    t.gold++;
    const hit = mapped.find((m) => overlaps(m, g));
    if (!hit) {
      if (verbose) console.log(`${gold.file} MISS ${g.text} (${g.name})`);
      continue;
    }
    t.hit++;
    if (!settlementKinds.has(g.kind) || !g.admin1) continue;
    t.placed++;
    if (hit.entry?.admin1 === g.admin1) t.inOblast++;
    else if (verbose) console.log(`${gold.file} OBLAST ${g.text} → ${hit.entry?.name} (${hit.entry?.admin1 ?? '?'}), gold ${g.admin1}`);
  }
  for (const m of mapped) {
    if (gold.skipped.some((s) => overlaps(s, m)) && !gold.places.some((g) => overlaps(g, m))) continue;
    t.pred++;
    if (gold.places.some((g) => overlaps(g, m))) t.good++;
    else if (verbose) console.log(`${gold.file} FP   ${m.text} → ${m.entry?.name} (${m.entry?.country})`);
  }
}
const share = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
for (const [lang, t] of [...totals].sort())
  console.log(`${lang}: recall ${share(t.hit, t.gold)}, precision ${share(t.good, t.pred)}, settlements in their oblast ${share(t.inOblast, t.placed)}`);
