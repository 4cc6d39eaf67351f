// A denial that refers back to a claim told earlier: "The Russian army said it had 'liberated' X. X lies near the
// border. Ukraine's army refuted the claim, saying battles were ongoing." The claim's sentence may be a few sentences
// before the denial, and the denial may report fighting of its own; what it denies is the claim its noun ("the claim",
// "Moscow's statement", "those reports", "цю інформацію", "эти утверждения") or pronoun ("This is not true", "спростував
// це") refers back to.
import type { ControlEventFeature, Side } from '../schema.ts';

const L = String.raw`(?<![\p{L}])`;
const R = String.raw`(?![\p{L}])`;
/** A verb of denying in any tense. */
const DENY_VERB = String.raw`(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|cast(?:s|ing)?\s+doubts?\s+(?:up)?on|resist(?:s|ed|ing)?)`;
/** The same verbs as a past participle, for the passive ("these claims were immediately refuted by Ukraine's command"). */
const DENIED_PARTICIPLE = String.raw`(?:denied|dismissed|refuted|rejected|disputed|contradicted)`;
/** What a claim is called: the noun of the claim told before. */
export const CLAIM_NOUN = String.raw`(?:claims?|reports?|assertions?|statements?|allegations?|announcements?|accounts?|information)`;
/** The determiner that makes the noun refer back: a demonstrative, the article or a possessive of who made it. */
const REFERRING = String.raw`(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+['’]s|the|this|that|these|those|such|its|their|his|both)`;

/** "refuted the claim", "dismissed those claims", "rejected Moscow's statement", "denied this", "denies it, saying …";
 * the noun may carry an adjective ("the Russian claim", "Moscow's latest claims") but no clause of its own ("the claim
 * that X was taken" tells the claim again, and its own reading marks it). */
const DENIES_REFERENCE = new RegExp(
  `${L}${DENY_VERB}\\s+(?:${REFERRING}\\s+(?:[\\p{L}-]+\\s+)?${CLAIM_NOUN}${R}(?!\\s+(?:that|of|about|on)${R})|(?:this|it)(?=\\s*(?:[,.;:]|$|\\s+(?:as|and|saying|outright|immediately|categorically|on)${R})))`,
  'iu',
);
/** "This is not true.", "The claim is false", "These reports are untrue", "Prigozhin's announcement \"is not true\"": the
 * claim told before, called untrue. */
const CALLED_UNTRUE = new RegExp(
  `${L}(?:this|that|it|(?:the|this|that|these|those|such|(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+)?${CLAIM_NOUN})\\s+["“'‘]?(?:is|was|are|were)\\s+(?:(?:absolutely|simply|completely|also)\\s+)?(?:not\\s+true|untrue|false|a\\s+lie|fake)${R}`,
  'iu',
);
/** "these claims were immediately refuted by Ukraine's Eastern Command": the claim told before, denied in the passive,
 * with the denier after "by". */
const DENIED_PASSIVE = new RegExp(
  `${L}(?:the|this|that|these|those|such|(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+)?${CLAIM_NOUN}\\s+(?:is|was|are|were|has\\s+been|have\\s+been)\\s+(?:[\\p{L}]+ly\\s+)?${DENIED_PARTICIPLE}\\s+by${R}`,
  'iu',
);

/** A Ukrainian or Russian verb of denying, in any form. */
const CYRILLIC_DENY_VERB = String.raw`(?:спрост(?:ов|у)|запереч|опроверг|отрица)\p{L}*`;
/** What a claim is called in Ukrainian and Russian: the noun of a report, in any case. */
export const CYRILLIC_CLAIM_NOUN = String.raw`(?:(?:інформаці|заяв|твердженн|повідомленн|информаци|заявлени|утверждени|сообщени)\p{L}*|дан(?:і|их|ими)|данн(?:ые|ых|ыми))`;
/** A demonstrative that makes the noun refer back ("цю", "ці", "такі", "эти", "это", "такие", "данные"). */
const CYRILLIC_REFERRING = String.raw`(?:ц(?:ю|і|ей|я|е|ієї|их|им|ими|ій)|так(?:у|і|а|е|ої|их|ую|ие|ое|ая)|эт(?:у|и|о|от|а|ого|ой|их|им)|данн(?:ую|ые|ое|ый|ых))`;
/** "спростовує цю інформацію", "опровергли эти сообщения", "спростував це.": a demonstrative and a noun of report, or the
 * bare pronoun, as the denial's object; not a noun with a clause of its own ("цю інформацію про захоплення X" tells the
 * claim again). */
