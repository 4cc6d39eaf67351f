// Who says so, carried from sentence to sentence: "The Russian Defence Ministry said on Tuesday its forces had captured
// A. … It said troops also took B.", "За словами Сирського, … Також …", "Как сообщили в Минобороны, …; кроме того, …".
// A claimant named once speaks on through the sentences that follow it while they name no speaker of their own and
// either point back to it (a pronoun or a bare noun of the statement as the subject of a verb of saying: "it said",
// "he added", "за його словами", "по его данным", "говорится в сообщении") or continue the same report (an opening
// "also", "крім того", "кроме того"; a later sentence of the same paragraph). A new speaker takes over; a new paragraph
// that neither points back nor continues is the reporter's own voice and ends the carrying.
import { SAYING_EN, SPEAKING_CYR } from '../text/saying.ts';
import { BY_THEIR_WORDS_CYR, BY_THEIR_WORDS_EN } from '../text/pointing-back.ts';
import { claimantIdentity, sameClaimant, type ClaimantIdentity } from '../text/claimant-identity.ts';
import { recallsBefore } from './retrospect.ts';
import { bodyNounIn, bodyReferredTo } from './claimant-body-noun.ts';
import { citesDocument } from './document-source.ts';

const PRONOUN_EN = String.raw`(?:it|he|she|they|the\s+(?:statement|report|update|post|message|summary|bulletin|briefing))`;
const ADVERB_EN = String.raw`(?:\s+(?:also|later|further|additionally|then|again|separately|has|had|have))*`;
/** "It said", "he added", "the statement said", "said it", "she later noted", "according to him". */
const POINTS_BACK_EN = new RegExp(
  String.raw`(?<![\p{L}])(?:${PRONOUN_EN}${ADVERB_EN}\s+(?:${SAYING_EN}|read|reads|continued|went\s+on)|(?:${SAYING_EN})\s+(?:it|he|she|they)(?![\p{L}])|${BY_THEIR_WORDS_EN}|according\s+to\s+the\s+(?:statement|report|ministry|staff|military))(?![\p{L}])`,
  'iu',
);
const PRONOUN_CYR = String.raw`(?:він|вона|вони|он|она|они)`;
/** "за його словами", "по их данным", "він додав", "добавил он", "говорится в сообщении", "йдеться у зведенні", "у
 * відомстві додали", "в ведомстве уточнили": a pronoun, a statement or the office named before, as the speaker. */
const POINTS_BACK_CYR = new RegExp(
  String.raw`(?<![\p{L}])(?:${BY_THEIR_WORDS_CYR}|${PRONOUN_CYR}(?:\s+(?:також|также|ещё|еще|теж|тоже))?\s+(?:${SPEAKING_CYR})|(?:${SPEAKING_CYR})\s+${PRONOUN_CYR}|(?:говорится|йдеться|ідеться|сказано|зазначено|отмечается|указывается)\s+(?:в|у|во)\s+(?:сообщени|повідомлен|сводк|зведен|заявлен|заяв|релиз|реліз|документ|публикаци|публікаці|пост|телеграм)\p{L}*|(?:в|у|во)\s+(?:ведомств|міністерств|министерств|відомств|штаб|командуванн|командовани|угрупованн|группировк)\p{L}*\s+(?:${SPEAKING_CYR}))(?![\p{L}])`,
  'iu',
);
/** A sentence that opens with the impersonal present of a verb of saying, "Зазначається, що …", "Повідомляється, що
 * …", "Отмечается, что …", "Также сообщается о …": the report just cited goes on, so its speaker is the one the article
 * named last, even one named only in a sentence of reference ("Про це повідомляє проєкт DeepState. Зазначається, що
 * …") in the sentence right before. Only the present: "раніше повідомлялося" recalls other, older reports. */
