// What must hold of a corpus built from any articles, however hostile: offsets inside their article and slicing to
// the text they quote, quotes taken from the article, events on places the map has, nothing published after its
// article, well-formed strings out of well-formed text, and every file valid by the core's schemas.
import type { CorpusResult } from '../../src/core/pipeline.ts';
import {
  claimsCollectionSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
  reportSchema,
  type Article,
} from '../../src/core/schema.ts';

/** Offset `i` lies between the two halves of a surrogate pair. */
const splits = (t: string, i: number): boolean => /[\ud800-\udbff]/u.test(t[i - 1] ?? '') && /[\udc00-\udfff]/u.test(t[i] ?? '');

/** No lone surrogate half (in u-mode a pair is one code point, so only lone halves match). */
export const wellFormed = (s: string): boolean => !/[\ud800-\udfff]/u.test(s);

/** The problems found, one line each; empty when every invariant holds. */
export function corpusProblems(articles: readonly Article[], r: CorpusResult): string[] {
  const out: string[] = [];
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const text = (file: string): string => byFile.get(file)?.text ?? '';
  const span = (what: string, file: string, start: number, end: number): void => {
    if (!byFile.has(file)) out.push(`${what}: unknown article ${file}`);
    else if (!(start >= 0 && start <= end && end <= text(file).length)) out.push(`${what}: [${start}, ${end}) outside ${file}`);
  };
  /** A quote is the article's words, cut at either end with "…" where it was shortened. */
  const quoted = (what: string, file: string, quote: string): void => {
    const bare = quote.replace(/^…/u, '').replace(/…$/u, '');
    const at = text(file).indexOf(bare);
    if (at < 0) out.push(`${what}: quote not in ${file}: ${JSON.stringify(quote.slice(0, 80))}`);
    else if (splits(text(file), at) || splits(text(file), at + bare.length)) out.push(`${what}: quote cuts a surrogate pair`);
  };
  const notAfter = (what: string, file: string, published: string, asOf: { start: string; end: string }): void => {
    const a = byFile.get(file);
    if (a && published !== a.published) out.push(`${what}: published ${published}, its article ${a.published}`);
    if (asOf.start > asOf.end) out.push(`${what}: asOf ${asOf.start} after ${asOf.end}`);
    if (asOf.end > published) out.push(`${what}: asOf ends ${asOf.end}, after publication ${published}`);
  };

  for (const [name, schema, value] of [
    ['places', placesCollectionSchema, r.places],
    ['claims', claimsCollectionSchema, r.claims],
    ['events', eventsCollectionSchema, r.events],
    ['report', reportSchema, r.report],
  ] as const) {
    // as written to disk: JSON turns an infinite or NaN figure into null
    const v = schema.safeParse(JSON.parse(JSON.stringify(value)));
    if (!v.success) out.push(`${name} fails its schema: ${v.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }

  const placeIds = new Set(r.places.features.map((f) => f.properties.id));
  for (const f of r.places.features)
    for (const m of f.properties.mentions) {
      const what = `mention ${f.properties.id}@${m.start}`;
      span(what, m.article, m.start, m.end);
      if (text(m.article).slice(m.start, m.end) !== m.text) out.push(`${what}: text ${JSON.stringify(m.text)} is not its slice`);
      if (text(m.article).slice(m.contextStart, m.contextStart + m.context.length) !== m.context)
        out.push(`${what}: context is not its slice`);
      if (!(m.contextStart <= m.start && m.end <= m.contextStart + m.context.length)) out.push(`${what}: context does not hold the name`);
    }
  for (const i of r.report.issues) {
    span(`issue ${i.text}@${i.start}`, i.article, i.start, i.end);
    if (text(i.article).slice(i.start, i.end) !== i.text) out.push(`issue @${i.start}: text is not its slice`);
  }
  for (const f of r.claims.features) {
    const p = f.properties;
    const what = `claim ${p.id}`;
    notAfter(what, p.article, p.published, p.asOf);
    for (const s of p.sources) {
      span(`${what} source`, s.article, s.start, s.end);
      quoted(`${what} source`, s.article, s.quote);
      if (s.published !== byFile.get(s.article)?.published) out.push(`${what}: source published ${s.published}, its article not`);
    }
    if ('original' in p && !text(p.article).includes(p.original.text.trim()))
      out.push(`${what}: figure ${JSON.stringify(p.original.text)} not in its article`);
    // a range's value lies inside it, whichever way round the text wrote it ("594-383км²")
    for (const [v, lo, hi] of [
      ['value', 'valueMin', 'valueMax'],
      ['areaKm2', 'areaKm2Min', 'areaKm2Max'],
      ['percent', 'percentMin', 'percentMax'],
    ] as const) {
      const q = p as unknown as Record<string, number | undefined>;
      if (q[v] !== undefined && !(q[lo]! <= q[v] && q[v] <= q[hi]!)) out.push(`${what}: ${v} ${q[v]} outside [${q[lo]}, ${q[hi]}]`);
    }
  }
  for (const f of r.events.features) {
    const p = f.properties;
    const what = `event ${p.id}`;
    span(what, p.article, p.start, p.end);
    quoted(what, p.article, p.quote);
    notAfter(what, p.article, p.published, p.asOf);
    if (!placeIds.has(p.settlement)) out.push(`${what}: settlement ${p.settlement} not among the places`);
    const q = byFile.get(p.article);
    if (q && p.quote && !(q.text.indexOf(p.quote) <= p.start)) out.push(`${what}: quote starts after the name`);
  }
  // Output made from well-formed text has no lone surrogate halves (a quote cut between the two halves of an emoji).
  if (articles.every((a) => wellFormed(a.text))) {
    const bad = new Set<string>();
    JSON.stringify(r, (_k, v: unknown) => {
      if (typeof v === 'string' && !wellFormed(v)) bad.add(v.slice(0, 60));
      return v;
    });
    for (const s of bad) out.push(`ill-formed string out of well-formed text: ${JSON.stringify(s)}`);
  }
  return out;
}
