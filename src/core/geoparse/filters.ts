// Precision: reasons a spotted name is not a place here. Each rule is general (titles, given names, organisation
// heads, demonyms, products, sentence-initial common words); none lists the words of a particular article.
import { isDistrictSettlement, type IndexedEntry } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { isAllCaps, isCapitalized, type Token } from '../text/tokens.ts';
import {
  CALENDAR,
  COMMON_CAPITALISED,
  EQUIPMENT_NOUNS,
  WEAPON_CLASS_ABBREVIATIONS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  SPEECH_VERBS,
} from './lexicon.ts';
import type { People } from './people.ts';
import { isRegionAdjectiveForm } from './region-adjective.ts';
import { isNounHeadedCompound } from './noun-headed-compound.ts';
import { declines } from './name-forms.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { WAR_COUNTRIES } from './war-countries.ts';
import { UNIT_QUALIFIER, type Spot } from './spot.ts';
import { ADMIN_NOUN, LATIN_ADMIN_STEMS } from './admin-nouns.ts';
import { ruToUk, ukToRu } from '../text/cross-spelling.ts';
import { isWaterBodyName } from './water-body.ts';
import { riverNameStart } from './river-names.ts';

/** The first word of an army's name in Ukrainian or Russian ("Сили оборони", "Збройні сили", "Вооружённые силы", "ЗСУ",
 * "ВСУ"): no given name, so a fronted source before it stays a place ("З Покровська ЗСУ відійшли"). */
const ARMED_FORCES_START = /^(?:сил[иы]|збройн\p{L}*|вооруж[её]нн\p{L}*|зсу|всу)$/iu;
/** The prepositions of a source ("з", "із", "зі", "из", "от", "від"): a place after one, before an army's name, is the
 * place that army left or came from. */
const SOURCE_PREPOSITION = /^(?:з|із|зі|из|изо|от|від)$/iu;
/** A body's whole one-word name ("Минобороны", "Міноборони", "Генштаб"): no place starts it and no given name precedes
 * it, so a place before it is the sentence's fronted topic ("Об освобождении Курахово Минобороны России сообщило"). */
const BODY_NAME = /^(?:минобороны|міноборони|генштаб\p{L}*)$/iu;

export interface FilterContext {
  text: string;
  tokens: readonly Token[];
  people: People;
  /** Whether a lower-case word occurs uncapitalised somewhere in the article ("security" makes "Security" a common
   * word). */
  usedLowercase: (word: string) => boolean;
  /** Token indices that begin a sentence or a line. */
  sentenceStarts: ReadonlySet<number>;
  /** Token indices where a spotted name begins ("Russia Ukraine" are two places, not a person). */
  spotStarts: ReadonlySet<number>;
  /** Token indices where a spotted name ends (its last token): a place before a place is no longer name. */
  spotLasts?: ReadonlySet<number>;
  /** Token indices on title-case lines (headlines: "Russia Gains Ground in Kursk Region"), where capitals say nothing. */
  titleCase: ReadonlySet<number>;
  /** Names of the theatre's capitals and countries that stop-word lists happen to hold ("Москва", "Россия"). */
  stopwordPlaces?: ReadonlySet<string>;
  /** Country codes of the countries the article names outright. */
  namedCountries?: ReadonlySet<string>;
  /** Token indices of adjectives read with a head noun an earlier clause gave (spot.ts elidedHeadItems). */
  elidedHeads?: ReadonlySet<number>;
  /** First tokens of oblast adjectives that are names of their own (adjective-name.ts): no adjective of a longer name. */
  namesByForm?: ReadonlySet<number>;
  /** Start offsets of the districts and hromadas read by their centre's adjective (district-centre.ts). */
  byCentre?: ReadonlySet<number>;
}

/** A media word before a quoted or capitalised name makes it an outlet or channel: Telegram channel «Курск Типичный». */
const MEDIA_WORD =
  /^(каналу?|телеграм-канал\S*|telegram-канал\S*|паблик\S*|издани\S*|видання|газет\S*|сайт\S*|агентств\S*|channel|outlet|newspaper|site|website|publication|account|blog|blogger|tabloid)$/i;

/** A well-attested reading: curated, a country or region, a capital, or a city of 100,000 or more. */
export function isStrong(e: IndexedEntry): boolean {
  if (isDistrictSettlement(e)) return false; // a village known only with its district is as weak as any village
  return e.layer !== 'city' || (e.population ?? 0) >= 100_000 || e.note === 'national capital';
}

/** A settlement noun in any case (Russian, Ukrainian, English) before a name: the name is a settlement's. */
export const SETTLEMENT_NOUN =
  /^(сел[оаеиуі]|селом|селищ[еаіу]|селищем|поселк[аеу]|посёлк[аеу]|поселок|посёлок|деревн[яеиюі]|хутор[аеу]?|смт|пгт|village|town|hamlet)$/iu;

/** Russian and Ukrainian nouns of military units and groupings, in any case, and their abbreviations (ОТУ, ОТГ, ОСУВ). */
const CYRILLIC_UNIT_NOUN =
  /^(бригад[аиіуоюе]\p{L}*|батальйон\p{L}*|батальон\p{L}*|полк[аиуомі]?|угрупован\p{L}*|угрупуван\p{L}*|группировк\p{L}*|загін|загон\p{L}*|отряд\p{L}*|дивізі\p{L}*|дивизи\p{L}*|корпус\p{L}*|ОТУ|ОТГ|ОСУВ)$/iu;