const IMPERSONAL_SAYING_OPENING =
  /^[\s"“«„—–-]*(?:(?:Також|Также|Крім\s+того|Кроме\s+того),?\s+)?(?:[Пп]овідомля|[Зз]азнача|[Вв]ідзнача|[Нн]аголошу|[Пп]ідкреслю|[Уу]точню|[Сс]ообща|[Оо]тмеча|[Пп]одчеркива|[Уу]точня)(?:ється|ется)(?:,\s*(?:що|что)|\s+(?:про|о|об))(?![\p{L}])/u;

/** A sentence that opens by adding to the report before it: "Also,", "In addition", "Також", "Крім того", "Кроме
 * того", "Помимо этого", "Кроме этого", "Ещё", "Окрім цього". */
const CONTINUES =
  /^[\s"“«„—–-]*(?:Also|In\s+addition|Additionally|Besides|Moreover|Furthermore|Також|Крім\s+того|Окрім\s+того|Крім\s+цього|Окрім\s+цього|Кроме\s+того|Кроме\s+этого|Помимо\s+этого|Помимо\s+того|Также|Ещё|Еще|Більше\s+того|Более\s+того)(?![\p{L}])/u;

/** "The claim was refuted by Ukraine's General Staff, which said …": the sentence names its own speaker, a denier, in a
 * passive agent that the claimant reader does not take; the claimant before it must not speak on through it. */
const DENIED_BY_EN = /(?<![\p{L}])(?:refuted|denied|dismissed|rejected|disputed|contradicted|countered|debunked)\s+by\s+(?:the\s+)?\p{Lu}/u;

/** Whether a sentence points back to the speaker before it ("it said", "за його словами", "по его словам"). */
export const pointsBack = (sentence: string): boolean => POINTS_BACK_EN.test(sentence) || POINTS_BACK_CYR.test(sentence);

const PERSON_PRONOUN = /^(?:he|she|him|her|his|він|вона|його|її|он|она|его|её|ее)$/iu;
/** How a sentence points back: 'person' by a person's pronoun ("he said", "за її словами"), 'any' by a document, a
 * body's pronoun or a plural ("it said", "the statement said", "говорится в сообщении"), or null. */
function pointedBack(sentence: string): 'person' | 'any' | null {
  const m = POINTS_BACK_EN.exec(sentence) ?? POINTS_BACK_CYR.exec(sentence);
  if (m === null) return citesDocument(sentence) ? 'any' : null;
  return m[0].split(/\s+/u).some((w) => PERSON_PRONOUN.test(w)) ? 'person' : 'any';
}

export type CarryReason = 'points-back' | 'continues' | 'paragraph' | 'single-source';

export class ClaimantCarry {
  private held: string | null = null;
  /** The speakers the article has named so far, one identity each. */
  private readonly speakers: ClaimantIdentity[] = [];
  /** The claimants the article has named so far, as named, oldest first. */
  private readonly named: string[] = [];
  /** Whether the sentence before named a speaker, its own or one of reference ("Про це повідомляє проєкт DeepState."):
   * an impersonal "Зазначається, що …" right after it goes on with that speaker's report, but not after a sentence
   * that names none ("Ранее стало известно, что … Отмечается, что …": an unnamed report). */
  private spokeLast = false;

  /** Whether a claimant named before is held to speak on. */
  get holds(): boolean {
    return this.held !== null;
  }

  /** The latest speaker the article named, if a person with a given name and surname: an office with no name right
   * after ("Представитель Минобороны добавил" after "… сообщил официальный представитель Минобороны Игорь Конашенков")
   * is that person again. */
  get lastPerson(): string | null {
    const last = this.named.at(-1);
    const who = last === undefined ? null : claimantIdentity(last);
    return who?.person && who.given !== null ? last! : null;
  }

  /** A speaker the article names but who is not carried on ("Об этом заявило Минобороны России": a sentence of
   * reference), for a later according-to phrase with a noun of its body to refer back to. */
  saw(speaker: string | null): void {
    if (speaker === null) return;
    this.named.push(speaker);
    this.spokeLast = true;
  }

  /** The claimant of a sentence: its own, else the one held from before when the sentence points back to it,
   * continues its report or stays in its paragraph. `newParagraph`: a line break stands before the sentence. */
  next(sentence: string, own: string | null, newParagraph: boolean): { claimant: string | null; carried: CarryReason | null } {
    const spokeBefore = this.spokeLast;
    this.spokeLast = own !== null;
    if (own !== null) {
      this.held = own;
      const who = claimantIdentity(own);
      if (!this.speakers.some((s) => sameClaimant(s, who))) this.speakers.push(who);
      this.named.push(own);
      return { claimant: own, carried: null };
    }
    // ("По данным ведомства, …", "За даними командування, …": the body named before whose kind the noun fits speaks
    // again, in any paragraph, and on after it; none fits: no one)
    const kind = bodyNounIn(sentence);
    if (kind !== null) {
      this.held = bodyReferredTo(kind, this.named, (c) => claimantIdentity(c).person);
      return { claimant: this.held, carried: this.held === null ? null : 'points-back' };
    }
    if (IMPERSONAL_SAYING_OPENING.test(sentence)) {
      const last = this.held ?? (spokeBefore ? (this.named.at(-1) ?? null) : null);
      return { claimant: last, carried: last === null ? null : 'points-back' };
    }
    // ("«…», — йдеться у повідомленні.", "“…,” it said.", "he added" after the reporter's own paragraph ended the
    // carry: the pointing back names the report the article named last; a person's pronoun only a person)
    if (this.held === null) {
      const last = this.named.at(-1) ?? null;
      const back = last === null ? null : pointedBack(sentence);
      if (back === null || (back === 'person' && !claimantIdentity(last!).person)) return { claimant: null, carried: null };
      return { claimant: last, carried: 'points-back' };
    }
    if (DENIED_BY_EN.test(sentence)) {
      this.held = null;
      return { claimant: null, carried: null };
    }
    const reason: CarryReason | null = pointsBack(sentence)
      ? 'points-back'
      : CONTINUES.test(sentence)
        ? 'continues'
        : !newParagraph
          ? 'paragraph'
          : this.speakers.length === 1
            ? 'single-source'
            : null;
    // the reporter's own voice in a new paragraph ends the report carried so far
    if (reason === null) this.held = null;
    // (background the reporter dates before the report is no one's claim, but the article's one source still speaks on
    // after it)
    if (reason === 'single-source' && recallsBefore(sentence)) return { claimant: null, carried: null };
    return { claimant: reason === null ? null : this.held, carried: reason };
  }
}
