// briefmap command line. Subcommands live in their own files; this one parses arguments and reports errors.
import { parseArgs } from 'node:util';
import { CorpusError } from '../core/corpus.ts';
import { geocode } from './geocode/geocode.ts';

const HELP = `briefmap — war reporting in, sourced and dated map out

Usage:
  briefmap geocode <corpusDir> --out <dir>   geoparse a corpus into places.geojson, claims.geojson, report.json
  briefmap snapshot [options]                export a map snapshot (see: briefmap snapshot --help)
  briefmap export --data <outDir> --out <dir> [--format csv,kml,kmz,fgb]   analyst files (see: briefmap export --help)
  briefmap --help

A corpus is a folder of UTF-8 .txt articles plus manifest.json:
  { "articles": [ { "file", "title", "outlet", "url"?, "published": "YYYY-MM-DD" } ] }
`;

function fail(message: string): never {
  process.stderr.write(`briefmap: ${message}\n`);
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (command === 'geocode') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' }, help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } } });
    if (values.help) {
      process.stdout.write('Usage: briefmap geocode <corpusDir> --out <dir> [--jobs <n>] [--quiet]\n  --jobs  worker threads (default: one per core for 200+ articles; 1 = no workers)\n');
      return;
    }
    if (positionals.length !== 1) fail('geocode takes exactly one corpus folder (see briefmap --help)');
    if (!values.out) fail('geocode needs --out <dir>');
    const log = (line: string): void => {
      if (!values.quiet) process.stderr.write(`${line}\n`);
    };
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) fail(`--jobs must be a whole number ≥ 1, not "${values.jobs}"`);
    const run = await geocode(positionals[0]!, values.out, log, jobs === undefined ? {} : { jobs });
    const t = run.totals;
    log(`${t.articles} articles, ${t.mentions} mentions, ${t.places} places, ${t.unresolved} unresolved, ${t.lowConfidence} low-confidence, ${t.claims} claims in ${run.seconds.toFixed(2)} s`);
    for (const f of run.files) log(`wrote ${f}`);
    return;
  }
  if (command === 'snapshot') {
    const { snapshotCommand } = await import('./snapshot.ts');
    await snapshotCommand(rest);
    return;
  }
  if (command === 'export') return (await import('./export.ts')).exportCommand(rest);
  fail(`unknown command "${command}" (see briefmap --help)`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CorpusError) fail(err.message);
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) fail(err.message);
  fail(err instanceof Error ? (err.stack ?? err.message) : String(err));
});
