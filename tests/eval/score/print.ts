// The terminal report of `npm run eval`: figures per set, language and kind, then the failure classes with examples.
import { claimantCell } from './claimant.ts';
import type { ClaimFigures } from './claims.ts';
import type { EventFigures } from './events.ts';
import type { MapStatusFigures } from './map-status.ts';
import type { PlaceFigures } from './places.ts';
import { groupBy, type EvalReport } from './report.ts';
import { int, km, pct, table } from './table.ts';

const TOP = 25;

const placeHeader = ['', 'gold', 'matched', 'recall', 'predicted', 'precision', 'Acc@161', 'median km (n)'];
const placeRow = (label: string, f: PlaceFigures): string[] => [
  label,
  int(f.gold),
  int(f.matched),
  pct(f.recall),
  int(f.scored),
  pct(f.precision),
  pct(f.acc161),
  `${km(f.medianKm)} (${f.settlementsMeasured})`,
];

const claimHeader = ['', 'gold', 'matched', 'recall', 'predicted', 'precision', 'kind ok', 'value ok', 'period ok', 'holder ok'];
/** The cells every matched-against-gold table starts with: gold, matched, recall, predicted, precision. */
const matchCells = (label: string, f: { gold: number; matched: number; recall: number | null; predictions: number; precision: number | null }): string[] => [
  label,
  int(f.gold),
  int(f.matched),
  pct(f.recall),
  int(f.predictions),
  pct(f.precision),
];
const claimRow = (label: string, f: ClaimFigures): string[] => [
  ...matchCells(label, f),
  pct(f.kindAccuracy),
  pct(f.valueAccuracy),
  pct(f.periodAccuracy),
  pct(f.holderAccuracy),
];

/** One line after the claims table: matched claims whose claimant agrees with the gold's, per gold kind and overall. */
const claimClaimantLine = (c: { overall: ClaimFigures; byKind: Record<string, ClaimFigures> }): string =>
  'claimant agrees on matched claims (both none, or one person or body; named gold/predicted, both named and agreeing): ' +
  [...Object.entries(c.byKind), ['all', c.overall] as const].map(([k, f]) => `${k} ${claimantCell(f.claimant, f.matched)}`).join('; ');

const eventRow = (label: string, f: EventFigures): string[] => [
  ...matchCells(label, f),
  `${f.part.agreed}/${f.matched} (${f.part.both}/${f.part.gold})`,
];
/** One line: matched events whose claimant agrees with the gold's (both none, or one person or body). */
const claimantLine = (e: { overall: EventFigures; byLanguage: Record<string, EventFigures> }): string =>
  'claimant agrees on matched events (both none, or one person or body; named gold/predicted, both named and agreeing): ' +
  [...Object.entries(e.byLanguage), ['all', e.overall] as const]
    .map(([k, f]) => `${k} ${f.claimant.agreed}/${f.matched} (${f.claimant.gold}/${f.claimant.predicted}, ${f.claimant.same})`)
    .join('; ');
const mapRow = (label: string, f: MapStatusFigures): string[] => [
  label,
  int(f.dates),
  int(f.gold),
  int(f.agreed),
  pct(f.recall),
  `${pct(f.recallPlaced)} (${f.agreedPlaced}/${f.goldPlaced})`,
  int(f.predicted),
  pct(f.precision),
];

