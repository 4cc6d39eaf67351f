// Events dev-set scorer for tuning the event rules (not the held-out evaluation): per language, recall and precision
// of control events (same settlement span, action and actor), and the recall over gold events whose settlement the
// geoparser located (the rules' share of the misses), and on the matched events how often the pipeline's `part` (only
// part of the settlement) and `denied` agree with the gold's (both make the map's status contested) (matched on action and actor without them, as the held-out scorer). Run: npx tsx tests/eval/dev/events/score.ts [--verbose]
// [--files <regex>] (score only the gold files whose name matches, e.g. the articles added last: --files 'en-(1[7-9]|[23]\d)')
// What the map shows from the same events (each settlement's status at every publication date, the held-out map-status
// figures on dev): npx tsx tests/eval/dev/events/map-score.ts [--verbose] (see map-gold.ts for what the span-only gold lacks)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../../../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../../../../src/cli/load-gazetteer.ts';
import { geoparseCorpus } from '../../../../src/core/index.ts';

interface Span {
  start: number;
  end: number;
  text: string;
}
interface GoldEvent extends Span {
  action: string;
  actor: string | null;
  denied: boolean;
  part?: boolean;
}
interface Gold {
  file: string;
  language: string;
  events: GoldEvent[];
  skipped: Span[];
}

const root = import.meta.dirname;
const verbose = process.argv.includes('--verbose');
// --clause-only: the general clause reading alone, no trigger phrases (its own recall and precision)
const clauseOnly = process.argv.includes('--clause-only');
const filesAt = process.argv.indexOf('--files');
const only = filesAt >= 0 ? new RegExp(process.argv[filesAt + 1] ?? '') : null;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const articles = readCorpus(join(root, 'corpus'));
const result = geoparseCorpus(articles, loadGazetteer(), clauseOnly ? { events: { clauseOnly } } : {});
const events = result.events.features.map((f) => f.properties);
const mentions = result.places.features.flatMap((f) => f.properties.mentions);
const totals = new Map<
  string,
  {
    gold: number;
    located: number;
    hit: number;
    hitLocated: number;
    pred: number;
    good: number;
    clause: number;
    clauseGood: number;
    partAgreed: number;
    partGold: number;
    partBoth: number;
    partPredicted: number;
    deniedAgreed: number;
    deniedGold: number;
    deniedBoth: number;
    deniedPredicted: number;
  }
>();
for (const f of readdirSync(join(root, 'gold')).sort()) {
  if (only && !only.test(f)) continue;
  const gold = JSON.parse(readFileSync(join(root, 'gold', f), 'utf8')) as Gold;
  const text = articles.find((a) => a.file === gold.file)!.text;
  for (const g of gold.events) if (text.slice(g.start, g.end) !== g.text) throw new Error(`${f}: span ${g.text} does not match`);
  const t = totals.get(gold.language) ?? {
    gold: 0,
    located: 0,
    hit: 0,
    hitLocated: 0,
    pred: 0,
    good: 0,
    clause: 0,
    clauseGood: 0,
    partAgreed: 0,
    partGold: 0,
    partBoth: 0,
    partPredicted: 0,
    deniedAgreed: 0,
    deniedGold: 0,
    deniedBoth: 0,
    deniedPredicted: 0,
  };
  totals.set(gold.language, t);
  const preds = events.filter((e) => e.article === gold.file && !gold.skipped.some((s) => overlaps(s, e)));
  const used = new Set<unknown>();
  for (const g of gold.events) {
    t.gold++;
    const located = mentions.some((m) => m.article === gold.file && overlaps(m, g));
    if (located) t.located++;
    const hit = preds.find((p) => !used.has(p) && overlaps(p, g) && p.action === g.action && p.actor === g.actor);
    if (hit) {
      used.add(hit);
      t.hit++;
      if (located) t.hitLocated++;
      const goldPart = g.part === true;
      const predictedPart = hit.part === true;
      if (goldPart === predictedPart) t.partAgreed++;
      if (goldPart) t.partGold++;
      if (predictedPart) t.partPredicted++;
      if (goldPart && predictedPart) t.partBoth++;
      if (verbose && goldPart !== predictedPart) console.log(`${gold.file} PART ${g.text} ${g.action}/${g.actor}: gold ${goldPart}, predicted ${predictedPart}`);
      // a denial the map shows as contested: matched without it, as `part`
      if (g.denied === hit.denied) t.deniedAgreed++;
      if (g.denied) t.deniedGold++;
      if (hit.denied) t.deniedPredicted++;
      if (g.denied && hit.denied) t.deniedBoth++;
      if (verbose && g.denied !== hit.denied) console.log(`${gold.file} DENIED ${g.text} ${g.action}/${g.actor}: gold ${g.denied}, predicted ${hit.denied}`);
    } else if (verbose) {
      const near = preds.filter((p) => overlaps(p, g)).map((p) => `${p.action}/${p.actor}`);
      console.log(`${gold.file} MISS ${g.text} ${g.action}/${g.actor}${located ? '' : ' (not located)'}${near.length ? ` got ${near.join(',')}` : ''}`);
    }
  }
  for (const p of preds) {
    t.pred++;
    if (p.reading === 'clause') t.clause++;
    if (used.has(p) && p.reading === 'clause') t.clauseGood++;
    if (used.has(p)) t.good++;
    else if (verbose) console.log(`${gold.file} FP${p.reading === 'clause' ? '*' : ' '}  ${text.slice(p.start, p.end)} ${p.action}/${p.actor} [${p.trigger}]`);
  }
}
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
for (const [lang, t] of [...totals].sort())
  console.log(
    `${lang}: recall ${pct(t.hit, t.gold)} (${t.hit}/${t.gold}), on located settlements ${pct(t.hitLocated, t.located)} (${t.hitLocated}/${t.located}), precision ${pct(t.good, t.pred)} (${t.good}/${t.pred}); the clause reading's events ${t.clauseGood}/${t.clause}; part agrees on ${t.partAgreed}/${t.hit} matched (gold part ${t.partBoth}/${t.partGold}, predicted part ${t.partBoth}/${t.partPredicted}); denied agrees on ${t.deniedAgreed}/${t.hit} (gold denied ${t.deniedBoth}/${t.deniedGold}, predicted denied ${t.deniedBoth}/${t.deniedPredicted})`,
  );
