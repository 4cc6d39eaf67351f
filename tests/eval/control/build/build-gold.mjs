// Builds tests/eval/control/gold/*.json from the hand annotations in annotations.mjs: every span is located in the
// article text by exact substring (an explicit occurrence number or a unique context string), never typed as numbers,
// so a gold offset cannot drift from the text. Run: node tests/eval/control/build/build-gold.mjs [--show]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACES } from './places.mjs';
import { ARTICLES } from './annotations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const show = process.argv.includes('--show');

/** Every occurrence of `t` not inside a longer word. */
function wordHits(text, t) {
  const hits = [];
  for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + t.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) hits.push(i);
  }
  return hits;
}

/** Start offsets an annotation item denotes: {ctx} (unique context containing t), {n} (n-th word hit), {all}. */
function locate(file, text, item) {
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
  if (item.n) {
    if (item.n > hits.length) throw new Error(`${file}: "${t}" has no occurrence ${item.n}`);
    return [hits[item.n - 1]];
  }
  if (hits.length > 1) throw new Error(`${file}: "${t}" occurs ${hits.length} times; give n, ctx or all`);
  return hits;
}

const span = (text, start, t) => ({ start, end: start + t.length, text: text.slice(start, start + t.length) });
const byStart = (a, b) => a.start - b.start || a.end - b.end;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

for (const a of ARTICLES) {
  const text = readFileSync(join(root, 'corpus', a.file), 'utf8');
  const ref = (r) => {
    if (!PLACES[r]) throw new Error(`${a.file}: unknown place ref ${r}`);
    return PLACES[r];
  };
  const places = [];
  for (const p of a.places) {
    for (const s of locate(a.file, text, p)) places.push({ ...span(text, s, p.t), ...ref(p.ref) });
  }
  const simple = (list) =>
    (list ?? []).flatMap((x) => locate(a.file, text, x).map((s) => ({ ...span(text, s, x.t), why: x.why })));
  const traps = simple(a.traps);
  const skipped = simple(a.skipped);
  const claims = (a.claims ?? []).flatMap((c) =>
    locate(a.file, text, c).map((s) => ({
      ...span(text, s, c.t),
      kind: c.kind, value: c.value, unit: c.unit, holder: c.holder, claimant: c.claimant,
      asOf: { start: c.asOf[0], end: c.asOf[1] ?? c.asOf[0] },
      ...(c.note ? { note: c.note } : {}),
    })),
  );
  const events = (a.events ?? []).flatMap((e) =>
    locate(a.file, text, e).map((s) => {
      const p = ref(e.ref);
      return {
        ...span(text, s, e.t),
        settlement: p.name, lat: p.lat, lon: p.lon, coordSource: p.coordSource,
        action: e.action, actor: e.actor, claimant: e.claimant ?? null, denied: e.denied ?? false,
        asOf: { start: e.asOf[0], end: e.asOf[1] ?? e.asOf[0] },
        ...(e.note ? { note: e.note } : {}),
      };
    }),
  );
  for (const list of [places, traps, skipped, claims, events]) list.sort(byStart);
  // Places, traps and skipped spans partition what a geoparser may mark: none may overlap another.
  const marked = [...places, ...traps, ...skipped].sort(byStart);
  for (let i = 1; i < marked.length; i++) {
    if (overlaps(marked[i - 1], marked[i])) throw new Error(`${a.file}: overlapping spans "${marked[i - 1].text}" / "${marked[i].text}"`);
  }
  // Every event names a settlement that is also a gold place mention at the same span.
  for (const e of events) {
    if (!places.some((p) => p.start === e.start && p.end === e.end)) throw new Error(`${a.file}: event "${e.text}" is not a place span`);
  }
  const gold = {
    file: a.file, language: a.language, url: a.url, published: a.published, notes: a.notes,
    places, traps, skipped, claims, events,
  };
  writeFileSync(join(root, 'gold', a.file.replace(/\.txt$/, '.json')), JSON.stringify(gold, null, 2) + '\n');
  if (show) {
    let out = '';
    let at = 0;
    for (const m of marked) {
      const tag = places.includes(m) ? (events.some((e) => e.start === m.start) ? 'E' : 'P') : traps.includes(m) ? 'T' : 'S';
      out += text.slice(at, m.start) + `[${tag}:` + m.text + ']';
      at = m.end;
    }
    out += text.slice(at);
    console.log(`===== ${a.file}\n${out}\n-- claims: ${claims.map((c) => `${c.text} ⇒ ${c.kind} ${c.value} ${c.unit} ${c.holder} ${c.asOf.start}..${c.asOf.end}`).join(' | ')}`);
    console.log(`-- events: ${events.map((e) => `${e.text}(${e.settlement}) ${e.action} ${e.actor}${e.denied ? ' DENIED' : ''} ${e.claimant} ${e.asOf.start}..${e.asOf.end}`).join(' | ')}`);
  }
}
console.error(`wrote ${ARTICLES.length} gold files`);
