// Who states a figure: "according to X", "with a Ukrainian military source confirming", "X said", "said X".
import { isSpaceCode } from '../text/chars.ts';
import { NOT_NEGATED_CYR, SAYING_CYR, SAYING_EN, SPEAKING_CYR, SPEAKING_EN } from '../text/saying.ts';

/** A command or grouping's own name in quotation marks after its noun (ОК "Південь", группировка «Север»): one to three
 * words, capitalised, so a short quoted remark after a name is not taken for it. Optional: it ends a name pattern. */
export const QUOTED_NAME = String.raw`(?:\s?["«„“]\p{Lu}[\p{L}’'-]*(?:[\s-]\p{L}[\p{L}’'-]*){0,2}["»”“])?`;
/** The days of the week: "Russia on Monday said", never a speaker themselves. */
export const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Up to two adverbs or auxiliaries between a speaker and its verb ("the ministry also said", "Zelensky later said",
 * "Kyiv has said"): the speaker stays the one before them. */
const BEFORE_SPEECH = String.raw`(?:\s(?:also|later|earlier|first|previously|separately|again|further|then|additionally|now|has|had|have)){0,2}`;

/** Verbs of saying, and of judging a figure ("estimates", "believes"), after a speaker or before one. */
const SPEECH = String.raw`(?:${SAYING_EN}|estimated|estimates|estimate|believes|believe)`;

const SPEAKER_NOUN = String.raw`(?:source|sources|official|officials|blogger|bloggers|commander|commander-in-chief|spokesperson|spokesman|spokeswoman|analyst|analysts|expert|experts|ministry|intelligence|military|agency|service|general|minister|president|governor|correspondent)`;

/** A pattern, and where its matches can start: from `at`, the first match of a literal every match contains (null if
 * none, so no match), and a bound going back from there that no match starts before. The speaker patterns backtrack
 * over the whole sentence; run from that bound they give the same first match at a fraction of the cost. */
interface Pattern {
  re: RegExp;
  literal: RegExp;
  /** How far before the literal a match can start: at most `spaces` whitespace characters and, if given, `chars`. */
  back?: { spaces: number; chars?: number };
  /** The name stands right beside the verb of saying, where a dative is whom it is said to (see addresseeOnly). */
  besideVerb?: boolean;
  /** The name follows the verb of saying, where a clause's verb after it makes it that clause's subject. */
  subjectAfter?: boolean;
}

