// The speaker a Ukrainian or Russian sentence of reference names after its verb: "Про це повідомив начальник Сумської
// ОВА Олег Григоров", "Об этом сообщило Министерство обороны РФ", "Об этом сообщает пресс-служба Минобороны РФ", "Про
// це у п'ятницю, 6 травня, повідомили …", "Про це йдеться у вечірньому зведенні Генштабу ЗСУ", "Про це свідчить мапа
// аналітичного проєкту DeepState". The claimant reader takes a capitalised name right after its verb only, and reads
// "Про"/"Об" as the subject before it; a title or a kind of body in lower case ("начальник", "прес-служба",
// "аналітики", "мониторинговый проект"), a day or a channel between them hid the speaker, so the events the sentence
// refers back to kept no claimant. The speaker is the first run of name words after the verb: a person's given name and
// surname at its end stand for the person, else the run is the body.
import { SPEAKING_CYR } from '../text/saying.ts';
import { claimantIdentity } from '../text/claimant-identity.ts';
import { PLATFORM_NAME } from './document-source.ts';

/** "Про це", "Об этом": the sentence says who reported what the one before it told. */
const OPENING = /^\s*(?:[Пп]ро\s+це|[Оо]б\s+этом)(?![\p{L}])/u;
/** Verbs of saying in any tense, and the verbs a document "says" with ("йдеться у зведенні", "говорится в сводке",
 * "свідчить мапа"). */
const PRESENT = String.raw`повідомля\p{L}*|сообща\p{L}*|пише|пишуть|пишет|пишут|передає|передають|передает|передают|інформу\p{L}*|информиру\p{L}*`;
const DOCUMENT = String.raw`йдеться|ідеться|говорится|сказано|свідчить|свидетельствует`;
const PAST = String.raw`проінформува\p{L}*|проинформирова\p{L}*|поінформува\p{L}*|розпові\p{L}*|рассказа\p{L}*`;
const VERB = new RegExp(String.raw`(?<![\p{L}])(?:${DOCUMENT}|${PRESENT}|${PAST}|${SPEAKING_CYR})(?![\p{L}])`, 'u');
/** The present forms, an outlet's tag more often than a source's statement (see extract.ts's ATTRIBUTION_NOW). */
const PRESENT_VERB = new RegExp(String.raw`^(?:${PRESENT})$`, 'u');
/** A pronoun subject before the verb ("Про це він розповів"): the speaker is one named before, not after. */
const PRONOUN = /(?<![\p{L}])(?:він|вона|вони|он|она|они)(?![\p{L}])/u;
/** A preposition opens a phrase of where, when or how ("в ефірі", "у Telegram", "під час", "с позывным"): it ends the
 * speaker's name, and a name right after it is a channel, not the speaker ("від Генштабу", "from", is the source). */
