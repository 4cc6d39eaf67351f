// A change of hands, hold or entry read on only part of a settlement, or on ground near it: "taken control of 70
// percent of X", "retaken parts of X", "80 percent of X has been captured", "взяли под контроль более двух третей
// территории города X", "вийшли з південної частини X", "withdrawn from part of X" (part), "звільнення 1,5 кв км території у районі X" (near). A part
// keeps the action as the clause frames it and is flagged `part` (the map shows the settlement contested: a briefer
// wants both what was claimed and that the place is divided); ground won beside a place is fighting there, not part
// of the place.
import type { Span } from '../text/sentences.ts';
import { groundNear } from './ground-near.ts';
import { PART_ADVERB } from './lexicon.ts';

/** ("most of", "the eastern districts of", "controlled “most” of": a quoted part word is one; "all districts of" is the
 * whole) */
const PART = String.raw`(?:parts?|percent|per\s+cent|%|half|majority|most|districts|neighbou?rhoods)["“”'‘’]?`;
/** A part named between a verb and its object ("… the southern part of", "… large parts of two other towns –"). */
const PART_BETWEEN = new RegExp(
  String.raw`(?<![\p{L}])(?<!\ball\s+)["“”'‘’]?${PART}\s+(?:of|in\s+the\s+(?:cit(?:y|ies)|towns?|villages?)\s+of)(?![\p{L}])`,
  'iu',
);
/** A part named right before its place, as a passive's subject ("80 percent of the city of X … has been captured"). */
const PART_RIGHT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?<!\ball\s+)${PART}\s+of\s+(?:the\s+(?:\p{Ll}+\s+)?(?:city|town|village|settlement)\s+of\s+)?$`,
  'iu',
);
/** Russian words of a part ("более двух третей территории города X", "о взятии большей части X"). */
const RUSSIAN_PART = String.raw`(?:част(?:ь|и|ью|ей|ям|ями|ях)|половин\p{L}*|трет(?:ь|и|ью|ей|ям|ями|ях)|четверт\p{L}*|процент\p{L}*|квартал\p{L}*|микрорайон\p{L}*)`;
/** Ukrainian words of a part ("з південної частини X", "більшу частину X", "дві третіх X", "близько третини X"). */
const UKRAINIAN_PART = String.raw`(?:частин(?:а|у|и|і|ою|ами|ах|ам)?|половин\p{L}*|трет(?:ин\p{L}*|і|іх)|чверт\p{L}*|відсот\p{L}*|квартал\p{L}*|мікрорайон\p{L}*)`;
/** A part of the side's positions or forces ("оставили часть своих позиций западнее X", "частини ЗСУ") is no part of
 * the place. */
const NOT_OF_FORCES = String.raw`(?!\s+(?:\p{L}+(?:их|ых|іх|їх)\s+)?(?:позиц|сил|войск|військ|подразд|підрозд|гарнізон|особов|ЗСУ|ВСУ|\d)\p{L}*)`;
const partOf = (words: string): RegExp => new RegExp(String.raw`(?<![\p{L}])${words}(?![\p{L}])${NOT_OF_FORCES}|\d\s*%`, 'iu');
/** A part of a settlement between a Cyrillic verb and its object (or "70% of"), in the sentence's language. */
const RUSSIAN_PART_OF = partOf(RUSSIAN_PART);
const UKRAINIAN_PART_OF = partOf(UKRAINIAN_PART);
/** A part right before its place, the place standing before the verb ("Більше третини X контролюють ЗСУ", "значна
 * частина X зайнята", "Две трети поселка X находится под нашим контролем"). */
const rightBefore = (words: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}])${words}\s+(?:(?:території|территории)\s+)?(?:(?:міста|села|селища|города|поселка|посёлка|населеного\s+пункту|населенного\s+пункта)\s+)?$`,
    'iu',
  );
const RUSSIAN_PART_RIGHT_BEFORE = rightBefore(RUSSIAN_PART);
const UKRAINIAN_PART_RIGHT_BEFORE = rightBefore(UKRAINIAN_PART);
/** An area taken (a measure or "territory") and a phrase of place near a settlement before its name (also English:
 * "recaptured 56 square kilometers of territory in the areas of X"). */
const AREA_NEAR =
  /(?:км|km|кілометр|километр|гектар|територі|территори|kilomet|hectare|territor)\p{L}*[²2]?\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:(?:у|в)\s+район(?:і|е)|біля|поблизу|около|вблизи|возле|під|под|in\s+the\s+areas?\s+of|near|around|close\s+to)\s+$/iu;

/** A quarter of the place named by its position right before the name: "enters eastern Toretsk", "вошли в центр X",
 * "в центрі X", "в западных, восточных и частично южных районах X" (a regional or district centre is the place
 * itself, "захватили районный центр X", and a flag raised in its centre claims the whole; "северо-западнее X" is ground beside it and has no district word). */
