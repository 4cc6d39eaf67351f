// `briefmap gazetteer …` subcommands: argument parsing and messages only.
import { parseArgs } from 'node:util';
import { importedLayersDir } from '../load-gazetteer.ts';
import { importLayer } from './import.ts';

export const GAZETTEER_HELP = `Usage:
  briefmap gazetteer import <file> [--country RU,UA] [--feature-class P] [--name <layer>] [--into <dir>]

Adds a local gazetteer layer from
  a GeoNames dump: allCountries.txt, a country file (RU.txt), cities500.txt, zipped or not;
  an OSM place extract: GeoJSON (FeatureCollection or one feature per line) or CSV with name, name:ru, name:uk,
  place, lat, lon (overpass out:csv works).
The file is streamed; Cyrillic names become the entries' Russian/Ukrainian nominatives.

  --country        keep these ISO country codes only (comma-separated)
  --feature-class  GeoNames feature classes to keep (default P, populated places; "P,A" adds admin divisions; "*" all)
  --name           layer name (default: the file name)
  --into           folder of imported layers (default: $BRIEFMAP_GAZETTEER, else data/gazetteer/imported of
                   this installation; now ${importedLayersDir()})
briefmap geocode reads every layer in that folder (or the one given with --gazetteer <dir>).
`;

const list = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

export async function gazetteerCommand(args: string[], log: (line: string) => void): Promise<void> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    process.stdout.write(GAZETTEER_HELP);
    return;
  }
  if (sub !== 'import') throw new Error(`unknown gazetteer command "${sub}" (see briefmap gazetteer --help)`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      country: { type: 'string' },
      'feature-class': { type: 'string' },
      name: { type: 'string' },
      into: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (values.help) {
    process.stdout.write(GAZETTEER_HELP);
    return;
  }
  if (positionals.length !== 1) throw new Error('gazetteer import takes exactly one file (see briefmap gazetteer --help)');
  const countries = list(values.country);
  for (const c of countries ?? []) if (!/^[A-Za-z]{2}$/.test(c)) throw new Error(`--country takes ISO 3166-1 alpha-2 codes, not "${c}"`);
  const classes = list(values['feature-class']);
  for (const c of classes ?? [])
    if (!/^([AHLPRSTUV]|\*)$/i.test(c)) throw new Error(`--feature-class takes GeoNames classes (A H L P R S T U V) or *, not "${c}"`);
  const say = values.quiet ? () => {} : log;
  const r = await importLayer(positionals[0]!, {
    ...(countries ? { countries } : {}),
    ...(classes ? { featureClasses: classes } : {}),
    ...(values.name ? { name: values.name } : {}),
    into: values.into ?? importedLayersDir(),
    log: say,
  });
  say(
    `${r.format}: read ${r.read} records, kept ${r.kept}${r.skipped ? `, skipped ${r.skipped} without name, coordinates or country` : ''}`,
  );
  say(`wrote ${r.path}`);
}
