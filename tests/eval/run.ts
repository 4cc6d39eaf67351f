// npm run eval [-- --set places[,control]] [--json <file>]
// Runs the same core pipeline as `briefmap geocode` (src/core geoparseCorpus, articles read with the CLI's corpus
// reader, the shipped gazetteer) on every evaluation set that has corpus/ and gold/, scores it against the hand
// annotated gold and prints the figures. Measuring only: no rule may be tuned on the held-out sets.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../../src/cli/load-gazetteer.ts';
import { geoparseCorpus } from '../../src/core/index.ts';
import { predictionsOf } from './score/predictions.ts';
import { printReport } from './score/print.ts';
import { evaluate, stableJson, type SetRun } from './score/report.ts';
import { findSets, loadSet } from './score/sets.ts';

function main(): number {
  const { values } = parseArgs({
    options: { set: { type: 'string', multiple: true }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write('usage: npm run eval [-- --set <name>[,<name>]] [--json <file>]\nsets: ' + findSets().join(', ') + '\n');
    return 0;
  }
  const available = findSets();
  // by default the held-out sets only: the tuning set dev/ has span-only gold and its own scorer (tests/eval/dev/score.ts)
  const wanted = values.set ? values.set.flatMap((s) => s.split(',')).filter(Boolean) : available.filter((s) => s !== 'dev');
  const unknown = wanted.filter((s) => !available.includes(s));
  if (unknown.length) {
    process.stderr.write(`eval: no set ${unknown.join(', ')} (tests/eval/<set>/ needs corpus/ and gold/); sets: ${available.join(', ')}\n`);
    return 1;
  }
  const gazetteer = loadGazetteer();
  const runs: SetRun[] = [];
  const failed: string[] = [];
  for (const name of wanted) {
    let set;
    try {
      set = loadSet(name);
    } catch (err) {
      // a malformed set (e.g. someone's dev gold in another shape) is reported, the others are still scored
      failed.push(`set ${name} not scored: ${(err as Error).message}`);
      continue;
    }
    const result = geoparseCorpus(set.articles, gazetteer);
    const texts = new Map(set.articles.map((a) => [a.file, a.text]));
    runs.push({ name, gold: set.gold, texts, predictions: predictionsOf(result, texts), controlEvents: result.events.features });
  }
  for (const f of failed) process.stderr.write(`eval: ${f}\n`);
  if (runs.length === 0) return 1;
  const report = evaluate(runs);
  const articles = runs.reduce((n, r) => n + r.gold.length, 0);
  process.stdout.write(`briefmap eval: ${runs.map((r) => `${r.name} (${r.gold.length} articles)`).join(', ')}; ${articles} articles\n\n`);
  process.stdout.write(printReport(report));
  if (values.json) {
    writeFileSync(values.json, stableJson(report));
    process.stdout.write(`\nwrote ${values.json}\n`);
  }
  return failed.length ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`eval: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
