// A day between a speaker and its verb of saying: "The Russian Defense Ministry on July 7 claimed", "Russia on Monday
// said", "KP.RU 22 сентября сообщил", "Генштаб у понеділок повідомив". The speaker
// patterns want the name right beside the verb, so the day hid the speaker. The day is when it was said, no part of who
// says it: it is dropped before the speaker is read. A day after an English verb is left ("said July 7 was the
// deadline": the day is what is said).
import { MONTH_NC, SLAVIC_MONTH_GEN } from '../claims/dates.ts';
import { WEEKDAY } from '../claims/attribution.ts';
import { SPEAKING_CYR, SPEAKING_EN } from '../text/saying.ts';

/** The Ukrainian and Russian days of the week after "в/у", as a day something was said ("в понедельник", "у п'ятницю"). */
const WEEKDAY_CYR = String.raw`понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю`;

const DAY_EN = String.raw`(?:on\s)?(?:${WEEKDAY}|${MONTH_NC}\s\d{1,2}(?!\d)(?:st|nd|rd|th)?|\d{1,2}\s${MONTH_NC})(?:,\s\d{4})?`;
const DAY_CYR = String.raw`(?:(?:в|у|во)\s(?:${WEEKDAY_CYR})(?:,\s\d{1,2}\s(?:${SLAVIC_MONTH_GEN}),)?|\d{1,2}\s(?:${SLAVIC_MONTH_GEN})(?:\s\d{4}(?:\s(?:року|года|р\.|г\.))?)?)`;

/** A day right before an English verb of saying, after a word (so never at the sentence's opening: "On Monday Russia
 * said" keeps its reading), set off by commas or not. */
const BEFORE_EN = new RegExp(String.raw`(?<=[\p{L}.)])(?:,\s${DAY_EN},|\s${DAY_EN})(?=\s(?:${SPEAKING_EN})(?![\p{L}]))`, 'gu');
/** A day right before a Cyrillic verb of saying, after a capitalised word or a closing quote (the speaker's name's
 * end): not after "Про це", "Об этом", which the reference reading takes (reference-speaker.ts). The match opens with a
 * comma or a space, asked first: the look back over the word was tried at every position, and a line of one long
 * hyphened word read it back to its start from each of its letters. */
const BEFORE_CYR = new RegExp(
  String.raw`(?=[,\s])(?<=\p{Lu}[\p{L}.-]*|[»"”)])(?:,\s${DAY_CYR},|\s${DAY_CYR})(?=\s(?:${SPEAKING_CYR})(?![\p{L}]))`,
  'gu',
);

/** The sentence with any day standing between a speaker and its verb of saying left out. */
export function withoutSpeechDay(sentence: string): string {
  return sentence.replace(BEFORE_EN, '').replace(BEFORE_CYR, '');
}
