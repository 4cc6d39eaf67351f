// `briefmap geocode <corpusDir> --out <dir>`: corpus in, places.geojson + claims.geojson + report.json out.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoparseCorpus, type CorpusResult } from '../core/pipeline.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readCorpus } from './corpus-dir.ts';
import { loadGazetteer } from './load-gazetteer.ts';

export interface GeocodeRun {
  result: CorpusResult;
  files: string[];
  seconds: number;
}

export const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function geocode(corpusDir: string, outDir: string, log: (line: string) => void = () => {}): GeocodeRun {
  const t0 = performance.now();
  const articles = readCorpus(corpusDir); // throws before anything is written
  const gazetteer = loadGazetteer();
  log(`gazetteer: ${gazetteer.size} entries`);
  const every = Math.max(1, Math.floor(articles.length / 20));
  const result = geoparseCorpus(articles, gazetteer, {}, (done, total) => {
    if (total >= 50 && (done % every === 0 || done === total)) log(`geoparsed ${done}/${total} articles`);
  });
  const outputs: [string, string][] = [
    ['places.geojson', serialize(result.places)],
    ['claims.geojson', serialize(result.claims)],
    ['report.json', serialize(result.report)],
  ];
  mkdirSync(outDir, { recursive: true });
  const files = outputs.map(([name, body]) => {
    const path = join(outDir, name);
    writeFileAtomic(path, body);
    return path;
  });
  return { result, files, seconds: (performance.now() - t0) / 1000 };
}
