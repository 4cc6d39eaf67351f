// briefmap command line. Subcommands live in their own files; this one parses arguments and reports errors.
import { parseArgs } from 'node:util';
import { CorpusError } from '../core/corpus.ts';
import { geocode } from './geocode/geocode.ts';
import { errorLine, oneLine } from './messages.ts';
import { OutputError } from './output-set.ts';
import { UserError } from './user-error.ts';

const HELP = `briefmap — war reporting in, sourced and dated map out

Usage:
  briefmap geocode <corpusDir> --out <dir>   geoparse a corpus into places.geojson, claims.geojson, events.geojson, report.json
  briefmap view <outDir|corpusDir> [--port N] [--host]
                                             serve the map viewer on that output (a corpus is geocoded first)
  briefmap snapshot [options]                export a map snapshot (see: briefmap snapshot --help)
  briefmap export --data <outDir> --out <dir> [--format csv,kml,kmz,fgb]
                                             analyst files: CSV, KML/KMZ, FlatGeobuf (see: briefmap export --help)
  briefmap gazetteer import <file> [options] add a GeoNames dump or OSM extract as a local gazetteer layer
                                             (see: briefmap gazetteer --help)
  briefmap --help

A corpus is a folder of UTF-8 .txt articles plus manifest.json:
  { "articles": [ { "file", "title", "outlet", "url"?, "published": "YYYY-MM-DD" } ] }
`;

/** Every failure is one line: names from untrusted folders are escaped (oneLine), never a stack trace. */
function fail(message: string): never {
  process.stderr.write(`briefmap: ${oneLine(message)}\n`);
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  if (command === 'geocode') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        gazetteer: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
    if (values.help) {
      process.stdout.write(
        'Usage: briefmap geocode <corpusDir> --out <dir> [--gazetteer <dir>] [--jobs <n>] [--quiet]\n  --gazetteer  folder of imported gazetteer layers (default: $BRIEFMAP_GAZETTEER, else data/gazetteer/imported)\n  --jobs       worker threads (default: one per core for 200+ articles; 1 = no workers)\n',
      );
      return;
    }
    if (positionals.length !== 1) fail('geocode takes exactly one corpus folder (see briefmap --help)');
    if (!values.out) fail('geocode needs --out <dir>');
    const log = (line: string): void => {
      if (!values.quiet) process.stderr.write(`${oneLine(line)}\n`);
    };
    // Worker threads inherit the environment, so they read the same imported layers.
    if (values.gazetteer) process.env.BRIEFMAP_GAZETTEER = values.gazetteer;
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(/^\s*\d+\s*$/.test(values.jobs!) && Number.isSafeInteger(jobs) && jobs >= 1))
      fail(`--jobs must be a whole number ≥ 1, not ${JSON.stringify(values.jobs)}`);
    const run = await geocode(positionals[0]!, values.out, log, jobs === undefined ? {} : { jobs });
    const t = run.totals;
    log(
      `${t.articles} articles, ${t.mentions} mentions, ${t.places} places, ${t.unresolved} unresolved, ${t.lowConfidence} low-confidence, ${t.claims} claims, ${t.events} control events in ${run.seconds.toFixed(2)} s`,
    );
    for (const f of run.files) log(`wrote ${f}`);
    return;
  }
  if (command === 'gazetteer') {
    const { gazetteerCommand } = await import('./gazetteer/command.ts');
    try {
      await gazetteerCommand(rest, (line) => process.stderr.write(`${line}\n`));
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
    return;
  }
  if (command === 'view') {
    const { viewCommand } = await import('./view.ts');
    await viewCommand(rest);
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
  if (err instanceof CorpusError || err instanceof OutputError || err instanceof UserError) fail(err.message);
  if (err instanceof Error && 'code' in err && err.code === 'EADDRINUSE') fail(`${err.message}: choose another --port`);
  fail(errorLine(err)); // a system error in words (`out/places.geojson: no space left on the device (ENOSPC)`), else the first line
});
