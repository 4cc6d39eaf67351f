// Map statuses on the events dev set, for tuning the event rules on what the map shows (not the held-out
// evaluation): the held-out scorer's mapStatusFigures (tests/eval/score/map-status.ts) over the dev corpus and gold,
// each settlement's reported controller or `contested` at every publication date, gold events against the
// pipeline's, overall and per language (each language its own map over its own articles' dates). The dev gold is
// span-only; map-gold.ts says what stands in for the settlement's identity and point (the pipeline's located place),
// the claimant and period (the pipeline's reading of the same span) and the date (the manifest's). Predictions on the
// gold's skipped spans are dropped, as the events dev scorer does. Deterministic.
// Run: npx tsx tests/eval/dev/events/map-score.ts [--verbose] [--published-asof]
// --verbose lists, per article whose report decides a status the map gets wrong, each settlement's gold and
// predicted status with the deciding reports and the dates it holds on (also the statuses shown where the gold shows
// none, under the pipeline's deciding article); --published-asof dates every gold report at
// its article's publication instead of at the period the pipeline read on the same span.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../../../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../../../../src/cli/load-gazetteer.ts';
import { statusAt, type SettlementStatus } from '../../../../src/core/events/status.ts';
import { geoparseCorpus } from '../../../../src/core/index.ts';
import type { ControlEventFeature } from '../../../../src/core/schema.ts';
import { overlaps, type GoldArticle } from '../../score/gold.ts';
import { goldFeatures, goldSettlementOf, mapStatusFigures, type MapStatusFigures } from '../../score/map-status.ts';
import { adaptDevGold, type DevEventsGold } from './map-gold.ts';

const root = import.meta.dirname;
const verbose = process.argv.includes('--verbose');
const publishedAsOf = process.argv.includes('--published-asof');
const articles = readCorpus(join(root, 'corpus'));
const byFile = new Map(articles.map((a) => [a.file, a]));
const result = geoparseCorpus(articles, loadGazetteer(), {});
const devGold = readdirSync(join(root, 'gold'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'gold', f), 'utf8')) as DevEventsGold);
const skippedOf = new Map(devGold.map((g) => [g.file, g.skipped]));
const predicted = result.events.features.filter(
  (e) => skippedOf.has(e.properties.article) && !skippedOf.get(e.properties.article)!.some((s) => overlaps(s, e.properties)),
);
const gold = devGold.map((g) => adaptDevGold(g, byFile.get(g.file)!, result.places.features, predicted, { publishedAsOf }));

const pct = (x: number | null): string => (x === null ? 'n/a' : (100 * x).toFixed(1));
const line = (scope: string, f: MapStatusFigures): string => {
  const m = f.missed;
  return (
    `${scope}: recall ${pct(f.recall)} (${f.agreed}/${f.gold}), placed recall ${pct(f.recallPlaced)} (${f.agreedPlaced}/${f.goldPlaced}), ` +
    `precision ${pct(f.precision)} (${f.agreed}/${f.predicted}) on ${f.dates} dates; missed: other ${m.other} ` +
    `(sideForContested ${m.sideForContested}, contestedForSide ${m.contestedForSide}), readNotColoured ${m.readNotColoured} ` +
    `(holderUnknown ${m.holderUnknown}, farOff ${m.farOff}), notRead ${m.notRead}`
  );
};

const report = (e: ControlEventFeature): string => {
  const p = e.properties;
  return `${p.article}@${p.start} ${p.action}/${p.actor ?? '-'}${p.denied ? ' denied' : ''} asOf ${p.asOf.end}`;
};
const describe = (s: SettlementStatus): string =>
  `${s.status} by ${report(s.latest)}${s.contradicting.length ? `; contested by ${s.contradicting.map(report).join(', ')}` : ''}`;

/** The wrong statuses of one map, one row per settlement and pair of deciding reports, grouped by the deciding
 * article (the gold's; the pipeline's for a status the gold map lacks): what the figures' `missed` counts, date by date, told once with the dates it holds on. */
function listing(set: readonly GoldArticle[]): void {
  const files = new Map(set.map((g) => [g.file, g]));
  const ours = predicted.filter((e) => files.has(e.properties.article));
  const truthEvents = goldFeatures(set);
  const dates = [...new Set(set.map((g) => g.published))].sort();
  // the pipeline's reports by the gold settlement they name (anywhere), to tell "read, not coloured" from "not read"
  const readOf = new Map<string, ControlEventFeature[]>();
  for (const e of ours) {
    const name = goldSettlementOf([e], files, true);
    if (name !== null) readOf.set(name, [...(readOf.get(name) ?? []), e]);
  }
  const rows = new Map<string, { article: string; text: string; dates: string[] }>();
  for (const date of dates) {
    const shown = new Map<string, SettlementStatus>();
    for (const s of statusAt(ours, date)) {
      if (s.status === 'unknown') continue;
      const name = goldSettlementOf(s.history, files);
      if (name !== null) shown.set(name, s);
    }
    const truth = statusAt(truthEvents, date).filter((t) => t.status !== 'unknown');
    // statuses the pipeline's map shows where the gold map shows none (precision's losses)
    const goldNames = new Set(truth.map((t) => t.settlement));
    for (const [name, o] of shown) {
      if (goldNames.has(name)) continue;
      const text = `${name}: shown, gold none; ours ${describe(o)}`;
      const row = rows.get(text) ?? { article: o.latest.properties.article, text, dates: [] };
      row.dates.push(date);
      rows.set(text, row);
    }
    for (const t of truth) {
      const o = shown.get(t.settlement);
      if (o?.status === t.status) continue;
      const read = (readOf.get(t.settlement) ?? []).filter((e) => e.properties.published <= date);
      const why = (e: ControlEventFeature): string =>
        `${e.properties.precision}${e.properties.locatedAt === undefined ? '' : ' located'}${e.properties.holder === null ? ' holder none' : ''}`;
      const kind =
        o === undefined
          ? read.length
            ? `read, not coloured (${[...new Set(read.map(why))].join('; ')})`
            : 'not read'
          : t.status === 'contested' ? 'sideForContested' : o.status === 'contested' ? 'contestedForSide' : 'other';
      const text = `${t.settlement}: ${kind}; gold ${describe(t)}; ours ${o ? describe(o) : 'none'}`;
      const row = rows.get(text) ?? { article: t.latest.properties.article, text, dates: [] };
      row.dates.push(date);
      rows.set(text, row);
    }
  }
  for (const r of [...rows.values()].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.text < b.text ? -1 : 1)))
    console.log(`  ${r.article}  ${r.text}  [${r.dates.length} dates, ${r.dates[0]}..${r.dates.at(-1)}]`);
}

for (const lang of ['en', 'ru', 'uk'] as const) {
  const set = gold.filter((g) => g.language === lang);
  console.log(line(lang, mapStatusFigures(set, predicted)));
  if (verbose) listing(set);
}
console.log(line('all', mapStatusFigures(gold, predicted)));
