// Who says a settlement changed hands: "Russia's defence ministry said", "according to Syrskyi", "за словами
// Сирського", "как сообщили в Минобороны". English reuses the claims' attribution patterns; Ukrainian and Russian
// reporting verbs and "according to" phrases are matched here.
import { addresseeOnly, attributionIn, QUOTED_NAME } from '../claims/attribution.ts';
import { ENEMY_CYR } from '../sides.ts';
import { claimantSideOf } from './actor.ts';
import { appositiveSpeakerIn } from './appositive-speaker.ts';
import { bodyAfterVerbIn } from './body-after-verb.ts';
import { documentSourceIn, ownerIn, PLATFORM, PLATFORM_BEFORE_QUOTE } from './document-source.ts';
import { officeSpeakerIn } from './office-speaker.ts';
import { OFFICE_CYR } from './office-words.ts';
import { BROADCAST_STEM } from './reference-speaker.ts';
import { withUnitNumber } from './unit-number.ts';
import { withoutSpeechDay } from './speech-date.ts';
import { escapeRegExp } from '../text/matches.ts';
import { NOT_NEGATED_CYR, REPORTING_CYR, SAYING_EN } from '../text/saying.ts';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** A verb of saying whose subject, or body after it, is who claims (text/saying.ts); a whole word ("показали в
 * Минобороны" is no "казали"), and not a negated one ("Генштаб не підтвердив", "не сообщило Минобороны": nothing was
 * said). */
const VERB = String.raw`(?:(?<![\p{L}])${NOT_NEGATED_CYR}(?:${REPORTING_CYR}))`;

/** The head nouns of a body, any case ("командуванні", "угрупованні", "группировке", "Силах оборони", "пресс-службе"). */
const BODY_HEAD = String.raw`(?:командуванн|командовани|угрупованн|угруповуванн|группировк|штаб|міністерств|министерств|відомств|ведомств|прес-служб|пресс-служб|пресслужб|управлінн|управлени|адміністрац|администрац|оборон|сил|військ|войск)`;
const BODY_LOWER = new RegExp(String.raw`(?<![\p{L}])${BODY_HEAD}`, 'iu');
/** A plural verb of saying, past or present ("повідомили", "зазначають", "сообщили", "отмечают", "кажуть", "додали",
 * "подчеркнули"). */
const PLURAL_SAYING = String.raw`(?:повідом|сообщ|заяв|зазнач|отмет|отмеч|уточн|підтверд|подтверд|розпов|рассказ|стверджу|утвержд|спросту|опроверг|кажу|говор|наголо[сш]|поясн|інформу|информиру|запереч|отрица|доповіда|доклады|добав|дода|подчерк|підкресл)\p{L}*(?:ли|ють|ять|ают|яют|уть|ать|ут|ют|ят)(?![\p{L}])`;