export function printReport(r: EvalReport): string {
  const out: string[] = [];
  const section = (title: string, body: string): void => {
    out.push(`\n== ${title}\n${body}`);
  };
  section(
    'Places by set and language (recall over gold mentions; precision over predictions not on skipped spans; median km over exact-point settlements)',
    table(placeHeader, [
      ...Object.entries(r.places.bySetLanguage).map(([k, f]) => placeRow(k, f)),
      ...Object.entries(r.places.bySet).map(([k, f]) => placeRow(`${k} (all)`, f)),
    ]),
  );
  section('Places by language (all sets)', table(placeHeader, [...Object.entries(r.places.byLanguage).map(([k, f]) => placeRow(k, f)), placeRow('all', r.places.overall)]));
  section('Places by kind (recall/Acc@161 by gold kind, precision by predicted kind)', table(placeHeader, Object.entries(r.places.byKind).map(([k, f]) => placeRow(k, f))));
  section('Claims by kind (a match = overlapping figure spans)', table(claimHeader, [...Object.entries(r.claims.byKind).map(([k, f]) => claimRow(k, f)), ...Object.entries(r.claims.bySet).map(([k, f]) => claimRow(`${k} (all)`, f)), claimRow('all', r.claims.overall)]) + `\n${claimClaimantLine(r.claims)}`);
  section(
    'Events (part ok: matched events whose `part`, only part of the settlement, agrees with the gold; in brackets, of the gold part events matched)',
    r.events
      ? table(['', 'gold', 'matched', 'recall', 'predicted', 'precision', 'part ok (gold part)'], [
          ...Object.entries(r.events.byLanguage).map(([k, f]) => eventRow(k, f)),
          ...Object.entries(r.events.bySet).map(([k, f]) => eventRow(`${k} (all)`, f)),
          eventRow('all', r.events.overall),
        ]) + `\n${claimantLine(r.events)}`
      : `n/a: the pipeline output has no events yet (gold events: ${Object.entries(r.goldEvents).map(([k, n]) => `${k} ${n}`).join(', ')})`,
  );
  if (r.mapStatus)
    section(
      'Map statuses (each settlement\'s reported controller or "contested", gold events against the pipeline\'s, at every publication date of the set; counts are settlement-dates)',
      table(['', 'dates', 'gold', 'agreed', 'recall', 'recall, sourced points', 'predicted', 'precision'], [
        ...Object.entries(r.mapStatus.bySet).map(([k, f]) => mapRow(k, f)),
        mapRow('all', r.mapStatus.overall),
      ]) +
        (() => {
          const m = r.mapStatus.overall.missed;
          return `\nnot agreed (all sets): shown with another status ${m.other} (a side for contested ${m.sideForContested}, contested for a side ${m.contestedForSide}, one side for the other ${m.other - m.sideForContested - m.contestedForSide}); read but not coloured ${m.readNotColoured} (no holder named ${m.holderUnknown}, coloured over 161 km off ${m.farOff}, placed only in an oblast or with no identity ${m.readNotColoured - m.holderUnknown - m.farOff}); nothing read by then ${m.notRead}`;
        })(),
    );
  if (r.events)
    section(
      'Event failure classes (counts per language)',
      Object.entries(r.events.failures)
        .map(([l, c]) => `${l}: ${Object.entries(c).map(([k, n]) => `${k} ${n}`).join('; ')}`)
        .join('\n') || 'none',
    );

  const classes = (xs: readonly { why: string }[]): string =>
    [...groupBy(xs, (x) => x.why.replace(/:.*$/, '')).entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([why, list]) => `${why}: ${list.length}`)
      .join('; ');

  const misses = [...groupBy(r.misses, (m) => `${m.name}\u0000${m.why}`).values()].sort((a, b) => b.length - a.length || (a[0]!.name < b[0]!.name ? -1 : 1));
  section(
    `Missed places: ${r.misses.length} (${classes(r.misses) || 'none'}); the ${Math.min(TOP, misses.length)} most frequent`,
    table(
      ['×', 'gold place', 'kind', 'as written', 'where', 'why'],
      misses.slice(0, TOP).map((g) => [int(g.length), g[0]!.name, g[0]!.kind, [...new Set(g.map((m) => m.text))].slice(0, 3).join(', '), where(g), g[0]!.why]),
    ),
  );
  const fps = [...groupBy(r.falsePositives, (f) => `${f.text}\u0000${f.predicted}`).values()].sort((a, b) => b.length - a.length || (a[0]!.text < b[0]!.text ? -1 : 1));
  section(
    `False positives: ${r.falsePositives.length} (${classes(r.falsePositives) || 'none'}); the ${Math.min(TOP, fps.length)} most frequent`,
    table(['×', 'as written', 'mapped to', 'where', 'why'], fps.slice(0, TOP).map((g) => [int(g.length), g[0]!.text, g[0]!.predicted, where(g), g[0]!.why])),
  );
  section(
    `Matched but more than 161 km off: ${r.farOff.length}`,
    r.farOff.length ? table(['as written', 'gold place', 'mapped to', 'km', 'where'], r.farOff.slice(0, TOP).map((f) => [f.text, f.gold, f.predicted, int(f.km), `${f.set}/${f.article}`])) : 'none',
  );
  section(
    `Claims missed: ${r.claimMisses.length}; predicted claims on no gold figure: ${r.extraClaims.length}`,
    table(
      ['', 'figure', 'kind', 'value', 'where'],
      [
        ...r.claimMisses.slice(0, TOP).map((c) => ['missed', c.text, c.kind, `${c.value} ${c.unit}`, `${c.set}/${c.article}`]),
        ...r.extraClaims.slice(0, TOP).map((c) => ['extra', c.text, c.kind, `${c.value} ${c.unit}`, `${c.set}/${c.article}`]),
      ],
    ),
  );
  return out.join('\n').trimStart() + '\n';
}

const where = (xs: readonly { set: string; article: string }[]): string => {
  const names = [...new Set(xs.map((x) => `${x.set}/${x.article}`))];
  return names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
};