const CYRILLIC_DENIES_REFERENCE = new RegExp(
  `${L}${CYRILLIC_DENY_VERB}\\s+(?:${CYRILLIC_REFERRING}\\s+(?:\\p{L}+\\s+)?${CYRILLIC_CLAIM_NOUN}${R}(?!\\s+(?:про|щодо|о|об|что|що|про\\s+те|о\\s+том)${R})|(?:це|это)(?=\\s*(?:[,.;:!]|$|\\s+(?:та|і|й|и|а)${R})))`,
  'iu',
);
/** "Цю інформацію спростували в Генштабі", "эти данные были опровергнуты": the object first, the verb or its participle
 * after it, the denier (if named) after the verb. */
const CYRILLIC_REFERENCE_DENIED = new RegExp(
  `${L}(${CYRILLIC_REFERRING}\\s+(?:\\p{L}+\\s+)?${CYRILLIC_CLAIM_NOUN}(?!\\s+(?:про|щодо|о|об|что|що)${R})\\s+(?:\\p{L}+\\s+){0,2}?)${CYRILLIC_DENY_VERB}`,
  'iu',
);
/** "Ця інформація не відповідає дійсності", "Эта информация не соответствует действительности", "И это неправда": the
 * claim told before, called untrue by a demonstrative subject (the bare pronoun only opening a clause: in "X – це фейк"
 * it stands for the X of its own sentence). */
const CYRILLIC_CALLED_UNTRUE = new RegExp(
  `(?:${L}${CYRILLIC_REFERRING}\\s+(?:\\p{L}+\\s+)?${CYRILLIC_CLAIM_NOUN}|(?:^|[,;:«"„“]\\s*|${L}(?:і|и|та|але|однак|проте|но|однако|а)\\s+)(?:це|это))\\s+(?:є\\s+|является\\s+|[-–—]\\s+)?(?:не\\s+відповіда\\p{L}*\\s+(?:\\p{L}+\\s+)?дійсності|не\\s+соответству\\p{L}*\\s+(?:\\p{L}+\\s+)?действительности|фейк\\p{L}*|неправд\\p{L}*|брехн\\p{L}*|ложь${R}|ложн\\p{L}*)`,
  'iu',
);
/** Before a Cyrillic denial: "не спростували цю інформацію" denies nothing. */
const CYRILLIC_NEGATED_END = /(?<![\p{L}])(?:не|ні|ни)\s+(?:\p{L}+\s+)?$/iu;
/** Before a Cyrillic denial, in its own sentence: a claim told there ("росіяни заявили про …, однак ЗСУ спростували цю
 * інформацію") is the one referred to. */
