// English attribution named after the events it reports, in a sentence of its own: "Ukrainian troops have withdrawn
// from X. This was reported by the General Staff.", "… That's according to the ISW.", "… the ministry said in a
// statement." The Ukrainian and Russian forms ("Про це повідомив Генштаб", "Об этом сообщили в Минобороны") are read
// by extract.ts's ATTRIBUTION_SENTENCE; these are the same mechanism in English: who reported the sentence before.
import { SAYING_EN } from '../text/saying.ts';

const PASSIVE_SAYING = String.raw`(?:stated|reported|announced|said|confirmed|claimed|noted|declared|written|posted|published)`;
/** "This was stated by X", "The information was reported by X", "It has been confirmed by X": a passive verb of
 * saying whose agent is the speaker (the agent ends at a comma, a bracket or a phrase of time, place or channel). */
const PASSIVE_AGENT = new RegExp(
  String.raw`(?<![\p{L}])(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?${PASSIVE_SAYING}\s+by\s+((?:the\s+|a\s+|an\s+)?[^,.;:“”"()—–]+?)(?=\s*[,.;:“”"()—–]|\s+(?:on|in|during|at|via|with|citing|through|after|earlier|late|this|last)\s|\s*$)`,
  'u',
);
/** ", citing a statement from X", ", citing the General Staff": the source an outlet cites, right after its name. */
const CITING = new RegExp(
  String.raw`^\s*,?\s*citing\s+(?:(?:a|an|the|its)\s+(?:statement|report|post|message|sources?)\s+(?:from|by|of|in)\s+)?((?:the\s+)?[^,.;:“”"()—–]+?)(?=\s*[,.;:“”"()—–]|\s+(?:on|in|during|at|via)\s|\s*$)`,
  'u',
);
/** A sentence that only says who reported the one before: a passive ("This was stated by", "The information was
 * reported by"), "That's according to X", "X said this on Monday", or a speaker and its verb with no more than a
 * phrase of where or when ("The ministry said in a statement.", "Zelensky wrote on Telegram."). */
const AFTER_EN = new RegExp(
  String.raw`^\s*(?:(?:this|that|it|the|this)(?:\s+(?:information|news|report|data))?\s+(?:was|has\s+been|is)\s+(?:\p{L}+ly\s+)?${PASSIVE_SAYING}\s+by\s|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+according\s+to\s|[^,;:"“”«»]{1,80}?\s(?:${SAYING_EN})(?:\s+(?:this|so))?(?:\s+(?:in|on|at|via|during|late|early|earlier|later)(?:\s+(?!that\b)[\p{L}\d'’-]+){1,7})?\s*[.!]?\s*$)`,
  'iu',
);

/** "by the spokesman of the Eastern Group of the Armed Forces of Ukraine, Serhii Cherevatyi, writes …", "by the
 * spokesperson of the group "Khortytsia," Viktor Trehubov, during …": the person the office's description names, in
 * apposition after it (a quoted name of the unit may close the description). */
const APPOSED_NAME = /^\s*(?:["“][^"“”]{1,40}["”])?\s*,?\s*(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})\s*(?=[,.;]|$)/u;

/** The speaker of an English passive of saying in the sentence, if any. */
export function passiveSpeakerIn(sentence: string): string | null {
  const m = PASSIVE_AGENT.exec(sentence);
  // ("This was reported by UNN, citing a statement from Syrskyi": an outlet citing its source; the source speaks)
  const cited = m && CITING.exec(sentence.slice(m.index + m[0].length))?.[1]?.trim();
  // (only a description in lower case names its person after it: "the spokesman of …, Serhii Cherevatyi")
  const named =
    m && !cited && /^(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(m[1] ?? '')
      ? APPOSED_NAME.exec(sentence.slice(m.index + m[0].length))?.[1]
      : undefined;
  const who = cited || named || (m?.[1]?.trim() ?? null);
  return who && /^(?:the\s+|a\s+|an\s+)?[\p{Lu}\p{Ll}]/u.test(who) && who.split(/\s+/u).length <= 14 ? who : null;
}

/** Whether an English sentence only names who reported the sentence before it. */
export function attributesBefore(sentence: string): boolean {
  return AFTER_EN.test(sentence);
}
