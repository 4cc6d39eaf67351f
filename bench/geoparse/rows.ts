// Figures → table rows, with the issue-5 targets judged from the figures: ≥ 2,000 articles/s per core on ~5 kB
// articles, and briefmap within 5× of the tokenising floor's time.
import { sig, type BenchRow } from '../lib/section.ts';
import type { CorpusFigures } from './measure-corpus.ts';
import type { QualitySummary } from './quality.ts';

export const TARGET_ARTICLES_PER_SEC = 2000;
export const TARGET_FLOOR_MULTIPLE = 5;

const num = (x: number): string => x.toLocaleString('en-US');
const met = (ok: boolean): string => (ok ? 'met' : 'not met');
const times = (x: number): string => `${sig(x, 2)}×`;
const list = (xs: readonly string[], n = 4): string => (xs.length ? ` (${xs.slice(0, n).join(', ')})` : '');

/** Speed rows for one corpus; `targets` on the corpus the targets are defined for (the generated ~5 kB articles). */
export function speedRows(label: string, f: CorpusFigures, targets: boolean): BenchRow[] {
  const { briefmap, naive, floor } = f.subjects;
  const overFloor = f.briefmapTimeOver.floor;
  const overNaive = f.briefmapTimeOver.naive;
  return [
    {
      name: `briefmap geoparseCorpus, ${label}`,
      value: sig(briefmap.articlesPerSecPerCore),
      unit: 'articles/s/core',
      comparison: `${times(overFloor)} the tokenising floor's time; naive is ${times(overNaive)} faster`,
      ...(targets
        ? { target: `≥ ${num(TARGET_ARTICLES_PER_SEC)}: ${met(briefmap.articlesPerSecPerCore >= TARGET_ARTICLES_PER_SEC)}` }
        : {}),
    },
    {
      name: `briefmap geoparseCorpus, ${label}`,
      value: sig(briefmap.mbPerSecPerCore),
      unit: 'MB/s/core',
      comparison: `floor ${sig(floor.mbPerSecPerCore)} MB/s, naive ${sig(naive.mbPerSecPerCore)} MB/s`,
      ...(targets
        ? { target: `within ${TARGET_FLOOR_MULTIPLE}× of the floor: ${met(overFloor <= TARGET_FLOOR_MULTIPLE)} (${times(overFloor)})` }
        : {}),
    },
    {
      name: `naive baseline, ${label}`,
      value: sig(naive.articlesPerSecPerCore),
      unit: 'articles/s/core',
      comparison: `${times(naive.medianMs / floor.medianMs)} the floor's time`,
    },
    { name: `naive baseline, ${label}`, value: sig(naive.mbPerSecPerCore), unit: 'MB/s/core' },
    { name: `tokenising floor, ${label}`, value: sig(floor.articlesPerSecPerCore), unit: 'articles/s/core' },
    { name: `tokenising floor, ${label}`, value: sig(floor.mbPerSecPerCore), unit: 'MB/s/core' },
  ];
}

/** What each finds: briefmap's mapped mentions and places against naive's hits, classed by briefmap's reading. */
export function qualityRows(label: string, q: QualitySummary): BenchRow[] {
  const h = q.naiveHits;
  const e = q.examples;
  const m = q.missedByNaive;
  return [
    {
      name: `briefmap places found, ${label}`,
      value: q.briefmap.mappedMentions,
      unit: 'mentions',
      comparison:
        `${num(q.briefmap.places)} distinct places; naive has ${num(q.naive.hits)} hits of ${num(q.naive.places)} cities and misses ${num(m.countries + m.regions + m.settlements)} ` +
        `of briefmap's mentions: ${num(m.countries)} of countries, ${num(m.regions)} of regions, ${num(m.settlements)} of settlements${list(e.missedSettlements)}`,
    },
    {
      name: `naive hits, ${label}`,
      value: q.naive.hits,
      unit: 'mentions',
      comparison:
        `${num(h.agree)} same place as briefmap; ${num(h.otherPlace)} another place${list(e.otherPlace, 3)}; ` +
        `${num(h.notAPlace)} briefmap reads as not places${list(e.notAPlace)}; ${num(h.notSpotted)} not place names to briefmap${list(e.notSpotted)}; ` +
        `${num(h.unresolved)} briefmap leaves unresolved${list(e.unresolved, 2)}`,
    },
  ];
}
