// Times the three subjects on one corpus, in one thread: the tokenising floor, the naive baseline and briefmap's
// full per-corpus pipeline (geoparseCorpus: spotting, disambiguation, claims, report).
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer.ts';
import { geoparseCorpus, type CorpusResult } from '../../src/core/pipeline.ts';
import type { Article } from '../../src/core/schema.ts';
import { naiveCorpus, type NaiveIndex, type NaiveMention } from '../baselines/naive.ts';
import { tokeniseCorpus } from '../baselines/tokenise.ts';
import { median } from '../lib/section.ts';
import { timeRounds, type RoundsOptions } from './timing.ts';

export type Subject = 'briefmap' | 'naive' | 'floor';

export interface SubjectFigures {
  /** Every timed round, ms per run of the whole corpus. */
  roundsMs: number[];
  /** Runs of the whole corpus per round (more than one for the tiny seed corpus). */
  runsPerRound: number;
  medianMs: number;
  articlesPerSecPerCore: number;
  mbPerSecPerCore: number;
}

export interface CorpusFigures {
  articles: number;
  /** UTF-8 bytes of the texts; MB below is 10^6 bytes. */
  bytes: number;
  subjects: Record<Subject, SubjectFigures>;
  /** briefmap's median time over the other subject's. */
  briefmapTimeOver: { floor: number; naive: number };
  tokenChecksum: number;
}

export interface CorpusRun {
  figures: CorpusFigures;
  briefmap: CorpusResult;
  naive: NaiveMention[][];
}

/** Round plans per subject; the warm-up slice is used for the big corpus, where a full warm-up round is too costly. */
export type Plans = Record<Subject, Omit<RoundsOptions, 'warmup'> & { warmupRuns: number }>;

export function measureCorpus(
  articles: readonly Article[],
  gazetteer: Gazetteer,
  index: NaiveIndex,
  plans: Plans,
  warmupSlice: readonly Article[] = articles,
  log: (s: string) => void = () => {},
): CorpusRun {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const figuresOf = ({ ms, repeat }: { ms: number[]; repeat: number }): SubjectFigures => {
    const m = median(ms);
    return {
      roundsMs: ms,
      runsPerRound: repeat,
      medianMs: m,
      articlesPerSecPerCore: articles.length / (m / 1000),
      mbPerSecPerCore: bytes / 1e6 / (m / 1000),
    };
  };
  const plan = (s: Subject, warm: () => unknown): RoundsOptions => ({ ...plans[s], warmup: { runs: plans[s].warmupRuns, run: warm } });

  log(`tokenising floor, ${articles.length} articles`);
  const floor = timeRounds(
    () => tokeniseCorpus(articles),
    plan('floor', () => tokeniseCorpus(warmupSlice)),
  );
  log(`naive baseline, ${articles.length} articles`);
  const naive = timeRounds(
    () => naiveCorpus(articles, index),
    plan('naive', () => naiveCorpus(warmupSlice, index)),
  );
  log(`briefmap geoparseCorpus, ${articles.length} articles`);
  const briefmap = timeRounds(
    () => geoparseCorpus(articles, gazetteer),
    plan('briefmap', () => geoparseCorpus(warmupSlice, gazetteer)),
  );

  const subjects = { briefmap: figuresOf(briefmap), naive: figuresOf(naive), floor: figuresOf(floor) };
  return {
    figures: {
      articles: articles.length,
      bytes,
      subjects,
      briefmapTimeOver: {
        floor: subjects.briefmap.medianMs / subjects.floor.medianMs,
        naive: subjects.briefmap.medianMs / subjects.naive.medianMs,
      },
      tokenChecksum: floor.last as number,
    },
    briefmap: briefmap.last as CorpusResult,
    naive: naive.last as NaiveMention[][],
  };
}
