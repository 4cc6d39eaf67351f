// The words for the sides of the war, in English, Ukrainian and Russian: the one owner of the side lexicon that area
// claims (who holds the ground, claims/sides.ts) and control events (who took a settlement, events/) both read. Each
// side is named by its country and people, its seat of power, its armed forces, and — in each side's own reporting —
// by words for the other's forces; the claims view and the events view are built here from the same parts.
import type { Side } from './schema.ts';

/** A letter or digit may not stand right before a match: JS's \b knows only ASCII letters. */
const L = String.raw`(?<![\p{L}\p{N}])`;
/** ... nor right after a whole word. */
const R = String.raw`(?![\p{L}\p{N}])`;
/** Any inflectional tail. */
const T = String.raw`\p{L}*`;

/** The country, its people and their adjective, in Latin script ("Ukrainian", "Russia's", "North Korean"). */
const LATIN_NAMES: Record<Side, string> = {
  UA: String.raw`ukrain\p{L}*`,
  RU: String.raw`russia\p{L}*`,
  DPRK: String.raw`north\skorea\p{L}*|dprk`,
};

/** The seat of power standing for the side ("Kyiv", "the Kremlin"). */
const SEATS: Record<Side, string> = { UA: 'kyiv|kiev', RU: 'moscow|kremlin', DPRK: 'pyongyang' };

/** Which side an English name of a country, people or seat of power stands for ("Russians", "Ukraine's" stem,
 * "Kremlin", "Kyiv"), for readers that find the word by their own syntax (events/told-withdrawer.ts). */
export function latinSideOf(word: string): Side | null {
  return LATIN_WORDS.find(([re]) => re.test(word))?.[1] ?? null;
}
const LATIN_WORDS: [RegExp, Side][] = (['UA', 'RU', 'DPRK'] as const).map((side) => [
  new RegExp(`^(?:${LATIN_NAMES[side]}|${SEATS[side]})$`, 'iu'),
  side,
]);

/** The seat of power in Ukrainian and Russian, with its adjective ("Києва", "Киева", "киевских властей", "Москвы",
 * "Кремля"): read by the claims only as the agent of a holding construction ("под контролем Киева"), where it can only
 * stand for its side (alone it is as often the city). */
export const CYRILLIC_SEATS: Record<Side, string> = {
  UA: String.raw`київ\p{L}*|києв\p{L}*|киев\p{L}*`,
  RU: String.raw`москв\p{L}*|московськ\p{L}*|московск\p{L}*|кремл\p{L}*`,
  DPRK: String.raw`пхеньян\p{L}*`,
};

/** The country, its people and their adjective, in Ukrainian and Russian ("українських", "россиян", "КНДР"). */
export const CYRILLIC_NAMES: Record<Side, string> = {
  UA: String.raw`україн\p{L}*|украин\p{L}*`,
  RU: String.raw`росі\p{L}*|российск\p{L}*|росси\p{L}*`,
  DPRK: String.raw`північнокоре\p{L}*|північн\p{L}*\sкоре\p{L}*|северокоре\p{L}*|северн\p{L}*\sкоре\p{L}*|кндр`,
};

/** Nouns of soldiers and units ("военнослужащие", "бійці", "подразделения", "силами"): before a name of the side's
 * forces in the genitive, the phrase is the subject ("бойцы группировки «Запад» освободили", "Военнослужащие РФ"). */
export const FORCE_NOUN = String.raw`(?:войск|військ|арми|армі|военн|військов|военнослужащ|військовослужбовц|подразделени|підрозділ|бойц|бійц)\p{L}*`;

/** The forces "of the РФ" as a subject ("Военнослужащие РФ освободили", "війська РФ звільнили"): a force noun before
 * the abbreviation, which JS's ASCII-only \b cannot end. The claims read "РФ" only so: alone it is as often a place
 * ("территории РФ") in a figure's clause, where the events read it as a side (FORCES). */
const RF_FORCES = String.raw`рф\b|(?<!\p{L})(?:вс\sрф|мо\sрф|минобороны|міноборони\sрф|${FORCE_NOUN}\s+рф(?![\p{L}\p{N}]))`;