const PREPOSITION = /^(?:в|у|во|на|під|при|через|для|по|з|із|зі|с|со|від|от|після|после|до|за|перед|без)$/u;
const CHANNEL_PREPOSITION = /^(?:в|у|во|на|під|при|через|для|по|з|із|зі|с|со|після|после|до|за|перед|без)$/u;
/** A platform a statement was posted on ("в Telegram", "Telegram-канал", "у Facebook"): where, not who. */
// (and "Fаcebook" with a letter of another script)
const PLATFORM = new RegExp(String.raw`^["«„“]?(?:${PLATFORM_NAME}|F\p{L}cebook)`, 'iu');
/** A broadcast a statement was made on ("в ефірі", "у етері", "в эфире", "у телемарафоні"): where, not who. */
export const BROADCAST_STEM = String.raw`(?:ефір|етер|эфир|телемарафон)`;
const BROADCAST = new RegExp(String.raw`^${BROADCAST_STEM}\p{L}*`, 'iu');
/** A capitalised word or a quoted name's first word: where a name begins. */
const CAPITALISED = /^["«„“]?\p{Lu}/u;
const QUOTED = /^["«„“]/u;
const LOWER = /^\p{Ll}[\p{L}’'-]*$/u;
const NUMBER = /^\d+(?:-\p{Ll}+)?$/u;
/** The unnamed holder of a source ("источник РИА «Новости»", "джерело в Силах оборони"): the name after it is where the
 * source sits, not who speaks. */
const UNNAMED_SOURCE = /^(?:источник\p{L}*|джерел\p{L}*|собеседник\p{L}*|співрозмовник\p{L}*)$/u;
/** A given name and a surname closing the run ("Олег Григоров", "Назар Волошин"). */
const PERSON_PAIR = /(?:^|\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

/** Whether the sentence only says who reported the one before, and in what tense: 'past' ("повідомив", "йдеться у"),
 * 'present' ("повідомляє", "пише"), or null. */
export function referenceTense(sentence: string): 'past' | 'present' | null {
  const open = OPENING.exec(sentence);
  if (!open) return null;
  const verb = VERB.exec(sentence.slice(open[0].length));
  if (!verb) return null;
  return PRESENT_VERB.test(verb[0]) && !/л[аои]?$/u.test(verb[0]) ? 'present' : 'past';
}

/** Where the speaker's name begins among the words after the verb, or -1. */
function nameStart(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    if (!CAPITALISED.test(words[i]!) || PLATFORM.test(words[i]!) || CHANNEL_PREPOSITION.test(words[i - 1]?.toLowerCase() ?? '')) continue;
    // (a unit's number before its name: "24 Канал", "7 корпус Десантно-штурмових військ", "47 окремої механізованої
    // бригади ЗСУ")
    let n = i - 1;
    while (n > i - 4 && LOWER.test(words[n] ?? '') && !PREPOSITION.test(words[n]!)) n--;
    if (NUMBER.test(words[n] ?? '')) return n;
    // (a quoted name goes with the kind of body before it: "угруповання військ "Дніпро"", up to three words)
    let k = i;
    if (QUOTED.test(words[i]!)) while (k > i - 3 && LOWER.test(words[k - 1] ?? '') && !PREPOSITION.test(words[k - 1]!)) k--;
    // (but a quoted name in a phrase of where or how is none: "в ефірі «Суспільного»", "с позывным "Мучной"")
    if (k < i && CHANNEL_PREPOSITION.test(words[k - 1]?.toLowerCase() ?? '')) continue;
    return k;
  }
  return -1;
}

/** The speaker named first in `text` (what follows a verb of saying or a citing): a person's given name and surname
 * closing the run of name words, else the run, a body; null if the text names none before its first stop. */
function speakerIn(text: string): string | null {
  // (an aside in brackets, "(НМ ЛНР)", "(ISW)", does not end the clause)
  const clause = text.replace(/\s*\([^()]*\)/gu, '').split(/[,.;:!?()—–]|\s-\s/u)[0] ?? '';
  const words = clause.split(/\s+/u).filter(Boolean);
  const start = nameStart(words);
  if (start < 0 || (start > 0 && UNNAMED_SOURCE.test(words[start - 1]!.toLowerCase()))) return null;
  const run: string[] = [];
  for (const w of words.slice(start)) {
    if (PREPOSITION.test(w.toLowerCase()) || run.length >= 14) break;
    run.push(w);
  }
  // (an unclosed straight quote at the end: the name was quoted and the clause cut after it)
  let name = run.join(' ');
  if ((name.match(/"/gu)?.length ?? 0) % 2 === 1) name = name.replace(/"$/u, '');
  const pair = PERSON_PAIR.exec(name)?.[1];
  if (pair !== undefined) {
    const who = claimantIdentity(pair);
    if (who.person && who.given !== null) return pair;
  }
  return name === '' ? null : name;
}

/** "з посиланням на", "со ссылкой на", "посилаючись на", "ссылаясь на": what follows is the outlet's source. */
const CITING = /(?<![\p{L}])(?:з|із|со)\s+(?:посиланням|ссылкой)\s+на\s|(?<![\p{L}])(?:посилаючись|ссылаясь)\s+на\s/u;

/** The speaker a sentence of reference names after its verb, or null. */
export function referenceSpeaker(sentence: string): string | null {
  const open = OPENING.exec(sentence);
  if (!open) return null;
  const rest = sentence.slice(open[0].length);
  const verb = VERB.exec(rest);
  if (!verb || PRONOUN.test(rest.slice(0, verb.index))) return null;
  const after = rest.slice(verb.index + verb[0].length);
  // the verb's first word may be where the office said it: "повідомили у Генштабі ЗСУ"
  const inOffice = /^\s*(?:в|у|во)\s+(?=\S)/u.exec(after);
  // (not a broadcast, "розповів у етері «Свобода.Ранок»": stripped of its preposition, the channel read as an office)
  const office = inOffice ? after.slice(inOffice[0].length) : '';
  const named = (inOffice && !PLATFORM.test(office) && !BROADCAST.test(office) ? speakerIn(office) : null) ?? speakerIn(after);
  if (named === null) return null;
  // ("Про це повідомляє «Главком» з посиланням на Генштаб ЗСУ": the outlet's source speaks; not a citing by another
  // outlet's tag after a comma, ", передает Цензор.НЕТ со ссылкой на …")
  const citing = CITING.exec(after.split(/,(?!\s*(?:посилаючись|ссылаясь)\s)|[;:!?]|\.(?=\s|$)/u)[0] ?? '');
  return (citing ? speakerIn(after.slice(citing.index + citing[0].length)) : null) ?? named;
}