/** An English unit's head after its name, in lower case: "the Khortytsia group of forces", "Khortytsia operational and
 * strategic group", "Khortytsya operational-strategic grouping", "Khortytsia military unit", "Khortytsia OSGT". */
const EN_UNIT_AFTER =
  /^\s+(?:(?:(?:operational|strategic|tactical|military|army)(?:\s+and\s+|[\s-]+))+(?:troops?\s+)?(?:group(?:ing)?|unit|task\s+force)\b|group(?:ing)?\s+of\s+(?:forces|troops)\b|grouping\b|(?:OSGT|OSG|OTG|OSUV)\b)/u;
/** The same head before the name: "the operational-tactical group Khortytsia"; "Battlegroup Dnepr", the one-word
 * English of a Russian группировка войск (named by a river here, by a bearing mostly: Battlegroup Tsentr). */
const EN_UNIT_BEFORE =
  /\b(?:(?:operational|strategic|tactical)(?:[\s-]+(?:and\s+)?(?:strategic|tactical))?[\s-]+group(?:ing)?(?:\s+of\s+(?:forces|troops))?|battle[\s-]?group)\s+$/iu;

/** Nouns of a front axis or sector, any case (Ukrainian, Russian). */
const AXIS_NOUN = /^(напрям\p{L}*|направлени\p{L}*|ділянк\p{L}*|ділянц\p{L}*|участк\p{L}*|участок)$/iu;
/** Whether the axis noun follows the adjective, past a bracketed aside and other adjectives of the same noun with
 * the same ending: "на Купянском (21 атака) и Лиманском (17) направлениях", "на Купянском и Лиманском направлениях". */
function axisFollows(spot: Spot, text: string): boolean {
  const ending = spot.text.slice(-2).toLowerCase();
  let rest = text.slice(spot.end, spot.end + 200);
  for (let items = 0; items < 4; items++) {
    rest = rest.replace(/^\s*\([^()\n]{0,80}\)/u, '');
    const noun = /^\s+(\p{L}+)/u.exec(rest);
    if (noun && AXIS_NOUN.test(noun[1]!)) return true;
    const other = /^(?:\s*,|\s+(?:и|і|й|та|или|або))\s+(\p{Lu}\p{Ll}+)/u.exec(rest);
    if (!other || !other[1]!.toLowerCase().endsWith(ending)) return false;
    rest = rest.slice(other[0].length);
  }
  return false;
}
/** Adjective endings (Russian and Ukrainian) with the endings a noun takes in the same case, gender and number:
 * Великой Новоселки, Велику Новосілку, Красного Лимана. A capitalised word whose ending does not agree with the
 * name's (a noun, a surname, a unit's name) is no adjective of it. '' is a consonant ending (Красный Лиман). */
const AGREEMENT: readonly [RegExp, RegExp][] = [
  [/(?:ая|яя)$/, /[ая]$/],
  [/(?:ой|ей)$/, /(?:[иыея]|ой|ей|ою|ею)$/], // feminine oblique (and the masculine nominative -ой)
  [/(?:ую|юю)$/, /[ую]$/],
  [/(?:ый|ий|ой|ій)$/, /[^аеёиоуыэюяіїєь]$|[ьй]$/],
  [/(?:ое|ее|е|є)$/, /[оеє]$/],
  [/(?:ого|его)$/, /[аяу]$/],
  [/(?:ому|ему)$/, /(?:[уюі]|ові|еві)$/],
  [/(?:ым|им|ом|ем|ім)$/, /(?:ом|ем|ём|єм|е|і|ах|ях)$/],
  [/(?:ые|ие|і)$/, /[ыиіа]$/],
  [/(?:ых|их)$/, /(?:ов|ев|ей|[^аеёиоуыэюяіїєь])$/],
  [/(?:ыми|ими)$/, /(?:ами|ями)$/],
  [/[^аеёиоуыэюяіїєь][ая]$/, /[ая]$/], // Ukrainian feminine nominative: Велика Новосілка
  [/ої$/, /[иіої]$/],
  [/[^аеёиоуыэюяіїєь]у$/, /[ую]$/],
  [/(?:ою|ею)$/, /(?:ою|ею|єю)$/],
];
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
export function agreesAsAdjective(adjective: string, name: string): boolean {
  if (!CAPITALISED_WORD.test(adjective)) return false;
  const a = adjective.toLowerCase();
  const n = name.toLowerCase();
  return AGREEMENT.some(([adj, noun]) => adj.test(a) && noun.test(n));
}
const QUOTE_OPEN = /["“‘'«„‚]\s*$/;

/** The noun that makes an outlet of the name before it, in any case: "Вільне радіо", "Вольное Радио", "Слобожанське
 * ТБ", "Степове медіа" are newsrooms named like villages. (Capitalised English ones, "Radio", "TV", are organisation
 * heads, lexicon.ts; lower-case English "radio" after a place is that place's radio.) */
const MEDIA_NOUN = /^(радіо|радио|медіа|медиа|тб|тв|TV|FM)$/iu;

/** Whether the token at `k` is a media noun one space after the name that ends before it. */
export function beforeMediaNoun(text: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || k === 0 || !MEDIA_NOUN.test(next.text)) return false;
  if (!hasCyrillic(next.text) && next.text !== next.text.toUpperCase()) return false;
  const gap = text.slice(tokens[k - 1]!.end, next.start);
  return gap === ' ' || gap === '\u00a0';
}
const MONTH_GENITIVES = new Set(
  `січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
  января февраля марта апреля мая июня июля августа сентября октября ноября декабря`.split(/\s+/),
);
const NAMING_WORDS = new Set(['called', 'named', 'dubbed', 'codenamed', 'as', 'known']);