/** Russia's groupings of forces, by the names its Ministry of Defence gives them ("группировки «Восток»", "Южной
 * группировки войск", "группировок «Запад» и «Север»" with the genitive plural's fleeting vowel); Ukraine's
 * operational groupings ("оперативно-стратегической группировки войск «Хортица»") are not Russia's. The events view
 * reads the subject with quotations blanked, so a grouping with a blank after it had a quoted name. */
const NOT_UKRAINES = String.raw`(?<!оперативно-\p{L}+\s+)`;
const GROUPING = `группирово?к${T}`;
/** A grouping's name in quotation marks ("«Запад»") and the stems of the names by a direction ("Южная"). (claims/
 * side-matches.ts WORDS = 40 counts on the {1,20}: at most twenty words inside the marks; raise WORDS with it.) */
const QUOTED_NAME = `[«"“„][^«»"“”„]{1,20}[»"”]`;
const DIRECTION_STEM = `(?:Южн|Западн|Восточн|Северн|Центральн)`;
const GROUPING_NAME = `\\s+(?:войск${R}|${QUOTED_NAME})`;
const GROUPING_BY_SIDE = `${DIRECTION_STEM}${T}\\s+`;
const RU_GROUPING = `${NOT_UKRAINES}${GROUPING}\\s+(?:войск${R}|${QUOTED_NAME}|\\s{3,})|${GROUPING_BY_SIDE}${GROUPING}`;
/** Russia's groupings in English copy, by their transliterated or translated names ("Battlegroup Vostok", "the Tsentr
 * battlegroup", "Zapad group of forces", "Battle Group Centre", "Battlegroup Dnepr"); a bare "group" is any group, so
 * the English directions (East, Centre …) need the word of a battlegroup or a group of forces beside them. */
// (the MoD's English copy also names them by the adjective, as the Russian "Южная группировка войск": "units of the
// 'Southern' group of troops")
const EN_GROUPING_NAME = String.raw`(?:vostok|zapad|tsentr|sever|yug|dnepr|dnipro|centre|center|east|west|south|north|(?:east|west|south|north)ern|central)`;
// ("military group" and "troop grouping" translate "группировка войск" as "group of forces" does: "units of the 'West'
// military group liberated", "the Eastern military group has seized", "units of the 'North' troop grouping")
const EN_GROUPING_WORD = String.raw`(?:battle[-\s]?groups?|(?:military|troop)\s+group(?:ing)?s?|(?:group(?:ing)?s?|grouping)\s+of\s+(?:forces|troops))`;
const EN_GROUPING = String.raw`${EN_GROUPING_WORD}\s+["“‘']?${EN_GROUPING_NAME}${R}|${EN_GROUPING_NAME}["”’']?\s+${EN_GROUPING_WORD}${R}`;
/** The claims read an English grouping as a subject only: not after a preposition ("in the Vostok battlegroup's
 * zone", "against Battlegroup Centre"). */
const EN_GROUPING_AS_SUBJECT = String.raw`(?<!(?:in|into|at|on|from|against|toward|towards|with)\s+(?:the\s+)?)(?:${EN_GROUPING})`;

/** The claims read a grouping as a side only as a subject: in the nominative ("Группировка «Восток» освободила",
 * "Восточная группировка войск освободила") or after a force noun ("бойцы группировки «Запад»", "силами группировок
 * «Запад» и «Север»", "подразделения Южной группировки"); the genitive alone is as often a place or an object ("в зоне
 * ответственности группировки «Север»", "против группировки"). (Its longest path, about 27 words with QUOTED_NAME's
 * twenty, bounds claims/side-matches.ts WORDS = 40: a longer path here needs a larger WORDS.) */
const RU_GROUPING_AS_SUBJECT = `${NOT_UKRAINES}(?:(?:${FORCE_NOUN}|сил${T})\\s+(?:${GROUPING_BY_SIDE}${GROUPING}|${GROUPING}${GROUPING_NAME})|${DIRECTION_STEM}ая\\s+группировка|группировка${GROUPING_NAME})`;

/** The forces of each side by their own names: abbreviations, branches, Russia's groupings, the defence ministries
 * ("AFU", "ЗСУ", "СОУ" for "Сили оборони України", "ССО", "ДШВ", "ВС РФ", "группировка «Запад»", "Минобороны"). Both views read them: an act's agent
 * (events) and a figure's side (claims, Russia's groupings as a subject only). */
