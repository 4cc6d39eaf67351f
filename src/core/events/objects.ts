// Which settlements a control verb governs: the list after it, or (passive, relative clause) before it, with the
// gaps a list may have between its items (regions, asides, gapped verbs) and the places that are no object of it
// (destinations, sources, reference points of distance, the subject of another passive).
import { isCapitalMetonym, type ClaimContext, type LocatedMention } from '../claims/context.ts';
import type { ControlAction } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { dashAsideAsCommas, dashAsideOfName } from './dash-aside.ts';
import { ownNounObject } from './own-object.ts';
import { apposedRelativeHead, subjectBeforeAside } from './subject-aside.ts';
import { DIRECTION } from './directions.ts';
import { NEAR_PREP } from './ground-near.ts';
import type { EventOptions, Found } from './extract.ts';
import { AGENT_DASH, HOLD_WITHOUT_OBJECT, INVERTED_GAP } from './triggers/uk.ts';
import { CYRILLIC_PASSIVE, CYRILLIC_SHORT_PASSIVE, ENGLISH_LINKING_BEFORE, ENGLISH_PASSIVE_BEFORE } from './triggers/voice.ts';
import { CLAUSE_BREAK, LIST_GAP, LOCATIVE_END, RELATIVE_BEFORE, RELATIVE_GAP, SETTLEMENT_ABBREVIATION, UNKNOWN_NAME } from './lexicon.ts';
import { VILLAGE_NOUN, VILLAGE_STEM } from './village-noun.ts';

/** "освобождены 29 населенных пунктов: X, Y …", "took four villages: X, Y", "захопили три села в Луганській області –
 * X, Y і Z": a count and a colon or a dash introduce the list, up to two phrases of place, time or agent may stand
 * between ("the liberation of three nearby villages on Sunday evening by Ukrainian troops: X, Y", "five settlements near
 * Y: they are X, …", "took three other small villages nearby — X, Y"); so does "in
 * particular" ("звільнено декілька населених пунктів, зокрема - місто X", "в том числе X"). English "cities" and
 * "localities" are nouns of settlements as "towns" is ("captured two cities in the Donetsk region — X and Y").
 * "населенных пунктов" is one noun, so the words before it may hold the verb's complement ("освободили за неделю семь
 * населенных пунктов:", "от оккупации восемь …"), and the Cyrillic prepositions of nearness place the list as "near" and
 * "around" do ("захопили багато населених пунктів навколо X — A, B"). */
const LIST_NOUN = String.raw`(?:(?:населе?н|населён)\p{L}*\s+пункт\p{L}*|населе?н\p{L}*|населён\p{L}*|пункт\p{L}*|${VILLAGE_NOUN}|селищ\p{L}*|пос[её]л\p{L}*|хутор\p{L}*|villages?|settlements?|towns?|cit(?:y|ies)|localit(?:y|ies)|hamlets?)`;
const LIST_INTRO = new RegExp(
  // two nouns of kind joined ("у таких селах и селищах:", "villages and towns:") introduce one list; a bullet may open
  // the first item on its own line ("пункти:\n- X,\n- Y"), as LIST_BULLET reads between items
  String.raw`^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}?${LIST_NOUN}(?:\s+(?:і|й|та|и|and|or)\s+${LIST_NOUN})?(?:\s+nearby)?(?:\s+(?:in|on|of|by|near|around|в|у|на|${NEAR_PREP}|навколо|довкола|вокруг)(?:\s+[\p{L}'’-]+){1,4}?){0,2}\s*(?::(?:\s*(?:they|these)\s+(?:are|were)(?![\p{L}]))?|[–—]|-(?=\s)|,?\s*(?:зокрема|у\s+тому\s+числі|в\s+тому\s+числі|в\s+том\s+числе|в\s+частности|including)\s*(?::|[–—]|-(?=\s)|,)?)\s*(?:(?<=\n[^\S\n]*)(?:[•·▪●◦*–—-]|\d{1,2}[.)])\s*)?`,
  'iu',
);

/** "in the southeastern Zaporizhzhia region": lower-case adjectives may stand between the preposition and the region. */
const REGION_PREPOSITION = /(?<![\p{L}])(?:in|of|в|у|на)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** The text between two offsets with the regions, districts and countries named in it blanked: "X Курской области, а
 * также Y Сумской области" is one list. */
export function gapWithout(text: string, from: number, to: number, others: readonly LocatedMention[]): string {
  let gap = text.slice(from, to);
  for (const o of others)
    if (o.start >= from && o.end <= to) {
      // "X в Донецкой области, а также Y", "A in the Sumy region and B": the preposition goes with the region
      const lead = REGION_PREPOSITION.exec(gap.slice(0, o.start - from))?.[0].length ?? 0;
      gap = gap.slice(0, o.start - from - lead) + ' '.repeat(o.end - o.start + lead) + gap.slice(o.end - from);
    }
  return gap.replace(SETTLEMENT_ABBREVIATION, (a) => ' '.repeat(a.length));
}

/** An axis right after an item ("освободила X на харьковском направлении, «Запад» — Y", "звільнили X на Покровському
 * напрямку та Y"): it locates the item, no break in the list. */
