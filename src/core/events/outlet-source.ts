// An outlet that reports is not the party that claims. "TASS reported on Saturday, citing Russia's Defense Ministry",
// "сообщает РИА Новости со ссылкой на Минобороны РФ", "Про це повідомляє RegioNews із посиланням на зведення Генштабу
// ЗСУ", "передает РБК-Украина, ссылаясь на данные карты DeepState": the source the outlet cites is the claimant. And a
// sentence that names its speaker and then the outlet that carried it ("…, заявил Алексей Громов, передает
// Интерфакс", "…, Kovalov said on the telethon, reports UNN") keeps the speaker: the outlet's tag at its end is the
// reporter's byline, not a second voice.
import { escapeRegExp } from '../text/matches.ts';
import { SAYING_CYR, SAYING_EN } from '../text/saying.ts';
import { claimantIn } from './claimant.ts';
import { passiveSpeakerIn } from './attribution-after.ts';
import { pointsBack } from './claimant-carry.ts';

/** A capitalised name of up to four words, or a Cyrillic body with its lower-case words of office ("Генштабу ЗСУ",
 * "Минобороны РФ", "Russia's Defense Ministry", "Denis Pushilin", "DeepState"). */
const NAME_WORD = String.raw`["«„]?\p{Lu}[\p{L}\d’'.-]*["»“”]?`;
const CITED_NAME = String.raw`(?:the\s+)?${NAME_WORD}(?:\s+(?:${NAME_WORD}|обороны|оборони|штабу|штаба|сил|штаб))*`;
/** A platform the source posted on ("со ссылкой на Facebook главнокомандующего"): where, not who. */
const PLATFORM = String.raw`(?:Telegram|Facebook|Twitter|YouTube|Instagram|Телеграм|Фейсбук)`;

/** The document the outlet cites, before its author: "a statement from", "данные интерактивной карты", "зведення". */
const DOCUMENT = String.raw`(?:(?:(?:a|an|the|its)\s+)?(?:statement|report|data|post|message|update|briefing|bulletin)s?\s+(?:from|by|of)\s+|(?:данные|данных|дані|даних|зведення|сводку|сводки|информацию|інформацію|сообщение|повідомлення|заявление|заяву|публикацию|публікацію|телеграм-канал|${PLATFORM}(?:-канал|-каналі|-канале)?)(?:\s+\p{Ll}+){0,2}\s+)`;
const CITING = String.raw`(?:,?\s*citing|,?\s*(?:со\s+ссылкой\s+на|з\s+посиланням\s+на|із\s+посиланням\s+на|ссылаясь\s+на|посилаючись\s+на))`;

/** What may stand between the outlet and its citing: a verb of reporting, what it reported and when, in one clause
 * ("reported an advance in Selydove on Monday"). */
const BETWEEN = String.raw`(?:[\s,]+[\p{L}\d’'-]+){0,8}?`;

const CITES = new RegExp(CITING, 'iu');
/** A name that is a platform, not who posted on it. */
const PLATFORM_NAME = new RegExp(String.raw`^${PLATFORM}`, 'u');

/** Whether the sentence cites a source ("citing", "со ссылкой на", "з посиланням на", "ссылаясь на"). */
export const citesSource = (sentence: string): boolean => CITES.test(sentence);

/** The source `read` cites in `sentence` ("X reported, citing Y" → Y), or null. */
export function citedSource(sentence: string, read: string): string | null {
  const re = new RegExp(String.raw`${escapeRegExp(read)}["»”]?${BETWEEN}${CITING}\s+${DOCUMENT}?(${CITED_NAME})`, 'u');
  const m = re.exec(sentence);
  const who = m?.[1]?.replace(/[.,;:]+$/u, '').trim() ?? null;
  // ("citing the Kremlin's press service": a possessive that a lower-case office completes is not the name)
  return who === null || /['’]s?$/u.test(who) || PLATFORM_NAME.test(who) ? null : who;
}

const TAG_VERB = String.raw`(?:reports|reported|writes|wrote|передає|передает|пише|пишет|повідомляє|сообщает|информирует|інформує)`;
const OUTLET_NOUN = String.raw`(?:(?:видання|издание|агентство|агентства|телеканал|канал)\s+)?`;

/** Where `read` stands as the outlet's tag at the end of the sentence ("…, передает ТАСС.", "…, reports UNN."): the
 * sentence before the tag, or null. */
export function beforeOutletTag(sentence: string, read: string): string | null {
  const re = new RegExp(String.raw`,\s*${TAG_VERB}\s+${OUTLET_NOUN}["«„]?${escapeRegExp(read)}["»“”]?\s*[.!]?\s*$`, 'u');
  const m = re.exec(sentence);
  return m ? sentence.slice(0, m.index) : null;
}

/** A side's office, which speaks for itself when it cites: not an outlet. */
const OFFICE =
  /(?:ministry|staff|military|command|forces|army|government|минобороны|міноборони|министерств|міністерств|штаб|командуван|командован)/iu;

/** ", заявил военный эксперт Андрей Марочко", ", повідомив у четвер речник Генштабу ЗСУ Андрій Ковальов в ефірі
 * телемарафону", ", said spokesman Dmytro Lykhovii": a verb of saying after the report, then a title and the person's
 * given name and surname (two capitalised words), which the claimant reader takes only right after the verb. */
const TITLED_SPEAKER = new RegExp(
  String.raw`,\s*(?:${SAYING_CYR}|${SAYING_EN})(?![\p{L}])[^,.;:]{0,100}?(?<![\p{L}])(\p{Lu}\p{Ll}+[\s-]\p{Lu}\p{Ll}+)(?![\p{L}])[^,.;:]{0,60}$`,
  'u',
);
const titledSpeaker = (clause: string): string | null => TITLED_SPEAKER.exec(clause)?.[1] ?? null;

/** "According to Censor.NET, this was reported by the General Staff": the outlet named by "according to" and the
 * speaker as the passive agent of the same sentence. */
const ACCORDING_TO = (read: string): RegExp => new RegExp(String.raw`according\s+to\s+${escapeRegExp(read)}`, 'iu');

/** The speaker of a sentence whose claimant reader named `read`: the source an outlet cites, the speaker before an
 * outlet's tag, else `read`; null where the tag stands alone in a sentence that points back to a speaker held from before (`held`). */
export function speakerBehindOutlet(
  sentence: string,
  read: string | null,
  isPlace: (who: string) => boolean,
  held: boolean,
): string | null {
  if (read === null) return null;
  // (an office citing its own commander still speaks for itself: "the ministry said, citing the battlegroup's commander")
  const cited = OFFICE.test(read) ? null : citedSource(sentence, read);
  if (cited !== null && !isPlace(cited)) return cited;
  const passive = passiveSpeakerIn(sentence);
  if (passive !== null && ACCORDING_TO(read).test(sentence)) return passive;
  const before = beforeOutletTag(sentence, read);
  if (before === null) return read;
  const inner = claimantIn(before) ?? passiveSpeakerIn(before) ?? titledSpeaker(before);
  if (inner !== null && inner !== read && !isPlace(inner)) return inner;
  // ("По его словам, …, передает ТАСС": the speaker is the one the sentence points back to)
  return held && pointsBack(before) ? null : read;
}
