// A place named again by a phrase of reference later in the sentence: "liberated the village of Umanskoye …, the
// ministry said in reference to the Ukrainian village of Umanske", "using the Russian name for the village of X",
// "Russians have entered (there) …, Trehubov said, referring to X and Y", "… a video …, which identified the settlement
// as X". The name is the verb's object under another spelling, or the object the verb left unnamed.
import type { LocatedMention } from '../claims/context.ts';
import type { Span } from '../text/sentences.ts';
import type { Found } from './extract.ts';
import { listGap } from './objects.ts';
import { firstStartingAtOrAfter, inStartOrder } from '../partition-point.ts';

/** The phrase of reference right before a name (its noun of settlement and an adjective of side allowed). */
const REFERENCE_END = new RegExp(
  String.raw`(?<![\p{L}])(?:referring\s+to|in\s+reference\s+to|(?:using|uses|used)\s+(?:the|its|a)\s+(?:russian|ukrainian|soviet-era|former|old)\s+name\s+(?:for|of)|identif(?:ied|ies|ying)\s+(?:it|them|the\s+(?:settlement|village|town|city|place))\s+as)` +
    String.raw`\s+(?:the\s+)?(?:(?:ukrainian|russian)\s+)?(?:(?:villages?|towns?|city|settlements?)\s+of\s+)?$`,
  'iu',
);
/** How far after the trigger (within its sentence) a phrase of reference may still name the verb's place. */
const SENTENCE_WINDOW = 320;

/** The settlements a phrase of reference after the trigger (and after its own objects) introduces, in this sentence. */
export function referredNames(
  text: string,
  sentence: Span,
  trig: Found,
  list: readonly LocatedMention[],
  settlements: readonly LocatedMention[],
): LocatedMention[] {
  const from = Math.max(trig.end, list.at(-1)?.end ?? 0);
  const end = Math.min(sentence.end, from + SENTENCE_WINDOW);
  const out: LocatedMention[] = [];
  // (in start order, the usual case, only the run inside the window is read: a scan of every settlement for each
  // trigger made a long sentence quadratic)
  const ordered = inStartOrder(settlements);
  for (let i = ordered ? firstStartingAtOrAfter(settlements, from) : 0; i < settlements.length; i++) {
    const m = settlements[i]!;
    if (ordered && m.start >= end) break;
    if (m.start < from || m.start >= end) continue;
    if (out.length === 0) {
      if (REFERENCE_END.test(text.slice(Math.max(from, m.start - 80), m.start))) out.push(m);
      continue;
    }
    // "referring to Zaporizke and Novoheorhiivka": the list runs on as any list does
    if (!listGap(text.slice(out.at(-1)!.end, m.start))) break;
    out.push(m);
  }
  return out;
}
