// The general clause reading: in a clause with a word of a control family, a settlement that no trigger gave an event
// is read as governed by that word when the grammar says so: the direct object after an active verb ("occupied
// Soloviove and Semenivka", "удерживать под контролем село X"), the subject before a passive ("X, Y звільнені"), the
// place of a locative phrase in a clause of fighting ("advance in the areas of X and Y", "в районах населенных пунктов
// X, Y", "за X, Y идут бои"), the source of a withdrawal ("отступили из X"). A list governed by one word counts whole.
import { isCapitalMetonym, type LocatedMention } from '../../claims/context.ts';
import type { ControlAction } from '../../schema.ts';
import type { Span } from '../../text/sentences.ts';
import { blankedWindow } from '../../text/blank.ts';
import { DIRECTION } from '../directions.ts';
import { TAKEN_PRISONER } from '../lexicon.ts';
import { COMPASS_ONLY, fightingListGap, gapWithout, listGap } from '../objects.ts';
import { FAMILIES, familyPattern, voiceOf, type Family, type Voice } from './families.ts';
import { clausesOf } from './segment.ts';
import { VILLAGE_NOUN } from '../village-noun.ts';

export interface ClauseReading {
  action: ControlAction;
  /** The governing word (article offsets). */
  verb: { start: number; end: number; text: string };
  list: LocatedMention[];
  /** Fighting the clause's subject held off ("repelled attacks near X"): the actor is the other side. */
  repelled: boolean;
}

const PATTERNS = FAMILIES.map((f) => ({ family: f, re: familyPattern(f) }));

/** A settlement noun (and "the … of") that may stand between a governing word or preposition and the name. */
const SETTLEMENT_NOUN = String.raw`(?:(?:населе?н\p{L}*|населён\p{L}*)\s+пункт\p{L}*|н\.\s?п\.|${VILLAGE_NOUN}|селищ\p{L}*|пос[её]л\p{L}*|поселк\p{L}*|город\p{L}*|міст\p{L}*|хутор\p{L}*|деревн\p{L}*|райцентр\p{L}*|(?:the\s+)?(?:villages?|towns?|settlements?|city|hamlets?)(?:\s+of)?)`;
/** The end of a locative phrase: "near", "in the areas of", "в районах населенных пунктов", "біля села", "за". */
const PLACE_PHRASE_END = new RegExp(
  String.raw`(?<![\p{L}])(?:near|around|outside|close\s+to|(?:in|on)\s+the\s+(?:areas?|vicinity|outskirts|direction)\s+of|in|at|inside|(?:в|у)\s+район\p{L}*|в\s+р-не|(?:в|у)\s+напрям\p{L}*|в\s+направлени\p{L}*|біля|поблизу|неподалік(?:\s+від)?|неподалеку(?:\s+от)?|під|под|около|возле|вблизи|рядом\s+с|на\s+околиц\p{L}*|на\s+окраин\p{L}*|на\s+подступах\s+к|на\s+підступах\s+до|за|в|во|у)\s+(?:\p{Ll}+\s+)?(?:${SETTLEMENT_NOUN}\s+)?$`,
  'iu',
);
/** A Ukrainian long passive participle, which Ukrainian also uses as the predicate. */
const UK_PREDICATE = /(?:ен|ан|ован|т)(?:ий|а|е|і)$/iu;
/** A verb of going on before an infinitive: "продолжают удерживать X", "continue to hold X" is an act. */
const CONTINUING_BEFORE = /(?<![\p{L}])(?:продолжа|продовжу|продовжа|continu|keep)\p{L}*\s+(?:to\s+)?$/iu;
/** A verb of taking before a word of control: the control was taken. */
const TAKING_BEFORE =
  /(?<![\p{L}])(?:re-?tak\p{L}*|re-?took|regain\p{L}*|reclaim\p{L}*|поверну\p{L}*|поверта\p{L}*|верну\p{L}*|take|takes|took|taken|taking|seiz\p{L}*|gain\p{L}*|establish\p{L}*|assum\p{L}*|claim\p{L}*|взя\p{L}*|установ\p{L}*|встанов\p{L}*|перешл\p{L}*|перейш\p{L}*|перешел|перешёл|перех\p{L}*|потрап\p{L}*|попал\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:(?:под|під|над)\s+(?:свой\s+|свій\s+)?)?$/iu;
