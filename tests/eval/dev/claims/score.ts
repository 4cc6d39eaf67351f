// Dev-set scorer for the claim rules (tuning only, not the held-out evaluation): the hand gold of gold.json against
// the pipeline's claims, per gold kind, with the held-out scorer's figures (recall, precision, kind, value, period,
// holder), then a line of who says it (the claimant on matched claims, per kind and overall, as the held-out line).
// Run: npx tsx tests/eval/dev/claims/score.ts [--verbose] [--claimants] [--from N] [--files 47,52,…] (--claimants:
// the matched claims whose claimant disagrees with the gold's; --from: only the
// articles numbered N and up, to score a new batch on its own; --files: only the articles whose names start with one of
// the comma-separated prefixes, to score one half of a batch)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../../../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../../../../src/cli/load-gazetteer.ts';
import { geoparseCorpus } from '../../../../src/core/index.ts';
import { claimantsAgree } from '../../../../src/core/text/claimant-identity.ts';
import { claimantCell } from '../../score/claimant.ts';
import { claimFigures, claimOutcomes, type ClaimPair } from '../../score/claims.ts';
import type { GoldArticle, GoldClaim } from '../../score/gold.ts';
import { predictionsOf } from '../../score/predictions.ts';

/** gold.json: per article, each figure as written (its nth occurrence, default 0) with what it claims. */
interface Annotation extends Omit<GoldClaim, 'start' | 'end' | 'text' | 'asOf'> {
  figure: string;
  nth?: number;
  asOf: [string, string];
}

const root = import.meta.dirname;
const verbose = process.argv.includes('--verbose');
const claimants = process.argv.includes('--claimants');
const fromArg = process.argv.indexOf('--from');
const from = fromArg >= 0 ? Number(process.argv[fromArg + 1]) : 0;
const filesArg = process.argv.indexOf('--files');
const only = filesArg >= 0 ? process.argv[filesArg + 1]!.split(',') : null;
const annotations = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as Record<string, Annotation[]>;
const articles = readCorpus(root).filter(
  (a) => a.file in annotations && Number.parseInt(a.file, 10) >= from && (!only || only.some((p) => a.file.startsWith(p))),
);
const texts = new Map(articles.map((a) => [a.file, a.text]));

function locate(file: string, a: Annotation): GoldClaim {
  const text = texts.get(file)!;
  let at = -1;
  for (let i = 0; i <= (a.nth ?? 0); i++) at = text.indexOf(a.figure, at + 1);
  if (at < 0) throw new Error(`${file}: figure "${a.figure}" (nth ${a.nth ?? 0}) not in the text`);
  const { figure, nth: _nth, asOf, ...rest } = a;
  return { ...rest, start: at, end: at + figure.length, text: figure, asOf: { start: asOf[0], end: asOf[1] } };
}

const gold = articles.map((a) => ({
  set: 'dev-claims',
  gold: { file: a.file, claims: annotations[a.file]!.map((x) => locate(a.file, x)) } as unknown as GoldArticle,
}));
const predictions = predictionsOf(geoparseCorpus(articles, loadGazetteer()), texts).claims;
const { pairs, unmatched } = claimOutcomes(gold, predictions);

const pct = (x: number | null): string => (x === null ? '  n/a' : `${(100 * x).toFixed(1)}%`.padStart(6));
const row = (name: string, ps: readonly ClaimPair[], preds: typeof predictions): string => {
  const f = claimFigures(ps, preds, pairs);
  return `${name.padEnd(15)} gold ${String(f.gold).padStart(3)}  recall ${pct(f.recall)}  precision ${pct(f.precision)}  kind ${pct(f.kindAccuracy)}  value ${pct(f.valueAccuracy)}  period ${pct(f.periodAccuracy)}  holder ${pct(f.holderAccuracy)}`;
};
for (const kind of [...new Set(pairs.map((p) => p.gold.kind))].sort())
  console.log(
    row(
      kind,
      pairs.filter((p) => p.gold.kind === kind),
      predictions.filter((p) => p.kind === kind),
    ),
  );
console.log(row('all', pairs, predictions));
const kinds = [...new Set(pairs.map((p) => p.gold.kind))].sort();
console.log(
  'claimant (matched: agreed/matched (named gold/predicted, both named and agreeing)): ' +
    [...kinds.map((k) => [k, pairs.filter((p) => p.gold.kind === k)] as const), ['all', pairs] as const]
      .map(([k, ps]) => {
        const f = claimFigures(ps, [], pairs);
        return `${k} ${claimantCell(f.claimant, f.matched)}`;
      })
      .join('; '),
);

if (claimants)
  for (const p of pairs)
    if (p.prediction && !claimantsAgree(p.gold.claimant, p.prediction.claimant))
      console.log(`${p.article} WHO "${p.gold.text}": gold ${p.gold.claimant ?? '-'} | got ${p.prediction.claimant ?? '-'}`);

if (verbose) {
  for (const p of pairs) {
    const g = p.gold;
    const q = p.prediction;
    const show = `${g.kind} ${g.value} ${g.unit} ${g.holder} ${g.asOf.start}..${g.asOf.end}`;
    if (!q) console.log(`${p.article} MISS "${g.text}" (${show})`);
    else {
      const got = `${q.kind} ${q.value} ${q.unit} ${q.holder} ${q.asOf.start}..${q.asOf.end}`;
      if (got !== show) console.log(`${p.article} DIFF "${g.text}": gold ${show} | got ${got}`);
    }
  }
  for (const { prediction: q } of unmatched)
    console.log(`${q.article} FP   "${q.text}" ${q.kind} ${q.value} ${q.unit} ${q.holder} ${q.asOf.start}..${q.asOf.end}`);
}
