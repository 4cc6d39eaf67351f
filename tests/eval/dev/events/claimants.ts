// The distinct event claimants the pipeline reads on the events dev corpus, with counts per language, most frequent
// first (to find junk claimants: a conjunction, a place, a person reported to, an outlet). Run: npx tsx
// tests/eval/dev/events/claimants.ts [--min N]; --dump: instead, every event's claimant, one tab-separated line each
// (article, start, settlement, action, actor, claimant or "-"), to diff before and after a claimant rule
import { join } from 'node:path';
import { readCorpus } from '../../../../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../../../../src/cli/load-gazetteer.ts';
import { geoparseCorpus } from '../../../../src/core/index.ts';

const minAt = process.argv.indexOf('--min');
const min = minAt >= 0 ? Number(process.argv[minAt + 1]) : 1;
// --show <regex>: each event whose claimant matches, with the text around its settlement
const showAt = process.argv.indexOf('--show');
const show = showAt >= 0 ? new RegExp(process.argv[showAt + 1] ?? '', 'u') : null;
const articles = readCorpus(join(import.meta.dirname, 'corpus'));
const result = geoparseCorpus(articles, loadGazetteer(), {});
if (process.argv.includes('--dump')) {
  for (const { article, start, end, action, actor, claimant } of result.events.features.map((f) => f.properties)) {
    const text = articles.find((a) => a.file === article)?.text ?? '';
    console.log([article, start, text.slice(start, end), action, actor, claimant ?? '-'].join('\t'));
  }
  process.exit(0);
}
const counts = new Map<string, number>();
let none = 0;
for (const f of result.events.features) {
  const { claimant, article } = f.properties;
  if (!claimant) {
    none++;
    continue;
  }
  if (show?.test(claimant)) {
    const text = articles.find((a) => a.file === article)?.text ?? '';
    console.log(`${article}\t${claimant}\t${text.slice(Math.max(0, f.properties.start - 200), f.properties.end + 80).replace(/\s+/gu, ' ')}`);
  }
  const key = `${article.slice(0, 2)}\t${claimant}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
console.log(`events ${result.events.features.length}, no claimant ${none}, distinct claimants ${counts.size}`);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) if (n >= min) console.log(`${n}\t${k}`);
