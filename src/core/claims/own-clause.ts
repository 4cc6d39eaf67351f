// The stretch of a sentence a figure stands in, cut at the punctuation that sets clauses and asides apart: a comma or
// semicolon before a space, a colon, a bracket, a dash between spaces. A time phrase inside it is the figure's own;
// one beyond a comma ("… составили до 11 205 военнослужащих, сообщили сегодня") dates another clause.
import type { Span } from '../text/sentences.ts';

/** A clause mark: "," or ";" before a space (not "1,246" or "5,8"), a colon, a bracket, a spaced dash. */
const MARK = /[,;](?=\s)|:|[()[\]]|\s[—–-]\s/gu;

/** The figure's own clause within `sentence` (article offsets throughout). */
export function ownClause(text: string, sentence: Span, fig: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  MARK.lastIndex = 0;
  const inside = text.slice(sentence.start, sentence.end);
  for (let m = MARK.exec(inside); m; m = MARK.exec(inside)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= fig.start) start = at + m[0].length;
    else if (at >= fig.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}
