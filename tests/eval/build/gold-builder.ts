// Builds a hand-annotated set's gold (tests/eval/control, tests/eval/fresh) from its annotations: every span is located in the article text by
// exact substring (an explicit occurrence number or a unique context string), never typed as numbers, so a gold
// offset cannot drift from its text. Pure apart from reading the corpus; build-gold.ts writes the files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnnotation, Gold, GoldClaim, GoldEvent, GoldMark, GoldPlace, Locator, Period, RefPlace, Span } from './types.ts';

type Places = Record<string, RefPlace>;

function placeOf(places: Places, file: string, ref: string): RefPlace {
  const p = places[ref];
  if (!p) throw new Error(`${file}: no reference place "${ref}" in the set's build/places.ts`);
  return p;
}

/** Every occurrence of `t` not inside a longer word. */
function wordHits(text: string, t: string): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + t.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) hits.push(i);
  }
  return hits;
}

/** Start offsets an annotation item denotes. */
function locate(file: string, text: string, item: Locator): number[] {
  const { t } = item;
  if (item.ctx) {
    const c = text.indexOf(item.ctx);
    if (c < 0 || text.indexOf(item.ctx, c + 1) >= 0) throw new Error(`${file}: context not found once: ${item.ctx}`);
    const k = item.ctx.indexOf(t);
    if (k < 0) throw new Error(`${file}: "${t}" not in its context`);
    return [c + k];
  }
  const hits = wordHits(text, t);
  if (hits.length === 0) throw new Error(`${file}: "${t}" not found`);
  if (item.all) return hits;
  if (item.n !== undefined) {
    const hit = hits[item.n - 1];
    if (hit === undefined) throw new Error(`${file}: "${t}" has no occurrence ${item.n}`);
    return [hit];
  }
  if (hits.length > 1) throw new Error(`${file}: "${t}" occurs ${hits.length} times; give n, ctx or all`);
  return hits;
}

const span = (text: string, start: number, t: string): Span => ({ start, end: start + t.length, text: text.slice(start, start + t.length) });
const period = (p: Period) => ({ start: p[0], end: p[1] ?? p[0] });
const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function buildGold(a: ArticleAnnotation, text: string, PLACES: Places): Gold {
  const places: GoldPlace[] = a.places.flatMap((p) => locate(a.file, text, p).map((s) => ({ ...span(text, s, p.t), ...placeOf(PLACES, a.file, p.ref) })));
  const marks = (list: ArticleAnnotation['traps']): GoldMark[] =>
    (list ?? []).flatMap((x) => locate(a.file, text, x).map((s) => ({ ...span(text, s, x.t), why: x.why })));
  const traps = marks(a.traps);
  const skipped = marks(a.skipped);
  const claims: GoldClaim[] = (a.claims ?? []).flatMap((c) =>
    locate(a.file, text, c).map((s) => ({
      ...span(text, s, c.t),
      kind: c.kind, value: c.value, unit: c.unit, holder: c.holder, claimant: c.claimant, asOf: period(c.asOf),
      ...(c.note ? { note: c.note } : {}),
    })),
  );
  const events: GoldEvent[] = (a.events ?? []).flatMap((e) =>
    locate(a.file, text, e).map((s) => {
      const p = placeOf(PLACES, a.file, e.ref);
      return {
        ...span(text, s, e.t),
        settlement: p.name, lat: p.lat, lon: p.lon, coordSource: p.coordSource,
        action: e.action, actor: e.actor, claimant: e.claimant ?? null, denied: e.denied ?? false,
        ...(e.part ? { part: true as const } : {}), asOf: period(e.asOf),
        ...(e.note ? { note: e.note } : {}),
      };
    }),
  );
  for (const list of [places, traps, skipped, claims, events]) list.sort(byStart);
  // Places, traps and skipped spans partition what a geoparser may mark: none may overlap another.
  const marked = [...places, ...traps, ...skipped].sort(byStart);
  marked.forEach((m, i) => {
    const prev = marked[i - 1];
    if (prev && overlaps(prev, m)) throw new Error(`${a.file}: overlapping spans "${prev.text}" / "${m.text}"`);
  });
  for (const e of events) {
    if (!places.some((p) => p.start === e.start && p.end === e.end)) throw new Error(`${a.file}: event "${e.text}" is not a place span`);
  }
  return { file: a.file, language: a.language, url: a.url, published: a.published, notes: a.notes, places, traps, skipped, claims, events };
}

/** The gold of every annotated article, with the JSON text its gold file must hold. */
export function buildAllGold(
  setDir: string,
  ARTICLES: readonly ArticleAnnotation[],
  PLACES: Places,
): { file: string; gold: Gold; json: string; text: string }[] {
  return ARTICLES.map((a) => {
    const text = readFileSync(join(setDir, 'corpus', a.file), 'utf8');
    const gold = buildGold(a, text, PLACES);
    return { file: a.file.replace(/\.txt$/, '.json'), gold, json: JSON.stringify(gold, null, 2) + '\n', text };
  });
}

/** The article with its spans bracketed ([P:place] [E:event] [T:trap] [S:skipped]) and its claims and events listed. */
export function showGold(gold: Gold, text: string): string {
  const marked = [...gold.places, ...gold.traps, ...gold.skipped].sort(byStart);
  let out = '';
  let at = 0;
  for (const m of marked) {
    const isPlace = (gold.places as Span[]).includes(m);
    const tag = isPlace ? (gold.events.some((e) => e.start === m.start) ? 'E' : 'P') : (gold.traps as Span[]).includes(m) ? 'T' : 'S';
    out += `${text.slice(at, m.start)}[${tag}:${m.text}]`;
    at = m.end;
  }
  out += text.slice(at);
  const claims = gold.claims.map((c) => `${c.text} ⇒ ${c.kind} ${c.value} ${c.unit} ${c.holder} ${c.asOf.start}..${c.asOf.end}`);
  const events = gold.events.map(
    (e) => `${e.text}(${e.settlement}) ${e.action} ${e.actor}${e.denied ? ' DENIED' : ''}${e.part ? ' PART' : ''} ${e.claimant} ${e.asOf.start}..${e.asOf.end}`,
  );
  return `===== ${gold.file}\n${out}\n-- claims: ${claims.join(' | ')}\n-- events: ${events.join(' | ')}`;
}
