// Who says what a document says: "«…», — йдеться у повідомленні DeepState", "…, говорится в сообщении Министерства
// обороны России", "– ідеться у зведенні Генштабу ЗСУ", "В сообщении Минобороны говорится, что …". A document speaks
// with an impersonal verb and no subject, so the speaker readings, which need one, found no one; its owner stands in
// the genitive right after the document's noun (a lower-case chain before the name, the kind of body or its office, is
// passed over: "пресс-службы Минобороны", "моніторингового проєкту DeepState"). A document with no owner named ("—
// йдеться у повідомленні") refers back to the report the article named last (claimant-carry.ts).
import { STOPWORDS } from '../text/stopwords.ts';
import { normalizeName } from '../text/normalize.ts';
import { claimantIdentity } from '../text/claimant-identity.ts';
import { DOCUMENT_SAYING_CYR } from '../text/saying.ts';

/** The impersonal verbs a document says with (text/saying.ts). */
const DOC_VERB = `(?:${DOCUMENT_SAYING_CYR})`;
/** The nouns of a statement, a summary or a report, any case. */
const DOC_NOUN = String.raw`(?:повідомленн|сообщени|зведенн|сводк|заяв|звіт|отч[её]т|публікаці|публикаци|релиз|реліз|матеріал|материал|бюлетен|бюллетен|доповід|доклад|аналіз|анализ|огляд|обзор)\p{L}*`;
/** "говорится в сообщении X", "йдеться у свіжому зведенні X": the verb, then the document and what follows it. */
const VERB_FIRST = new RegExp(
  String.raw`(?<![\p{L}])${DOC_VERB}\s+(?:в|у|во)\s+(?:\p{Ll}+\s+){0,2}?${DOC_NOUN}\s+([^,.;:!?()«»"“”—–]{1,160})`,
  'gu',
);
/** "В сообщении X говорится", "У зведенні X йдеться": the document first, its verb after the owner. */
const NOUN_FIRST = new RegExp(
  String.raw`(?<![\p{L}])[ВвУу]о?\s+(?:\p{Ll}+\s+){0,2}?${DOC_NOUN}\s+([^,.;:!?()«»"“”—–]{1,160}?)\s+${DOC_VERB}(?![\p{L}])`,
  'gu',
);

const CAPITALISED = /^["«„“]?\p{Lu}/u;
/** A genitive's ending ("изучения", "войны", "вивчення", "війни", "Генштабу"; a bare-stem plural, "сил", is not read). */
const GENITIVE_END = /(?:[аяиыіїую]|ов|ев|ів|ей)$/u;
/** A given name and a surname closing the name ("Александра Сырского", "Олега Синєгубова"). */
const PERSON_PAIR = /(?:^|\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
/** A platform a statement was posted on ("у Telegram", "в Facebook", "у Фейсбуці", "в своем Telegram-канале"): where,
 * not whose; its channel compound and the Ukrainian locative's к/ц alternation are the platform too. PLATFORM_NAME is
 * the one list of platforms' names (the Cyrillic ones inflected), reference-speaker.ts reads it too. */
export const PLATFORM_NAME = String.raw`(?:Telegram|Facebook|Twitter|YouTube|Instagram|(?:Телеграм|Фейсбу[кц])\p{L}*)`;
const PLATFORM_WORD = String.raw`${PLATFORM_NAME}(?:-канал\p{L}*)?`;
export const PLATFORM = new RegExp(String.raw`^${PLATFORM_WORD}$`, 'iu');
/** A platform's channel before the quoted name of its owner ("сообщает Telegram-канал «Военкоры Русской Весны»"). */
export const PLATFORM_BEFORE_QUOTE = new RegExp(String.raw`^${PLATFORM_WORD}\s*(?=["«„“])`, 'iu');
/** A lower-case word of a genitive chain before the name ("пресс-службы", "аналітичного", "проєкту"): a content word,
 * not a preposition or conjunction ("о", "про", "щодо", "що", "и": what the document is about, not whose it is). */
const chainWord = (w: string): boolean => /^\p{Ll}[\p{L}'’-]*$/u.test(w) && w.length > 3 && !STOPWORDS.has(normalizeName(w));

/** The owner named right after the document's noun: after up to three lower-case genitive words, a run of capitalised
 * words (lower-case words between them kept: "Министерства обороны России"), its trailing lower-case words dropped. */
export function ownerIn(after: string): string | null {
  const words = after.trim().split(/\s+/u).filter(Boolean);
  let i = 0;
  while (i < words.length && i < 3 && !CAPITALISED.test(words[i]!) && chainWord(words[i]!)) i++;
  if (i >= words.length || !CAPITALISED.test(words[i]!) || PLATFORM.test(words[i]!)) return null;
  // (the lower-case chain before the name is the kind of body or an office of it, not its name: "проєкту DeepState"
  // is DeepState, "пресс-службы Минобороны РФ" the ministry)
  const run: string[] = [];
  for (const w of words.slice(i, i + 8)) {
    if (!CAPITALISED.test(w) && !chainWord(w)) break;
    if (PLATFORM.test(w)) break;
    run.push(w);
  }
  // (lower-case words after the name stay while they are genitives of it, "Института изучения войны", "Інституту
  // вивчення війни"; others are dropped)
  let end = run.length;
  while (end > 0 && !CAPITALISED.test(run[end - 1]!)) end--;
  while (end < run.length && GENITIVE_END.test(run[end]!)) end++;
  const name = run.slice(0, end).join(' ');
  if (name === '') return null;
  // (a person's given name and surname closing it is the person: "главкома ВСУ Александра Сырского")
  const pair = PERSON_PAIR.exec(name)?.[1];
  const person = pair === undefined ? null : claimantIdentity(pair);
  return pair !== undefined && person?.person && person.given !== null ? pair : name;
}

/** The owner of the document a sentence cites with an impersonal verb, or null. */
export function documentSourceIn(sentence: string): string | null {
  for (const re of [VERB_FIRST, NOUN_FIRST]) {
    for (const m of sentence.matchAll(re)) {
      const who = ownerIn(m[1]!);
      if (who !== null) return who;
    }
  }
  return null;
}

/** "— йдеться у повідомленні.", "говорится в сводке": a document cited with no owner named, which refers back to a
 * report named before. */
const DOCUMENT_BACK = new RegExp(String.raw`(?<![\p{L}])${DOC_VERB}\s+(?:в|у|во)\s+(?:\p{Ll}+\s+){0,2}?${DOC_NOUN}`, 'u');
export const citesDocument = (sentence: string): boolean => DOCUMENT_BACK.test(sentence);
