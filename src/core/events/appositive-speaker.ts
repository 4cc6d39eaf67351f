// An English speaker named with an appositive of office: "Nazar Voloshyn, the spokesperson for the Khortytsia group
// of forces, told Interfax Ukraine", "Dmitry Likhovoy, spokesman for the Ukrainian Battlegroup Tavria, said", "said
// Dmytro Lykhoviy, spokesman for the Tavria group", "said the spokesman for the Eastern Group, Serhiy Cherevati", "A
// spokesman for Ukraine's eastern forces, Serhiy Cherevatyi, said", "Luhansk's governor, Serhiy Gaidai, told". The
// person is the claimant, not the outlet told or the outlet reporting it ("…, UNN reports"), which the appositive's
// commas hide from the attribution patterns.
import { SAYING_EN } from '../text/saying.ts';
import { BEFORE_SAYING_EN, sayingAfterSubjectEn } from '../text/speaker-words.ts';

/** A person's name: capitalised words, a rank or given name before the surname ("Lieutenant Colonel Nazar Voloshyn"). */
const PERSON = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4})`;
/** The nouns of an office that speaks for a body. */
const OFFICE = String.raw`(?:spokesperson|spokesman|spokeswoman|representative|press\s+officer|commander|head|chief|governor)`;
/** "the spokesperson for …", "a spokesman of …", "press officer of …": up to two modifiers before the office noun. */
const ROLE = String.raw`(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?${OFFICE}\s+(?:of|for|at)\s+[^,;:"“”«»()]{2,90}?`;

/** The office first, as the subject: "the head of X", "a spokesman for X", or with a possessive and no "of/for":
 * "Ukraine's top army commander", "Luhansk's governor". */
const ROLE_FIRST = String.raw`(?<![\p{L}])(?:(?:the|a|an|The|A|An)\s+)?(?:[\p{L}'’-]+\s+){0,3}?${OFFICE}(?:\s+(?:of|for|at)\s+[^,;:"“”«»()]{2,90}?)?`;

/** Verbs of telling after the appositive; not of denying: a denied event's claimant is who claims it, not the
 * denier ("Yuriy Zarko, the head of the municipality, denied X had been captured"). */
const TELLING = String.raw`${SAYING_EN}|saying|telling|reporting|stating|claiming|confirm\p{L}*|acknowledg\p{L}*`;

/** Any other appositive after a speaker's name, set off by commas before the verb: a description ("DeepState, a
 * Ukrainian group of military analysts, has reported", "Yuri Podolyaka, one of the most influential pro-Russian
 * military bloggers, said"), a relative clause ("Andrii Kovalov, who speaks for the Ukrainian military, said", "The
 * DeepState Map Project, which has links to Ukraine's military, said") or a title with its body ("Hanna Maliar, Deputy
 * Minister of Defence, also announced"). The name is who says; a name after a preposition is where or whose ("the mayor
 * of Kupiansk, a town …, said"), not the speaker. Bounded: a name of up to five words, an aside of up to 200 characters. */
const DESCRIPTION = String.raw`(?:(?:a|an|the|one|who|which|whose|founder|co-founder|chairman|leader|director|author|editor|member|deputy|adviser|advisor)\s|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:of|for|to)\s)`;
/** The aside's words: no clause break, no verb of saying of its own ("On Saturday, the ministry confirmed that …,
 * saying" is no aside); a comma only inside a figure ("the 1,000-km front line"). */
const ASIDE_CHAR = String.raw`(?:(?!(?<![\p{L}])(?:${SAYING_EN})(?![\p{L}]))[^,;:"“”«»])`;
const ASIDE = String.raw`${ASIDE_CHAR}{0,200}?(?:,(?=\d)${ASIDE_CHAR}{0,120}?)?`;
/** Words before a capitalised run that make it no speaker: a preposition ("the mayor of Kupiansk, a town …", "seated
 * opposite Putin, who …"), or an opening adverbial that is itself capitalised ("On Saturday, the ministry …"). */
const NOT_AFTER = String.raw`(?<!(?:of|in|at|for|from|to|near|by|on|with|about|opposite|among|beside|besides|against|under|over|after|before|than|like|including|between|toward|towards|into|onto|via|behind|alongside|around|across|through|during|without|within)\s)`;
const NOT_OPENING = String.raw`(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|Last|This|Earlier|Later|Meanwhile|However|Then)\s)`;
const NAMED_ASIDE = new RegExp(
  String.raw`(?<![\p{L}'’.-])${NOT_AFTER}${NOT_OPENING}${PERSON}(?:\s+\([^()]{1,40}\))?,\s+${DESCRIPTION}${ASIDE},` +
    sayingAfterSubjectEn(`${BEFORE_SAYING_EN}|then|previously|have`, '*', TELLING),
  'u',
);

const APPOSITIVE: RegExp[] = [
  // "Name, the spokesperson for X, told/said …"
  new RegExp(String.raw`${PERSON},\s+${ROLE},\s+(?:${TELLING})(?![\p{L}])`, 'u'),
  // "The head of X, Name, said …", "Luhansk's governor, Name, told …"
  new RegExp(String.raw`${ROLE_FIRST},\s+${PERSON},\s+(?:${TELLING})(?![\p{L}])`, 'u'),
  // "said Name, spokesman for X"
  new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN})\s+${PERSON},\s+${ROLE}(?=\s*[,.;]|$)`, 'u'),
  // "said the spokesman for X, Name,"
  new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN})\s+${ROLE},\s+${PERSON}(?=\s*[,.;]|$)`, 'u'),
  // "Name, a description, said …" (the office forms above first)
  NAMED_ASIDE,
];

/** A verb of saying before the appositive speaker: someone else's statement comes first ("The Russian army said it
 * has liberated X, but Name, head of …, said"), and the appositive speaker need not be the one telling the event. */
const SAID_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN})(?![\p{L}])`, 'u');

const SAID_LAST = new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN})\s*$`, 'u');

/** Whether another statement comes before a speaker phrase starting at `at` in the sentence (the speaker's own verb
 * right before it, "said Name, spokesman for …", is no other statement). */
export const statementBefore = (sentence: string, at: number): boolean => SAID_BEFORE.test(sentence.slice(0, at).replace(SAID_LAST, ''));

/** The appositive speaker and where its match starts in the sentence; none when another statement precedes it. */
export function appositiveSpeakerIn(sentence: string): { who: string; at: number } | null {
  for (const re of APPOSITIVE) {
    const m = re.exec(sentence);
    if (!m?.[1]) continue;
    return statementBefore(sentence, m.index) ? null : { who: m[1], at: m.index };
  }
  return null;
}
