// `npm run bench`: every benchmark in one run on this machine, printed as a table and written to
// bench/results.json with the machine, date and commit. `-- --readme` also replaces the table in README.md.
//   npm run bench [-- --only geoparse,hostile,scale,viewer,corpus,dev-corpus] [--readme]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { runGeoparseBench } from './geoparse.ts';
import { runHostileBench } from './hostile/run.ts';
import { runInfo } from './lib/machine.ts';
import type { BenchSection } from './lib/section.ts';
import { consoleTable, markdownTable } from './lib/table.ts';
import { runScaleBench } from './scale/run.ts';
import { runViewerBench } from './viewer/run.ts';
import { runCorpusBench } from './viewer/corpus.ts';
import { runDevCorpusBench } from './viewer/dev-corpus.ts';

const root = join(import.meta.dirname, '..');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const SECTIONS: Record<string, () => Promise<BenchSection>> = {
  geoparse: () => runGeoparseBench(),
  hostile: () => runHostileBench(),
  scale: () => runScaleBench({ log }),
  viewer: () => runViewerBench(),
  corpus: () => runCorpusBench({ articles: 10_000, runs: 5, log }),
  'dev-corpus': () => runDevCorpusBench({ runs: 5, log }),
};

const { values } = parseArgs({ options: { only: { type: 'string' }, readme: { type: 'boolean' } } });
const chosen = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(SECTIONS);
for (const id of chosen) if (!SECTIONS[id]) throw new Error(`--only: unknown section "${id}" (have ${Object.keys(SECTIONS).join(', ')})`);

const info = runInfo();
const sections: BenchSection[] = [];
for (const id of chosen) {
  const t0 = performance.now();
  log(`bench: ${id} …`);
  sections.push(await SECTIONS[id]!());
  log(`bench: ${id} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

process.stdout.write(`${consoleTable(sections)}\n`);
const results = { ...info, sections: sections.map((s) => ({ id: s.id, title: s.title, rows: s.rows, figures: s.figures })) };
writeFileAtomic(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');

if (values.readme) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md: no ${start} … ${end} markers to put the table between`);
  writeFileAtomic(readmePath, `${readme.slice(0, a + start.length)}\n${markdownTable(sections, info)}\n${readme.slice(b)}`);
  log('updated the table in README.md');
}
