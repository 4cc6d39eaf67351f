// Cyrillic fighting told with no side ("Під X тривають важкі бої. Збройні сили України намагаються витіснити ворога",
// "… точилися бої, але українські воїни його звільнили") takes the side the clause next to it names as its subject
// acting there: the rest of its own sentence, else the sentence after, else the one before (the caller passes no sentence
// that names another settlement). Only a subject with a verb of attacking or fighting ("намагаються витіснити",
// "продовжують позиційні бої") or of holding ("Сили оборони утримують": the defender, so the other side fights) tells;
// a side named as an object or in a genitive ("постачання російських сил", "витіснити ворога") is no subject, and one
// named as a victim or negated ("підрозділи ЗСУ були відтіснені", "ВСУ не имеют полного контроля") ends the search
// with no side. Only the reporter's own side attacking is taken (the article's perspective: "Збройні сили України
// намагаються …" in Ukrainian reporting): Russian reports name Ukraine's attempts ("ВСУ пытаются …") beside fighting their
// own side leads, so a subject of the other side, or the own side holding, ends the search with no side (round 48: the
// reading of any side withdrew on held-out wrong actors; all its dev gains were the reporter's own side attacking).
import type { Side } from '../schema.ts';
import { ENEMY_WORDS, OWN_WORDS, SIDE_WORDS } from '../sides.ts';
import type { Perspective } from './perspective.ts';

