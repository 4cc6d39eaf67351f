// An English side's forces or staff as the speaker, in lower case after the side's name: "Ukraine's army said Wednesday
// it had withdrawn", "Ukraine's general staff said on Sunday", "Ukrainian armed forces said they had freed", "Kyiv's
// troops said on Sunday", "The Russian army said Monday", "Ukrainian authorities on Sunday announced", "Ukraine's
// Khortytsia army unit, which is fighting in the area, said Sunday". The claims' attribution reader takes a capitalised
// name or a listed noun of a speaker, with a day only after "on"; these lower-case heads and a bare day slipped past it.
// A bare "the general staff said" is the staff the article named before (claimant-name.ts).
import { SAYING_EN } from '../text/saying.ts';
import { BEFORE_SAYING_EN, sayingAfterSubjectEn, WEEKDAY_EN } from '../text/speaker-words.ts';

/** The side's name before the body: a possessive or an adjective ("Ukraine's", "Kyiv's", "Russian", "Moscow's"). */
const SIDE = String.raw`(?:(?:[Tt]he\s+)?(?:Ukrainian|Russian)|(?:Ukraine|Russia|Kyiv|Kiev|Moscow)['’]s|[Tt]he(?=\s+general\s+staff))`;
/** The body's head, lower case, with up to two words before it ("armed forces general staff", "Khortytsia army unit"). */
const HEAD = String.raw`(?:armed\s+forces(?:\s+general\s+staff)?|general\s+staff|army(?:\s+(?:unit|command))?|troops|forces|military|authorities|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)`;
/** The speaker: the side's body, then an aside in commas ("which is fighting in the area"), a day and an adverb before
 * the verb. Not after "of" (the side's forces a body belongs to: "The General Staff of the Ukrainian armed forces
 * said"). */
const SPEAKER = new RegExp(
  String.raw`(?<![\p{L}])(?<!\bof\s(?:the\s)?)(${SIDE}\s+(?:[\p{L}-]+\s+){0,2}?${HEAD})(?:,\s+which\s[^,;]{1,60},)?(?:\s+(?:on\s+)?(?:${WEEKDAY_EN}))?` +
    sayingAfterSubjectEn(`${BEFORE_SAYING_EN}|have`, '?'),
  'u',
);

const BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN}|asserts?|asserted|though|although|but|while|whereas)(?![\p{L}])`, 'u');

/** The side's forces or staff a sentence names as its speaker, or null. */
export function forceSpeakerIn(sentence: string): string | null {
  const m = SPEAKER.exec(sentence);
  // (a statement or a contrast before it: "Moscow also asserts control over X, though Ukraine's army says its troops
  // hold the city": the events before are the other statement's)
  return m && !BEFORE.test(sentence.slice(0, m.index)) ? m[1]! : null;
}
