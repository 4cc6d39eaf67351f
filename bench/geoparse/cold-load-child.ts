// Run in a fresh process by cold-load.ts: times one cold load (empty module and JIT caches) and prints it as JSON.
//   node --import tsx bench/geoparse/cold-load-child.ts gazetteer|naive
const what = process.argv[2];
const t0 = performance.now();
if (what === 'gazetteer') {
  const { loadGazetteer } = await import('../../src/cli/load-gazetteer.ts');
  const t1 = performance.now();
  loadGazetteer();
  process.stdout.write(`${JSON.stringify({ importMs: t1 - t0, loadMs: performance.now() - t1 })}\n`);
} else if (what === 'naive') {
  const { buildNaiveIndex, loadCities } = await import('../baselines/naive.ts');
  const t1 = performance.now();
  const cities = loadCities();
  const t2 = performance.now();
  buildNaiveIndex(cities);
  process.stdout.write(`${JSON.stringify({ importMs: t1 - t0, decodeMs: t2 - t1, indexMs: performance.now() - t2 })}\n`);
} else {
  process.stderr.write(`usage: cold-load-child.ts gazetteer|naive (got ${what})\n`);
  process.exit(2);
}

export {}; // a module (for top-level await) without static imports, which would load before the clock starts
