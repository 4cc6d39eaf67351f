// English: a settlement set off from its verb by an apposition or a relative clause between commas is the subject of that
// verb ("Klishchiivka, which was home to several hundred people …, was captured", "Lastochkyne, home to hundreds of
// residents, had fallen", "the village of Andriivka, also located south of the … city of Bakhmut, had been retaken",
// "Severodonetsk, the largest city that Kyiv still partly controls …, has been the focus of Russia's attacks"). A name
// inside the aside only describes the head, so the verb's subject is the name before the aside, not the nearest one.
import type { LocatedMention } from '../claims/context.ts';

/** What may open a clause whose subject is the head: the sentence's start, a complementiser, conjunction or verb of saying, and "the
 * village of" ("said on Friday that the village of X, …"); a name after a verb or preposition is an object, not this. */
const HEAD_OPENING =
  /(?:^\s*|[.!?;:"“”]\s*|(?<![\p{L}])(?:that|and|but|while|as|since|when|whereas|said|says|claimed|reported|announced|confirmed)\s+)(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)\s+of\s+)?$/iu;
/** ", <aside>, <auxiliaries>" up to the verb: the aside in commas (no sentence or quote break; a troop noun opening it
 * is a subject of its own, "X, the Russian forces, …"), then only auxiliaries and adverbs (an opening quote allowed:
 * 'was "completely liberated'). */
const ASIDE_TO_VERB =
  /^,\s+(?!(?:and|or|but|then)\s)(?!(?:the|a|an|its|their)\s+(?:\p{L}+\s+){0,2}(?:forces|troops|army|units|soldiers|military|fighters)(?![\p{L}]))[^;:.!?()"“”«»]{2,180}?,\s+(?:(?:has|have|had|was|were|is|are|been|being|also|now|reportedly|recently|already|finally|officially|\p{Ll}+ly)\s+){0,4}["“«]?$/iu;

/** The head of an aside that ends right before the verb at `verbStart`: of the settlements up to index `last` in the
 * sentence, the nearest one opening a clause with the aside after it, if any. */
export function subjectBeforeAside(
  text: string,
  sentenceStart: number,
  settlements: readonly LocatedMention[],
  last: number,
  verbStart: number,
): LocatedMention | undefined {
  return nearestHead(
    settlements,
    sentenceStart,
    last,
    (head) => ASIDE_TO_VERB.test(text.slice(head.end, verbStart)) && HEAD_OPENING.test(text.slice(sentenceStart, head.start)),
  );
}

/** Of the settlements up to index `last` that stand in the sentence, the nearest one `fits` holds for, if any. */
function nearestHead(
  settlements: readonly LocatedMention[],
  sentenceStart: number,
  last: number,
  fits: (head: LocatedMention) => boolean,
): LocatedMention | undefined {
  for (let j = last; j >= 0; j--) {
    const head = settlements[j]!;
    if (head.start < sentenceStart) return undefined;
    if (fits(head)) return head;
  }
  return undefined;
}

/** ", the eastern city that ", ", a suburb of Y city that the Kremlin's forces ", ", a city that experienced … and ": a
 * relative clause on an apposition's noun, up to its verb (a coordinated verb after "and" allowed); the noun stands for
 * the name before the comma, so that name is the clause's subject or object, not a name inside the apposition. */
const APPOSED_RELATIVE =
  /^,\s+(?:a|an|the|another|one)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:city|town|village|settlement|hamlet|suburb|hub|stronghold|bastion|centre|center)(?:\s+(?:of|in|on|near)\s+[^,;:.!?()"“”]{1,50}?)?\s+(?:that|which)\s+(?:(?:[\p{L}'’-]+\s+){0,4}|[^,;:.!?()"“”]{1,90}?\s+and\s+(?:[\p{L}'’-]+\s+){0,2})$/iu;

/** The name an apposed relative clause ending right before the verb at `verbStart` describes: of the settlements up to
 * index `last` in the sentence, the nearest one with such a clause after it, if any. */
export function apposedRelativeHead(
  text: string,
  sentenceStart: number,
  settlements: readonly LocatedMention[],
  last: number,
  verbStart: number,
): LocatedMention | undefined {
  return nearestHead(settlements, sentenceStart, last, (head) => APPOSED_RELATIVE.test(text.slice(head.end, verbStart)));
}
