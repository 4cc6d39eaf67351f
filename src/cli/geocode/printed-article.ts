// An article's result already printed as the pieces of the output files. Printing is most of the merge's cost, so
// workers do it and the main thread only tallies and writes strings.
import type { ArticleResult } from '../../core/pipeline.ts';
import type { TalliedMention } from '../../core/pipeline/places.ts';
import { jsonAt } from './pretty-json.ts';

/** Stands for a newline inside a spilled mention: JSON escapes every control character in strings, so this one
 * never occurs in printed JSON, and one mention stays one line of the spill. */
export const NEWLINE_STAND_IN = '\u0001';

/** Nesting depth of a mention in places.geojson: collection › features › feature › properties › mentions. */
export const MENTION_DEPTH = 5;

export interface PrintedArticle {
  report: ArticleResult['report'];
  /** For the place tally: everything but the sentence, which only the printed line needs. */
  mentions: TalliedMention[];
  /** One spill line per mention, in the same order: `placeId<TAB>printed mention`. */
  mentionLines: string[];
  claims: string[];
  events: string[];
  issues: string[];
}

export function printArticle(r: ArticleResult): PrintedArticle {
  return {
    report: r.report,
    mentions: r.mentions.map((pm) => ({
      placeId: pm.placeId,
      confidence: pm.confidence,
      candidates: pm.candidates,
      mention: { article: pm.mention.article, text: pm.mention.text },
    })),
    mentionLines: r.mentions.map((pm) => {
      if (/[\t\n]/.test(pm.placeId)) throw new Error(`gazetteer id ${JSON.stringify(pm.placeId)} contains a tab or newline`);
      return `${pm.placeId}\t${jsonAt(pm.mention, MENTION_DEPTH).replaceAll('\n', NEWLINE_STAND_IN)}\n`;
    }),
    claims: r.claims.map((c) => jsonAt(c, 2)),
    events: r.events.map((e) => jsonAt(e, 2)),
    issues: r.issues.map((i) => jsonAt(i, 2)),
  };
}