// (the axis's adjective may be read as the region, a list item skipped: the gap after it starts with the noun)
const AXIS_AFTER_ITEM = /^\s+(?:на\s+(?:\p{L}+(?:ом|ому|ім)\s+)?)?(?:направлении|напрямку|напрямі)(?=[\s,])/u;
/** Between two settlements of one list: names the gazetteer does not know count as further items ("X, Мирный и Y"). */
export const listGap = (gap: string): boolean => {
  // "X (Курская область), Y": a bracket left empty once its region is blanked is no break, nor is one of district and
  // region ("X (Краматорський район, Донецька область), Y") or of an abbreviated region the gazetteer does not read
  // ("X Покровського району (Донецька обл.) та Y")
  const g = gap
    .replace(AXIS_AFTER_ITEM, ' ')
    .replace(LIST_BULLET, ', ')
    .replace(GAPPED_LOCATIVE, ', ')
    .replace(BRACKETED_ABBREVIATED_REGION, ' ')
    .replace(/\([\s,]*\)/gu, ' ')
    // "Bilohorivka in the Lugansk region (east) and Bakhmut": a bracket of a word or two in small letters glosses the
    // region before it, no break either
    .replace(/\(\s*(?:\p{Ll}[\p{L}-]*\s*){1,2}\)/gu, ' ')
    // "Суворово (новое название - Затишье), Никаноровке": a bracket giving the item's other name, no break either
    .replace(OTHER_NAME_BRACKET, ' ')
    // "Бударки [Харьковской области], Терны": the same for a square bracket
    .replace(/\[\s*\]/gu, ' ')
    // "had “liberated the village of X in the Kharkiv region” and “the village of Y”": items quoted one by one
    .replace(/[”"]([\s,]*(?:(?:and|or)\s+)?)[“"]/giu, ' $1 ');
  return LIST_GAP.test(g) || LIST_GAP.test(g.replace(UNKNOWN_NAME, ','));
};
/** "(новое название - X)", "(нова назва – X)", "(колишня назва X)", "(formerly X)": a bracket naming the item before it
 * again (a renaming), open up to its name (OTHER_NAME_OPEN) or whole. */
const OTHER_NAME_HEAD = String.raw`\(\s*(?:(?:нов|стар|прежн|бывш|колишн|попередн|ранн)\p{L}*\s+(?:название|назва|наименование|найменування|имя|ім['’]я)|ранее|раніше|formerly|renamed|(?:new|old|former)\s+name)\s*(?:[-–—:]\s*)?`;
const OTHER_NAME_OPEN = new RegExp(`^\\s*${OTHER_NAME_HEAD}$`, 'iu');
const OTHER_NAME_BRACKET = new RegExp(`${OTHER_NAME_HEAD}[^()]{1,60}\\)`, 'giu');
/** "(Донецька обл.)", "(Курской обл.)", "(Покровський р-н)": a bracket of abbreviated regions or districts (the
 * adjective may be blanked already, when the gazetteer reads it as the region). */
