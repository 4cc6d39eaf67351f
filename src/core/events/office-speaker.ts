// A Ukrainian or Russian speaker named after a lower-case office and its body: "сообщил глава ДНР Денис Пушилин", "Як
// повідомив спікер Одеської обласної військової адміністрації Сергій Братчук", "За словами речника ОСУВ «Хортиця»
// Віктора Трегубова", "глава Донецкой ОВА Вадим Филашкин утром … сообщил". The capitalised-subject patterns need a
// capital right by the verb and so miss the office noun; the person at the end of the phrase is the claimant.
import { addresseeOnly } from '../claims/attribution.ts';
import { claimantIdentity } from '../text/claimant-identity.ts';
import { OFFICE_CYR as OFFICE, OFFICE_SAYING_CYR as SAYING } from './office-words.ts';

/** The body's words after the office: lower-case, capitalised or quoted ("Одеської обласної військової адміністрації",
 * "ОСУВ «Хортиця»", "ДНР"). */
const BODY = String.raw`(?:(?:[\p{L}][\p{L}'’.-]*|["«„“][^"«»„“”]{1,40}["»”“])\s+){1,7}?`;
/** The words between a verb of saying and its subject's name: lower-case words, capitalised bodies, quoted names and
 * days ("в своем Telegram-канале военкор", "в четверг замминистра обороны"); no word governing an object ("о", "про",
 * "об"): that phrase names what is said, not who says it. */
const VERB_SUBJECT = String.raw`(?:(?!(?:о|об|про|обо|щодо|насчет|относительно)\s)(?:[\p{L}\d][\p{L}\d'’.-]*|["«„“][^"«»„“”]{1,40}["»”“])\s+){1,9}?`;
/** Given name and surname, the phrase's end: punctuation or a lower-case word follows, not another capital. */
const PERSON = String.raw`(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)(?=\s*[,.;:—–)]|\s+[\p{Ll}\d]|$)`;

const FORMS: RegExp[] = [
  // "сообщил глава ДНР Денис Пушилин", "Як повідомив спікер … Сергій Братчук"
  new RegExp(String.raw`(?<![\p{L}])${SAYING}\s+${OFFICE}\s+${BODY}${PERSON}`, 'u'),
  // "За словами речника … Віктора Трегубова", "по данным представителя … Ивана Петрова"
  new RegExp(String.raw`(?<![\p{L}])(?:[Зз]а\s+словами|[Зз]а\s+даними|[Пп]о\s+словам|[Пп]о\s+данным)\s+${OFFICE}\s+${BODY}${PERSON}`, 'u'),
  // "глава Донецкой ОВА Вадим Филашкин утром 1 октября в эфире сообщил": the office as subject, a few lower-case
  // words (when, where) before its verb
  new RegExp(String.raw`(?<![\p{L}])${OFFICE}\s+${BODY}${PERSON}\s+(?:[\p{Ll}\d]+\s+){0,6}?${SAYING}(?![\p{L}])`, 'u'),
  // "сообщил главком ВСУ Александр Сырский", "доложил председатель комиссии … Владимир Рогов", "сообщил в своем
  // Telegram-канале военкор Юрий Котенок": the verb first, then its subject, a noun phrase that ends in a given name and
  // surname; the office noun may be any (the list above names those that also speak with no name), so only the name
  // is read, and no preposition may stand between (its noun is an object: "сообщил о гибели командира Ивана Петрова"); a
  // unit named after a person names no speaker ("бригади імені Івана Богуна")
  new RegExp(String.raw`(?<![\p{L}])${SAYING}\s+${VERB_SUBJECT}(?<!(?:імені|имени)\s)${PERSON}`, 'u'),
];

/** The person an office phrase names as the speaker of the sentence, or null. */
export function officeSpeakerIn(sentence: string): string | null {
  for (const re of FORMS) {
    const who = re.exec(sentence)?.[1];
    // (a body's closing words are no given name and surname: "Представник Сил оборони Півдня України … повідомив")
    // (a dative is whom it is said to: "доложил президенту Владимиру Путину")
    if (who && claimantIdentity(who).person && !addresseeOnly(who)) return who;
  }
  return null;
}
