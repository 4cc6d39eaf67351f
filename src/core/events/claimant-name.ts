// The claimant an event names, read from the phrase that gives the claimant's side (claimant.ts) so that it names the
// speaker in full: "Об этом сообщили в Минобороны РФ" is the ministry, not "Об"; "сообщает Министерство обороны
// России" and "Генеральный штаб Вооруженных сил Украины" keep their lower-case words of office; "he said Russian forces
// had …" names no speaker after the verb (the adjective opens what was said); a bare "the ministry" is the ministry the
// article named before in full. The side reading keeps the shorter phrase; only the name shown and compared changes.
import { SAYING_EN } from '../text/saying.ts';
import { escapeRegExp } from '../text/matches.ts';
import { referenceSpeaker } from './reference-speaker.ts';
import { bodyOfOfficeEn, withoutOfficeCyr } from './office-body.ts';
import { withAdjectiveBody } from './adjective-body.ts';
import { withHeadBefore } from './head-before.ts';

/** A preposition or demonstrative that opens "Об этом сообщили в X" / "Про це повідомили у X": no name. */
const REFERENCE_OPENING = /^(?:Об|Про|О|Обо)$/u;
const CYR_NAME = String.raw`[А-ЯЁІЇЄҐ][\p{L}’'-]*`;
/** "сообщили в Минобороны РФ", "повідомили у Генштабі ЗСУ": the body the report came from. */
const REPORTED_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:повідоми\p{L}*|заяви\p{L}*|сообщи\p{L}*|сообщают|сообщает|заявля\p{L}*|підтверди\p{L}*|подтверди\p{L}*|уточни\p{L}*|зазначи\p{L}*|отмети\p{L}*|розповіл\p{L}*|рассказа\p{L}*)\s+(?:в|у|во)\s+(${CYR_NAME}(?:\s+(?:${CYR_NAME}|обороны|оборони|штаб\p{L}*))*)`,
  'u',
);
/** Lower-case words of an office that go on a capitalised Cyrillic name ("Министерство обороны России", "Генеральный
 * штаб ЗСУ", "Российская сторона", "Українські військові", "Глава государства"), with the capitalised words after. */
const OFFICE_WORDS = String.raw`(?:обороны|оборони|штаб\p{L}*|вооруженных|збройних|сил|сторона|сторони|военные|військові|командование|командування|государства|держави|разведка|розвідка|минобороны|міноборони)`;
const CYR_BODY_TAIL = new RegExp(String.raw`^(?:\s+(?:${OFFICE_WORDS}|${CYR_NAME}|РФ|ЗСУ|ВСУ)(?![\p{L}]))+`, 'u');
const HAS_OFFICE_WORD = new RegExp(OFFICE_WORDS, 'u');
/** A side's adjective alone right after a verb of saying, before a lower-case word: "said Russian forces had …". */
const DEMONYM = /^(?:Russian|Ukrainian|Ukraine|Russia)$/u;

/** An English bare office ("the ministry", "the defence ministry", "the General Staff"), and its office word. */
const BARE_OFFICE = /^(?:the\s+)?(?:(?:defen[cs]e|russian|ukrainian)\s+)?(ministry|general\s+staff|military)$/iu;

export class ClaimantNames {
  private readonly fullByOffice = new Map<string, string>();

  /** The name of the claimant `read` from `sentence` in full. */
  name(sentence: string, read: string | null, referring = true): string | null {
    // ("Про це повідомив начальник Сумської ОВА Олег Григоров", "Об этом в эфире Первого канала заявил …": a sentence
    // of reference names its speaker after its verb, behind a title the reader misses or past a channel it takes)
    const referred = referring ? referenceSpeaker(sentence) : null;
    if (read === null) return referred;
    let out: string | null = read;
    if (REFERENCE_OPENING.test(read)) out = REPORTED_IN.exec(sentence)?.[1] ?? referred;
    else if (referred !== null) out = referred;
    else if (/^[А-ЯЁІЇЄҐ]/u.test(read)) {
      // (an adjective cut from its body in lower case: "Українські захисники повідомили", adjective-body.ts)
      // (and a capitalised end cut from the head before it: "Генеральний штаб ЗСУ повідомив", head-before.ts)
      const body = withAdjectiveBody(sentence, withHeadBefore(sentence, read));
      out = body + (this.tailAfter(sentence, body) ?? '');
    } else if (DEMONYM.test(read) && new RegExp(String.raw`\b(?:${SAYING_EN})\s+${read}\s+\p{Ll}`, 'u').test(sentence)) out = null;
    if (out !== null && /^\p{Script=Cyrillic}/u.test(out)) return withoutOfficeCyr(withAdjectiveBody(sentence, out));
    if (out === null || !/^\p{Script=Latin}/u.test(out)) return out;
    // (an office with no name speaks for its body: "the regional governor" of the region named, office-body.ts)
    out = bodyOfOfficeEn(out, sentence) ?? out;
    const bare = BARE_OFFICE.exec(out);
    const office = (bare?.[1] ?? /(?<![\p{L}])(ministry|general\s+staff|military)$/iu.exec(out)?.[1])?.toLowerCase().replace(/\s+/gu, ' ');
    if (bare && office) return this.fullByOffice.get(office) ?? out;
    if (office) this.fullByOffice.set(office, out);
    return out;
  }

  /** The lower-case words of office and the names after a Cyrillic claimant where the sentence goes on with them. */
  private tailAfter(sentence: string, read: string): string | null {
    const at = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(read)}(?![\p{L}])`, 'u').exec(sentence);
    if (!at) return null;
    const tail = CYR_BODY_TAIL.exec(sentence.slice(at.index + at[0].length))?.[0] ?? null;
    return tail && HAS_OFFICE_WORD.test(tail) ? tail.replace(/\s+/gu, ' ') : null;
  }
}