/** A verb of holding off before the word of combat: "repelled attacks", "відбили штурми", "отразили атаки". */
const REPELLED_BEFORE =
  /(?<![\p{L}])(?:repel\p{L}*|repuls\p{L}*|fought\s+off|fend\p{L}*\s+off|thwart\p{L}*|відби\p{L}*|відбив\p{L}*|зупини\p{L}*|зупиня\p{L}*|стриму\p{L}*|отрази\p{L}*|отража\p{L}*|отбил\p{L}*|отбива\p{L}*|останови\p{L}*|сдержива\p{L}*)(?![\p{L}])/iu;
const RETAKING = /^(?:re-?tak|re-?took|regain|reclaim|поверн|поверт|верн)/iu;
/** A compass phrase or a distance: the name after it is a reference point ("a village west of X", "в 5 км от X"). */
const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${DIRECTION}|km|км|miles?|kilomet\p{L}*|километр\p{L}*|кілометр\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Words of a strike from afar: "drone attack on X", "удар по X", "обстріл X" are no ground fighting. */
const STRIKE =
  /(?<![\p{L}])(?:drone|missile|air|airstrike|artillery|shell\p{L}*|strike|bomb\p{L}*|дрон\p{L}*|беспилот\p{L}*|безпілот\p{L}*|бпла|ракет\p{L}*|авиа\p{L}*|авіа\p{L}*|артилл\p{L}*|артил\p{L}*|обстр\p{L}*|удар\p{L}*|шахед\p{L}*|каб)(?![\p{L}])/iu;
/** Words of defences built: "пытаются создать укрепрайоны в X", "выстроить линию обороны в X" tell where a side digs
 * in, no fighting there. */
const FORTIFYING =
  /(?<![\p{L}])(?:укреп\p{L}*|укріп\p{L}*|фортифі?ка\p{L}*|фортифик\p{L}*|лини\p{L}*\s+оборон\p{L}*|ліні\p{L}*\s+оборон\p{L}*|оборонн\p{L}*\s+(?:рубеж|споруд|сооружен)\p{L}*)(?![\p{L}])/iu;
/** The words that may stand between a verb and its object: a noun of settlement, determiners, numbers, adjectives,
 * adverbs of degree and time ("the strategic town of", "стратегически важное село", "ще два села"). */