const ENGLISH_QUARTER = /(?<![\p{L}-])(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+$/u;
const FLAG = /флаг|прапор/iu;
const COMPASS = String.raw`(?:північн|південн|західн|східн|северн|южн|западн|восточн|(?:північно|південно|северо|юго)-\p{L}+)\p{L}*`;
const CYRILLIC_QUARTER = new RegExp(
  String.raw`(?:(?<![\p{L}])(?<!(?:районн|областн|обласн|административн|адміністративн|промышленн|промислов|логистическ|логістичн)\p{L}*\s+)центр(?:а|е|у|і)?|(?<![\p{L}])${COMPASS}\s+(?:район|квартал)\p{L}*)\s+(?:(?:міста|села|селища|города|поселка|посёлка)\s+)?$`,
  'iu',
);

/** A Cyrillic preposition right before a word: what follows it is its object, not a clause's subject. */
const PREPOSITION_END = /(?<![\p{L}])(?:в|во|у|до|к|ко|из|з|із|зі|на|от|від|по|за|под|під|через)\s+$/iu;

/** "cleared the center of X": a town's centre as the verb's whole object is a part of it, as "the central part of" is
 * (not a centre further on: "seizing the council in the center of the town and X"); the town's descriptor may be a
 * compound ("the centre of the railway hub town of X"). */
const CENTRE_OBJECT =
  /^\s+(?:\p{Ll}+\s+)?the\s+(?:city\s+|town\s+)?cent(?:re|er)\s+of\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3}?(?:city|town|village)\s+of\s+)?$/u;

/** Whether an English verb's first object is only a part of the settlement: named between the verb and it, or right
 * before it when it stands before the verb. */
function englishPartOf(text: string, trig: Span, first: Span): boolean {
  if (first.start >= trig.end) {
    const gap = text.slice(trig.end, first.start);
    return PART_BETWEEN.test(gap) || CENTRE_OBJECT.test(gap) || ENGLISH_QUARTER.test(gap);
  }
  return PART_RIGHT_BEFORE.test(text.slice(Math.max(0, first.start - 50), first.start));
}

/** A trigger that ends in its own part word ("control half of", "controlled most of", "зайшли у значну частину\""):
 * the part stands inside the trigger, not between it and the place. */
const ENGLISH_PART_ENDING = new RegExp(String.raw`(?<![\p{L}])(?<!\ball\s+)${PART}\s+of$`, 'iu');
const cyrillicPartEnding = (words: string): RegExp => new RegExp(String.raw`(?<![\p{L}])${words}["“”«»]?$`, 'iu');
const RUSSIAN_PART_ENDING = cyrillicPartEnding(RUSSIAN_PART);
const UKRAINIAN_PART_ENDING = cyrillicPartEnding(UKRAINIAN_PART);
function triggerEndsInPart(trig: string, ukrainianSentence: boolean): boolean {
  if (/^\p{Script=Latin}/u.test(trig)) return ENGLISH_PART_ENDING.test(trig);
  // (after the verb only: "частини ЗСУ вийшли" names units, not a part)
  const afterVerb = trig.replace(/^\S+\s*/u, '');
  return afterVerb !== '' && (ukrainianSentence ? UKRAINIAN_PART_ENDING : RUSSIAN_PART_ENDING).test(afterVerb);
}

/** "та частково Y", "и частично Y", "and partly Y": an adverb of part right before the item. */
const PART_ADVERB_END = new RegExp(String.raw`(?<![\p{L}])${PART_ADVERB}\s+$`, 'iu');

/** Whether a later member of a trigger's list is named only in part right before it ("звільнення села X і частини села
 * Y", "liberated X and part of Y"): the reading of the first object does not reach it. */
export function partBeforeMember(text: string, member: Span, ukrainianSentence: boolean): boolean {
  const before = text.slice(Math.max(0, member.start - 50), member.start);
  if (PART_ADVERB_END.test(before)) return true;
  if (/^\p{Script=Latin}/u.test(text.slice(member.start, member.end))) return PART_RIGHT_BEFORE.test(before);
  return (ukrainianSentence ? UKRAINIAN_PART_RIGHT_BEFORE : RUSSIAN_PART_RIGHT_BEFORE).test(before);
}

/** What a trigger reads on, when not its whole first object: `part` of it, or ground `near` it (null: the whole). */
export function partOfPlace(text: string, trig: Span & { text: string }, first: Span, ukrainianSentence: boolean): 'part' | 'near' | null {
  if (first.start >= trig.end && triggerEndsInPart(trig.text, ukrainianSentence)) return 'part';
  if (first.start > trig.end) {
    const gap = text.slice(trig.end, first.start);
    if (AREA_NEAR.test(gap) || groundNear(gap)) return 'near';
    if (PART_ADVERB_END.test(gap)) return 'part'; // "звільнили частково X"
    if ((ukrainianSentence ? UKRAINIAN_PART_OF : RUSSIAN_PART_OF).test(gap) || (CYRILLIC_QUARTER.test(gap) && !FLAG.test(trig.text + gap)))
      return 'part';
  } else if (first.end <= trig.start && /^\p{Script=Cyrillic}/u.test(trig.text)) {
    const before = text.slice(Math.max(0, first.start - 50), first.start);
    if ((ukrainianSentence ? UKRAINIAN_PART_RIGHT_BEFORE : RUSSIAN_PART_RIGHT_BEFORE).test(before)) return 'part';
    // ... and a quarter named right before it as the clause's subject, as after the verb ("Центр X находится под
    // контролем", "Північні райони X контролюють"; not "вошли в центр X, захваченного …", the other verb's object)
    const quarter = CYRILLIC_QUARTER.exec(before);
    if (quarter && !PREPOSITION_END.test(before.slice(0, quarter.index)) && !FLAG.test(trig.text)) return 'part';
  }
  return /^\p{Script=Latin}/u.test(trig.text) && englishPartOf(text, trig, first) ? 'part' : null;
}