const CYRILLIC_CLAIM_TOLD_BEFORE = /(?<![\p{L}])(?:заяв|повідом|сообщ|стверджу|утвержда|оголоси|объяви|з['’]явил|появил)\p{L}*/iu;

/** Before the denial: "did not explicitly refute Moscow's claim" denies nothing. */
const NEGATED_END = /(?<![\p{L}])(?:not|never|n['’]t)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Before the denial, in its own sentence: a claim told there ("monitors reported that …, though Ukraine denied the
 * reports") is the one referred to, not one told before. */
const CLAIM_TOLD_BEFORE = /(?<![\p{L}])(?:claim|report|said|says|announc|declar|stated|assert)\p{L}*/iu;
/** "… but did not explicitly refute Moscow's claim": the sentence's only denial is negated, so it denies nothing. */
export function negatedDenial(sentence: string, denial: RegExp): boolean {
  const m = denial.exec(sentence);
  return m !== null && NEGATED_END.test(sentence.slice(0, m.index)) && !denial.test(sentence.slice(m.index + m[0].length));
}

/** The clause a denial's subject stands in: from the last comma or opening word before the verb. */
const LAST_CLAUSE = /[^,;:—–]*$/u;
/** The clause after a denier's verb or participle, where the denier is named: to the first comma, colon or dash. */
const FIRST_CLAUSE = /^[^,;:—–]*/u;
const clauseAfter = (sentence: string, from: number): string => FIRST_CLAUSE.exec(sentence.slice(from))?.[0] ?? '';

/** The words before a denial that refers back to a claim told in an earlier sentence (the clause of its subject, where
 * the denying side is named), or null when the sentence has no such denial. */
export function earlierClaimDenial(sentence: string): string | null {
  const passive = DENIED_PASSIVE.exec(sentence);
  // the passive names its denier after "by", to the end of that clause
  if (passive) return clauseAfter(sentence, passive.index + passive[0].length);
  const m = DENIES_REFERENCE.exec(sentence) ?? CALLED_UNTRUE.exec(sentence);
  if (m) {
    const before = sentence.slice(0, m.index);
    if (NEGATED_END.test(before) || CLAIM_TOLD_BEFORE.test(before)) return null;
    return LAST_CLAUSE.exec(before)?.[0] ?? '';
  }
  // (the object first: the denier, if named, after the verb, to the end of that clause)
  const first = CYRILLIC_REFERENCE_DENIED.exec(sentence);
  if (first && !CYRILLIC_NEGATED_END.test(first[1]!) && !CYRILLIC_CLAIM_TOLD_BEFORE.test(sentence.slice(0, first.index)))
    return clauseAfter(sentence, first.index + first[0].length);
  const c = CYRILLIC_DENIES_REFERENCE.exec(sentence) ?? CYRILLIC_CALLED_UNTRUE.exec(sentence);
  if (!c) return null;
  const before = sentence.slice(0, c.index);
  if (CYRILLIC_NEGATED_END.test(before) || CYRILLIC_CLAIM_TOLD_BEFORE.test(before)) return null;
  return LAST_CLAUSE.exec(before)?.[0] ?? '';
}

/** A verb of saying with the content of a claim after it ("заявив, що …", "сообщил о …", "claimed that …"), not the
 * attribution of the sentence before ("Про це повідомив X", "Об этом сообщили в МО"). */
const CLAIM_WITH_CONTENT =
  /(?<![\p{L}])(?:заяв|повідом|сообщ|стверджу|утвержда|розпов|рассказ|said|says|claim|announc|reported|stated)\p{L}*,?\s+(?:що|что|that|про|о|об)(?![\p{L}])(?!\s+(?:це|этом|цьому)(?![\p{L}]))/iu;
/** Whether a sentence tells a claim: one with no event of its own, told right before a denial that refers back, is
 * the claim denied ("Трамп заявив, що тисячі українських військових оточені. Генштаб ЗСУ спростував цю інформацію та
 * підтвердив відхід військ з X": not the report of X three sentences back). */
export function tellsClaim(sentence: string): boolean {
  return CLAIM_WITH_CONTENT.test(sentence);
}

const CHANGES_OF_HANDS: ReadonlySet<string> = new Set(['captured', 'liberated', 'entered', 'cleared', 'withdrew']);

/** How many sentences back a denial may refer (the claim, then a sentence or two on the place, then the denial). */
export const REFERENCE_REACH = 3;
/** How far back it may refer when no claim stands that near: a wire report often puts the denial after the claim's
 * background ("Russia's defence ministry announced that its forces captured X. The claim comes as … The ministry
 * described it as … The battle for the area has been costly … Kyiv quickly denied the Russian claims."). */
export const FAR_REFERENCE_REACH = 5;

/** The events a referring denial denies: those of the latest sentence within reach that reported a change of hands
 * (else any act) by a side other than the denier's (a side denying a claim denies the other side's acts, not its own);
 * a sentence further back only when none is that near. A claim of a change of hands is what is denied, not the fighting
 * told beside it ("captured A and a village near B, another city under attack"). */
export function markReferredClaimDenied(
  recent: readonly { index: number; events: readonly ControlEventFeature[] }[],
  index: number,
  denier: Side | null,
): void {
  const claimed = (e: ControlEventFeature): boolean => denier === null || e.properties.actor !== denier;
  const changesHands = (e: ControlEventFeature): boolean => claimed(e) && CHANGES_OF_HANDS.has(e.properties.action);
  const claimIn = (reach: number) => {
    const within = recent.filter((r) => r.index < index && index - r.index <= reach);
    return within.filter((r) => r.events.some(changesHands)).at(-1) ?? within.filter((r) => r.events.some(claimed)).at(-1);
  };
  const claim = claimIn(REFERENCE_REACH) ?? claimIn(FAR_REFERENCE_REACH);
  const ofHands = claim?.events.some(changesHands) ?? false;
  for (const e of claim?.events ?? []) if (claimed(e) && !(ofHands && e.properties.action === 'fighting')) e.properties.denied = true;
}