const FILLER = new RegExp(
  String.raw`^(?:the|a|an|of|two|three|four|five|six|several|more|\p{N}+|key|strategic|strategically|important|small|large|nearby|neighbou?ring|frontline|front-line|border|also|now|already|fully|completely|back|\p{Ll}+(?:ern|ic|al)|villages?|towns?|settlements?|city|cities|hamlets?|\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ые|ие|ых|их|ого|его|ому|им|ым|ыми|ими|і|ої|ій|ки|ски|ськ\p{L}*)|${VILLAGE_NOUN}|селищ\p{L}*|пос[её]л\p{L}*|поселк\p{L}*|город\p{L}*|міст\p{L}*|хутор\p{L}*|деревн\p{L}*|насел\p{L}*|пункт\p{L}*|ещ[её]|ще|также|також|вже|уже|полностью|повністю|нов\p{L}*)$`,
  'iu',
);
const fillerOnly = (gap: string): boolean => gap.split(/[\s,]+/u).every((w) => !w || FILLER.test(w));
/** What may follow a headline's bare participle: nothing, or a phrase of agent, time or place. */
const HEADLINE_END = /^\s*(?:(?:by|in|on|after|as|from)\s[^]*)?[.!]?\s*$/iu;
/** A bare preposition of place, no noun of area or nearness. */
const BARE_LOCATIVE = /^\s*(?:in|at|inside|в|во|у)\s/iu;
/** Unknown capitalised names with list separators, at the end of a lead: items of the same list. */
const UNKNOWN_ITEMS = /(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|\s(?:и|і|й|та|and))\s*)+$/u;
/** The end of a source phrase: "from", "out of", "из", "з/із/зі", "з району". */
const FROM_PHRASE_END = new RegExp(
  // ("from the beleaguered frontline city of X", "з позицій біля X": a few lower-case words may stand between)
  String.raw`(?<![\p{L}])(?:from|out\s+of|из|изо|з|із|зі)\s+(?:[\p{Ll}'’-]+\s+){0,4}?(?:${SETTLEMENT_NOUN}\s+)?$`,
  'iu',
);
/** A preposition of destination right before the name: "из X отступали в Y" leaves X for Y, Y is no source. */
const DESTINATION_END = new RegExp(String.raw`(?<![\p{L}])(?:в|во|у|до|к|ко|to|into|towards?)\s+(?:${SETTLEMENT_NOUN}\s+)?$`, 'iu');
/** "из двух населенных пунктов под X": the place after "под/під" only locates the source, it is not left. */
const UNDER_END = /(?<![\p{L}])(?:под|під)\s+$/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Any preposition ("к X", "до X", "from X"): a settlement after one is no direct object. */
const PREPOSITION =
  /(?<![\p{L}])(?:в|во|у|на|под|під|без|біля|возле|около|вблизи|поблизу|з|із|зі|из|от|від|до|к|ко|за|над|near|in|at|around|from|to|towards?|into|by|with|after|since|for)(?![\p{L}])/iu;
/** "под контроль", "контроль над", "control of/over": the words of a verb of control that stand before its object. */
const CONTROL_WORDS =
  /(?<![\p{L}])(?:(?:под|під)\s+(?:свой\s+|свій\s+|наш\s+)?контрол\p{L}*|контрол\p{L}*\s+(?:над|за)|control\s+(?:of|over))(?![\p{L}])/giu;
/** The opening of a clause that continues the one before without a verb of its own: "а также из X", "а також біля
 * X", "и у X", "as well as near X" (a preposition or settlement noun must follow: the list goes on). */
const ELLIPSIS =
  /^\s*(?:(?:а|и|і|й|та|and)\s+)?(?:также|також|так\s+само|тоже|ещ[её]|ще|as\s+well\s+as|also)?\s*(?:(?:в|во|у|біля|поблизу|неподалік|неподалеку|під|под|около|возле|вблизи|из|изо|з|із|зі|за|near|around|from|in)\s)/iu;