const forceNames = (grouping: string): Record<Side, string> => ({
  UA: `AFU${R}|ZSU${R}|ЗСУ${R}|ВСУ${R}|ВС\\s+Украины|Сил${T}\\s+оборони|Сил${T}\\s+обороны|СОУ${R}|ССО${R}|ДШВ${R}`,
  RU: `ВС\\s+РФ|${grouping}|угрупован${T}\\s+військ\\s+РФ|Минобороны|Міноборони\\s+(?:РФ|Росії)`,
  DPRK: `DPRK${R}|КНДР${R}`,
});
// (the events read the subject with place names blanked: "Battlegroup Dnepr" is read with Dnipro's name blanked)
const FORCE_NAMES = forceNames(`${RU_GROUPING}|${EN_GROUPING}|battle[-\\s]?groups?\\s{3,}`);
const CLAIM_FORCE_NAMES = forceNames(`${RU_GROUPING_AS_SUBJECT}|${EN_GROUPING_AS_SUBJECT}`);

/** The claims view: which side a figure is about (claims/sides.ts). The order matters: North Korea first, since its
 * troops are read as their own side only where asked for. */
export const CLAIM_SIDES: [RegExp, Side][] = (['DPRK', 'UA', 'RU'] as const).map((side) => [
  new RegExp(
    `\\b(${LATIN_NAMES[side]}|${SEATS[side]})|${CYRILLIC_NAMES[side]}|${L}(?:${CLAIM_FORCE_NAMES[side]})${side === 'RU' ? `|${RF_FORCES}` : ''}`,
    'iu',
  ),
  side,
]);

/** A flag names its side by its colours: "синьо-жовтий прапор", "жовто-блакитний стяг", "сине-желтый флаг" (Russia's:
 * "триколор"). */
export const UA_FLAG_COLOUR = `(?:синьо|сине|жовто|желто|блакитно)-(?:жовт|желт|блакитн|синь|син)${T}`;
/** "The Defense Forces pushed back the enemy", "units of the Defence Forces": Ukrainian copy's English for "Сили
 * оборони" (the Cyrillic is one of the names above), also bare; not an air or missile defence, nor another country's. */
const EN_DEFENSE_FORCES = String.raw`(?<!(?:air|missile|israel\p{L}*|russian|russia['’]s|belarus\p{L}*)\s+)defen[cs]e\s+forces${R}`;
/** The words Ukrainian reporting uses for Russia's forces ("окупанти", "рашисти", "загарбників", "агрессора"): a side
 * word of the events and a marker of who is writing. */
export const INVADER_CYR = `окупант${T}|оккупант${T}|рашист${T}|загарбник${T}|захватчик${T}|агрессор${T}`;
/** "ворог", "ворожі", "противника", "враг", "вражеских": the enemy, whoever is writing. */
export const ENEMY_CYR = `ворог${T}|ворож${T}|противник${T}|враг${T}|вражеск${T}`;

/** Besides the names, for the events: "РФ" alone, the flags, and the words each side's reporting uses for the other's
 * forces ("окупанти", "агрессор", "occupying forces", "invaders"; "боевики", "нацбаты", "киевский режим"); the claims
 * read the last only as the subject of a verb of losing (claims/sides.ts, sideOrEnemyBefore). */
const FORCES: Record<Side, string> = {
  UA: `${FORCE_NAMES.UA}|${EN_DEFENSE_FORCES}|${UA_FLAG_COLOUR}|боевик${T}|неонацист${T}|нацбат${T}|киевск${T}\\s+режим${T}`,
  RU: `occupiers?${R}|occupying\\s+(?:forces|troops|army|units)${R}|invaders?${R}|invading\\s+(?:forces|troops|army)${R}|русск${T}|РФ${R}|${FORCE_NAMES.RU}|${INVADER_CYR}|триколор${T}`,
  DPRK: FORCE_NAMES.DPRK,
};

/** The events view: the side named as the subject or agent of an act. Bare seats of power are left out (a capital is
 * a government speaking, "Kyiv denied"), its forces are in ("Kyiv's forces"). "Enemy" words are resolved by the
 * article's perspective (see ENEMY_WORDS). */