export function rejectionReason(spot: Spot, ctx: FilterContext): string | null {
  const { text, tokens, people } = ctx;
  const word = spot.text.toLowerCase();
  const prev = tokens[spot.first - 1];
  const next = tokens[spot.last];
  const gapBefore = prev ? text.slice(prev.end, spot.start) : '\n';
  const gapAfter = next ? text.slice(spot.end, next.start) : '\n';
  const strong = spot.entries.some(isStrong);

  if (CALENDAR.has(word)) return 'a month or weekday';
  // "10 Лютого 2026": a date's month, in the genitive Ukrainian and Russian dates take, though a village's genitive may
  // be spelt the same (Люте, Лютого): only right after a day's number.
  if (MONTH_GENITIVES.has(word) && prev && /^\d{1,2}$/.test(prev.text) && /^[ \u00a0]$/.test(gapBefore)) return "a date's month";
  // "Def Mon" (a defence ministry), "Ain", "Var": a name of three letters or fewer whose only readings lie outside the
  // war's two countries, in countries the article does not name, is an abbreviation or a word, not a distant place.
  // Written in capitals it is one all the more in Cyrillic copy, which spells distant places in lower case ("ГУР" is
  // the intelligence directorate, not Ghōr, Afghanistan); Latin capitals are left as they were.
  if (
    spot.text.length <= 3 &&
    (!isAllCaps(spot.text) || hasCyrillic(spot.text)) &&
    spot.entries.every((e) => e.kind !== 'country' && e.country !== 'UA' && e.country !== 'RU' && !ctx.namedCountries?.has(e.country))
  )
    return 'a short name whose only readings lie in distant countries the article does not name';
  if (COMMON_CAPITALISED.has(word)) return 'a common English word';
  // "річку Сіверський Донець": the head may govern an adjective that starts the river's name before the spot.
  const nameFirst = prev && gapBefore === ' ' && agreesAsAdjective(prev.text, tokens[spot.first]!.text) ? spot.first - 1 : spot.first;
  if (isWaterBodyName(text, tokens, nameFirst, spot.last)) return "a water body's name (river, canal, reservoir, lake)";
  // "the Siverskyi Donets", "Південного Бугу": a multiword river name of the theatre, unless a settlement noun names
  // a village so called ("село Сіверський Донець").
  const river = riverNameStart(text, tokens, spot.first, spot.last);
  if (river >= 0 && !afterSettlementWord(ctx, river)) return "a river's multiword name (Natural Earth)";
  // "Region head Vyacheslav Gladkov": an administrative noun alone names no place, though a source lists it as one's
  // alias (Natural Earth's "Region" for Callao).
  if (spot.last - spot.first === 1 && (LATIN_ADMIN_STEMS as readonly string[]).includes(word)) return 'an administrative noun alone';
  // A settlement word before the name, or before the list it is in, says place: "село Правда", "сёла Мир и Правда".
  const settlementNamed = afterSettlementWord(ctx, spot.first);
  if (
    spot.last - spot.first === 1 &&
    STOPWORDS.has(normalizeName(word)) &&
    !isAllCaps(spot.text) &&
    !ctx.stopwordPlaces?.has(normalizeName(word)) &&
    (ctx.sentenceStarts.has(spot.first) || !strong) &&
    !settlementNamed
  )
    return 'a function word (stopwords-iso)';
  if (prev && MEDIA_WORD.test(prev.text) && /^\s*["“«']?\s*$/u.test(gapBefore)) return 'name of an outlet or channel';
  // A media noun after a number is a channel's name ("24 Канал", "5 канал", "Channel 4" reads the other way round).
  if (prev && /^\d+$/u.test(prev.text) && gapBefore === ' ' && MEDIA_WORD.test(spot.text)) return 'name of an outlet or channel';
  // "шахта имени Артёма", "завод імені Малишева": after "named after" comes the person (a namesake place is rare there).
  if (prev && NAMED_AFTER.test(prev.text) && /^\s+$/u.test(gapBefore)) return 'the person something is named after';
  if (QUOTE_OPEN.test(gapBefore) && quotedTitle(text, spot.end)) return 'inside a quoted name (outlet, forum, unit)';
  // A two-word quoted title that ends in the name: «Новин Донбасу», «Це Запоріжжя», "Голос Крыма" (an outlet or
  // channel; a quoted sentence has more words).
  if (prev && gapBefore === ' ' && isCapitalized(prev.text) && /[«„“"]/u.test(text.charAt(prev.start - 1)) && /^[»”"]/u.test(gapAfter))
    return 'inside a quoted name (outlet, forum, unit)';
  // Russian and Ukrainian capitalise only a proper name's first word ("Сумські новини", "Курская битва"): an oblast's
  // adjective capitalised inside a sentence starts such a name, unless a list of adjectives ends in their head noun or
  // the name is the oblast's own body ("Сумской ОВА", "Сумської обласної військової адміністрації"): that names the
  // region as "the Kursk governor" does.
  if (
    adjectiveOnly(spot) &&
    isCapitalized(spot.text) &&
    !ctx.sentenceStarts.has(spot.first) &&
    !beforeAdminHead(ctx, spot.last) &&
    !beforeOblastBody(next) &&
    !ctx.elidedHeads?.has(spot.first)
  )
    return 'an oblast adjective starting a proper name';
  if (QUOTE_OPEN.test(gapBefore) && inMediaQuote(text, tokens, spot.first)) return 'name of an outlet or channel';
  if (beforeMediaNoun(text, tokens, spot.last)) return 'name of an outlet or channel';
  const complement = titleComplement(spot);
  if (!complement) for (let i = spot.first; i < spot.last; i++) if (people.tokens.has(i)) return "part of a person's name";
  if (people.surnames.has(word.replace(/['’]s$/, '')) && !strong) return 'surname of a person named in the article';

  // Inside a longer capitalised name: "Carnegie Russia Eurasia Center", "The New York Times", "Storm Corps".
  // A possessive owner stays a place: "South Korea's National Intelligence Service".
  const possessive = /^['’]s\b/.test(text.slice(spot.end, spot.end + 3));
  let j = spot.last;
  while (
    !possessive &&
    j < tokens.length &&
    j < spot.last + 5 &&
    isCapitalized(tokens[j]!.text) &&
    /^ $/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))
  ) {
    if (ORGANISATION_HEADS.has(tokens[j]!.text.toLowerCase())) return 'part of an organisation name';
    j++;
  }
  // On a title-case line capitals say nothing: there a neighbour counts as a name only if the article never writes it
  // in lower case ("Russia Retakes Two Kursk Villages" when the text speaks of "two villages").
  const properWord = (t: Token): boolean =>
    isCapitalized(t.text) &&
    (!ctx.titleCase.has(spot.first) || (!ctx.usedLowercase(t.text.toLowerCase()) && !STOPWORDS.has(normalizeName(t.text))));
  if (
    prev &&
    gapBefore === ' ' &&
    properWord(prev) &&
    (!ctx.titleCase.has(spot.first) || properWord(tokens[spot.last] ?? prev)) &&
    !/['’]s$/.test(prev.text) &&
    !ctx.sentenceStarts.has(spot.first - 1) &&
    !COMMON_CAPITALISED.has(prev.text.toLowerCase()) &&
    !CALENDAR.has(prev.text.toLowerCase()) &&
    !ctx.spotLasts?.has(spot.first - 1) && // "у Гуєві Суджанського району Курської області": places in a row
    !(next && PLACE_HEADS.has(next.text.toLowerCase())) && // "Acting Kursk Governor Alexei Smirnov": the place's own head
    !(spot.last - spot.first > 1 && ADMIN_NOUN.test(tokens[spot.last - 1]!.text)) && // "Новгородское Бахмутского района": a district in the genitive after a name
    j > spot.last
  )
    return 'inside a longer proper name';

  // "Paris Hilton", "Chelsea Manning": a place name followed by another capitalised name is a person's given name.
  if (
    !possessive &&
    !complement &&
    next &&
    gapAfter === ' ' &&
    isCapitalized(next.text) &&
    // "по Харківщині КАБи": an acronym is no given name; but an adjective before one names it ("Курское ТВ").
    !(isAbbreviation(next.text) && !isRegionAdjectiveForm(spot.text)) &&
    !ctx.titleCase.has(spot.first) &&
    isCapitalized(tokens[spot.last - 1]!.text) && // "голова Великописарівської громади Людмила …": the name ended
    !ADMIN_NOUN.test(tokens[spot.last + 1]?.text ?? '') &&
    !ctx.spotStarts.has(spot.last) &&
    !PLACE_HEADS.has(next.text.toLowerCase()) &&
    !PERSON_TITLES.has(next.text.toLowerCase()) &&
    !CALENDAR.has(next.text.toLowerCase()) &&
    // "З Покровська ЗСУ відійшли", "Из X Силы обороны отошли": the subject after a fronted source
    !(ARMED_FORCES_START.test(next.text) && prev !== undefined && SOURCE_PREPOSITION.test(prev.text)) &&
    !(BODY_NAME.test(next.text) && !adjectiveOnly(spot)) &&
    !ctx.sentenceStarts.has(spot.last) && // the next word starts a sentence (a headline run into the text)
    !settlementNamed // "в селе Волфино ВСУ обстреляли": a settlement word says place, not person
  )
    return 'followed by another capitalised name: a person or organisation';

  // A front axis named by a town's adjective: "на Покровському напрямку", "на Кураховском участке". The adjective's
  // form also declines a village's name (Покровське); before an axis noun it is the axis, which has no point. (An axis
  // named by an oblast, "на курском направлении", keeps its oblast reading.)
  if (
    hasCyrillic(spot.text) &&
    spot.last - spot.first === 1 &&
    axisFollows(spot, ctx.text) &&
    spot.entries.every((e) => e.kind === 'village' || e.kind === 'town' || e.kind === 'city')
  )
    return 'a front axis named by its adjective, not a place';
  // A unit named after a place, without quotes: "бригада Холодний Яр", "ОТУ Луганськ". The place's own nominative right
  // after a unit noun is the unit's name; a place the unit is at or from stands in a case form or after a preposition.
  if (prev && gapBefore === ' ' && CYRILLIC_UNIT_NOUN.test(prev.text) && hasCyrillic(spot.text) && isNominative(spot))
    return 'name of a military unit';
  // An English unit named after a place, its head in lower case ("the Khortytsia group of forces", "operational-tactical
  // group Khortytsia"): a place the unit is at stands after a preposition, or before a comma.
  if (
    !hasCyrillic(spot.text) &&
    (EN_UNIT_AFTER.test(text.slice(spot.end, spot.end + 60)) || EN_UNIT_BEFORE.test(text.slice(Math.max(0, spot.start - 60), spot.start)))
  )
    return 'name of a military unit';
  // A grouping's or unit's name in quotes: группировки войск „Центр“, угруповання військ «Хортиця», бригада «Азов».
  if (prev && QUOTE_OPEN.test(gapBefore) && (CYRILLIC_UNIT_NOUN.test(prev.text) || /^(войск|військ)/iu.test(prev.text)))
    return 'name of a military unit';
  // ... or before its noun: "Підрозділами "Південного" угруповання військ", «Северной» группировки.
  if (next && QUOTE_OPEN.test(gapBefore) && /^\s*["»”“']\s+$/u.test(gapAfter) && CYRILLIC_UNIT_NOUN.test(next.text))
    return 'name of a military unit';
  // A nickname in quotes after a unit or a naming word: Brigade “Magura”, known as "Storm".
  if (QUOTE_OPEN.test(gapBefore) && prev && (ORGANISATION_HEADS.has(prev.text.toLowerCase()) || NAMING_WORDS.has(prev.text.toLowerCase())))
    return 'name of a unit or operation';

  // "Lincoln infantry fighting vehicles", "Bradley IFVs": towns lend their names to equipment.
  if (spot.entries.every((e) => e.layer === 'city') && next && gapAfter === ' ' && EQUIPMENT_NOUNS.has(next.text.toLowerCase()))
    return 'a product or weapon model';
  // "MLRS Grad", "ATGM Kornet": a model's name after its weapon class's abbreviation.
  if (prev && gapBefore === ' ' && WEAPON_CLASS_ABBREVIATIONS.has(prev.text.toLowerCase()) && isAllCaps(prev.text))
    return 'a product or weapon model';
  if (!strong) {
    if (next && gapAfter === ' ' && SPEECH_VERBS.has(next.text.toLowerCase())) return 'a speaker, not a place';
    if (ctx.sentenceStarts.has(spot.first) && ctx.usedLowercase(word)) return 'a common word at the start of a sentence';
  }
  if (hasCyrillic(spot.text) && spot.last - spot.first === 1) {
    const reason = cyrillicCommonWord(spot, ctx, strong);
    if (reason) return reason;
  }
  return null;
}

/** Plural settlement words that open a list of names. */
const SETTLEMENT_LIST_NOUN =
  /^(сел[аоы]|сёла|селища|посел(ки|ков|ках)|посёлки|деревни|хутора|пункт(ы|и|ов|ів)|villages|settlements|hamlets)$/iu;
const LIST_JOINT = /^(\s*,\s*|\s+(и|і|й|та|and)\s+|\s*,\s*(и|і|та|and)\s+)$/iu;

/** Whether a settlement word stands right before token `first`, or before the list of capitalised names it ends. */
function afterSettlementWord(ctx: FilterContext, first: number): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (/^\s+$/u.test(text.slice(prev.end, tokens[first]!.start)) && SETTLEMENT_NOUN.test(prev.text)) return true;
  // Walk back over "X, Y и" to the word that opens the list.
  let k = first;
  for (let steps = 0; steps < 12 && k > 0; steps++) {
    const before = tokens[k - 1]!;
    const gap = text.slice(before.end, tokens[k]!.start);
    if (/^\s+$/u.test(gap) && (SETTLEMENT_LIST_NOUN.test(before.text) || SETTLEMENT_NOUN.test(before.text))) return k < first;
    if (/^(и|і|й|та|and)$/iu.test(before.text) && /^\s+$/u.test(gap)) {
      k--;
      continue;
    }
    if (!isCapitalized(before.text) || !(LIST_JOINT.test(gap) || /^\s+$/u.test(gap))) return false;
    k--;
  }
  return false;
}

/** Cyrillic words that spell a place's name or one of its case forms but are read as common words (a sentence's
 * first word carries no evidence in its capital):
 * - a word of three letters or fewer at the start of a sentence naming a minor place: short words are mostly
 *   function words ("Тим часом", "Так"), and the stop-word lists are short;
 * - a sentence's first word whose every reading is a minor place or a region abroad, in a country the article never
 *   names ("Мета операції": a Colombian department);
 * - an oblique case of a settlement's name that has an adjective's shape, with no preposition governing it: the
 *   adjective of a proper name ("Українська правда", "Українські військові"), not the place (Українськ). */
function cyrillicCommonWord(spot: Spot, ctx: FilterContext, strong: boolean): string | null {
  const start = ctx.sentenceStarts.has(spot.first);
  if (start && !strong && spot.text.length <= 3) return 'a short common word at the start of a sentence';
  if (start && !strong && adjectiveOfSettlementNoun(spot, ctx))
    return 'an adjective at the start of a sentence agreeing with the settlement noun after it ("Українське село")';
  if (
    start &&
    spot.entries.every(
      (e) => e.kind !== 'country' && !declines(e) && !ctx.namedCountries?.has(e.country) && (e.kind === 'region' || !isStrong(e)),
    )
  )
    return 'a common word at the start of a sentence (its only readings lie in countries the article does not name)';
  // Russian and Ukrainian capitalise only a proper name's first word, and GeoNames gives some regions abroad Cyrillic
  // aliases that are common nouns ("Центр" for North Macedonia's Centar): a capitalised word inside a sentence whose
  // every reading is such a region, in a country the article never names, starts an institution's name ("пошкоджений
  // Центр первинної медико-санітарної допомоги", "передає Центр журналістських розслідувань").
  if (!start && spot.entries.every((e) => e.kind === 'region' && !WAR_COUNTRIES.includes(e.country) && !ctx.namedCountries?.has(e.country)))
    return 'the first word of a proper name (its only readings are regions in countries the article does not name)';
  if (
    isRegionAdjectiveForm(spot.text) &&
    // "жителей Каменки-Днепровской": only the last part has an adjective's ending; the declined head noun makes the
    // word the name's own case form.
    !isNounHeadedCompound(spot.text) &&
    spot.entries.every((e) => e.kind === 'village' || e.kind === 'town' || e.kind === 'city') &&
    !ctx.namesByForm?.has(spot.first) &&
    // "Марганецьку та Покровську громади": a listed adjective that shares the district noun after the list is the
    // hromada (district-centre.ts), not the start of a proper name, though another adjective follows its conjunction.
    !ctx.byCentre?.has(spot.start) &&
    !isNominative(spot) &&
    !crossNominativeBeforeOther(spot, ctx) &&
    !governed(ctx.tokens[spot.first - 1]) &&
    modifiesNextWord(spot, ctx)
  )
    return "an adjective starting a proper name, not a case form of the place's name";
  return null;
}

/** Lower-case common nouns of settlement in the nominative, each with the adjective endings that agree with it (Ukrainian
 * and Russian): neuter, masculine, feminine, plural. */
const SETTLEMENT_NOUN_AGREEMENT: readonly [RegExp, RegExp][] = [
  [/^(село|селище|місто|город|селение|поселение|містечко|местечко)$/u, /(?:[^аеёиоуыэюяіїєь]е|є|ое|ее)$/u],
  [/^(город|посёлок|поселок|хутір|хутор|райцентр)$/u, /(?:ий|ій|їй|ый|ой)$/u],
  [/^(деревня|станиця|станица|слобода)$/u, /(?:[^аеёиоуыэюяіїєь][ая]|ая|яя)$/u],
  [/^(села|сёла|міста|селища|города|деревни|хутори|хутора|посёлки|поселки|станиці|станицы)$/u, /(?:[^аеёиоуыэюяіїєь][іи]|ї|ые|ие)$/u],
];

/** "Українське село живе …", "Русское село": a sentence's first word followed, one space on, by a lower-case settlement
 * noun it agrees with as an adjective qualifies that noun; a village's name stands after the noun ("село Українське"). */
function adjectiveOfSettlementNoun(spot: Spot, ctx: FilterContext): boolean {
  if (spot.last - spot.first !== 1) return false;
  const next = ctx.tokens[spot.last];
  if (next === undefined || !/^[ \u00a0]$/u.test(ctx.text.slice(spot.end, next.start))) return false;
  const word = spot.text.toLowerCase();
  return SETTLEMENT_NOUN_AGREEMENT.some(([noun, ending]) => noun.test(next.text) && ending.test(word));
}

/** An adjective stands before the noun it qualifies ("Українська правда"); a word followed by a comma, a full stop or
 * the end of the text is not one ("в районі Покровська, на іншому напрямку" is the town's genitive), nor one followed
 * by a preposition or a form of быть/бути ("городом Дзержинском было освобождено": a noun's instrumental). */
function modifiesNextWord(spot: Spot, ctx: FilterContext): boolean {
  const next = ctx.tokens[spot.last];
  if (next === undefined || !/^\s+$/u.test(ctx.text.slice(spot.end, next.start))) return false;
  if (NOT_AFTER_ADJECTIVE.test(next.text) || COLLECTIVE_NUMERAL.test(next.text)) return false;
  // "Гуляйпільському й Малим Щербакам": a conjunction joins two adjectives of one noun only when another adjective of
  // the same shape follows it ("Запорізькому та Херсонському напрямках"); before a capitalised word of another shape
  // the name stands alone, as adjective-name.ts already reads an oblast adjective before a conjunction.
  if (CONJUNCTION_AFTER_ADJECTIVE.test(next.text)) {
    const after = ctx.tokens[spot.last + 1];
    if (after !== undefined && isCapitalized(after.text) && !isRegionAdjectiveForm(after.text)) return false;
    // ... and before an adjective-shaped name that ends the clause: no noun follows for the two to share
    // ("по території Приморського та Лук’янівського."), so both are names.
    if (after !== undefined && isCapitalized(after.text) && endsClause(ctx, spot.last + 1)) return false;
    // The same before a lower-case word with no adjective's ending, which cannot share a noun with the name: a
    // preposition, a noun or an adverb ("Приморського та у районі Степового", "Степногірська та села Плавні",
    // "Каменскому и еще десяти"). A lower-case adjective ("Покровському та інших напрямках") keeps the adjective reading.
    if (after !== undefined && !isCapitalized(after.text) && /^\p{L}+$/u.test(after.text) && !ADJECTIVE_ENDING.test(after.text))
      return false;
  }
  // "Урожайному і Старомайорському Донецької області": before a capitalised adjective in another case the name
  // cannot be its first adjective (two adjectives of one noun share their case ending), so it stands alone.
  if (isCapitalized(next.text) && isRegionAdjectiveForm(next.text) && caseEnding(spot.text) !== caseEnding(next.text)) return false;
  return true;
}
/** Whether token `k` is the last word before punctuation or the end of the text. */
function endsClause(ctx: FilterContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const next = ctx.tokens[k + 1];
  return next === undefined || /^\s*[.,;:!?)»”"]/u.test(ctx.text.slice(t.end, next.start + 1));
}
/** An adjective's case ending with hard and soft spellings merged (-ому/-ьому, -ой/-ей, -ая/-яя, -ый/-ий). */
const caseEnding = (word: string): string =>
  word
    .toLowerCase()
    .replace(/ь/gu, '')
    .replace(/ы/gu, 'и')
    .replace(/я/gu, 'а')
    .replace(/ю/gu, 'у')
    .replace(/е(й|м|го|му)$/u, 'о$1')
    .slice(-2);
const CONJUNCTION_AFTER_ADJECTIVE = /^(и|і|й|та)$/u;
/** The case endings of a Russian or Ukrainian adjective (and of the pronouns declined like one: інших, других, всі). */
const ADJECTIVE_ENDING = /(ий|ій|їй|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ою|ею|ої|ьої|их|ых|іх|ими|ыми|іми|ім|им|ым|ую|юю|ей|і)$/u;
/** Collective numerals ("обстрілів Степногірська троє рятувальників"): the subject's count, never a noun an adjective
 * before it modifies, so the word before is the place's genitive. */
const COLLECTIVE_NUMERAL = /^(обоє|обое|двоє|двое|троє|трое|\p{Ll}{3,}еро)$/u;
/** "имени", "імені": the genitive of a namesake follows. */
const NAMED_AFTER = /^(имени|імені)$/iu;
/** Words that never follow an adjective inside its noun phrase: prepositions and the past and future forms of быть/бути. */
const NOT_AFTER_ADJECTIVE =
  /^(в|во|на|с|со|к|ко|от|до|из|у|за|по|под|над|при|о|об|про|через|для|без|з|із|зі|від|біля|было|был|была|были|будет|був|була|було|були|буде)$/u;

/** Whether the spot is written as one of its readings' own names (a nominative), not as a case form of one. */
function isNominative(spot: Spot): boolean {
  const n = normalizeName(spot.text);
  return spot.entries.some((e) => [e.name, ...e.aliases].some((a) => normalizeName(a) === n));
}

/** The other language's spelling of one of the readings' nominatives ("Торское" for Торське, "Веребське" for
 * Веребское) before a word it does not agree with ("Торское Донецкой области"): the name, not an adjective of the
 * next word. (Before a word it agrees with, "Покровское направление", it stays an adjective.) */
function crossNominativeBeforeOther(spot: Spot, ctx: FilterContext): boolean {
  const next = ctx.tokens[spot.last];
  if (next === undefined || agreesAsAdjective(spot.text, next.text)) return false;
  const forms = new Set([...ruToUk(spot.text), ...ukToRu(spot.text)].map(normalizeName));
  if (spot.entries.some((e) => [e.name, ...e.aliases].some((a) => forms.has(normalizeName(a))))) return true;
  // The other way round where only the Ukrainian name derives the Russian one ("Запорожское" ← Запорізьке: the
  // Russian -ож- is not read back from the Ukrainian -із-).
  const own = normalizeName(spot.text);
  return spot.entries.some((e) => !!e.uk && ukToRu(e.uk).some((f) => normalizeName(f) === own));
}

/** Prepositions that govern a place's oblique case ("біля Українська", "под Льговом"): the stop-word lists' short
 * words and the spatial prepositions they lack. */
const SPATIAL_PREPOSITIONS = /^(біля|поблизу|неподалік|поруч|коло|між|зі|возле|вблизи|близ|между|недалеко)$/u;
function governed(prev: Token | undefined): boolean {
  if (!prev) return false;
  const w = prev.text.toLowerCase();
  return SPATIAL_PREPOSITIONS.test(w) || (w.length <= 5 && STOPWORDS.has(normalizeName(w)));
}

/** A quotation that goes on after the name with more words before it closes: «Українська правда», "Ukraine Forum 2024". */
/** An acronym, with or without a case ending: "КАБи", "ВСУ", "FPV", "БпЛА" (two capitals at the start, or a capital
 * after one lower-case letter). A given name has one capital. */
const isAbbreviation = (word: string): boolean => /^\p{Lu}(\p{Lu}|\p{Ll}\p{Lu})/u.test(word);

function quotedTitle(text: string, end: number): boolean {
  const rest = text.slice(end, end + 60);
  const close = rest.search(/["”’»]/);
  return close > 0 && /[\p{L}\d]/u.test(rest.slice(0, close)) && !/[.!?\n]/.test(rest.slice(0, close));
}

/** A one-word reading of an oblast by its adjective alone ("Курские", "Сумські"), not its noun phrase. */
function adjectiveOnly(spot: Spot): boolean {
  return spot.last - spot.first === 1 && spot.entries.every((e) => e.kind === 'region') && isRegionAdjectiveForm(spot.text);
}

/** The oblast's own administration after its adjective: an abbreviation (ОВА, ОДА, ВЦА) or "обласн-/областн-". */
function beforeOblastBody(next: Token | undefined): boolean {
  if (!next) return false;
  return /^(обласн|областн)/iu.test(next.text) || (isAllCaps(next.text) && /^[\u0400-\u04ff]{2,5}$/u.test(next.text));
}

/** The longest list of unit adjectives read before its head noun: every oblast of Ukraine with a conjunction between
 * each ("Черниговской, Сумской, … Херсонской и Николаевской областей" has nine). It bounds the walk on hostile text
 * (a page of capitalised words), as the sentence's end does. */
const MAX_ADMIN_LIST_TOKENS = 64;

/** Whether the tokens from `k` are more capitalised adjectives and conjunctions ending in an administrative noun:
 * "Сумской и Белгородской областей". The walk ends at the first other lower-case word or the sentence's end. */
function beforeAdminHead(ctx: FilterContext, k: number): boolean {
  for (let j = k; j < ctx.tokens.length && j < k + MAX_ADMIN_LIST_TOKENS; j++) {
    if (j > k && ctx.sentenceStarts.has(j)) return false;
    const t = ctx.tokens[j]!.text;
    if (ADMIN_NOUN.test(t)) return true;
    // a listed unit's own qualifier: "Миколаївська сільська, Білопільська … громади"
    if (!/^(и|і|й|та|або|или)$/u.test(t) && !isCapitalized(t) && !UNIT_QUALIFIER.test(t)) return false;
  }
  return false;
}

/** A country or oblast in an oblique case ("президент России Владимир Путин", "Министерство обороны России") or as an
 * abbreviation ("президент США Дональд Трамп", "US President Joe Biden") is the complement of a title or organisation,
 * never a given name: a person's given name stands in the same case as the surname and is no country code. */
function titleComplement(spot: Spot): boolean {
  if (spot.last - spot.first !== 1 || !spot.entries.every((e) => e.kind === 'country' || e.kind === 'region')) return false;
  if (isAllCaps(spot.text) && spot.text.length <= 4) return true;
  if (!/[\u0400-\u04ff]/.test(spot.text)) return false;
  const n = normalizeName(spot.text);
  return !spot.entries.some((e) => [e.name, ...e.aliases].some((a) => normalizeName(a) === n));
}

/** Whether the quotation opening before token `first` follows a media word: channel «Сумщина сегодня». */
function inMediaQuote(text: string, tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--)
    if (MEDIA_WORD.test(tokens[k]!.text)) return /^[\s\p{L}-]*["“«']\s*$/u.test(text.slice(tokens[k]!.end, tokens[first]!.start));
  return false;
}

/** "Великой Новоселки" with no such two-word place known: Russian and Ukrainian capitalise an adjective inside a
 * sentence only as a name's first word, so a capitalised adjective agreeing with the name belongs to it, and the tail
 * alone (Новоселки) is only a namesake's reading. A place before it (spotLasts), an oblast adjective, a person's name
 * or an acronym after it are no such adjective. */
export function isAdjectiveTail(spot: Spot, ctx: FilterContext): boolean {
  const prev = ctx.tokens[spot.first - 1];
  return (
    spot.last - spot.first === 1 &&
    !!prev &&
    ctx.text.slice(prev.end, spot.start) === ' ' &&
    hasCyrillic(spot.text) &&
    !isAllCaps(spot.text) &&
    agreesAsAdjective(prev.text, spot.text) &&
    !ctx.sentenceStarts.has(spot.first - 1) &&
    !ctx.titleCase.has(spot.first) &&
    !ctx.spotLasts?.has(spot.first - 1) &&
    !isRegionAdjectiveForm(prev.text) &&
    !ctx.people.tokens.has(spot.first - 1)
  );
}