/** Filler a verb may have before its object: up to five words, no finite punctuation. */
const OBJECT_GAP = /^[\s\p{L}\p{N}'’.-]{0,60}$/u;
const FEW_WORDS = (gap: string, n: number): boolean => (gap.trim() ? gap.trim().split(/\s+/u).length : 0) <= n;

interface Word {
  family: Family;
  action: ControlAction;
  start: number;
  end: number;
  text: string;
  voice: Voice;
}

/** Right after a verb of taking: "в плен", "у полон" (the lexicon's TAKEN_PRISONER). */
const PRISONER_AFTER = new RegExp(String.raw`^\s+${TAKEN_PRISONER}`, 'iu');
/** Right after a verb of taking: "у кільце", "в окружение", "в клещи" (a side cut off, not a place taken: the
 * triggers read "взяті у кільце", "взят в кольцо" as fighting). */
const RING_AFTER = /^\s+(?:в|у|во)\s+(?:\p{L}+\s+)?(?:(?:напів|пів|полу)?(?:кільц|кольц|оточенн|окружени)|кліщ|клещ|мешок|мішок)\p{L}*/iu;

/** The words of the families in a clause, with their voice. */
function wordsIn(text: string, clause: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(clause.start, clause.end);
  for (const { family, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const start = clause.start + m.index;
      const before = text.slice(Math.max(clause.start, start - 30), start);
      // (the words that must follow are part of the phrase: "перешло под контроль" names its holder after it)
      const tail = family.after ? family.after.exec(text.slice(start + m[0].length, clause.end)) : null;
      if (family.after && !tail) continue;
      // "взять в плен", "взяти у полон бійців": prisoners taken, no place
      if (family.action === 'captured' && PRISONER_AFTER.test(text.slice(start + m[0].length, clause.end))) continue;
      // "окупанти у X взяті у кільце": a ring closed, no taking
      if (family.action === 'captured' && RING_AFTER.test(text.slice(start + m[0].length, clause.end))) continue;
      const voice = voiceOf(m[0], before);
      // "took control of X", "взяли под контроль X", "перейшло під контроль": control taken is a capture
      // ("retaken control of X", "повернули під контроль X": taken back)
      const taking = family.action === 'controls' ? TAKING_BEFORE.exec(before) : null;
      const action = taking ? (RETAKING.test(taking[0]) ? 'liberated' : 'captured') : family.action;
      out.push({
        family,
        action,
        start,
        end: start + m[0].length + (tail?.[0].length ?? 0),
        text: m[0] + (tail?.[0] ?? ''),
        voice: voice === 'infinitive' && CONTINUING_BEFORE.test(before) ? 'active' : voice,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The lists of a clause: settlements joined by list gaps (commas, conjunctions, regions between). */
function listsIn(text: string, items: readonly LocatedMention[], others: readonly LocatedMention[], fighting: boolean): LocatedMention[][] {
  const lists: LocatedMention[][] = [];
  let reference = false;
  for (const m of items) {
    const last = lists.at(-1)?.at(-1);
    const gap = last ? gapWithout(text, last.end, m.start, others) : '';
    // "бои возле X западнее Y": a name after a bare compass phrase locates the one before; it is no item
    if (last && !reference && COMPASS_ONLY.test(gap)) {
      reference = true;
      continue;
    }
    reference = false;
    if (last && (fighting ? fightingListGap(gap) : listGap(gap))) lists.at(-1)!.push(m);
    else lists.push([m]);
  }
  return lists;
}

/** The clause with its settlements' names blanked: a place named after a weapon ("Дронівка", "Дроновка") holds no word
 * of a strike. */
function withoutNames(text: string, clause: Span, names: readonly Span[]): string {
  return blankedWindow(text, clause.start, clause.end, names);
}

/** What `governor` reads of a clause whatever the list, worked out once per clause: a long clause holds many lists. */
interface ClauseWords {
  words: readonly Word[];
  /** The words that govern actively. */
  active: readonly Word[];
  /** Whether the clause, its settlements' names blanked, holds no word of a strike or of defences built. */
  groundFighting: () => boolean;
}

function clauseWords(text: string, clause: Span, items: readonly Span[], words: readonly Word[]): ClauseWords {
  // (an attempt to advance near X is fighting there: a word of combat counts in any form but an adjective)
  // (and an attempt to storm or encircle X: "намагаються оточити X", "пытаются штурмовать X")
  const active = words.filter(
    (w) => w.voice === 'active' || (w.voice === 'infinitive' && (w.family.government === 'locative' || w.family.action === 'fighting')),
  );
  let ground: boolean | undefined;
  const groundFighting = (): boolean => {
    if (ground === undefined) {
      const blanked = withoutNames(text, clause, items);
      ground = !STRIKE.test(blanked) && !FORTIFYING.test(blanked);
    }
    return ground;
  };
  return { words, active, groundFighting };
}

/** The governing word of a list, by the grammar of its family. */
function governor(
  text: string,
  clause: Span,
  list: readonly LocatedMention[],
  { words, active, groundFighting }: ClauseWords,
): Word | undefined {
  const first = list[0]!;
  const last = list.at(-1)!;
  // (names the gazetteer does not know may open the list: "в районах Старой Сорочницы, Коренево")
  const lead = text.slice(Math.max(clause.start, first.start - 80), first.start).replace(UNKNOWN_ITEMS, '');
  // fighting: a locative phrase right before the list, a word of combat anywhere in the clause
  // ("взяли под контроль село X": "под контроль" is the verb's, not a phrase of place)
  const locative = PLACE_PHRASE_END.exec(lead.replace(CONTROL_WORDS, (w) => '_'.repeat(w.length)));
  if (locative && groundFighting()) {
    // a bare "в/у/in/at" is a place of fighting only next to the word of combat ("бои в X", "fighting in X")
    const reach = BARE_LOCATIVE.test(locative[0]) ? 40 : Infinity;
    // (and with no comma between: "в X його вдалося вибити, атаки … тривають" are two predicates)
    const near = (from: number, to: number): boolean => to - from <= reach && (reach === Infinity || !text.slice(from, to).includes(','));
    const fight = active.filter(
      (w) =>
        w.family.government === 'locative' &&
        ((w.end <= first.start && near(w.end, first.start)) || (w.start >= last.end && near(last.end, w.start))),
    );
    // the nearest one (else the phrase may be a verb's own: "вошли в X")
    const nearest = fight.sort((a, b) => Math.abs(a.start - first.start) - Math.abs(b.start - first.start))[0];
    if (nearest) return nearest;
  }
  if (FROM_PHRASE_END.test(lead) && !DESTINATION_END.test(lead) && !UNDER_END.test(lead))
    return active.filter((w) => w.family.government === 'source' && w.end <= first.start).at(-1);
  // a direct object: the list right after an active verb, only filler between
  const verb = active.filter((w) => w.family.government === 'object' && w.end <= first.start).at(-1);
  if (verb) {
    const own = verb.family.preposition ? new RegExp(String.raw`(?<![\p{L}])(?:${verb.family.preposition})(?![\p{L}])`, 'giu') : null;
    const gap = text.slice(verb.end, first.start).replace(CONTROL_WORDS, ' ');
    const bare = (own ? gap.replace(own, ' ') : gap).replace(/(?<![\p{L}])of(?![\p{L}])/giu, ' ');
    if (OBJECT_GAP.test(gap) && FEW_WORDS(gap, 5) && !PREPOSITION.test(bare) && !REFERENCE.test(gap) && fillerOnly(gap)) return verb;
  }
  // the subject of an intransitive of changing hands ("X fell", "X перейшло під контроль") or of an English headline's
  // bare participle ("Balakliya and Kupyansk liberated")
  const intransitive = words.find(
    (w) =>
      w.start >= last.end &&
      (w.family.government === 'subject' ||
        (w.family.government === 'object' && /^\p{Script=Latin}+ed$/u.test(w.text) && HEADLINE_END.test(text.slice(w.end, clause.end)))),
  );
  if (
    intransitive &&
    !PREPOSITION.test(lead.slice(-12)) &&
    /^\s+(?:(?:had|has|have|was|were|had\s+been|has\s+now|now|finally|already)\s+)*$/iu.test(text.slice(last.end, intransitive.start))
  )
    return intransitive;
  // the subject of a passive: the list right before it, no preposition governing the list
  // (Ukrainian predicates with the long form: "село X окуповане", "X і Y звільнені")
  const passive = words.find(
    (w) =>
      w.family.government === 'object' &&
      w.start >= last.end &&
      (w.voice === 'passive' || (w.voice === 'attributive' && UK_PREDICATE.test(w.text))),
  );
  if (
    passive &&
    !PREPOSITION.test(lead.slice(-12)) &&
    FEW_WORDS(text.slice(last.end, passive.start), 3) &&
    OBJECT_GAP.test(text.slice(last.end, passive.start))
  )
    return passive;
  return undefined;
}

/** The clause readings of a sentence for the settlements `open` accepts (those no trigger gave an event). */
export function clauseReadings(
  text: string,
  sentence: Span,
  settlements: readonly LocatedMention[],
  others: readonly LocatedMention[],
  open: (m: LocatedMention) => boolean,
  busy: readonly Span[] = [],
): ClauseReading[] {
  if (!settlements.some(open)) return [];
  const out: ClauseReading[] = [];
  let before: Word[] = [];
  let ahead: LocatedMention[] = [];
  for (const clause of clausesOf(text.slice(sentence.start, sentence.end), sentence.start)) {
    // (a capital standing for its government is no place governed)
    const items = settlements.filter((m) => m.start >= clause.start && m.end <= clause.end && !isCapitalMetonym(m));
    const own = wordsIn(text, clause).filter((w) => !items.some((m) => w.start < m.end && m.start < w.end));
    // "Бахмут, перешедший под контроль российских войск, …", "Часів Яр, захоплений у травні, …": a participle opening
    // the clause after a list describes the list before its comma, the list its subject
    const opening = own[0];
    const described = ahead.filter(open);
    if (
      opening &&
      described.length &&
      !/\S/u.test(text.slice(clause.start, opening.start)) &&
      (opening.family.government === 'subject'
        ? opening.voice !== 'infinitive'
        : opening.family.government === 'object' && opening.voice === 'attributive') &&
      !busy.some((t) => t.start < opening.end && opening.start < t.end)
    )
      out.push({
        action: opening.action,
        verb: { start: opening.start, end: opening.end, text: opening.text },
        list: described,
        repelled: false,
      });
    const last = listsIn(text, items, others, false).at(-1);
    ahead = last && /^\s*,\s*$/u.test(text.slice(last.at(-1)!.end, clause.end + 2)) ? last : [];
    // "відійшли з X, а також із Y", "бои у X; также у Y": a clause with no verb of its own that goes on with "а также",
    // "а також", "и"/"і"/"та" is an ellipsis, governed by the clause before's verb
    const words = own.length ? own : ELLIPSIS.test(text.slice(clause.start, clause.end)) ? before : [];
    before = own.length ? own : words;
    // a clause a trigger phrase read already: in English, what that trigger left out it left out on purpose; Ukrainian
    // and Russian order their words freely, so a trigger's phrase in the clause says nothing of a settlement that
    // another word governs ("за последнюю неделю продвинулись … у X и взяли под огневой контроль …")
    if (
      !items.some(open) ||
      (busy.some((t) => t.start < clause.end && clause.start < t.end) && !CYRILLIC.test(text.slice(clause.start, clause.end)))
    )
      continue;
    if (!words.length) continue;
    const fighting = words.some((w) => w.family.government === 'locative');
    // (the clause with its names blanked is the same for each of its lists: read once, when a list asks)
    const read = clauseWords(text, clause, items, words);
    for (const list of listsIn(text, items, others, fighting)) {
      if (!list.some(open)) continue;
      const w = governor(text, clause, list, read);
      if (!w) continue;
      // (a passive of encircling names the side encircled: "гарнизон ВСУ окружен", the actor is the other side)
      const repelled =
        w.family.repelled === true ||
        (w.family.government === 'object' && w.action === 'fighting' && w.voice !== 'active' && w.voice !== 'infinitive') ||
        (w.family.government === 'locative' && REPELLED_BEFORE.test(text.slice(clause.start, w.start)));
      out.push({ action: w.action, verb: { start: w.start, end: w.end, text: w.text }, list: list.filter(open), repelled });
    }
  }
  return out;
}