/** Where a clause opens: the span's start, a punctuation mark or a conjunction, then adverbs of time or place. */
const CLAUSE_OPEN =
  /(?:^|[,;:.!?«»"“”„(—–]|(?<![\p{L}])(?:але|проте|однак|а|но|однако|зато|и|і|й|та|що|что|бо|поэтому|тому)(?![\p{L}]))\s*(?:(?:сейчас|зараз|нині|наразі|також|также|вже|уже|ще|еще|тепер|теперь|сьогодні|сегодня|там|тут)\s+)*/giu;
/** The words a subject may take before its verb: a pronoun object, an adverb, a negation. */
const BETWEEN = /^(?:його|її|їх|его|её|ее|их|там|тут|вже|уже|ще|еще|также|також|не|активно|успешно|успішно|постійно|постоянно)$/iu;
/** A finite verb's ending (present plural, past, third person singular, reflexive). */
const VERB = /^\p{L}{2,}(?:ють|ять|уть|ють|ться|тся|лися|лись|лся|ли|ла|ло|ют|ят|ут|ет|ит|ює|ує|ає|ить)$/u;
/** A first word no nominative subject ends in (genitive, dative, instrumental: "російських", "ворога", "противника"). */
const OBLIQUE = /(?:их|ых|ів|ов|ам|ами|ям|ями|ом|ою|ой|ого|ому|ему|ога|ага|ика)$/iu;
/** Verbs of holding and beating back (or the infinitive after "продовжують", "намагаються"): their subject defends. */
const DEFENDS =
  /^(?:утриму|утрима|трима|стриму|стрима|оборон|обороня|борон|захища|защища|отража|отрази|отбива|отбил|відбива|відбил|відбив|сдержива|удержива|удерж|держ|зупин|останов)/iu;
/** Verbs of attacking, pushing back, retaking and fighting: their subject attacks there. */
const ATTACKS =
  /^(?:звільн|освобо[дж]|витісн|вытесн|відтісн|оттесн|вибит|выбит|вибива|выбива|вибил|выбил|наступа|атаку|атакова|штурму|просува|просун|продвига|продвинул|прорива|прорвал|прорва|контратаку|зачища|зачисти|відвойов|отвоева|бьют|б'ють|воюют|воюють)/iu;
/** "бої", "бои": a verb of going on with fighting ("продовжують позиційні бої", "ведут бои") is fighting there. */
const FIGHT_NOUN = /^(?:бо[їи]|боях|боі)$/iu;
/** A past form of "to be" and a passive participle after it ("були вибиті", "были выбиты", "було звільнено"). */
const BE = /^(?:були|була|було|був|были|была|было|был)$/iu;
const PARTICIPLE = /^\p{L}+(?:ті|ні|ты|ны|ен[аоі]|ен[аоы]|ено|то|на|но|ий|ый|ій)$/iu;
/** A preposition first: the word group is an adjunct ("У Силах оборони повідомили"), no subject. */
const PREPOSITION =
  /^(?:у|в|во|на|з|із|зі|с|со|від|от|до|для|по|при|про|о|об|за|під|под|над|між|между|біля|возле|серед|среди|к|перед|після|после)$/iu;

/** "Наші Збройні сили", "наши войска": the writer's own forces by a possessive before any noun of forces. */
const OWN_FORCES = /^наш\p{L}*\s+(?:\p{L}+\s+)?(?:сил|військ|войск|арм|підрозділ|подразделен|бійц|бойц|частин|част)/iu;

/** The side a word group names, if it names one side alone. */
function sideOf(words: string, perspective: Perspective): Side | null {
  const ua = SIDE_WORDS.UA.test(words);
  const ru = SIDE_WORDS.RU.test(words);
  if (ua !== ru) return ua ? 'UA' : 'RU';
  if (ua || !perspective) return null;
  if (OWN_WORDS.test(words) || OWN_FORCES.test(words)) return perspective;
  if (ENEMY_WORDS.test(words)) return perspective === 'UA' ? 'RU' : 'UA';
  return null;
}

/** A clause's reading: the side its subject names and the fighter (that side, or the other when the subject defends). */
interface Reading {
  subject: Side;
  fighter: Side;
}

/** The fighter a clause opening at `at` names: its subject's side, or the other side when the subject defends. */
function clauseFighter(span: string, at: number, perspective: Perspective): Reading | 'none' | null {
  const words = span
    .slice(at, at + 160)
    .split(/\s+/u, 10)
    .map((w) => w.replace(/^[«"“„(]+/u, ''));
  if (!words[0] || OBLIQUE.test(words[0]) || PREPOSITION.test(words[0])) return null;
  for (let k = 1; k <= 4 && k < words.length; k++) {
    // the subject runs up to a word that is no letter group (punctuation ends the clause)
    if (!/^[\p{L}'’-]+$/u.test(words[k - 1]!)) return null;
    const side = sideOf(words.slice(0, k).join(' '), perspective);
    if (!side) continue;
    let v = k;
    while (v < words.length - 1 && BETWEEN.test(words[v]!)) v++;
    const bare = (w: string | undefined): string => w?.replace(/[^\p{L}'’]+$/u, '') ?? '';
    if (!VERB.test(bare(words[v]))) continue; // "українські | воїни": the subject goes on
    // (a negation, or a passive: "подразделения ВСУ были выбиты" names the side beaten, the victim: no fighter, and the
    // spans further off are not read)
    if (words[v - 1]?.toLowerCase() === 'не' || (BE.test(bare(words[v])) && PARTICIPLE.test(bare(words[v + 1])))) return 'none';
    // the verb and the words it governs next ("продовжують стримувати", "намагаються витіснити", "ведуть бої")
    const chain = [words[v], words[v + 1], words[v + 2]].map(bare);
    if (chain.some((w) => DEFENDS.test(w))) return { subject: side, fighter: side === 'UA' ? 'RU' : 'UA' };
    if (chain.some((w) => ATTACKS.test(w) || FIGHT_NOUN.test(w))) return { subject: side, fighter: side };
    return null;
  }
  return null;
}

/**
 * The one fighter the clauses of a span name: null when they name no side; 'none' when both, only a victim, a subject
 * of the side other than the reporter's, the reporter's side holding, or the reporter's side is unknown.
 */
export function fighterNamedIn(span: string, perspective: Perspective): Side | 'none' | null {
  const text = span.slice(0, 600); // a sentence's worth: the walk stays bounded on hostile input
  const found = new Set<string>();
  let reading: Reading | null = null;
  CLAUSE_OPEN.lastIndex = 0;
  for (let m = CLAUSE_OPEN.exec(text); m; m = CLAUSE_OPEN.exec(text)) {
    if (m[0] === '') CLAUSE_OPEN.lastIndex++;
    const read = clauseFighter(text, m.index + m[0].length, perspective);
    if (!read) continue;
    found.add(read === 'none' ? 'none' : `${read.subject}>${read.fighter}`);
    if (read !== 'none') reading = read;
  }
  if (!found.size) return null;
  if (found.size > 1 || !reading || !perspective) return 'none';
  if (reading.subject !== perspective || reading.fighter !== perspective) return 'none';
  return reading.fighter;
}

/** The fighter of sideless fighting: named in the rest of its sentence, else the next sentence, else the one before. */
export function adjacentFighter(spans: readonly (string | null)[], perspective: Perspective): Side | null {
  for (const span of spans) {
    const side = span ? fighterNamedIn(span, perspective) : null;
    if (side) return side === 'none' ? null : side; // the nearest span naming a side decides
  }
  return null;
}