const PATTERNS: RegExp[] = [
  // "за словами Сирського", "по словам Сырского", "за даними Генштабу", "по данным Минобороны", "як повідомляє DeepState",
  // and so at a sentence's opening ("За даними Генштабу, …": the capital was never read)
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Зз]а\s+словами|[Пп]о\s+словам|[Зз]а\s+даними|[Пп]о\s+данным|[Зз]гідно\s+з|[Сс]огласно|[Яя]к\s+повідомля\p{L}*|[Кк]ак\s+сообща\p{L}*|[Яя]к\s+заяви\p{L}*|[Кк]ак\s+заяви\p{L}*|повідомля\p{L}*|сообща\p{L}*)\s+((?:${NAME}|\p{Ll}+)(?:\s+${NAME}){0,3})`,
    'gu',
  ),
  // "Міноборони РФ заявило", "Генштаб ЗСУ повідомив": a capitalised subject before the verb
  new RegExp(String.raw`(${NAME}(?:\s+(?:${NAME}|[\p{Ll}]{1,3}\s+${NAME})){0,3}${QUOTED_NAME})\s+${VERB}`, 'gu'),
  // "повідомив Генштаб", "сообщило Минобороны России": the verb first
  new RegExp(String.raw`${VERB}\s+(${NAME}(?:\s+${NAME}){0,3}${QUOTED_NAME})`, 'gu'),
  // "повідомили в Генштабі", "сообщили в Минобороны", "повідомляють у Генштабі ЗСУ" (the present too: an office named
  // after its verb is the speaker in any tense; not the impersonal "повідомляється у Facebook …", a platform); any
  // plural verb of saying so, as before the body ("…», — добавили в ВСУ", "– зазначають у Генштабі")
  new RegExp(
    String.raw`${NOT_NEGATED_CYR}(?:${VERB}|${PLURAL_SAYING}|повідомля(?:є|ють|в|ла|ли)(?![\p{L}]))\s+(?:в|у|во)\s+(${NAME}(?:\s+${NAME}){0,2}${QUOTED_NAME})`,
    'gu',
  ),
];

/** (nor "the enemy", a side's word for the other side that names no one: "Враг сообщал, что захватил …") */
const NOT_A_WORD = /^(?:Про|Об|Как|Як|Это|Це|Он|Она|Они|Він|Вона|Вони|Також|Также|Тоді|Тогда|При|Після|После)$/u;
const ENEMY_WORD = new RegExp(String.raw`^(?:${ENEMY_CYR})$`, 'iu');
const notAClaimant = (who: string): boolean => NOT_A_WORD.test(who) || ENEMY_WORD.test(who);

/** A sentence's opening word that is no part of a name: a conjunction, a sentence adverb or a day ("Также Минобороны
 * сообщило", "Однак Бородін зазначив", "Нещодавно Генштаб спростував", "If confirmed", "On Thursday Russia claimed",
 * "As Ukrinform reported", "though local officials confirmed"), with a dash before it and a preposition after it
 * ("Також у ЗСУ спростували"); a closed class of words, not names. */
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const OPENING_WORD = new RegExp(
  String.raw`^(?:[-–—]\s*|(?:Також|Также|Однако|Однак|Ранее|Раніше|Нещодавно|Недавно|Накануне|Напередодні|Впрочем|Втім|Зокрема|Варто|Стоит|If|As|[Tt]hough|[Aa]lthough|[Bb]ut|[Aa]nd|[Yy]et|Meanwhile|Earlier|On\s+${WEEKDAY})(?:\s+(?:у|в|во)(?=\s))?(?:\s+|$))`,
  'u',
);
/** A day after an English name is when it spoke, not part of it ("its mayor told AFP Wednesday"). */
const TRAILING_DAY = new RegExp(String.raw`\s+(?:on\s+)?${WEEKDAY}$`, 'u');
/** A relative pronoun opens a clause about something before it, not a claimant ("which military analysts say"). */
const RELATIVE = /^(?:which|who|whom|that|what)\s/u;

/** A Cyrillic office noun read alone as a capitalised subject ("Командир роты сообщил", "Представитель штаба заявил":
 * the sentence's capital, then a lower-case word before the verb) is no person's name; it is read as the lower-case
 * office is, for the body it names or no one (office-body.ts). */
const BARE_OFFICE_CYR = new RegExp(String.raw`^${OFFICE_CYR}$`, 'u');
const bareOffice = (who: string): boolean => BARE_OFFICE_CYR.test(cleaned(who) ?? '');

/** `who` without the opening words before its name ("Ранее", "Також", "Meanwhile"). */
export function withoutOpeningWords(who: string): string {
  let out = who;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(OPENING_WORD, '').trim();
  }
  return out;
}

function cleaned(who: string): string | null {
  const out = withoutOpeningWords(who).replace(TRAILING_DAY, '');
  return out === '' || RELATIVE.test(out) ? null : out;
}

/** "The chief of Russia's general staff told President Vladimir Putin that …", "its mayor told AFP", "the mayor tells
 * The Associated Press": the English claimant read after "told" is whom the report is made to; the speaker is the
 * short phrase before the verb (after a comma, "as", "that"), if there is one. */
function speakerOf(sentence: string, addressee: string): string | null | undefined {
  const at = sentence.search(new RegExp(String.raw`(?<![\p{L}])(?:told|tells|telling)\s+${escapeRegExp(addressee)}`, 'u'));
  if (at < 0) return undefined;
  const phrase = sentence
    .slice(0, at)
    .split(/[,;:"“”]|(?<![\p{L}])(?:as|that|and|but|while|when)(?![\p{L}])/u)
    .at(-1)!
    .trim()
    .replace(/\s+(?:also|has|had|have|then|later|previously|earlier)$/u, '');
  const words = phrase.split(/\s+/u).filter(Boolean);
  return words.length >= 1 && words.length <= 7 && /^(?:\p{Lu}|the\s|an?\s|its\s|his\s|her\s|their\s)/u.test(phrase) ? phrase : null;
}

/** "сообщило РИА Новости со ссылкой на Минобороны РФ", "передає УНН з посиланням на Генштаб": an outlet citing its
 * source carries the claim; the source is the claimant. */
function citedBy(sentence: string, outlet: string): string | null {
  const m = new RegExp(
    String.raw`${escapeRegExp(outlet)}\s+(?:со\s+ссылкой\s+на|з\s+посиланням\s+на|with\s+reference\s+to)\s+(${NAME}(?:\s+${NAME}){0,3})`,
    'u',
  ).exec(sentence);
  const cited = m?.[1]?.replace(/[.,;:]+$/u, '') ?? null;
  // (a platform cited is whose post it is: "со ссылкой на Telegram главы … Николая Лукашука"; no owner, the outlet)
  return cited !== null && PLATFORM.test(cited) ? ownerIn(sentence.slice(m!.index + m![0].length).split(/[,.;:!?()«»"“”—–]/u)[0]!) : cited;
}

/** A claimant that is only a settlement the geoparser found in the sentence ("частини села Степове підтвердив",
 * "до Покровська підтвердили", "said Dalne had fallen") is no speaker, unless the place names a side (a capital for
 * its government: "Kyiv said", "Moscow claimed"). */
export function notAPlace(claimant: string | null, places: readonly string[]): string | null {
  if (claimant === null || claimantSideOf(claimant, null) !== null) return claimant;
  return places.includes(claimant) ? null : claimant;
}

export function claimantIn(said: string): string | null {
  // (a day between the speaker and the verb, "the ministry on July 7 claimed", is no part of who says it)
  const sentence = withoutSpeechDay(said);
  const carried = readClaimant(sentence);
  if (carried === null) return null;
  const read = englishSpan(sentence, citedBy(sentence, carried) ?? carried);
  if (read === null) return null;
  const speaker = /^\p{Script=Latin}/u.test(read) ? speakerOf(sentence, read) : undefined;
  const who = speaker === undefined ? cleaned(read) : speaker && cleaned(speaker);
  const source = who && notInformation(who);
  return source && withUnitNumber(sentence, source);
}

/** "according to reports", "according to available information", "according to geolocation data", "according to the
 * statement": an English according-to phrase ending in a noun of information or of a document names what was said, no
 * one who said it (a statement points back to its author, claimant-carry.ts). A capitalised word before the noun names
 * whose it is ("according to Ukrainian military reports": the Ukrainian military); else no one. */
const INFORMATION_EN = /^(?:(.*?)\s+)?(?:reports?|information|data|footage|statement)$/u;
function notInformation(who: string): string | null {
  const m = INFORMATION_EN.exec(who);
  if (m === null) return who;
  // (lower-case words before the name hide it no more: "the latest ISW report", "preliminary Ukrainian data")
  const rest = (m[1] ?? '')
    .replace(/^(?:the|an?|The|An?)\s+/u, '')
    .replace(/^(?:\p{Ll}[\p{L}-]*\s+)+/u, '')
    .replace(/['’]s$/u, '');
  return /^\p{Lu}/u.test(rest) ? rest : null;
}

/** A pronoun read as the speaker ("According to him, …") points back to the one named before (claimant-carry.ts). */
const PRONOUN_EN = /^(?:him|her|them|it|he|she|they|us|me)$/iu;
/** "The outlet reported that Ukrainian officials said": the outer verb and "that" are no part of the inner speaker. */
const OUTER_SAYING = new RegExp(String.raw`^(?:${SAYING_EN})\s+that\s+`, 'u');

/** An English speaker read with its edges cut (the readers' words are capitalised runs or a possessor's noun phrase):
 * a possessive's head cut at the apostrophe ("the country’s deputy defense minister said" read as "s deputy defense
 * minister"), a name joined by "for (the)" ("The Institute for the Study of War said" read as "Study of War"), an outer
 * verb of saying, a pronoun. */
function englishSpan(sentence: string, read: string): string | null {
  if (!/^\p{Script=Latin}/u.test(read)) return read;
  if (PRONOUN_EN.test(read)) return null;
  const at = sentence.indexOf(read);
  const before = at < 0 ? '' : sentence.slice(Math.max(0, at - 120), at);
  if (/^s\s/u.test(read)) {
    const owner = /((?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*['’])$/u.exec(before)?.[1];
    return owner === undefined ? null : `${owner}${read}`;
  }
  const joined = /((?:\p{Lu}[\p{L}-]*\s+)+for\s+(?:the\s+)?)$/u.exec(before)?.[1];
  if (joined !== undefined && /^\p{Lu}/u.test(read)) return `${joined}${read}`;
  return read.replace(OUTER_SAYING, '');
}

/** "A statement by Ukraine's General Staff on Telegram claimed", "A statement from separatist authorities on Telegram
 * said": read as the platform, whose the statement is stands before it; a platform alone is no one. */
function postedBy(sentence: string, platform: string): string | null {
  const m = new RegExp(
    String.raw`(?<![\p{L}])(?:by|from)\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:on|in|via)\s+${escapeRegExp(platform)}`,
    'u',
  ).exec(sentence);
  return m?.[1] ?? null;
}

/** A broadcast's name ("в эфире Первого канала заявил", "у ефірі Радіо Свобода"): where it was said, not who said it.
 * Read in a 40-character window ending at this candidate (`at`), not over the sentence: the word and a space reach it. */
const ON_AIR_BEFORE = new RegExp(String.raw`(?<![\p{L}])${BROADCAST_STEM}\p{L}*\s+["«„“]?$`, 'iu');
const onAir = (sentence: string, at: number): boolean => at >= 0 && ON_AIR_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));