export const SIDE_WORDS: Record<Side, RegExp> = Object.fromEntries(
  (['UA', 'RU', 'DPRK'] as const).map((side) => [
    side,
    new RegExp(
      `${L}(?:${LATIN_NAMES[side].replace(String.raw`\s`, String.raw`\s+`)}|(?:${SEATS[side]})['’]s\\s+(?:forces|troops|army)|${side === 'RU' ? 'kremlin\\p{L}*|' : ''}${CYRILLIC_NAMES[side].replaceAll(String.raw`\s`, String.raw`\s+`)}|${FORCES[side]})`,
      'iu',
    ),
  ]),
) as Record<Side, RegExp>;

/** "The enemy", "our troops": who they are depends on who is writing. */
export const ENEMY_WORDS = new RegExp(`${L}(?:the\\s+enemy|${ENEMY_CYR})`, 'iu');
export const OWN_WORDS = new RegExp(
  `${L}(?:our\\s+(?:forces|troops|soldiers|units|defenders)|наш${T}\\s+(?:воїн${T}|військ${T}|захисник${T}|підрозділ${T}|боєць|бійц${T}|бойц${T}|подразделени${T}|военн${T})|захисник${T}|воїн${T})`,
  'iu',
);

/** Markers of who is writing: terms each side's own reporting uses and the other's does not, among them every word
 * FORCES gives for the other side's forces ("агрессор", "захватчик" in Ukrainian reporting's Russian copy: a text
 * quoting "наши защитники остановили атаки агрессора" beside Ukraine's "группировка войск «Восток»" is Ukrainian,
 * events dev ru-29). Ukraine's "оперативно-стратегическая группировка войск" is no Russian marker (ru-103). "ВСУ" is
 * not one: the Russian-language copy of Ukrainian outlets uses it too. The lower-case "рф" is Ukrainian usage. */
export const PERSPECTIVE_MARKERS: Record<'UA' | 'RU', RegExp> = {
  UA: new RegExp(
    `${L}(?:${INVADER_CYR}|ЗСУ${R}|Сил${T}\\s+оборони|Силы\\s+обороны|Генштаб${T}\\s+ЗСУ|наш${T}\\s+захисник${T}|захисник${T}|деокупац${T}|рф${R}|россиян${T}|защитник${T})`,
    'u',
  ),
  RU: new RegExp(
    `${L}(?:боевик${T}|киевск${T}\\s+режим${T}|нацист${T}|неонацист${T}|нацбат${T}|Минобороны\\s+(?:России|РФ)|${NOT_UKRAINES}группировк${T}\\s+войск|спецоперац${T}|СВО${R})`,
    'u',
  ),
};

/** A weaker marker, read only when the markers above are even: "ВСУ" in Russian copy with nothing else to go by is
 * more often Russian reporting. */
export const PERSPECTIVE_TIEBREAK_RU = new RegExp(`${L}ВСУ${R}`, 'u');

/** Who a claimant speaks for: officials and bodies of either side ("Syrskyi", "Генштаб ЗСУ", "Konashenkov",
 * "Минобороны России"). The offices are a closed class; the surnames are those of the posts that report control. */
export const CLAIMANT_SIDE: Record<'UA' | 'RU', RegExp> = {
  UA: new RegExp(
    `${L}(?:ukrain${T}|kyiv${T}|kiev${T}|zelensk${T}|syrsk${T}|AFU${R}|укра[їи]н${T}|київ${T}|киев${T}|зеленск${T}|зеленськ${T}|сирськ${T}|сырск${T}|ЗСУ${R}|ВСУ${R}|Сил${T}\\s+оборони|Сил${T}\\s+обороны|DeepState${R})`,
    'iu',
  ),
  RU: new RegExp(
    `${L}(?:russia${T}|moscow${T}|kremlin${T}|putin${T}|gerasimov${T}|konashenkov${T}|belousov${T}|shoigu${T}|peskov${T}|рос(?:ій|сий|і[яїює]|си[яиюе])${T}|РФ${R}|москв${T}|кремл${T}|путин${T}|путін${T}|герасимов${T}|конашенков${T}|белоусов${T}|білоусов${T}|шойгу${R}|песков${T}|Минобороны${R}|группировк${T}\\s+войск)`,
    'iu',
  ),
};
