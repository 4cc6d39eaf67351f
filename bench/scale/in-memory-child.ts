// What geocode would cost without streaming: the whole corpus read and geoparsed in memory, then serialised.
// Run as a child of bench/scale/run.ts so its peak memory is its own.
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../../src/cli/load-gazetteer.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: in-memory-child.ts <corpusDir>');
const r = geoparseCorpus(readCorpus(dir), loadGazetteer());
const bytes = [r.places, r.claims, r.report].reduce((n, v) => n + JSON.stringify(v, null, 2).length, 0);
process.stdout.write(`${JSON.stringify({ bytes })}\n`);