function readClaimant(sentence: string): string | null {
  const found = attributionIn(sentence);
  const read = found !== null && onAir(sentence, sentence.indexOf(found)) ? null : found;
  // (a platform is where it was posted, not who posted it: "A statement by … on Telegram claimed", "сообщает в
  // Telegram издание …")
  const english = read !== null && PLATFORM.test(read) ? postedBy(sentence, read) : read !== null && bareOffice(read) ? null : read;
  // (an appositive speaker wins over an attribution read after it, the outlet told or reporting: "Name, the
  // spokesperson for X, told Interfax", "said Name, spokesman for X, …, UNN reports"; not over a speaker before it:
  // "The Russian army said it has liberated X, but Name, head of …, said")
  const appositive = appositiveSpeakerIn(sentence);
  if (appositive && (!english || sentence.indexOf(english) > appositive.at)) return appositive.who;
  if (english) return english;
  for (const [i, re] of PATTERNS.entries()) {
    // (a refused match is no end of the search: "Как писала «Свободная Пресса», … Юрий Котенок сообщил" goes on to
    // the speaker after the refused "Как")
    for (const m of sentence.matchAll(re)) {
      // (a channel's platform before its quoted name is where it posts: the name is who says it)
      const who = m[1]
        ?.trim()
        .replace(/[.,;:]+$/u, '')
        .replace(PLATFORM_BEFORE_QUOTE, '');
      // (a dative beside the verb is whom the report is made to: "Путину доложили", see addresseeOnly)
      if (
        who &&
        !notAClaimant(who) &&
        !/^\p{Ll}/u.test(who) &&
        !(i > 0 && addresseeOnly(who)) &&
        !bareOffice(who) &&
        !PLATFORM.test(who) &&
        !onAir(sentence, m.index + m[0].indexOf(who))
      )
        return who;
    }
  }
  // (a person after a lower-case office, "сообщил глава ДНР Денис Пушилин", which the capitals above miss; a
  // document's owner after its noun, "говорится в сообщении Минобороны России", which has no verb with a subject; a
  // body opened in lower case after the verb, "заявили в российском Минобороны")
  return officeSpeakerIn(sentence) ?? locativeBodyIn(sentence) ?? documentSourceIn(sentence) ?? bodyAfterVerbIn(sentence);
}

