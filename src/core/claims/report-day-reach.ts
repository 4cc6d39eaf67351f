// Which figures a statement's day or a data date reaches (report-day.ts finds the day once per article). The dev
// convention (tests/eval/dev/claims/README.md, round 39): a figure takes the day that its own sentence names, or the
// day of the statement its sentence continues; a figure in a sentence that names none keeps the publication day, even
// when another sentence of the article names an "as of" day or a statement's day. "Про це 1 жовтня повідомив Сирський"
// right after a figure is that figure's statement; a quote or "he added", "за його словами", "according to the
// general" continues the statement before it; "Moscow now controls about 18.2%" three paragraphs on does neither.
import { claimPhrases, type ClaimContext } from './context.ts';
import type { FigureSite } from './period.ts';
import { SAYING_CYR, SAYING_EN, SPEAKING_CYR, SPEAKING_EN } from '../text/saying.ts';
import type { Span } from '../text/sentences.ts';

/** A number with a unit of area, a share, settlements or people: the sentence states figures of its own. */
const FIGURE =
  /\d[\d\s,.]*\s?(?:(?:тис|тыс|млн|thousand|million)\.?\s)?(?:km|sq|square|кв|км|%|відс|процент|percent|settlements|населен|troops|soldiers|casualties|військов|военн|осіб|человек|окупант|оккупант)/iu;

/** A sentence opening in a quote or a dash of direct speech: it goes on with the speaker before it. */
const QUOTE_OPENING = /^\s*["«“„'—–-]/u;

/** Words that carry on the statement before: "he added", "according to him / the general / the same data", "За його
 * словами", "По его словам", "Він також зазначив". */
const CONTINUES = new RegExp(
  String.raw`^\s*(?:(?:he|she|they|it)\s(?:also\s)?(?:added|noted|said|stressed)|according\sto\s(?:him|her|them|the\s(?:same|general|commander|minister|official|ministry|agency)\b)|(?:за|по)\s(?:його|її|їх|его|ее|её|их)\s(?:словами|слов|данными|даними)|(?:він|вона|вони|он|она|они)\s(?:також\s|также\s)?(?:${SPEAKING_CYR}))|^[^.!?]{0,80}\b(?:also|further)\s(?:${SPEAKING_EN})\b`,
  'iu',
);

/** A quote closed and attributed at the sentence's end: '…", - сказав Кириленко', '…," Syrskyi said'. */
const QUOTE_ATTRIBUTED = new RegExp(
  String.raw`["»”]\s*[,.]?\s*[—–-]?\s*(?:\p{L}+\s){0,4}?(?:\b(?:${SAYING_EN})\b|(?<!\p{L})(?:${SAYING_CYR}|додав|додала|добавил|добавила)(?!\p{L}))`,
  'iu',
);

/** A sentence that only says who stated what came before: a verb of saying, a pronoun back ("Про це", "Об этом",
 * "This was", "Such figures"), no figure of its own. */
const ATTRIBUTION = new RegExp(
  String.raw`^\s*(?:про\sце|об\sэтом|о\sтом|про\sтакі|this\s(?:was|is)|that\s(?:was|is)|the\sfigures?\s(?:was|were)|as\s)`,
  'iu',
);

const text = (ctx: ClaimContext, s: Span | undefined): string => (s ? ctx.article.text.slice(s.start, s.end) : '');

/** True when `sentence` names a phrase at `day` (a single day or a span ending on it). */
function names(ctx: ClaimContext, sentence: Span | undefined, day: string): boolean {
  return !!sentence && claimPhrases(ctx, sentence).some((p) => p.period.end === day || p.period.start === day);
}

/** True when sentence `k` carries on the statement of sentence `k − 1`. */
function continues(ctx: ClaimContext, k: number): boolean {
  const t = text(ctx, ctx.parsed.sentences[k]);
  return QUOTE_OPENING.test(t) || CONTINUES.test(t) || QUOTE_ATTRIBUTED.test(t);
}

/** True when the report day reaches the figure at `site`: its sentence names the day; or a sentence next to it names
 * the day and only attributes (no figure of its own); or its sentence carries on, through quotes and "he added", a
 * sentence the day reaches. */
export function reportDayReaches(ctx: ClaimContext, site: FigureSite, report: string): boolean {
  const sentences = ctx.parsed.sentences;
  const k = sentences.findIndex((s) => s.start === site.sentence.start);
  if (k < 0) return true;
  if (names(ctx, sentences[k], report)) return true;
  const attributes = (j: number): boolean => {
    const t = text(ctx, sentences[j]);
    if (!names(ctx, sentences[j], report) || FIGURE.test(t)) return false;
    return ATTRIBUTION.test(t) || new RegExp(String.raw`\b(?:${SAYING_EN})\b|(?<!\p{L})(?:${SAYING_CYR})(?!\p{L})`, 'iu').test(t);
  };
  if (attributes(k + 1) || attributes(k - 1)) return true;
  // The same speaker as a sentence naming the day ("Agentstvo reported on Nov. 25" … "Agentstvo wrote"); a quote's
  // speaker is named where it closes ("“… 124,821 square kilometers,” noted Def Mon").
  const own = speakers(text(ctx, sentences[k]));
  for (let j = k; j < Math.min(sentences.length, k + 4) && QUOTE_OPENING.test(text(ctx, sentences[k])); j++)
    if (QUOTE_ATTRIBUTED.test(text(ctx, sentences[j]))) {
      for (const w of speakers(text(ctx, sentences[j]))) own.add(w);
      if (names(ctx, sentences[j], report)) return true;
      break;
    }
  if (own.size > 0)
    for (let j = 0; j < sentences.length; j++)
      if (j !== k && names(ctx, sentences[j], report) && [...speakers(text(ctx, sentences[j]))].some((w) => own.has(w)))
        return true;
  // Back through a quote or a "he added" to the sentence that names the day (at most three sentences).
  for (let j = k; j > 0 && j > k - 3 && continues(ctx, j); j--) {
    if (names(ctx, sentences[j - 1], report)) return true;
    if (attributes(j - 2)) return true;
  }
  return false;
}

const SAYING = String.raw`\b(?:${SAYING_EN}|wrote|according\sto)\b|(?<!\p{L})(?:${SAYING_CYR}|за\sданими|по\sданным|за\sсловами|по\sсловам|додав|добавил)(?!\p{L})`;
/** A capitalised word of at least three letters within a few words before or after a verb of saying. */
const SPEAKER = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]{2,}\s){1,3})(?:[\p{Ll}\s,]{0,12}?)(?:${SAYING})|(?:${SAYING})[\s,:]+(?:\p{Ll}+\s){0,3}?((?:\p{Lu}[\p{L}'’-]{2,}\s?){1,3})`, 'gu');

/** Who states the sentence's figures: the capitalised words next to its verbs of saying, cut to five letters so that
 * inflected names meet ("Сирський", "Сирського"; "Agentstvo's"). */
function speakers(t: string): Set<string> {
  const out = new Set<string>();
  for (const m of t.matchAll(SPEAKER))
    for (const w of (m[1] ?? m[2] ?? '').split(/\s+/u)) if (w.length >= 3) out.add(w.toLowerCase().slice(0, 5));
  return out;
}
