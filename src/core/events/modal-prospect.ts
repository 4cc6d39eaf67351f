// "the capture of Siversk could enable a broader assault on Kramatorsk", "Capturing it would pave the way for a Russian
// advance on Pokrovsk", "российские войска смогут выйти на окраины Северска", "звільнення X дозволить … розпочати
// просування до Y": what a modal of consequence or ability opens is a prospect, not a report. A settlement named after
// such a modal, in its verb phrase (no comma between), gets no event; one named before it (the act that would allow the
// rest) keeps its own. (On the events dev gold no event stands after such a modal in its sentence.)
import type { Span } from '../text/sentences.ts';

/** A future or conditional modal with a verb of enabling ("would allow", "could potentially enable", "will pave the
 * way", "would take … to gain"), or a Russian or Ukrainian verb of enabling or of being able in the future. */
const MODAL_OF_PROSPECT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:would|could|will|might|may)\s+(?:[\p{L}-]+\s+){0,2}?(?:enable|allow|pave|open|clear|hand|give|let|help|take)` +
    String.raw`|позволит|позволят|позволило\s+бы|даст\s+возможность|откроет|смогут|сможет|сможем|дозволить|дозволять|дозволило\s+б|дасть\s+змогу|дасть\s+можливість|відкриє|зможуть|зможе|зможемо)(?![\p{L}])`,
  'giu',
);
/** What may end the modal's clause before the settlement: a comma ("…, which Ukraine still holds"), a semicolon, a
 * dash, a colon. The prospect is the modal's own verb phrase, which runs on to its object with none of them. */
const CLAUSE_BREAK = /[,;:–—]/u;

/** Whether a settlement mention stands after a modal of prospect in its sentence's clause. */
export function afterModalOfProspect(text: string, sentence: Span, mention: Span): boolean {
  if (mention.start < sentence.start || mention.start > sentence.end) return false;
  const before = text.slice(sentence.start, mention.start);
  const modal = [...before.matchAll(MODAL_OF_PROSPECT)].at(-1);
  if (!modal) return false;
  return !CLAUSE_BREAK.test(before.slice(modal.index + modal[0].length));
}