const BRACKETED_ABBREVIATED_REGION = /\((?:[\s,]*(?:\p{Lu}[\p{L}'’-]*\s+)?(?:обл\.?|р-н\.?|р-ну\.?)(?![\p{L}]))+[\s,]*\)/gu;
/** A new line with a bullet or a number ("\n  • X", "\n2) Y") starts the next item of a list. */
// (a semicolon may close the item before: "• A;\n• B;")
const LIST_BULLET = /[;,]?\s*\n\s*(?:[•·▪●◦*–—-]|\d{1,2}[.)])?\s*/gu;
/** The verb left out before a list's next part: "в Курской области освобождён X, в Донецкой Народной Республике — Y,
 * Z", "captured A in Sumy, and in Kharkiv — B": a phrase of place and a dash stand for the verb again; so does the
 * next subject, a grouping's quoted name, in the weekly summaries ("«Север» освободила A, «Запад» — B и C, а группировка
 * «Днепр» — D"). */
const GAPPED_LOCATIVE =
  /,\s*(?:(?:and|і|й|та|и|а)\s+)?(?:(?:in|в|у|на)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?|(?:(?:группировк|угрупованн|угруповуванн)\p{L}*\s+(?:(?:войск|військ)\s+)?)?«[^«»,.;]{1,20}»\s*)?[–—]\s*/giu;
/** In a list of places fought at, a new phrase of place may stand between items ("на околицях A та поблизу B, C"). */
// ... or a compass phrase or a heading: "неподалік Надії та на південь від Новоселівського", "у районі A та в бік B";
// the heading may name its places' kind again: "поблизу A, B та в бік населених пунктів C, D", "и в сторону населенных
// пунктов C, D"
const NEAR_IN_LIST = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:в|у)\s+район(?:і|ах|е)|${NEAR_PREP}|неподалік(?:\s+від)?|неподалеку(?:\s+от)?|на\s+околиц\p{L}*|на\s+окраин\p{L}*|на\s+подступах\s+к|на\s+підступах\s+до|рядом\s+со?|near|around|outside|on\s+the\s+outskirts\s+of|(?:в|у)(?:\s+(?:бік|напрямку|сторону))?|в\s+направлении|towards?|${DIRECTION})(?:\s+(?:(?:населе?н|населён)\p{L}*\s+пункт\p{L}*|(?:${VILLAGE_STEM}|селищ|міст|пос[её]лк|город|хутор)\p{L}*))?(?=\s*$)`,
  'iu',
);
/** A gap that is only a compass phrase ("западнее", "к югу от", "north of"): the name after it is a reference point. */
export const COMPASS_ONLY = new RegExp(`^\\s+${DIRECTION}\\s+$`, 'iu');
export const fightingListGap = (gap: string): boolean => listGap(gap) || listGap(gap.replace(NEAR_IN_LIST, ' '));

/** An aside of place after an English list item: ", near the town of", ", just inside the border with" (Cyrillic lists
 * run places on with "біля"/"около" as items of their own). */
const ASIDE_HEAD = String.raw`^,\s+(?:near|outside|close\s+to|not\s+far\s+from|just|(?:north|south|east|west)\p{L}*\s+of)\s`;
const ASIDE_OPEN = new RegExp(`${ASIDE_HEAD}[^;:()"“”«»,]{0,80}$`, 'iu');
/** ... closed by a comma and the list's next item: ", near the town of Kupiansk that Russia sees as a target, and",
 * ", near the administrative border with X region, as well as". */
const ASIDE = new RegExp(
  String.raw`${ASIDE_HEAD}[^;:()"“”«»]{0,160},\s+(?:(?:and|or|as\s+well\s+as|і|й|та|и|а\s+также|а\s+також)\s+)?(?:the\s+)?$`,
  'iu',
);

/** A Cyrillic preposition of place, maybe with its noun ("в окрузі", "в районе", "біля"), right before a name. */
const GOVERNED_BEFORE = /(?<![\p{L}])(?:в|у|на|біля|під|под|около|возле|поблизу|вблизи|неподалік|неподалеку|от|від)\s+(?:\p{Ll}+\s+)?$/u;
/** A change of hands takes its settlement as a direct object: "seized positions in X" does not take X. */
export const TAKES_OBJECT = new Set<ControlAction>(['captured', 'liberated', 'cleared', 'controls']);

/** A preposition of destination right before a settlement: "відступили до X", "отошли к X", "withdrew to X", and a move
 * into an area ("отступили в район X", "відійшли у район населеного пункту X"). */
const DESTINATION_END =
  /(?:^|[\s,])(?:до|к|ко|to|towards?|into|(?:в|у)\s+(?:бік|сторону|напрямку|направлении)|(?:в|во|у)\s+район(?:\s+\p{Ll}+){0,2})\s+$/iu;

/** "під"/"под" right before a name: a place the act is near ("під Покровськом"), not the place itself. */
const UNDER_PLACE_END = /(?<![\p{L}])(?:під|под)\s+$/iu;

/** The end of an English move back "to other positions" / "to new defensive lines". */
const OTHER_LINES_END = /(?:positions|lines|frontiers)$/iu;
/** A source preposition: "з/із/зі", "из/изо", "from", "out of". */
const SOURCE_END = /(?<![\p{L}])(?:з|із|зі|из|изо|from|of)$/iu;
const LEAVE_NEEDS_SOURCE = /^(?:вийш|вивел|відвел|вышл|вышел|вывел|отвел)/iu;
const SOURCE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:з|із|зі|из|изо)\s+(?:(?:${VILLAGE_STEM}|селищ|міст|пос[её]л|город)\p{L}*\s+)?$`,
  'iu',
);

/** A Russian preposition of nearness right before a name: the name is a place. */
const NEAR_BEFORE = /(?<![\p{L}])(?:возле|около|вблизи|под)\s+$/iu;
/** "к X", "около X" right before a name: the place is approached, not entered. */
const APPROACH_END = /(?:^|[\s,])(?:к|ко|около|возле|под|вблизи)\s+$/iu;
/** A Russian long-form (attributive) passive participle: "освобождённом", "оккупированных", "захваченную". */
export const ATTRIBUTIVE_PARTICIPLE = /^\p{L}+(?:енн|ённ|анн|янн)(?:ый|ого|ому|ом|ой|ую|ая|ое|ые|ых|ым|ыми)$/u;

/** ", которые освободили", ", які звільнили": a Cyrillic relative word after a comma with no comma after it up to the
 * verb (the English ", which" is a CLAUSE_BREAK). */
const OPEN_CYRILLIC_RELATIVE = /,\s*(?:котор\p{L}*|як(?:ий|а|е|і|их|у|ого|ої|им|ими))\s[^,]*$/iu;
/** ", которая, по данным из зоны боев, …": a Russian relative clause after a comma, an aside in commas allowed. */
const RUSSIAN_RELATIVE_GAP = /^\s*,\s*котор\p{L}*,?\s+(?:[\p{L}'’-]+,?\s+){0,6}$/iu;
/** A demonstrative noun phrase of a settlement opening a verb's object: "данного населенного пункта", "этого села". */
const DEMONSTRATIVE_OBJECT =
  /^\s*(?:данн|эт|указанн|упомянут|этих|тех|того|той|тот|ту)\p{L}*\s+(?:насел[её]нн?\p{L}*\s+пункт|сел|пос[её]л|город|деревн|хутор)\p{L}*/iu;
/** The end of a phrase of distance or nearness before a name: "недалеко от (донецкой) X", "в 25 км от X", "рядом с X". */
/** A lower-case word, a comma and a Russian active participle ("-ущ-", "-ющ-", "-ащ-", "-ящ-", "-вш-") before the name. */
const OWN_OBJECT_THEN_PARTICIPLE = /\p{Ll}{3,}\s*,\s*\p{L}+(?:ущ|ющ|ащ|ящ|вш)\p{L}*\s+(?:\p{L}+\s+){0,2}$/u;
const DISTANCE_FROM_END =
  /(?<![\p{L}])(?:(?:недалеко|неподал[её]ку|поблизости|далеко|вдали|км|километр\p{L}*|метр\p{L}*)\s+от|рядом\s+со?)\s+(?:\p{Ll}+\s+)?$/iu;

/** "Суджу, захваченную ВСУ в августе": a participle set off by a comma right after a name qualifies that name. */
export function postposedNoun(text: string, trig: Found, settlements: readonly LocatedMention[]): LocatedMention | undefined {
  const prev = settlements.filter((m) => m.end <= trig.start).at(-1);
  return prev && /^\s*,\s*$/u.test(text.slice(prev.end, trig.start)) ? prev : undefined;
}

/** A settlement noun and a preposition of place at the end of the gap before a name (a country's possessive may stand
 * between, its name blanked: "takes control of village near Ukraine's X"). */
const NOUN_LOCATED_END =
  /(?<![\p{L}])(?:villages?|towns?|settlements?|hamlets?|cit(?:y|ies))\s+(?:near|outside|close\s+to|not\s+far\s+from|(?:north|south|east|west)\p{L}*\s+of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+|['’]s\s+)?$/iu;

export const NOUN_OF_TAKING = /^(?:capture|seizure|recapture|liberation|occupation|takeover|fall)$/iu;
const DETERMINER_END = /(?<![\p{L}])(?:the|a|an|its|their|this|that|whose)\s+$|['’]s\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** ", amid reports of other villages being" before a passive: the settlement noun is its subject. */
const OWN_PASSIVE_SUBJECT =
  /,[^,;]*(?<![\p{L}])(?:villages|towns|settlements|hamlets|cities)\s+(?:\p{L}+\s+)?(?:being|were|are|have\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?$/iu;
/** ", a village on the southern front line in an area of … that borders …," right after a name: an English apposition. */
const APPOSITION =
  /^\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)(?![\p{L}])[^,;:.()"“”]{0,140},\s+/u;
/** A distance's number in words: "about nine kilometers south of". */
const NUMBER_WORD = String.raw`(?:a\s+few|several|a\s+dozen|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:-\p{Ll}+)?)(?=\s)`;
/** ", about 25 km south of ", ", adjacent to ", ", which is little over 8 kilometers (5 miles) south of the town of ",
 * ", which lies about nine kilometers south of ": an
 * English aside of place opened by a comma right after a name, up to the name it measures from. */
const PLACE_ASIDE_OPEN = new RegExp(
  String.raw`^\s*,\s+(?:which\s+(?:is|lies)\s+)?(?:(?:located|situated|lying)\s+)?(?:(?:about|some|roughly|around|just|nearly|almost|(?:a\s+)?little\s+over|less\s+than|more\s+than|over|under)\s+)?` +
    String.raw`(?:(?:[\d.,]+|${NUMBER_WORD})\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{0,20}\)\s+)?)?(?:${DIRECTION}|from|near|adjacent\s+to|outside|close\s+to|not\s+far\s+from|next\s+to)\s+` +
    String.raw`(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:city|town|village|hub|settlement|centre|center)\s+of\s+)?$`,
  'iu',
);
/** ... closed by a comma before the verb, an apposition to that name allowed: ", another crucial front in …, was also ".
 * A relative word after the comma ("south of the hub of Y, which Moscow reclaimed") opens a clause on the name inside
 * the aside, not a verb of the name before it. */
const PLACE_ASIDE_CLOSE =
  /^(?:\s*,\s+[^,;:.()"“”]{1,100})?\s*,\s+(?!(?:which|that|where|who|котор\p{L}*|як(?:у|е|ий|і|их|ої|ого)|де|где)\s)(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** "the hub of Chasiv Yar that Moscow is attempting to seize": "that" right after a name, a subject of its own and the
 * verb, with no comma, opens a relative clause on the name just as ", which" does. */
const THAT_RELATIVE_GAP = /^\s+that\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;
/** "X, both of which fell under Russian control", "X, which was flattened by months of artillery fire before it was
 * captured": an English relative clause on the name whose verb of taking stands after a quantified relative word or
 * after a time clause that resumes the name as "it" (the relative word's own verb is another). */
const EN_RELATIVE_GAP =
  /^\s*,\s*(?:(?:(?:both|all|each|either|neither|one|some|most)\s+of\s+(?:which|them))\s+(?:[\p{L}'’-]+\s+){0,4}|(?:which|that)\s+[^,;:.()"“”]{1,80}?\s(?:before|after|until|when)\s+(?:it|they)\s+(?:was|were|(?:had|has|have)\s+been)\s+)$/iu;
/** "… denied by ", "seized by the ": the agent of an English passive comes next. */
const AGENT_BY_END = /(?<![\p{L}])by\s+(?:the\s+)?$/iu;
/** ", a " / ", the eastern " right before a side-held participle: an apposition to the name before the comma. */
const HELD_APPOSITION_BEFORE = /,\s+(?:a|an|the|another)\s+(?:\p{Ll}+\s+)?(?:(?:city|town|village|settlement)\s+)?$/u;
const SIDE_HELD = /^\p{L}+-(?:held|controlled|occupied)$/u;
/** The same apposition filling the whole gap between the name and the participle. */
const HELD_APPOSITION_GAP = new RegExp(`^${HELD_APPOSITION_BEFORE.source}`, 'u');
/** "Херсон повертається під контроль Києва", "возвращается под контроль": the reflexive of returning has the settlement
 * for its subject, before it; the name right after "під контроль" is the holder (a side or its capital), not an object. */
const REFLEXIVE_RETURN = /^(?:поверн|поверта|верну|вернул|возвра[щт])\p{L}*с[яь]\s/iu;
/** "село Кутузовка – воно повернулося під контроль України", "X — оно вернулось": a subject pronoun after a dash resumes
 * the name before the dash, the subject of the verb after it. */
const RESUMPTIVE_PRONOUN = /^\s*[-–—]\s*(?:воно|вона|він|вони|оно|она|он|они)\s+(?:\p{L}+\s+)?$/iu;
/** A verb of passing under control, whose subject is the settlement: "перешел под контроль", "перейшов під контроль". */
const PASSING_UNDER = /^(?:перешл|перешёл|перешел|перейш)\p{L}*\s+(?:под|під)\s/iu;
/** The settlements a trigger governs: a list right after it, or (passive, relative clause) right before it. */
export function objectsOf(
  ctx: ClaimContext,
  sentence: Span,
  trig: Found,
  next: Found | undefined,
  settlements: LocatedMention[],
  others: LocatedMention[],
  opts: EventOptions,
): { list: LocatedMention[]; fallback: boolean; relative?: boolean; placeSubject?: boolean } {
  const text = ctx.article.text;
  let relative = false;
  const passive =
    ENGLISH_PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, trig.start - 30), trig.start)) ||
    /^(?:(?:has|had|have)\s+(?:\p{L}+ly\s+)?)?f[ae]ll(?!\s+of(?![\p{L}]))|^(?:перешл|перешёл|перейш|переход|потрап|опини|опиня|попал|оказал)/iu.test(
      trig.text,
    ) ||
    REFLEXIVE_RETURN.test(trig.text) ||
    CYRILLIC_PASSIVE.test(trig.text.split(/\s/u)[0]!);
  // "X has been the focus of intense fighting", "Y has emerged as a critical battleground": a noun phrase of fighting
  // after a linking verb has the settlement before it as its subject, and nothing after it
  const linking =
    trig.action === 'fighting' &&
    /^(?:one|the|a|an)\s/iu.test(trig.text) &&
    ENGLISH_LINKING_BEFORE.test(text.slice(Math.max(sentence.start, trig.start - 30), trig.start));
  // "X, куди зайшла ворожа піхота, та в Y": a verb in a relative clause about X does not run past the clause's comma
  const inRelativeClause = RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, trig.start - 60), trig.start));
  const after = (): LocatedMention[] => {
    const limit = Math.min(sentence.end, next?.start ?? sentence.end);
    const list: LocatedMention[] = [];
    let from = trig.end;
    // "retreat from Kherson [read as its region], in central Kyiv": a region or country standing right after the verb,
    // a clause break after it, is the verb's object; a settlement further on is not
    const regionObject = others.find(
      (o) =>
        o.start >= trig.end &&
        o.start - trig.end <= 12 &&
        /^[\s]*(?:the\s+)?$/iu.test(text.slice(trig.end, o.start)) &&
        /^\s*[,;.]/u.test(text.slice(o.end, o.end + 3)),
    );
    for (const m of settlements) {
      if (m.start < from) continue;
      if (m.start >= limit) break;
      if (list.length === 0 && regionObject && m.start > regionObject.end) break;
      // a verb in scare quotes ("had “liberated” the village of X") still governs what follows the quote
      const raw = gapWithout(text, from, m.start, others);
      const gap = list.length ? raw : raw.replace(/^[”"»’]/u, ' ');
      // "бои возле X западнее Y": a compass phrase right after an item, no comma or conjunction between, places that
      // item by the next name, which is no item of the list
      if (list.length > 0 && COMPASS_ONLY.test(gap)) break;
      // "withdrawn from the village of X, said Y, spokesman for the Z group": a reporting clause ends the verb's phrase
      if (REPORTING_BREAK.test(gap)) break;
      // "Russia-controlled Donetsk in eastern Ukraine, a signal that Pyongyang could …": a clause opened by "that" /
      // "що" / "что" after a comma has a subject of its own; the name there is not the verb's object
      if (list.length === 0 && COMPLEMENT_CLAUSE_END.test(gap)) break;
      // a list's introduction ("освободили от оккупации восемь населенных пунктов в X районе – это") is no distance
      // from the verb: the gap's length is measured after it
      const introless = list.length === 0 ? gap.replace(LIST_INTRO, ' ') : gap;
      const listed = list.length > 0 && ((trig.action === 'fighting' ? fightingListGap : listGap)(gap) || ASIDE.test(gap));
      // "the villages of Pishchane, near the town of Kupiansk …, and Tykhe": a place inside an aside locates the item
      // before it; the list runs on after the aside
      if (list.length > 0 && !listed && ASIDE_OPEN.test(gap)) continue;
      // "Суворово (новое название - Затишье)": a name in a bracket of renaming is the item's other name, no item of its own
      if (list.length > 0 && OTHER_NAME_OPEN.test(gap)) continue;
      if (list.length === 0 ? introless.length > opts.maxGap || CLAUSE_BREAK.test(introless.replace(AGENT_DASH, ' ')) : !listed) break;
      if (list.length === 0 && TAKES_OBJECT.has(trig.action) && LOCATIVE_END.test(gap)) continue;
      // "seized the town of X – a claim denied by Kyiv", "Crimea, seized by Moscow in 2014": a name right after "by" is
      // an agent (a side or its capital), never what the verb acts on
      if (list.length === 0 && AGENT_BY_END.test(gap)) break;
      // "освобождением данного населенного пункта, так и … Дружковки": the verb's object is already named by a
      // demonstrative noun phrase; a name further on is not it
      if (list.length === 0 && trig.action !== 'fighting' && DEMONSTRATIVE_OBJECT.test(gap)) break;
      // "освободили село, расположенное недалеко от Новоукраинки", "в 5 км от X": a place a distance is measured from
      // is a reference point, not the object
      if (list.length === 0 && trig.action !== 'fighting' && DISTANCE_FROM_END.test(gap)) continue;
      // "установили контроль над всеми автодорогами, ведущими к X": an object of its own, then an active participle
      // after a comma that opens a clause of its own: the name in that clause is not the verb's object
      if (list.length === 0 && OWN_OBJECT_THEN_PARTICIPLE.test(gap)) break;
      if (list.length === 0 && inRelativeClause && gap.includes(',')) break;
      // "йде зачистка нашими військами, тому Малинівка звільнена": a name right before a Cyrillic short passive is that
      // passive's subject, not this verb's object
      if (list.length === 0 && next && /^\s+$/u.test(text.slice(m.end, next.start)) && /^\p{Script=Cyrillic}/u.test(next.text))
        if (CYRILLIC_SHORT_PASSIVE.test(next.text.split(/\s/u)[0]!)) break;
      // "withdrew from a village near X", "Withdraws from Village Near X": a settlement noun is the object already, the
      // name after its preposition of place only locates it
      if (list.length === 0 && trig.action !== 'fighting' && NOUN_LOCATED_END.test(gap)) continue;
      // "полк відступив до Луганська": where a withdrawal goes is not the place left
      if (list.length === 0 && trig.action === 'withdrew' && DESTINATION_END.test(gap)) continue;
      // "відійшли під Покровськом", "отступили из двух населенных пунктов под Авдеевкой": a place the withdrawal is
      // near only locates it (and the list after it), it is not the place left
      if (list.length === 0 && trig.action === 'withdrew' && UNDER_PLACE_END.test(gap)) break;
      // "зашли в прилежащие к X лесополосы": a place after "к"/"до"/"near" is where the entered ground lies, not it
      if (list.length === 0 && trig.action === 'entered' && APPROACH_END.test(gap)) continue;
      // "Russia's capture of the town brings its forces closer to … X", "Освобождение города означает, что … к X": the
      // verb or noun has a noun of settlement for its object; a name not set beside that noun is not it (a list's
      // introduction, "took four villages in the region: X, Y", sets its items beside the noun)
      if (list.length === 0 && trig.action !== 'fighting' && !LIST_INTRO.test(gap) && ownNounObject(gap)) continue;
      list.push(m);
      from = m.end;
    }
    return list;
  };
  const before = (): LocatedMention[] => {
    const list: LocatedMention[] = [];
    let to = trig.start;
    for (let i = settlements.length - 1; i >= 0; i--) {
      const m = settlements[i]!;
      if (m.end > to) continue;
      // "Бересток «перешел под контроль России …»": a quoted predicate of passing under control opens its quote right
      // before the verb, its subject the name before it
      const raw = gapWithout(text, m.end, to, others).replace(
        list.length === 0 && to === trig.start && PASSING_UNDER.test(trig.text) ? /(?<=\s)«$/u : /$^/u,
        ' ',
      );
      // "X, which was home to several hundred people …, was captured": an English passive or linking verb after an aside
      // in commas has the name before the aside for its subject (subject-aside.ts)
      if (list.length === 0 && (passive || linking) && /^\p{Script=Latin}/u.test(trig.text)) {
        const head = subjectBeforeAside(text, sentence.start, settlements, i, trig.start);
        if (head) {
          list.unshift(head);
          break;
        }
      }
      // "near Bakhmut, the eastern city that fell into Russian hands", "Avdiivka, a suburb of Donetsk city that the
      // Kremlin's forces captured": a relative clause on an apposition's noun is about the name before the comma
      if (list.length === 0 && to === trig.start && /^\p{Script=Latin}/u.test(trig.text)) {
        const head = apposedRelativeHead(text, sentence.start, settlements, i, trig.start);
        if (head) {
          relative = true;
          return [head];
        }
      }
      // "the village of X, about 25 km south of Y, had been taken", "X, adjacent to Y, remains in Ukrainian hands": a name
      // inside an aside of place locates the name before the aside, which is the subject of the verb after it
      if (list.length === 0 && i > 0 && PLACE_ASIDE_CLOSE.test(text.slice(m.end, to))) {
        const head = settlements[i - 1]!;
        if (PLACE_ASIDE_OPEN.test(text.slice(head.end, m.start))) {
          list.unshift(head);
          break;
        }
      }
      // "Y – the twin city on either side of the X river – is …": a name in a dashed aside locates the name before it; a
      // dashed list of names is the subject ("… of Z - A, B, and C - are fully in Russian hands")
      const dashed = list.length === 0 ? dashAsideOfName(text, sentence.start, m, to) : undefined;
      if (dashed === 'aside') continue;
      // "amid reports of several other nearby villages being recaptured": a noun of settlement is the passive's own
      // subject, the name before the comma is not
      if (list.length === 0 && OWN_PASSIVE_SUBJECT.test(raw)) break;
      // "Kyiv's General Staff confirmed X was being attacked": a possessive names an owner (a government, its forces),
      // not the subject of the verb
      if (list.length === 0 && /^['’]s\s/u.test(text.slice(m.end, m.end + 3))) break;
      // "X, a village on the southern front line …, had been captured": an apposition set off by commas
      // (set off by dashes as by commas: "X — now held by Russia —")
      const gap =
        list.length === 0
          ? RESUMPTIVE_PRONOUN.test(raw)
            ? ' '
            : (dashed === 'list' ? raw.replace(/\s[–—-]\s/u, ' ') : dashAsideAsCommas(text, raw, m.end, trig.start, sentence.end)).replace(
                APPOSITION,
                ' ',
              )
          : raw;
      // "X, which Russian forces liberated", "X, которое российские войска захватили": the relative clause's object,
      // and no list before it
      if (
        list.length === 0 &&
        ((CLAUSE_BREAK.test(gap) && RELATIVE_GAP.test(gap)) ||
          RUSSIAN_RELATIVE_GAP.test(gap) ||
          THAT_RELATIVE_GAP.test(gap) ||
          EN_RELATIVE_GAP.test(gap))
      ) {
        relative = true;
        return [m];
      }
      // "В X наши закрепились на всех рубежах, которые освободили": a verb inside a Cyrillic relative clause still open at
      // it has the clause's own head for its object (the relative word); a name before that head is not it (a name right
      // before the comma is the head: "Вугледар, яке захопили")
      if (list.length === 0 && !/^\s*,/u.test(gap) && OPEN_CYRILLIC_RELATIVE.test(gap)) break;
      // "Ці населені пункти в окрузі Києва були зачищені": a name after a preposition is no subject of the passive
      // ("У селі X триває контроль з боку Сил оборони": a hold with no object of its own is located by the phrase)
      if (
        list.length === 0 &&
        TAKES_OBJECT.has(trig.action) &&
        !(HOLD_WITHOUT_OBJECT.test(trig.text) && IN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) &&
        GOVERNED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))
      )
        break;
      if (list.length === 0 ? gap.length > opts.maxGap || CLAUSE_BREAK.test(gap) : !listGap(gap)) break;
      list.unshift(m);
      to = m.start;
    }
    return list;
  };
  // ("Kyiv" standing for its government, "the city that Kyiv still controls … has been", is no subject)
  if (linking) return { list: before().filter((m) => !isCapitalMetonym(m)), fallback: false, placeSubject: true };
  // "Donetsk, a Russian-held regional capital": a side-held participle in an apposition describes the name right
  // before the comma, and only it
  // ("X, another city under intense attack": the same for a phrase of assault)
  if (
    ((trig.action === 'controls' && SIDE_HELD.test(trig.text)) || (trig.action === 'fighting' && /^under\s/u.test(trig.text))) &&
    HELD_APPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, trig.start - 40), trig.start))
  ) {
    const m = settlements.filter((s) => s.end <= trig.start).at(-1);
    return { list: m && HELD_APPOSITION_GAP.test(text.slice(m.end, trig.start)) ? [m] : [], fallback: false };
  }
  // "Since the enemy had destroyed almost everything in X, the defence forces have moved to other positions": a move back
  // to other lines (en.ts) names no source of its own; the last settlement its sentence named before it is the one left
  if (trig.action === 'withdrew' && OTHER_LINES_END.test(trig.text)) {
    const m = settlements.filter((s) => s.start >= sentence.start && s.end <= trig.start).at(-1);
    return { list: m ? [m] : [], fallback: false };
  }
  // "Із Суджі українські військові вийшли", "Из Плехово ВСУ отошли к Y": a place put before a verb of leaving with its
  // "з/из" is the place left; a name after the verb is where they went
  if (trig.action === 'withdrew' && !SOURCE_END.test(trig.text)) {
    const fronted = before();
    if (fronted[0] && SOURCE_BEFORE.test(text.slice(Math.max(sentence.start, fronted[0].start - 20), fronted[0].start)))
      return { list: fronted, fallback: false };
    // these verbs take what they leave only with "з/из": without it before or after, no place is left
    if (LEAVE_NEEDS_SOURCE.test(trig.text)) return { list: [], fallback: false };
  }
  // "The capture, if confirmed, would mark a step for Moscow": a noun of taking names its place with "of" (or a
  // possessive before it); without one, what follows is not its object
  if (NOUN_OF_TAKING.test(trig.text) && DETERMINER_END.test(text.slice(Math.max(sentence.start, trig.start - 30), trig.start)))
    if (!/^\s+of(?![\p{L}])/iu.test(text.slice(trig.end, trig.end + 5))) {
      // "Urozhaine's liberation", "Avdiivka's recent capture": a settlement's possessive is the noun's object
      const owner = settlements.find((m) => /^['’]s\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(m.end, trig.start)));
      return { list: owner ? [owner] : [], fallback: false };
    }
  // "в освобождённом селе X", "оккупированной территории": an attributive participle qualifies the noun after it;
  // a place before it is no subject of it
  // (and one it qualifies stands in its own phrase: "оккупированных сел. В частности, … X" does not reach X)
  if (ATTRIBUTIVE_PARTICIPLE.test(trig.text.split(/\s/u)[0]!)) {
    const noun = postposedNoun(text, trig, settlements);
    if (noun) return { list: [noun], fallback: false };
    const list = after();
    return { list: list[0] && /[.,;:!?]/u.test(text.slice(trig.end, list[0].start)) ? [] : list, fallback: false };
  }
  // "раніше звільнені були X, Y", "звільнено село X": a Cyrillic passive with its subject put after it (and a copula
  // between) takes the list after it first
  const inverted =
    passive && /^\p{Script=Cyrillic}/u.test(trig.text) && !REFLEXIVE_RETURN.test(trig.text) && invertedSubject(text, trig, settlements);
  const [first, second] = passive && !inverted ? [before, after] : [after, before];
  const list = first();
  if (list.length) return { list, fallback: false, relative };
  // A capital standing for its government ("Kyiv denied that …") is no object of a verb it is not next to; "возле
  // Киева" is the city.
  const asPlace = (m: LocatedMention): boolean => NEAR_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
  if (TAKES_OBJECT.has(trig.action) && /(?:of|over)$/iu.test(trig.text) && PART_OF_PLACE_AFTER.test(text.slice(trig.end, trig.end + 40)))
    return { list: [], fallback: true };
  // "X, which Kyiv captured in August": an active verb's object found before it in a relative clause is that clause's
  // (the side named before the comma is not its subject)
  const fallbackList = second().filter((m) => !isCapitalMetonym(m) || asPlace(m));
  return { list: fallbackList, fallback: true, relative };
}

/** ", said …", ", according to …": a reporting clause after a verb's phrase, which no object crosses. */
const REPORTING_BREAK = /,\s+(?:said|says|told|added|according\s+to)(?![\p{L}])/iu;
/** ", a signal that ", ", заявив, що ", ", сообщив, что ": a comma, up to three words, and a complementiser at the gap's end. */
const COMPLEMENT_CLAUSE_END = /,\s+(?:[\p{L}-]+,?\s+){0,3}(?:that|що|что)\s+$/iu;
/** "taken full control of the city's eastern sector": the object of control is a part of the place, whose name the
 * sentence gave before; that place did not change hands. */
const PART_OF_PLACE_AFTER = /^\s+the\s+(?:village|town|city|settlement)['’]s\s/u;
/** "у селі X", "в X" (not "на Запоріжжі", the region's colloquial name). */
const IN_BEFORE = /(?<![\p{L}])(?:в|у)\s+(?:\p{Ll}+\s+)?$/u;

const invertedSubject = (text: string, trig: Found, settlements: readonly LocatedMention[]): boolean => {
  const m = settlements.find((s) => s.start >= trig.end);
  return m !== undefined && INVERTED_GAP.test(text.slice(trig.end, m.start));
};

/** "Capturing X would give Moscow …", "analysts say taking X could take months": a bare gerund of taking opening its
 * clause, its object followed by a modal, names a prospect, not an act ("the recapture of X would …" names one done). */
const GERUND_CLAUSE_OPENING = /(?:^|[.;:!?"“(]\s*|,\s+|(?<![\p{L}])(?:that|and|but|as|while|since|because|say|says|said)\s+)$/iu;
const MODAL_NEXT = /^(?:[^,.;:]{0,40}?\s)?(?:would|could|might|may|will|should|can)(?![\p{L}])/iu;
/** An aside in commas right after the object ("Capturing X, which had a pre-war population of …, would be"): the
 * modal after it is still the gerund clause's (subject-aside.ts). */
const ASIDE_AFTER_OBJECT =
  /^,\s+(?!(?:and|or|but|then)\s)[^;:.!?()"“”«»]{2,180}?,(?=\s+(?:would|could|might|may|will|should|can)(?![\p{L}]))/iu;
export function gerundProspect(text: string, sentence: Span, trig: Found, list: readonly LocatedMention[]): boolean {
  const last = list.at(-1);
  if (!last || !/^\p{L}+ing$/u.test(trig.text) || last.start < trig.end) return false;
  if (!GERUND_CLAUSE_OPENING.test(text.slice(Math.max(sentence.start, trig.start - 12), trig.start))) return false;
  return MODAL_NEXT.test(text.slice(last.end, Math.min(sentence.end, last.end + 240)).replace(ASIDE_AFTER_OBJECT, ''));
}
