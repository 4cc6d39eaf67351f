// Movements: "flown from Vladivostok … to Kursk", "redeploy units from Donetsk to Kursk". Drawn as great circles.
import { movementLine } from '../movement-line.ts';
import type { ClaimFeature } from '../schema.ts';
import { isSpaceCode } from '../text/chars.ts';
import { attributedIn } from './attributed.ts';
import {
  articleFocus,
  locatedMentions,
  nearestPhrase,
  claimPhrases,
  sentencesMatching,
  sentenceText,
  type ClaimContext,
} from './context.ts';
import { notAsserted } from './modality.ts';
import { boundedQuote } from './quote.ts';

const VERB =
  /\b(flown|flew|airlifted|sent|transferred|transported|moved|redeploy(?:ed|ing)?|deployed|brought|shipped|withdrawn|pulled)\s(?:[\p{Ll}-]+\s)?from\s$/iu;
const FROM = /from/gi;

/** Whether the sentence's text before `at` ends in "from" and a space, as VERB's matches do: a cheap test first (VERB is
 * slow, V8 running \b under /iu on a slow path). */
function fromBefore(text: string, sentenceStart: number, at: number): boolean {
  return at - 5 >= sentenceStart && isSpaceCode(text.charCodeAt(at - 1)) && text.slice(at - 5, at - 1).toLowerCase() === 'from';
}

export function extractMovementClaims(ctx: ClaimContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const { article, parsed } = ctx;
  const focus = articleFocus(ctx);
  const hasFrom = sentencesMatching(ctx, FROM);
  for (let k = 0; k < parsed.sentences.length; k++) {
    if (!hasFrom[k]) continue; // every movement verb is followed by "from"
    const sentence = parsed.sentences[k]!;
    const text = sentenceText(ctx, sentence);
    const places = locatedMentions(ctx, sentence);
    let phrases: ReturnType<typeof claimPhrases> | undefined; // only sentences with a movement need them
    for (const from of places) {
      const before = article.text.slice(Math.max(sentence.start, from.start - 60), from.start);
      const verb = fromBefore(article.text, sentence.start, from.start) ? VERB.exec(before) : null;
      if (!verb) continue;
      const to =
        places.find(
          (p) =>
            p.start > from.end &&
            p.start - from.end < 120 &&
            /(?<!according\s)\bto\s(?:the\s)?$/i.test(article.text.slice(Math.max(0, p.start - 16), p.start)) &&
            p.entry.id !== from.entry.id,
        ) ?? focus;
      if (!to || to.entry.id === from.entry.id) continue;
      const line = movementLine([from.entry.lon, from.entry.lat], [to.entry.lon, to.entry.lat]);
      if (!line) continue; // antimeridian-split lines are left to the viewer
      const subject = /\b((?:[A-Z][\p{L}-]+\s)*(?:troops|soldiers|units|forces))\b/u.exec(text)?.[1] ?? 'troops';
      const start = from.start - (before.length - verb.index);
      // "failed to redeploy", "could send", "не перекидали": a movement that did not happen is not drawn.
      if (notAsserted(text, start - sentence.start, from.end - sentence.start)) continue;
      phrases ??= claimPhrases(ctx, sentence);
      const phrase = nearestPhrase(phrases, start, from.end);
      out.push({
        type: 'Feature',
        geometry: line,
        properties: {
          type: 'movement',
          id: `${article.file}:${start}`,
          article: article.file,
          published: article.published,
          quote: boundedQuote(article.text, sentence, start, from.end),
          start,
          end: from.end,
          sources: [
            {
              article: article.file,
              outlet: article.outlet,
              published: article.published,
              quote: boundedQuote(article.text, sentence, start, from.end),
              start,
              end: from.end,
            },
          ],
          attributedTo: attributedIn(ctx, sentence, text),
          asOf: phrase?.period ?? { start: article.published, end: article.published },
          asOfBasis: phrase ? `“${phrase.text}”` : 'the publication date',
          subject,
          from: from.entry.id,
          to: to.entry.id,
          verb: `${verb[1]} from`,
        },
      });
    }
  }
  return out;
}