const PATTERNS: Pattern[] = [
  { re: /\baccording to ((?:the |a |an )?[^,.;:“”"()]+?)(?=\s*[,.;:“”"()]|$)/i, literal: /according to/i },
  // "As noted by the Ukrainian military", "As reported by Ukrainska Pravda with reference to …": the agent is the source.
  {
    re: /\b[Aa]s (?:noted|reported|stated|said|announced|claimed|confirmed|cited) by ((?:the |a |an )?[^,.;:“”"()]+?)(?=\s*[,.;:“”"()]|\s+(?:with|citing|on|in)\s|$)/u,
    literal: /\b[Aa]s \p{Ll}+ by\b/u,
  },
  {
    re: /\b(?:with|as) ((?:a|an|the) [\p{L}\s’'-]{3,60}?) (?:confirming|saying|claiming|reporting|estimating|stating)\b/iu,
    literal: /confirming|saying|claiming|reporting|estimating|stating/iu,
  },
  // "Ukraine's top commander said", "a Russian military blogger claimed", "analysts said": an article or possessive and
  // up to three words before the noun, each word followed by one space; never from a conjunction, sentence-initial
  // ("While Ukrainian officials said") or not.
  {
    re: new RegExp(
      String.raw`((?<![\p{L}-])(?!(?:[Ww]hile|[Ww]hereas|[Aa]nd|[Bb]ut|[Aa]s|[Ww]hen|[Aa]fter|[Bb]efore|[Tt]hat)\s)(?:(?:[Aa]n?|[Tt]he)\s|[A-Z][\p{L}-]+['’]s\s)?(?:[\p{L}-]+\s){0,3}?${SPEAKER_NOUN})${BEFORE_SPEECH}(?:\son\s(?:${WEEKDAY}))?\s${SPEECH}\b`,
      'u',
    ),
    literal: new RegExp(String.raw`${SPEAKER_NOUN}${BEFORE_SPEECH}(?:\son\s(?:${WEEKDAY}))?\s${SPEECH}\b`, 'u'),
    back: { spaces: 4 },
  },
  // Up to six capitalised words joined by spaces or " of " (ten spaces), or "a/an/the" and at most 60 characters
  // before a noun (at most 3 + 1 + 60 + 12 + 1 characters before the space that precedes the verb).
  {
    re: new RegExp(
      String.raw`((?:[A-Z][\p{L}’'.-]+(?:\s(?:of\s)?[A-Z][\p{L}’'.-]+){0,5})|(?:(?:a|an|the)\s[\p{Ll}\s’'-]{3,60}?(?:source|official|officials|intelligence|ministry|military|spokesperson|spokesman|analysts?)))${BEFORE_SPEECH}(?:\son\s(?:${WEEKDAY}))?\s${SPEECH}\b`,
      'u',
    ),
    literal: new RegExp(String.raw`\s${SPEECH}\b`, 'u'),
    back: { spaces: 12, chars: 77 },
  },
  {
    re: new RegExp(String.raw`\b${SPEECH}\s((?:[A-Z][\p{L}’'-]+\s?){1,4})`, 'u'),
    literal: new RegExp(SPEECH, 'u'),
    subjectAfter: true,
  },
];

/** Words that open an adjunct after the speaker, never a clause's subject: "said Zelensky in a televised address",
 * "said Putin on the day". */
const FUNCTION_WORD = 'in|on|at|a|an|the|to|for|of|with|by|from|during|after|before|that|this|late|early|earlier|later|also|when|while|as';
/** "… said Dalne had fallen", "claimed Russian forces were pushed back", "said Kupiansk is under control": a name after
 * the verb of saying that a clause's verb follows (an auxiliary or a past tense, after at most two lower-case nouns)
 * is that clause's subject, not who says it. Anchored at the name's end, so no backtracking inside the name. */
const CLAUSE_VERB_AFTER = new RegExp(
  String.raw`^\s*(?:(?!(?:${FUNCTION_WORD})\s)\p{Ll}[\p{L}-]*\s+){0,2}(?:had|has|have|was|were|is|are|would|will|could|might|may|remains?|remained|fell|took|withdrew|held|holds|\p{Ll}[\p{L}-]*ed)(?!\p{L})`,
  'u',
);

// Ukrainian and Russian: "по данным Минобороны России", "за словами Сирського", "Генштаб ЗСУ повідомив", "повідомила
// Сумська ОВА", "Минобороны России сообщило". A name is a run of capitalised words (and abbreviations) or a noun of office.
/** (not negated: "Минобороны не сообщало" names no one who said it) */
const CYR_SPEECH = `(?:${NOT_NEGATED_CYR}(?:${SAYING_CYR}))`;
/** A Latin word keeps a dot with a Latin letter after it: an outlet's domain ("KP.RU сообщил", "пишет MK.RU.") is one name,
 * not "RU" or "MK" (a dot with no letter after it ends the sentence, not the name). */
const LATIN_WORD = String.raw`[A-Z][\p{L}-]*(?:\.[A-Za-z][\p{L}-]*)*`;
/** (a name starts where its word does, never after a letter or a dot inside it) */
const CYR_NAME = String.raw`(?<![\p{L}.])(?:[А-ЯЁІЇЄҐ][\p{L}’'-]*|${LATIN_WORD})(?:\s(?:[А-ЯЁІЇЄҐ][\p{L}’'-]*|${LATIN_WORD}|России|РФ|ЗСУ|ВСУ|України|Украины|области|області|оборони|обороны|ОВА|ОГА)){0,3}${QUOTED_NAME}`;
PATTERNS.push(
  {
    re: new RegExp(
      String.raw`(?<!\p{L})(?:[Пп]о\sданным|[Пп]о\sсловам|[Пп]о\sинформации|[Сс]огласно\sданным|[Зз]а\sданими|[Зз]а\sсловами|[Зз]а\sінформацією|[Яя]к\sповідомля\p{L}*|[Кк]ак\sсообща\p{L}*)\s(${CYR_NAME})`,
      'u',
    ),
    // ("даними", the Ukrainian instrumental, has one н: "За даними Генштабу" was never tried)
    literal: /данн|даним|слов|информац|інформац|повідомля|сообща/u,
  },
  {
    re: new RegExp(String.raw`(${CYR_NAME})\s(?:\p{Ll}+\s)?${CYR_SPEECH}(?!\p{L})`, 'u'),
    literal: new RegExp(CYR_SPEECH, 'u'),
    besideVerb: true,
  },
  {
    re: new RegExp(String.raw`(?<!\p{L})${CYR_SPEECH}\s(${CYR_NAME})`, 'u'),
    literal: new RegExp(CYR_SPEECH, 'u'),
    besideVerb: true,
  },
);

// "The Institute for the Study of War (ISW) said Friday", "Аналітики Інституту вивчення війни (ISW) зазначають": a name
// whose abbreviation stands in brackets right before the verb is the speaker (the bracket kept every pattern above from
// reaching the name). The abbreviation is the name read, one spelling for the body in every language. Last, so a
// speaker read any other way stays.
PATTERNS.push({
  re: new RegExp(
    String.raw`(?<=\p{L}\s)\(([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ0-9]{1,7})\)${BEFORE_SPEECH}(?:\s(?:on\s)?(?:${WEEKDAY}))?\s(?:${SPEAKING_EN}|${SPEAKING_CYR})(?!\p{L})`,
    'u',
  ),
  literal: /\)/u,
});

/** A capitalised word in the dative: a first name, a surname or a title ("Владимиру", "Путину", "Зеленському",
 * "Герасимову", "Президенту", "Верховному Главнокомандующему"); indeclinable nominatives ("Шойгу") do not end so. */
const DATIVE_WORD = /^\p{Lu}\p{L}*(?:ому|ему|ову|еву|ёву|ину|ыну|іну|ові|еві|єві|ру|ею|ию|ію|єю|нту)$/u;
/** "Путину доложили об освобождении X", "доповіли Зеленському": whom a report is made to is no source; the one who
 * reports is ("Герасимов доложил Путину"), else nobody is named. Only beside the verb: after "за даними" or "по
 * словам" a genitive may end so ("Генштабу", "Центру"). */
export const addresseeOnly = (who: string): boolean => who.split(/\s+/u).every((w) => DATIVE_WORD.test(w));

const NOT_A_SOURCE = new RegExp(
  String.raw`^(?:It|This|That|There|They|He|She|We|The|A|An|As|But|And|However|Despite|${WEEKDAY}|Yesterday|Today|Он|Она|Они|Він|Вона|Вони|Это|Це|В|У|На|По|За|Как|Як)$`,
  'u',
);

/** The earliest offset a match can start at, going back from `at` past `spaces` whitespace characters (and no further
 * than `chars`, if given, when that reaches further back). */
function earliestStart(text: string, at: number, back: { spaces: number; chars?: number }): number {
  let k = at;
  for (let seen = 0; k > 0; k--) if (isSpaceCode(text.charCodeAt(k - 1)) && ++seen > back.spaces) break;
  return back.chars === undefined ? k : Math.max(0, Math.min(k, at - back.chars));
}

function firstMatch({ re, literal, back }: Pattern, sentence: string): RegExpExecArray | null {
  const hint = literal.exec(sentence);
  if (!hint) return null;
  if (!back) return re.exec(sentence);
  const from = earliestStart(sentence, hint.index, back);
  return re.exec(from === 0 ? sentence : sentence.slice(from));
}

/** Whether the name a match took is followed, in the text it was run on, by a clause's verb (CLAUSE_VERB_AFTER). The
 * match ran on a tail of the sentence when the pattern has a bound, so its input is where its end is read from. */
function clauseSubject(m: RegExpExecArray, sentence: string): boolean {
  const input = m.input ?? sentence;
  return CLAUSE_VERB_AFTER.test(input.slice(m.index + m[0].length, m.index + m[0].length + 80));
}

/** (`notSpeaker`: a reading the caller knows is no one, a place of the sentence: the next pattern is tried) */
export function attributionIn(sentence: string, notSpeaker?: (who: string) => boolean): string | null {
  for (const pattern of PATTERNS) {
    const m = firstMatch(pattern, sentence);
    // "У ЗСУ спростували": the preposition of "in the Armed Forces" is no part of the name
    const who = m?.[1]
      ?.trim()
      .replace(/['’]s$/, '')
      .replace(/^(?:У|В|Во)\s+(?=\p{Lu})/u, '');
    if (!m || !who || NOT_A_SOURCE.test(who) || (pattern.besideVerb && addresseeOnly(who))) continue;
    if ((pattern.subjectAfter && clauseSubject(m, sentence)) || notSpeaker?.(who)) continue;
    return who;
  }
  return null;
}