/** "В ОСУВ «Хортиця» зазначають, що …", "В оперативно-тактичному угрупованні військ «Хортиця» повідомили", "В
 * группировке войск «Восток» опровергли", "У ЗСУ вперше офіційно підтвердили": a body in the locative before a
 * subjectless plural verb of saying is who says (the impersonal "they in X said"). A singular verb has a subject of its
 * own ("у Facebook повідомив"); the lower-case words before the verb that are no body's nouns are adverbs ("вперше
 * офіційно", "після цього"); lower-case words left must carry a body's head noun ("у районі Покровська повідомили"
 * is no body) and a name must be among them. */
const LOCATIVE_BODY = new RegExp(
  String.raw`(?<![\p{L}])[ВвУу]о?\s+((?:[\p{L}][\p{L}'’.-]*|["«„“][^"«»„“”]{1,40}["»”“])(?:\s+(?:[\p{L}][\p{L}'’.-]*|["«„“][^"«»„“”]{1,40}["»”“])){0,7}?)\s+${NOT_NEGATED_CYR}${PLURAL_SAYING}`,
  'gu',
);
function locativeBodyIn(sentence: string): string | null {
  LOCATIVE_BODY.lastIndex = 0;
  for (let m = LOCATIVE_BODY.exec(sentence); m !== null; m = LOCATIVE_BODY.exec(sentence)) {
    // (a failed reading retries from the next preposition: "В то же время в ВСУ заявили")
    LOCATIVE_BODY.lastIndex = m.index + 1;
    const ws = m[1]!.split(/\s+/u);
    while (ws.length > 0 && /^\p{Ll}/u.test(ws.at(-1)!) && !BODY_LOWER.test(ws.at(-1)!)) ws.pop();
    const who = ws.join(' ');
    // (a bare noun, "в ведомстве уточнили", "у штабі зазначають", names no one: it refers back, see claimant-carry)
    if (!ws.some((w) => /^[\p{Lu}"«„“]/u.test(w)) || notAClaimant(who) || addresseeOnly(who)) continue;
    if (ws.some((w) => /^\p{Ll}/u.test(w)) && !BODY_LOWER.test(who)) continue;
    return who;
  }
  return null;
}

/** Whom a report is made to, beside its verb ("Путину доложили", "доповіли Зеленському"): no claimant, but the side
 * reported to is the side reporting (a commander reports to his own), which the actor may need when no one is named. */
const BESIDE_VERB = new RegExp(
  String.raw`(${NAME}(?:\s+${NAME}){0,2})\s+(?:\p{Ll}+\s+)?${VERB}|${VERB}\s+(${NAME}(?:\s+${NAME}){0,2})`,
  'gu',
);
export function addresseeIn(sentence: string): string | null {
  for (const m of sentence.matchAll(BESIDE_VERB)) {
    const who = (m[1] ?? m[2])?.trim();
    if (who && addresseeOnly(who)) return who;
  }
  return null;
}
