// Settlement control events from one geoparsed article: "Russian forces recaptured Sudzha", "Сили оборони звільнили
// Мартинівку, Плехове і Гуєве", "Суджа освобождена", "fighting near Malaya Loknya". Each event keeps its quote, the
// settlement's offsets, the trigger words, who did it, who says so, whether it was denied, and the period described.
import {
  articlePerspective,
  isCapitalMetonym,
  nearestPhrase,
  sentencePhrases,
  sentenceText,
  locatedMentions,
  type ClaimContext,
  type LocatedMention,
} from '../claims/context.ts';
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import { round6 } from '../geo.ts';
import { isProminent } from '../geoparse/disambiguate.ts';
import { placeIdOf } from '../geoparse/place-id.ts';
import { firstStartingAtOrAfter, firstStartingIn, inStartOrder } from '../partition-point.ts';
import { unlistedSettlementName } from '../geoparse/unlisted-name.ts';
import type { ControlAction, ControlEventFeature, Precision, Side } from '../schema.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { escapeRegExp } from '../text/matches.ts';
import type { Span } from '../text/sentences.ts';
import { ENEMY_WORDS, OWN_WORDS as OWN_WORDS_IN, SIDE_WORDS } from '../sides.ts';
import {
  actorNamed,
  attackerNamed,
  claimantSideOf,
  deniedClaimSide,
  holderNamed,
  holderNamedAfter,
  objectSide,
  possessiveHolder,
  seatSubject,
  symmetricFighting,
} from './actor.ts';
import { withArticleAttackers } from './article-attacker.ts';
import { adjacentFighter } from './adjacent-fighter.ts';
import { isUkrainianArticle, ukrainianSentence } from './language.ts';
import { aimedTaking } from './aim-noun.ts';
import { attemptNounSide } from './attempt-side.ts';
import { coordinatedAttack } from './coordinated-attacks.ts';
import { passiveRepelDefender } from './passive-repel-after-list.ts';
import { addresseeIn, claimantIn, notAPlace } from './claimant.ts';
import { headlineSourceIn } from './headline-source.ts';
import { ClaimantMemory } from './claimant-memory.ts';
import { ClaimantCarry } from './claimant-carry.ts';
import { bodyHeadSpeakerIn } from './body-head-speaker.ts';
import { attributesBefore, passiveSpeakerIn } from './attribution-after.ts';
import { ClaimantNames } from './claimant-name.ts';
import { officeBodyIn } from './office-body.ts';
import { deniedClaimerIn } from './denied-claimer.ts';
import { negatedHoldDenies } from './negated-hold.ts';
import { forceSpeakerIn } from './force-speaker.ts';
import { citesSource, speakerBehindOutlet } from './outlet-source.ts';
import { referenceTense } from './reference-speaker.ts';
import { DIRECTION } from './directions.ts';
import { EN_OCCUPIED_STATE_BEFORE } from './triggers/en.ts';
import { russianLocative } from './triggers/ru.ts';
import {
  APPOSITION_BEFORE,
  LIBERATED_ATTRIBUTE,
  NEAR_BEFORE_ATTRIBUTE,
  OCCUPIED_APPOSITION,
  OCCUPIED_PARTICIPLE,
  OCCUPIED_STATE_BEFORE,
  OCCUPIED_SINCE_AFTER,
  UNDER_OCCUPATION,
  PARTICIPLE_OF_AREA,
  ukrainianLocative,
} from './triggers/uk.ts';
import {
  ATTEMPT_BEFORE,
  UNFINISHED_BEFORE,
  THWARTED_BEFORE,
  CYRILLIC_INFINITIVE,
  UKRAINIAN_INFINITIVE,
  DENIAL,
  EN_CEASE,
  EXPELLED_PASSIVE,
  OCCUPIED_ATTRIBUTE,
  HYPOTHETICAL_BEFORE,
  INFINITIVE_BEFORE,
  MANAGED_BEFORE,
  CLAUSE_OPENER_BETWEEN,
  NO_FIGHTING,
  NEAR,
  NEGATION_BEFORE,
  SETTLEMENT_ABBREVIATION,
  SETTLEMENT_KINDS,
  capitalsHold,
  withCapitalGroups,
  TRIGGERS,
} from './lexicon.ts';
import { listNeighbours } from './list-neighbours.ts';
import { nominalAgentSide, nominalHolderSide } from './nominal.ts';
import { isNounOfTaking, nounOfTakingActor } from './noun-actor.ts';
import { ownNoun } from './own-object.ts';
import { NEAR_PREP } from './ground-near.ts';
import { ATTRIBUTIVE_PARTICIPLE, NOUN_OF_TAKING, TAKES_OBJECT, gerundProspect, objectsOf, postposedNoun } from './objects.ts';
import { referredNames } from './referred-names.ts';
import { CYRILLIC_PASSIVE, CYRILLIC_SHORT_PASSIVE } from './triggers/voice.ts';
import { otherSide, type Perspective } from './perspective.ts';
import { partBeforeMember, partOfPlace } from './partitive.ts';
import { allegedBefore } from './alleged.ts';
import { afterModalOfProspect } from './modal-prospect.ts';
import { outrankedFighting } from './outranked-fighting.ts';
import { nounWeighedByModal, withoutProspects } from './noun-prospect.ts';
import { beforeOrderedWithdrawal, ordersCarriedOut } from './ordered-withdrawal.ts';
import { withPlaceWithdrawers } from './place-withdrawer.ts';
import { withToldWithdrawers } from './told-withdrawer.ts';
import { withRestatedDenials } from './restated-denial.ts';
import { assertedAfterDenial } from './asserted-after-denial.ts';
import { affirmBesideNamedDenial, deniesChangeOfHands } from './named-denial.ts';
import { withDeniersHolds } from './denier-hold.ts';
import { claimedTakerSide } from './claimed-taker.ts';
import { clauseReadings } from './clause/reading.ts';
import { earlierClaimDenial, markReferredClaimDenied, negatedDenial, tellsClaim } from './claim-reference.ts';
import { counterStatement, markCountered, opensWithContrast } from './counter-statement.ts';
import { withoutScareQuotes } from './scare-quotes.ts';
import { VILLAGE_NOUN, VILLAGE_STEM } from './village-noun.ts';
import { isLandmark } from './landmark.ts';
import { isReferencePoint } from './reference-point.ts';
import { removedPhrase } from './cleared-of.ts';
import { joinedSubjectSide } from './joined-subject.ts';
import { COUNTED_BEHIND, countedBehind, isDateline, RESTATEMENT } from './counted-behind.ts';
import { blankedWindow } from '../text/blank.ts';

export interface EventOptions {
  /** How far (characters) a verb's first settlement may stand from it. */
  maxGap: number;
  /** How far back the subject of a verb (its actor) is looked for. */
  subjectWindow: number;
  /** Read a settlement no trigger reached by the clause's verb of control (./clause/reading.ts). */
  clauseReading: boolean;
  /** Measuring only: read every settlement by the clause reading alone, no trigger phrases (its own precision). */
  clauseOnly?: boolean;
}

export const defaultEventOptions: EventOptions = {
  maxGap: 80, // "liberated the settlement of X" / "освободили населенный пункт Х" fit easily
  subjectWindow: 120, // "Units of the Sever group of forces, as the ministry put it, liberated ..."
  clauseReading: true,
};

/** "forced/compelled/ordered to leave", "вынуждены покинуть", "змушені залишити": also said of residents, so it reads
 * as a withdrawal only with a side named. */
const COMPELLED_TO_LEAVE = /(?<![\p{L}])(?:(?:forced|compelled|ordered)\s+to|вынужден\p{L}*|змушен\p{L}*|вимушен\p{L}*)\s+$/iu;
const LEAVING = /^(?:leave|abandon|покин|покида|залиш|остав)/iu;
/** The imperfective of taking a foothold ("закріплюються", "закрепляться"): the act still under way. */
const IMPERFECTIVE_FOOTHOLD = /^(?:закріплю|закрепля)/iu;
/** "two Kursk villages", "the Kursk border region", "Sumy direction": a town's name used as an attribute of a region,
 * an axis or a group of places is not the settlement ("на Донецком и Луганском направлениях": nor the first of two
 * attributes sharing the noun). */
const ATTRIBUTE_AFTER =
  /^[\s-]+(?:(?:region|oblast|province|border|borderlands?|river|direction|axis|front|sector|salient|incursion|operation|offensive|group|district|gas|pipeline|station|hub|plant|power|nuclear|highway|road|railway|bridge|reservoir|airfield|airport|base|governor|mayor|residents|administration|council|community)(?![\p{L}])|напрям|направлени|район|громад|округ|угрупован|группировк|и\s+\p{L}+\s+направлени)/iu;
/** "two Kursk villages", "the Donetsk town of X", "the Kursk area": a regional capital's name before a noun of settlement
 * or "area" is its region; any other settlement's name before one is the settlement itself ("occupied Semenivka
 * village", "in the Siversk area", as "in the Siversk and Lyman areas" already read). */
const REGION_NOUN_AFTER = /^(?:[\s-]+(?:villages?|settlements?|towns?|hamlets?)|\s+area)(?![\p{L}])/iu;
const namesItsRegion = (m: LocatedMention): boolean => m.entry.admin1 !== null && m.entry.admin1.startsWith(`${m.entry.name} `);
/** A settlement the gazetteer lacks, mapped to the district or oblast the text places it in (geoparse/approximate.ts):
 * still the object of an event, at that precision. */
const isApproximateSettlement = (m: LocatedMention): boolean =>
  m.unlisted === true || m.precision === 'district' || m.precision === 'region';

/** English copy names a region by its capital ("Ukraine's incursion into Kursk", "fighting in Kursk"): a bare Latin
 * name of a city that gives its region its name is the region, unless the text says "the city of" or "the regional
 * capital, X". */
const isRegionByItsCapital = (m: LocatedMention, text: string, mates: readonly LocatedMention[]): boolean =>
  /^[A-Za-z]/u.test(m.text) &&
  (isCapitalNamingItsRegion(m.entry, m.text) || capitalReadAsNamesake(m, text, mates)) &&
  // "the southern region of Kherson" is the region whatever the article calls the city elsewhere
  (REGION_OF_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) ||
    // One sense per article: where the article calls the name the city once ("withdraw from Kherson, the only provincial
    // capital they controlled"), its bare mentions are the city too ("the Russian withdrawal from Kherson").
    !calledTheCityAnywhere(m.text, text));
/** The article whose names `calledTheCityAnywhere` has answered for, and its answers: the scan runs over the whole
 * text, so asked afresh for every mention it made parsing an article of many such names quadratic in its length. */
let cityCalledIn: { text: string; byName: Map<string, boolean> } = { text: '', byName: new Map() };
/** Whether the article calls the name (as written) the city at any of its occurrences. */
function calledTheCityAnywhere(name: string, text: string): boolean {
  if (cityCalledIn.text !== text) cityCalledIn = { text, byName: new Map() };
  let called = cityCalledIn.byName.get(name);
  if (called === undefined) {
    called = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))].some((o) =>
      calledTheCity(o.index, o.index + name.length, text),
    );
    cityCalledIn.byName.set(name, called);
  }
  return called;
}
const REGION_OF_BEFORE = /(?:region|oblast|province)\s+of\s+$/iu;
/** A city that gives its region its name; the name as written may be the region's older one: "southeastern
 * Dnipropetrovsk" for Dnipro's oblast. */
const isCapitalNamingItsRegion = (e: IndexedEntry, written: string): boolean =>
  e.kind === 'city' && e.admin1 !== null && (e.admin1.startsWith(`${e.name} `) || e.admin1.startsWith(`${written} `));
/** "the fighting seen in Donetsk, Kherson, Lugansk, Zaporizhzhia, and Crimea": the places listed with a regional
 * capital's name can pull its reading to a lesser namesake (the Rostov town of Donetsk, a Luhansk village called
 * Zaporizhzhia). Named bare, alone or among regions and big cities, the name is still the capital's, and so its
 * region's; listed with villages ("near Zaporizhzhia, Mirne, Razliv") or called a village, it is the namesake. */
const capitalReadAsNamesake = (m: LocatedMention, text: string, mates: readonly LocatedMention[]): boolean =>
  !isProminent(m.entry) &&
  hasCapitalReading(m) &&
  !VILLAGE_CALLED.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
  !/^\s+(?:village|settlement|hamlet)(?![\p{L}])/iu.test(text.slice(m.end, m.end + 15)) &&
  listNeighbours(m, text, mates).every((o) => isProminent(o.entry) || hasCapitalReading(o) || !listedTogether(o, m, text));
const hasCapitalReading = (m: LocatedMention): boolean =>
  m.scored.some((s) => s.entry.name === m.entry.name && isCapitalNamingItsRegion(s.entry, m.text));
const VILLAGE_CALLED = /(?:village|settlement|hamlet)\s+of\s+$/iu;
/** Whether two mentions stand next to each other in a list ("X, Y", "X and Y", "X, and Y"). */
const listedTogether = (a: LocatedMention, b: LocatedMention, text: string): boolean => {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return first.end <= second.start && LIST_JOINT.test(text.slice(first.end, second.start));
};
const LIST_JOINT = /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)$/u;
/** "the city of X", "capital, X", "X city", "X, a Russian-held regional capital", "X, which is the main city of the
 * region": the name at [start, end) is the city. */
const calledTheCity = (start: number, end: number, text: string): boolean =>
  /(?:(?:city|town)\s+of|capital,?)\s+$/iu.test(text.slice(Math.max(0, start - 20), start)) ||
  // ("X city", and its possessive "X’s city center", "X's city hall": a region has no city centre)
  /^(?:['’]s)?\s+city(?![\p{L}])/iu.test(text.slice(end, end + 12)) ||
  CITY_APPOSITION_AFTER.test(text.slice(end, end + 80));
/** ", a Russian-held regional capital", ", which is the main city of the region", ", the region's capital". */
const CITY_APPOSITION_AFTER = /^\s*,\s+(?:which\s+(?:is|was)\s+)?(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:city|capital)(?![\p{L}])/iu;
/** "Kyiv acknowledges", "Moscow said", "Moscow has asserted gains", "Київ заперечує": a capital before a verb of saying
 * is its government; so is one before a verb of taking or holding ("X, which Kyiv captured in August"), of retaking
 * ("which Moscow reclaimed last month") or of trying ("that Moscow is attempting to seize"). */
const SAYING_AFTER =
  /^\s+(?:(?:has|had|have|having|has\s+not|did\s+not|also|later|quickly|officially)\s+)?(?:said|says|say|acknowledg\p{L}*|admit\p{L}*|den(?:y|ied|ies)|claim\p{L}*|assert\p{L}*|confirm\p{L}*|report\p{L}*|insist\p{L}*|stated?|announc\p{L}*|reject\p{L}*|accus\p{L}*|warn\p{L}*|respond\p{L}*|заяв\p{L}*|повідом\p{L}*|сообщ\p{L}*|визна\p{L}*|призна\p{L}*|запереч\p{L}*|отрица\p{L}*|підтверд\p{L}*|подтверд\p{L}*|спросту\p{L}*|опроверг\p{L}*|hop(?:e|es|ed|ing)|want\p{L}*|expect\p{L}*|believ\p{L}*|intend\p{L}*|fear\p{L}*|seek\p{L}*|sought|used|uses|launch\p{L}*|sen[dt]s?|agreed|refused|decided|ordered|(?:re)?captured|seized|(?:re)?took|retook|liberated|occupied|controls|holds|held|reclaim\p{L}*|regain\p{L}*|won\s+back|(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:attempting|trying|seeking|striving)|(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:warning|saying|claiming|insisting|reporting|urging|pushing)|tried|attempted)(?![\p{L}])/iu;
/** "Kyiv's troops", "Moscow's forces", "under Kyiv's control": a capital's possessive before a word for forces,
 * officials or their hold is the side. */
const FORCES_OF =
  /^['’]s\s+(?:\p{Ll}+\s+)?(?:forces|troops|army|military|soldiers|units|government|officials|defen[cs]e|general\s+staff|command|leadership|control|hands|rule|grip)(?![\p{L}])/u;
/** "Moscow’s invasion", "Moscow’s recent claims", "Kyiv's sights": any other possessive of a capital is its government
 * too, unless the noun after it is a part of the city ("Kyiv's outskirts", "Kyiv's northern suburbs"). */
const GOVERNMENT_POSSESSIVE =
  /^['’]s\s+(?!(?:\p{Ll}+\s+)?(?:outskirts|suburbs?|cent(?:re|er)|districts?|streets?|neighbou?rhoods?|edges?|approaches|residents|people|mayor|airports?|regions?|oblast)(?![\p{L}]))\p{Ll}/u;
/** "Kiev forces are repelling …", "a Moscow proxy official", "Moscow-backed separatists": a capital as the attribute of
 * a noun of forces or officials (or of a compound of backing) names the side, not the city. */
const SIDE_ATTRIBUTE =
  /^(?:\s+(?:[\p{Ll}-]+\s+)?(?:forces|troops|army|military|soldiers|units|government|officials?|authorities|regime|leadership|command|proxy|proxies|side)(?![\p{L}])|-(?:backed|installed|appointed|led|allied|aligned|friendly|loyal|imposed)(?![\p{L}]))/u;
/** "Moscow was in control of the settlement", "seen Kyiv leave villages": a capital as the subject of holding or
 * leaving ground is its government. */
const HOLDING_AFTER =
  /^\s+(?:(?:is|was|were|are|has\s+been|had\s+been)\s+(?:now\s+|still\s+|already\s+|fully\s+)?in\s+(?:full\s+)?control|(?:has\s+|had\s+)?(?:leave|leaves|left|lose|loses|lost|abandon(?:s|ed)?|retreat(?:s|ed)?|withdr(?:aw|ew|aws|awn)))(?![\p{L}])/u;
/** "Покровського району", "Сумської області", "Свердликовского сельсовета": a mention whose own words name a district,
 * a region or a rural council's area is no settlement. */
const NAMES_AN_AREA = /(?<![\p{L}])(?:район|област|громад|округ|сельсовет|сільрад|поссовет|district|region|oblast)\p{L}*$/iu;
/** "дорогой Суджа – Рыльск", "станцию «Суджа»", "за рекой Гайчур", "на правом берегу Днепра", "on the right bank of the
 * Dnipro": a name after a noun of a road, a station, a river or its bank names that, not the town (a river often shares
 * its name with a village on its banks, and "Днепр" with a city). */
const ROUTE_BEFORE =
  /(?<![\p{L}])(?:(?:(?:дорог|автодорог|трасс|автотрасс|шоссе|магистрал|станци)\p{L}*|рек(?:а|и|е|у|ой|ою)|річк(?:а|и|у|ою)|річці|берег(?:а|у|ом|е|и|ов|ах)?|березі)\s+[«"“]?\s*(?:\p{Lu}[\p{L}-]*\s*[–—-]\s*)?|banks?\s+of\s+(?:the\s+)?)$/u;
/** "на Лиманском, Бахмутском, Авдеевском и Марьинском направлениях": an adjective of a town in a list of adjectives
 * that share the noun of an axis names the axis, whatever its place in the list; the Ukrainian adjective has a soft
 * sign before its "к" ("на Лиманському, Бахмутському … напрямках"). */
const AXIS_ADJECTIVE = /(?:сь?к|ць?к)\p{L}{1,3}$/u;
const AXIS_LIST_AFTER = /^(?:(?:\s*,\s*|\s+(?:и|та|і|й)\s+)\p{L}+(?:сь?к|ць?к)\p{L}{1,3})+\s+(?:направлени|напрям)/iu;
/** "над населеними пунктами Генічеського, Скадовського … та Херсонського районів": the same for the Ukrainian nouns of
 * an area ATTRIBUTE_AFTER reads after one adjective (the districts, not the towns). Ukrainian only: the Russian lists
 * ("Херсонского и Запорожского районов") were measured and left, no dev text has one. */
const UK_AREA_ADJECTIVE = /(?:ськ|цьк)\p{L}{1,3}$/u;
const UK_AREA_LIST_AFTER = /^(?:(?:\s*,\s*|\s+(?:та|і|й)\s+)\p{L}+(?:ськ|цьк)\p{L}{1,3})+\s+(?:район|громад|округ)/iu;
/** "push Moscow back toward X", "drive Kyiv back from Y": a capital pushed back is the side's forces, not the place. */
const PUSHED_BACK_AFTER = /^\s+back\s+(?:to|toward|towards|from|across|beyond|behind|over)(?![\p{L}])/u;
/** "before Moscow invaded last year", "a wasteland that Moscow has made its objective": a capital as the subject of a
 * finite verb (a past tense, or a perfect other than of falling) is its government acting, not a place acted on. */
// (a progressive is active too: "Moscow has been making some advances in Ukraine", "Kyiv is sending"; not "is being")
const ACTING_AFTER =
  /^\s+(?:(?:has|had|have)\s+(?!been(?![\p{L}])|fallen(?![\p{L}]))(?:\p{L}+ly\s+)?\p{Ll}+|\p{Ll}{2,}ed|(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?!being(?![\p{L}]))\p{Ll}{2,}ing)(?![\p{L}])/u;
/** "handing Moscow its first major gain", "gave Kyiv control of the town": a capital as the receiver of a verb of
 * giving (a determiner or "control" after it, the thing given) is its government, never the place left. */
const GIVEN_TO_BEFORE =
  /(?<![\p{L}])(?:hand(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?)\s+$/iu;
const GIVEN_THING_AFTER = /^\s+(?:its|their|a|an|the|another|full|control)(?![\p{L}])/u;
const capitalAsSide = (after: string): boolean =>
  SAYING_AFTER.test(after) ||
  ACTING_AFTER.test(after) ||
  FORCES_OF.test(after) ||
  GOVERNMENT_POSSESSIVE.test(after) ||
  SIDE_ATTRIBUTE.test(after) ||
  PUSHED_BACK_AFTER.test(after) ||
  HOLDING_AFTER.test(after);
/** `mates`: the mentions around it (the sentence's or the article's), for the lists it stands in. */
const isSettlement = (m: LocatedMention, text?: string, mates: readonly LocatedMention[] = []): boolean =>
  (SETTLEMENT_KINDS.has(m.entry.kind) || isApproximateSettlement(m)) &&
  !NAMES_AN_AREA.test(m.text) &&
  !(
    text !== undefined &&
    (ATTRIBUTE_AFTER.test(text.slice(m.end, m.end + 30)) ||
      (AXIS_ADJECTIVE.test(m.text) && AXIS_LIST_AFTER.test(text.slice(m.end, m.end + 120))) ||
      (UK_AREA_ADJECTIVE.test(m.text) && UK_AREA_LIST_AFTER.test(text.slice(m.end, m.end + 120))) ||
      (namesItsRegion(m) && REGION_NOUN_AFTER.test(text.slice(m.end, m.end + 30))) ||
      ROUTE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
      isRegionByItsCapital(m, text, mates) ||
      (isCapitalMetonym(m) &&
        (capitalAsSide(text.slice(m.end, m.end + 50)) ||
          (GIVEN_TO_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && GIVEN_THING_AFTER.test(text.slice(m.end, m.end + 20))))))
  );

/** When two triggers make one phrase, the stronger action wins: a change of hands over entering, entering over fighting,
 * an act over the state it leaves ("cleared out and under the control of"). */
const RANK: Record<ControlAction, number> = { fighting: 0, controls: 1, entered: 1, cleared: 1.5, captured: 2, liberated: 2, withdrew: 2 };

export interface Found {
  action: ControlAction;
  repelled: boolean;
  start: number; // trigger offsets in the article
  end: number;
  text: string;
  /** A phrase of place whose fighting verb was left out: it continues the sentence's earlier fighting. */
  gapped?: boolean;
  /** "деоккупация": a word of the owner taking its own ground back, whoever reports it. */
  ownerReturns?: boolean;
  /** The side the sentence before named for a change of hands this trigger carries on. */
  carriedSide?: Side;
  /** A word of a control family whose list the clause reading found (no trigger phrase). */
  clause?: boolean;
  /** Where the last of two joined triggers starts in `text` ("зупинили наступ російських військ та відновили контроль
   * над": the first verb's object names no holder of the second's control). */
  joinedAt?: number;
  /** A joined phrase whose taking was a purpose infinitive's aim ("entered the area to seize"): a taking or control
   * joined on after it ("… to seize control of X") is the same aim, not done. */
  aim?: boolean;
}
/** "деоккупированных", "деокупація": the owner took its own ground back; the word names the actor's side. */
const OWNER_RETURN = /^(?:деоккуп|деокуп)/iu;

/** A capitalised word the gazetteer may not know ("заняли село Новенькое и вошли в Басовку"): the first verb's object,
 * so the two verbs are two events, not one phrase. */
const NAME_BETWEEN = /(?<![\p{L}])\p{Lu}\p{Ll}/u;
/** A determiner (and an adverb) right before an English participle: the participle is an attribute of the noun after
 * ("once-", an adjective before it, may stand between: "pulled out of the strategically important once-occupied city of X"). */
const ATTRIBUTIVE_BEFORE =
  /(?<![\p{L}])(?:the|a|an|its|their|this|that|these|those)\s+(?:\p{L}+ly\s+)?(?:(?:(?!(?:and|or|but|to)\s)\p{Ll}+\s+)?(?:once-|formerly\s+|previously\s+))?$/iu;
/** The text with the side words blanked ("атак ВСУ в направлении", "Russian forces" stay one phrase). */
const unsided = (text: string): string => {
  let out = text;
  for (const re of Object.values(SIDE_WORDS)) out = out.replace(new RegExp(re.source, 'giu'), (w) => ' '.repeat(w.length));
  return out;
};

/** A capitalised name right after a trigger, maybe after a noun of settlement (case-sensitive, unlike the triggers). */
const NAME_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${VILLAGE_STEM}|пос[её]л|город|міст|деревн|хутор|населенн?|населённ)\p{L}*\s+(?:пункт\p{L}*\s+)?)?\p{Lu}`,
  'u',
);

/** A flag right before a country in a trigger ("прапор України", "флаг России", "flag of Ukraine"): whose flag it is. */
const FLAG_OWNER_BEFORE = /(?:(?:прапор|стяг|флаг)\p{L}*|flag\s+of(?:\s+the)?)\s+$/iu;

/** Every trigger in a sentence, earliest first; where two overlap the longer wins. `places` (article offsets) keep
 * two triggers apart when a place stands between them. */
/** A trigger's match in a sentence's text, before the sentence's places trim it. */
interface TriggerMatch {
  trigger: (typeof TRIGGERS)[number];
  index: number;
  text: string;
}

/** Texts whose trigger matches were found last, newest last: a sentence is searched again as the one before the next
 * ("В частности, вблизи X"), as the source of a count's list and of sideless fighting's attacker, and the matches
 * depend on its text and language alone. Searching every trigger is most of the events' time. */
const recentMatches = new Map<string, readonly TriggerMatch[]>();
const RECENT_MATCHES = 8;

function triggerMatches(text: string, ukrainian: boolean): readonly TriggerMatch[] {
  const key = `${ukrainian ? 'uk' : '--'}${text}`;
  const cached = recentMatches.get(key);
  if (cached) return cached;
  const out: TriggerMatch[] = [];
  const latin = /[A-Za-z]/.test(text);
  const cyrillic = hasCyrillic(text);
  for (const t of TRIGGERS) {
    if (t.russian && ukrainian) continue; // Russian-only words ("прорвались в") read otherwise in Ukrainian
    if ((t.script === 'latin' && !latin) || (t.script === 'cyrillic' && !cyrillic)) continue;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(text); m; m = t.re.exec(text)) {
      if (!capitalsHold(m) || (t.name && !NAME_AFTER.test(text.slice(m.index + m[0].length)))) {
        t.re.lastIndex = m.index + 1;
        continue;
      }
      out.push({ trigger: t, index: m.index, text: m[0] });
      if (m[0].length === 0) t.re.lastIndex++;
    }
  }
  if (recentMatches.size >= RECENT_MATCHES) recentMatches.delete(recentMatches.keys().next().value!);
  recentMatches.set(key, out);
  return out;
}

function triggersIn(text: string, offset: number, places: readonly Span[], carried = false, ukrainianArticle = false): Found[] {
  const found: Found[] = [];
  // (places in start order, the usual case: a trigger's and a gap's places found by binary search, not a scan of all of
  // a long sentence's places for each trigger, which made a 200 KB line with no stop quadratic)
  const ordered = inStartOrder(places);
  for (const m of triggerMatches(text, ukrainianSentence(text, ukrainianArticle))) {
    // "продвинулись в Торецке и вблизи Часова Яра": a trigger's words stop before a place, which is its object
    // (a flag's owner is no object: "прапор України знов майорить у X" keeps its words whole)
    const within = (p: Span): boolean =>
      p.start > offset + m.index &&
      p.start < offset + m.index + m.text.length &&
      !FLAG_OWNER_BEFORE.test(text.slice(m.index, p.start - offset));
    const inside = ordered ? firstStartingIn(places, offset + m.index + 1, offset + m.index + m.text.length, within) : places.find(within);
    const words = inside ? text.slice(m.index, inside.start - offset).trimEnd() : m.text;
    found.push({
      action: m.trigger.action,
      repelled: m.trigger.repelled === true,
      start: offset + m.index,
      end: offset + m.index + (words || m.text).length,
      text: words || m.text,
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    // a liberation participle before the name reports the act, unless a near phrase or another trigger's phrase
    // governs it ("встановили прапор над звільненим від окупантів селом X": the flag's phrase tells the act, and the
    // participle's "від окупантів" is whom it was freed from, no actor)
    if (
      f.action === 'liberated' &&
      LIBERATED_ATTRIBUTE.test(text.slice(f.start - offset, f.start - offset + 60)) &&
      (NEAR_BEFORE_ATTRIBUTE.test(text.slice(Math.max(0, f.start - offset - 30), f.start - offset)) ||
        (kept.length > 0 && /^\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(kept.at(-1)!.end - offset, f.start - offset))))
    )
      continue;
    // "отражены шесть атак … в направлении", "ВСУ понесли поражение в районах населенных пунктов": two triggers
    // in one phrase are one. A change of control wins over fighting; a repelled attack stays repelled.
    const prev = kept.at(-1);
    // "repelled 15 attacks near A and 18 attacks near B": the second attack noun is the repelling verb's object too
    if (
      prev?.repelled &&
      f.action === 'fighting' &&
      !f.repelled &&
      coordinatedAttack(text.slice(prev.end - offset, f.start - offset), f.text)
    )
      f.repelled = true;
    // "нанесли поражение живой силе и технике 41-й бригады ВСУ в районах населённых пунктов" is one phrase too.
    const reach = prev?.action === 'fighting' ? 80 : 40;
    const between = prev ? text.slice(prev.end - offset, f.start - offset).replace(SETTLEMENT_ABBREVIATION, ' ') : '';
    // ("зупинили просування росіян та продовжують контролювати X": a verb of continuing or managing between them opens
    // a predicate of its own)
    // ("нанесено поражение живой силе и технике трех механизированных, штурмовой бригад ВСУ, бригады теробороны в районах
    // X": the dative object of losses inflicted is a list of units, its commas no break while no verb stands in it)
    const units = prev?.action === 'fighting' && f.action === 'fighting' && /^(?:нанес|завда)/iu.test(prev.text) && UNIT_LIST.test(between);
    // ("captured another village in its advance on X", "the capture of the town moves the front closer to X": a verb or
    // noun of taking with a noun of settlement for its object has done its phrase; the next trigger's is its own)
    const ownObject = prev !== undefined && prev.action !== 'fighting' && ownNoun(between)?.cyrillic === false;
    const joined =
      prev &&
      !ownObject &&
      (units ||
        (f.start - prev.end <= reach &&
          !/[,.;:!?()«»"“”]/u.test(between) &&
          !MANAGED_BEFORE.test(between) &&
          !CLAUSE_OPENER_BETWEEN.test(between + f.text)));
    // ("… 23 бригады нацгвардии Украины в районах X": a country owning a unit of the list is no place between them)
    const liesBetween = (p: Span): boolean =>
      p.start >= prev!.end && p.end <= f.start && !(units && UNIT_OWNER_BEFORE.test(text.slice(0, p.start - offset)));
    // (a place ending by f.start starts by it: the run from prev.end through f.start)
    const placeBetween =
      prev !== undefined &&
      (ordered ? firstStartingIn(places, prev.end, f.start + 1, liesBetween) !== undefined : places.some(liesBetween));
    if (prev && joined && !placeBetween && (units || !NAME_BETWEEN.test(unsided(between)))) {
      // "advanced into Russian territory and seized X": the verb nearer the object says what happened to it.
      // "entered the recently captured settlement of X": a participle between a determiner and its noun describes the
      // object; the verb before it says what was done
      // ("зробила 11 спроб увійти до X": an attempted act changes nothing, the fighting stays; so does one only striven
      // or planned for: "після прориву прагнуть взяти X" is the breakthrough's fighting, the taking not done)
      const aimBefore = text.slice(Math.max(0, f.start - offset - 60), f.start - offset);
      // ("entered the area to seize control of the area around X": a purpose infinitive's taking is the movement's aim,
      // not done: fighting at the place, as an aim is)
      // (the aim holds through the phrase: "to seize control of X" is no hold of X)
      const purpose = TAKES_OBJECT.has(f.action) && (prev.aim === true || (f.action !== 'controls' && INFINITIVE_BEFORE.test(between)));
      const action = purpose
        ? 'fighting'
        : RANK[f.action] >= RANK[prev.action] &&
            !ATTRIBUTIVE_BEFORE.test(between) &&
            !(prev.action === 'fighting' && (ATTEMPT_BEFORE.test(aimBefore) || HYPOTHETICAL_BEFORE.test(between)))
          ? f.action
          : prev.action;
      kept[kept.length - 1] = {
        action,
        // (only fighting is repelled: "окупанти зазнали втрат і відступили з X" is the subject's own withdrawal)
        repelled: (prev.repelled || f.repelled) && action === 'fighting',
        start: prev.start,
        end: f.end,
        text: text.slice(prev.start - offset, f.end - offset),
        joinedAt: f.start - prev.start,
        ...(purpose ? { aim: true } : {}),
      };
      continue;
    }
    kept.push(f);
  }
  return withGappedNear(text, offset, kept, carried);
}

/** A word for a unit or a force right before its owner's name: "бригады нацгвардии Украины", "підрозділів ЗС РФ". */
const UNIT_OWNER_BEFORE =
  /(?<![\p{L}])(?:нац|тер)?(?:гварди|бригад|арми|войск|військ|сил|корпус|полк|батальйон|батальон|дивизи|дивізі|подразделени|підрозділ)\p{L}*\s+$/iu;
/** A list of units with no verb in it (no past, present or reflexive ending), up to 300 characters. */
const UNIT_LIST = /^(?![^]*(?<![\p{L}])\p{L}+(?:ли|ла|ло|ет|ют|ут|ит|ят|ал|ил|ся|сь)(?![\p{L}]))[^.;:!?()]{0,300}$/u;

/** "відбили 48 штурмів в районі A, на другому напрямку – два рази в районі B", "В районі X окупанти підійшли …": in a
 * sentence that reports fighting, a further phrase of place before a name ("в районі", "біля", "near") reports fighting
 * there too, its verb left out. */
const GAPPED_NEAR = new RegExp(
  withCapitalGroups(
    String.raw`(?<![\p{L}])(?:(?:в|у)\s+район(?:і|ах|е)|${NEAR_PREP}|неподалік\s+від|неподалеку\s+от|на\s+околиц\p{L}*|на\s+окраин\p{L}*|near|around|outside|${DIRECTION})(?=\s+(?:(?:${VILLAGE_NOUN}|селищ\p{L}*|міст\p{L}*|пос[её]л\p{L}*|город\p{L}*|хутор\p{L}*|насел\p{L}*\s+пункт\p{L}*|н\.\s?п\.|нп|the\s+(?:villages?|towns?)\s+of)\s+)?\p{Lu})`,
  ),
  'giu',
);
/** "Soledar, located 20 km northeast of Bakhmut": in English a verb of lying (and its distance) before the phrase gives a
 * bearing to a reference place, not fighting there; a distance alone ("fighting 5 km south of X") may still be fighting. */
const BEARING_BEFORE =
  /(?:located|situated|lying|lies)\s+(?:(?:just|about|some|almost|roughly|around|nearly|only)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?$/iu;
/** "Нанес авиационные удары в районах A, B", "обстріляли позиції поблизу X": a phrase of place right after a strike from
 * afar tells where shells fell, no ground fighting there, even in a sentence that reports fighting elsewhere. */
const STRIKE_BEFORE = /(?<![\p{L}])(?:удар|авиаудар|авіаудар|обстр|strikes?|shelling)\p{L}*\s+(?:(?:по\s+)?\p{L}+\s+){0,2}$/iu;
const BARE_DIRECTION = /^(?:(?:в|у)\s+(?:напрямку|бік)|в\s+направлении|неподалік|неподалеку)$/iu;
function withGappedNear(text: string, offset: number, kept: Found[], carried: boolean): Found[] {
  if (!carried && !kept.some((k) => k.action === 'fighting')) return kept;
  // "відбили в районах A, B та у напрямку C": a bare phrase of direction after the sentence's fighting continues it
  let fought = false;
  for (const k of kept) {
    if (fought && k.action === 'fighting' && BARE_DIRECTION.test(k.text)) k.gapped = true;
    if (k.action === 'fighting') fought = true;
  }
  const more: Found[] = [];
  for (const m of text.matchAll(GAPPED_NEAR)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!capitalsHold(m) || BEARING_BEFORE.test(before) || STRIKE_BEFORE.test(before)) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    // part of a trigger's own phrase already: "атак біля", "отразили пять атак противника в районе X"
    const joins = (k: Found): boolean =>
      k.start < end && start - k.end <= 40 && !/[,.;:!?()«»"“”–—]/u.test(text.slice(Math.max(0, k.end - offset), m.index));
    if (kept.some(joins)) continue;
    more.push({ action: 'fighting', repelled: false, start, end, text: m[0], gapped: true });
  }
  return more.length ? [...kept, ...more].sort((a, b) => a.start - b.start) : kept;
}

/** Right before a verb of holding: "no longer", "більше не", "уже не" — the hold has ended. */
const NO_LONGER_BEFORE = /(?<![\p{L}])(?:no\s+longer|not\s+any\s+longer|більше\s+не|вже\s+не|уже\s+не|больше\s+не)\s+$/iu;

/** "…, but Kyiv's military said fighting continues", "However, the Ukrainian army explained that the village was by no
 * means fully controlled": the other side's claims the counter-statement answers are denied, those of its own sentence
 * told before the contrast (on the places it names, if any), else, when it opens its sentence, the claim told last. */
function answerCounterStatement(
  said: string,
  sentenceStart: number,
  here: readonly ControlEventFeature[],
  recentEvents: readonly { index: number; events: readonly ControlEventFeature[] }[],
  index: number,
): void {
  const counter = counterStatement(said);
  const denier = counter ? firstSideIn(counter.words) : null;
  if (!counter || !denier) return;
  const at = sentenceStart + counter.at;
  const named = new Set(here.filter((e) => e.properties.start >= at).map((e) => e.properties.settlement));
  if (!markCountered(here, at, denier, named) && opensWithContrast(said, counter)) markReferredClaimDenied(recentEvents, index, denier);
}

/** "Они", opening the sentence or a clause: a pronoun subject. */
const PRONOUN_SUBJECT = /(?:^\s*|[,;]\s*)(?:[Оо]ни)(?![\p{L}])/u;
/** ", which they ", " that they had ": a plural pronoun right after an English relative word, as the clause's subject. */
const RELATIVE_PRONOUN_SUBJECT = /^\s*,?\s*(?:which|that)\s+they\s+(?:(?:have|had|has|later|then|also|eventually)\s+)*$/iu;
/** The side denying the taking a sentence denies: the other of its claimed taker (claimed-taker.ts). */
function deniersSide(text: string): Side | null {
  const taker = claimedTakerSide(text);
  return taker && otherSide(taker);
}
/** Marks denied what the sentence before reported, for a denial reading no event of its own ("Kyiv denied this."): not
 * fighting where the denial names a change of hands (named-denial.ts), nor a hold by the side other than the claimed
 * taker, the denier's own ("ЗСУ зберігають позиції у X. … заявили про окупацію …, однак ця інформація не відповідає
 * дійсності": claimed-taker.ts). */
function carryDenialBack(previous: readonly ControlEventFeature[], said: string, taker = claimedTakerSide(said)): void {
  const namesTaking = deniesChangeOfHands(said);
  for (const e of previous) {
    const p = e.properties;
    if (namesTaking && p.action === 'fighting') continue;
    if (p.action === 'controls' && taker !== null && p.actor !== null && p.actor !== taker) continue;
    p.denied = true;
  }
}
/** The first side named in a text. */
function firstSideIn(text: string): Side | null {
  let first: { side: Side; at: number } | null = null;
  for (const side of ['UA', 'RU', 'DPRK'] as const) {
    const m = SIDE_WORDS[side].exec(text);
    if (m && (!first || m.index < first.at)) first = { side, at: m.index };
  }
  return first?.side ?? null;
}
/** "В частности,", "В том числе,": the sentence details the one before. */
const PARTICULAR = /^\s*(?:в\s+частности|в\s+том\s+числе)\s*(?:,|[–—](?=\s))/iu;
/** Russian verbs of advancing and attacking, which a sentence of places may detail. */
const ADVANCE_VERB = /(?<![\p{L}])(?:продвину|продвига|наступа|атаку|штурму)\p{L}*/iu;
/** "… из Суджи нет", "… не было": the noun phrase before it did not happen (Russian). */
/** A sentence opened by a plural pronoun or a demonstrative of places: "Они, по данным Минобороны, ранее были …". */
/** "цей населений пункт", "в этом населённом пункте", "це село", "этот город": a demonstrative with a noun of a
 * settlement stands for the settlement named last. */
const SETTLEMENT_ANAPHOR = String.raw`(?<![\p{L}])(?:цей|це|цього|цьому|цим|цю|ця|цієї|цій|этот|это|этого|этом|этим|эту|эта|этой)\s+(?:населен\p{L}*\s+пункт\p{L}*|населён\p{L}*\s+пункт\p{L}*|сел[оаіуе]\p{L}*|селищ\p{L}*|міст[оаіу]\p{L}*|город\p{L}*|пос[её]л\p{L}*)`;
const ANAPHOR_IN_SENTENCE = new RegExp(SETTLEMENT_ANAPHOR, 'iu');
/** The anaphor as the object right after a trigger (its preposition kept in the trigger or standing before it). */
const ANAPHOR_OBJECT = new RegExp(String.raw`^\s*(?:(?:в|у|во|до|з|із|зі|из|на|над|за|к)\s+)?${SETTLEMENT_ANAPHOR}`, 'iu');
/** "после отступления из X украинские боевики …", "після виходу з X українські підрозділи …": a noun of withdrawal
 * in a phrase before the clause's subject shares that subject, named right after the place. */
const WITHDRAWAL_NOUN = /^(?:отступлени|отход|выход|вывод|відступ|відхід|відходу|вихід|виходу|виведенн)/iu;
/** The words from `from` up to the next punctuation mark, at most `reach` characters. */
const phraseAfter = (text: string, from: number, reach: number): string => /^[^,.;:!?«»"“”()]*/u.exec(text.slice(from, from + reach))![0];
/** The words right after a withdrawal noun that are no phrase of place: its genitive ("відступ росіян", "отход
 * российских войск"). */
const NOUN_GENITIVE_AFTER =
  /^\s+(?!(?:з|із|зі|из|изо|від|от|під|под|в|у|во|до|к|на|біля|возле|около|поблизу|вблизи)\s)((?:\p{L}+\s+)?\p{L}+)/u;
function withdrawerAfter(text: string, trig: Found, list: readonly LocatedMention[]): Side | null {
  if (!WITHDRAWAL_NOUN.test(trig.text)) return null;
  // "Під X триває відступ росіян", "про відступ російських військ з X": the side in the noun's own genitive withdraws
  const genitive = NOUN_GENITIVE_AFTER.exec(text.slice(trig.end, trig.end + 40));
  const own = genitive ? firstSideIn(genitive[1]!) : null;
  if (own) return own;
  const last = list.at(-1);
  if (!last || last.start < trig.end) return null;
  return firstSideIn(phraseAfter(text, last.end, 30));
}
/** Verbs of withdrawing troops ("вывели", "відвели"), whose object is the side that leaves. */
const WITHDRAWING_TRANSITIVE = /^(?:вивел|вывел|відвел|отвел|вивод|вывод|відвод|отвод)/iu;
/** Nouns of entering ("о входе войск в X", "вхід військ у X", "проникнення військ до X", "проникновение войск в X"): a
 * side named in the phrase is the one entering. */
const ENTERING_NOUN = /^(?:вход|вхід|вході|проникнен|проникновени)/iu;
const PLURAL_PRONOUN_OPENING = new RegExp(
  String.raw`^\s*(?:Они|Все\s+они|Эти\s+(?:насел\p{L}*\s+пункт\p{L}*|${VILLAGE_NOUN}|пос[её]лк\p{L}*))(?![\p{L}])`,
  'u',
);
/** Between a name and an English participle set off after it: ", captured" (an adverb, "previously captured", "briefly
 * occupied", makes it the background to the act the sentence tells, no event of its own). */
const EN_PARTICIPLE_GAP = /^\s*,\s*$/u;
/** ", which …", ", которое …", ", яке …": a relative word standing for the place as the clause's object or subject (not
 * "where", "де", "где"). */
const OBJECT_RELATIVE_AFTER = /^\s*,\s*(?:which|that|котор\p{L}*|як(?:у|е|ий|і|их|ої|ого))\s/iu;
/** A relative or coordinated clause after a list of places fought at, in which a side beats back attacks. */
const REPEL_CLAUSE =
  /^[^.;]{0,40}?(?:,\s*)?(?<![\p{L}])(?:where|де|где|and|і|й|и|та)(?![\p{L}])([^.;]{0,60}?)(?<![\p{L}])(?:repel\p{L}*|repuls\p{L}*|fought\s+off|beat\s+back|відби(?:ли|в|ла|вали|вають)|отрази(?:ли|л|ла)|отбил\p{L}*|отбива\p{L}*)(?![\p{L}])/iu;
/** The side beating attacks back in a clause after the list: named in it, else the sentence's subject. */
function defenderAfter(after: string, subject: Side | null, perspective: Perspective): Side | null {
  const m = REPEL_CLAUSE.exec(after);
  if (!m) return null;
  for (const side of ['UA', 'RU'] as const) if (SIDE_WORDS[side].test(m[1]!)) return side;
  if (perspective && OWN_WORDS_IN.test(m[1]!)) return perspective;
  return subject === 'DPRK' ? 'RU' : subject;
}

/** A form of "be" (or "keep", "continue") right before an English "-ing": the progressive. */
const PROGRESSIVE_BEFORE =
  /(?<![\p{L}])(?:is|are|was|were|been|be|keeps?|kept|continu\p{L}*)\s+(?:(?:still|now|slowly|gradually|\p{L}+ly)\s+)?$/iu;

/** The changes of hands a nearness or a prevention before them leaves undone (a hold is not graded so). */
const UNFINISHED_TAKES = new Set<string>(['captured', 'liberated', 'cleared', 'entered']);

/** A sentence that ends with a question mark (a closing quote or bracket may follow). */
const QUESTION_END = /\?["»”’)]*\s*$/u;

/** A Cyrillic finite non-past of a perfective verb of taking, a future: Russian "захватят", "освободит", "возьмут",
 * "войдут", "отобьют"; Ukrainian "захопить", "звільнять", "увійдуть". The ending follows a consonant (the imperfective
 * present "освобождают", "звільняють", "захоплюють" has a vowel before it); "-ход-" verbs ("входят", "виходять") are
 * imperfective. A Russian "-ить" is an infinitive, read elsewhere; a short "-ит"/"-ят" is a passive participle
 * ("взят", "занят", "поднят", "отбит"), so those endings need a longer stem ("захватят", "освободит"). */
const RUSSIAN_PERFECTIVE_FUTURE =
  /^(?:\p{Script=Cyrillic}{3,}(?<![аяеёиоуыэюіїєьъ])(?:ут|ют|ет|ёт)|\p{Script=Cyrillic}{5,}(?<![аяеёиоуыэюіїєьъ])(?:ит|ят))$/iu;
const UKRAINIAN_PERFECTIVE_FUTURE = /^\p{Script=Cyrillic}{3,}(?<![аяеёиоуыэюіїєъ])(?:ить|ять|уть|ють)$/iu;
/** A promise of taking: the first person plural of a perfective verb ("освободим", "возьмём", "звільнимо"; the
 * imperfective "освобождаем", "звільняємо" has a vowel before the ending) or the analytic future right before the verb
 * ("будет освобожден X", "обязательно будут взяты", "буде звільнено X"). Takings only: a withdrawal keeps its reading. */
const RUSSIAN_FIRST_PLURAL_FUTURE =
  /^(?:\p{Script=Cyrillic}{3,}(?<![аяеёиоуыэюіїєьъ])(?:ем|ём)|\p{Script=Cyrillic}{5,}(?<![аяеёиоуыэюіїєьъ])им)$/iu;
const UKRAINIAN_FIRST_PLURAL_FUTURE = /^\p{Script=Cyrillic}{3,}(?<![аяеёиоуыэюіїєъ])(?:имо|емо)$/iu;
const FUTURE_AUXILIARY_BEFORE = /(?<![\p{L}])(?:будет|будут|буде|будуть)\s+(?:\p{L}+\s+)?$/iu;
const PROMISED_TAKES = new Set<string>(['captured', 'liberated', 'cleared', 'entered']);
function promisedTaking(action: string, word: string, before: string, ukrainian: boolean): boolean {
  const firstPlural = (ukrainian ? UKRAINIAN_FIRST_PLURAL_FUTURE : RUSSIAN_FIRST_PLURAL_FUTURE).test(word);
  return PROMISED_TAKES.has(action) && (firstPlural || FUTURE_AUXILIARY_BEFORE.test(before));
}
function perfectiveFuture(word: string, ukrainian: boolean): boolean {
  // (the prefixed verbs of motion pair an indeterminate imperfective stem with a determinate perfective one: "выводят",
  // "відводять", "вывозят" are present, "выведут", "вывезут" future; "воз-" as a prefix is no stem: "возьмут")
  if (/ход|\p{L}(?:вод|воз|нос)/iu.test(word)) return false;
  return (ukrainian ? UKRAINIAN_PERFECTIVE_FUTURE : RUSSIAN_PERFECTIVE_FUTURE).test(word);
}

/** Right before a noun of taking, an adjective of what is to follow or may follow: "с последующим освобождением X",
 * "для дальнейшего освобождения X", "предрек скорое взятие X", "з подальшим звільненням", "можливе захоплення", "the
 * imminent fall of X". A prospect, no event. "likely" is that adjective only after a determiner ("the likely fall of
 * X"); after a subject it is the adverb of an assessed past act ("Russian troops likely took control of X"). */
const PROSPECTIVE_BEFORE =
  /(?<![\p{L}])(?:(?:последующ|дальнейш|возможн|неизбежн|предстоящ|будущ|потенциальн|ожидаем|подальш|можлив|неминуч|майбутн|потенційн|очікуван)\p{L}*|скор(?:ое|ого|ому|ым|ом)|imminent|impending|possible|potential|eventual|future|expected|(?<=(?:the|a|an|its|their|this|that|['’]s)\s+)likely|looming|prospective)\s+$/iu;
const POSTPOSED_NEGATION = /^\s*(?:пока\s+)?(?:нет|не\s+было|не\s+произошло)(?![\p{L}])/iu;
/** "В частности – в", "В том числе,", "Среди них —", "Среди них оказались": the opening of a sentence that details the
 * one before, up to its list. */
const PARTICULAR_LEAD =
  /^\s*(?:речь\s+ид[её]т\s+о(?:б)?(?:\s+(?:сел(?:е|ах)|пос[её]лк(?:е|ах)|город(?:е|ах)|населенн?ых\s+пунктах))?|(?:в\s+частности|в\s+том\s+числе|среди\s+них|в\s+их\s+числе)\s*(?:[,:]|[–—](?=\s))|среди\s+(?:них|этих\s+(?:\p{L}+\s+)?(?:сел|пос[её]лков|городов|пунктов))\s+(?:оказал\p{L}*|был\p{L}*|значат\p{L}*|есть|названы?|указаны?)(?![\p{L}])\s*:?)\s*(?:(?:в|во|на)\s+)?/iu;
/** The Ukrainian openings of a sentence that details the one before: "Йдеться про села", "Зокрема,", "Серед них –",
 * "Серед них опинилися". */
const UK_PARTICULAR_LEAD =
  /^\s*(?:(?:йдеться|мова\s+йде|ідеться)\s+про(?:\s+(?:сел[оа]|селища|міста|населені\s+пункти))?|(?:зокрема|серед\s+них|у\s+тому\s+числі|в\s+тому\s+числі)\s*(?:[,:]|[–—](?=\s))|серед\s+них\s+(?:опинил\p{L}*|бул\p{L}*|значат\p{L}*|є|назван\p{L}*)(?![\p{L}])\s*:?)\s*(?:(?:в|у|на)\s+)?/iu;
/** The English openings of a sentence that names the places the one before counted: "Among the settlements named are",
 * "They are", "The locations targeted by the Moscow forces are", "The ministry's report named the three as". */
const EN_PARTICULAR_LEAD =
  /^\s*(?:among\s+(?:them|the\s+(?:settlements|villages|towns|localities)(?:\s+named)?)\s+(?:are|were)|(?:they|these)\s+(?:are|were|include|included)|the\s+(?:locations|settlements|villages|towns|localities)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:are|were|include|included)|[^.;:]{0,80}?(?<![\p{L}])named\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+(?:villages|settlements|towns))?)\s+as)(?![\p{L}])\s*:?\s*/iu;
/** "Про це повідомив Генштаб …", "Об этом сообщили в Минобороны", "This was reported by …": a sentence that only
 * names who reported the one before it. */
const ATTRIBUTION_SENTENCE =
  /^\s*(?:про\s+це|об\s+этом|this\s+was)\s+(?:\p{L}+\s+){0,2}?(?:повідоми|сообщи|заяви|проінформува|проинформирова|написа|reported|announced|stated)/iu;
/** "Про це повідомляє X", "Об этом сообщает X", "Об этом пишет X": the same in the present, mostly an outlet's tag,
 * which names who reported the sentence before only where it names no one (a claimant carried to it stays). */
const ATTRIBUTION_NOW =
  /^\s*(?:про\s+це|об\s+этом)\s+(?:\p{L}+\s+){0,2}?(?:повідомля|сообща|пише|пишут|пишет|передає|передают|передает|інформу|информиру)/iu;
/** The change of hands the sentence before reported without naming a place, carried to a Russian "В частности" list
 * right after it: a trigger over the opening words, with the earlier verb's action. */
function detailedChange(
  ctx: ClaimContext,
  previous: Span,
  text: string,
  sentence: Span,
  perspective: Perspective,
  opts: EventOptions,
): Found | null {
  const lead = PARTICULAR_LEAD.exec(text) ?? UK_PARTICULAR_LEAD.exec(text) ?? EN_PARTICULAR_LEAD.exec(text);
  if (!lead) return null;
  // (a list may detail fighting too: "просунулися в районі ще кількох населених пунктів. Йдеться про X, Y", "нанесла
  // поражение … в районах нескольких населенных пунктов. Среди них оказались X, Y"; a change of hands wins, and so does
  // clearing: "зачистили … ще один населений пункт. Йдеться про село X")
  // ("Они не находятся в \"серой зоне\"": a negated phrase reports nothing for a list to detail)
  const previousText = sentenceText(ctx, previous);
  const found = triggersIn(previousText, previous.start, []).filter(
    (f) => !NEGATION_BEFORE.test(previousText.slice(Math.max(0, f.start - previous.start - 60), f.start - previous.start)),
  );
  // (and a hold: "четыре населенных пункта … находятся под контролем России. Среди этих населенных пунктов указаны X, Y")
  const change =
    found.find((f) => f.action === 'captured' || f.action === 'liberated' || f.action === 'cleared' || f.action === 'withdrew') ??
    found.find((f) => f.action === 'fighting') ??
    found.find((f) => f.action === 'controls');
  if (!change) return null;
  const side =
    (change.action === 'controls'
      ? (holderNamed(change.text) ?? holderNamedAfter(ctx.article.text.slice(change.end, previous.end), perspective))
      : null) ?? actorNamed(ctx, previous, change, perspective, claimantSideOf(claimantIn(sentenceText(ctx, previous)), perspective), opts);
  return {
    action: change.action,
    // "відбили атаки … поблизу дев'яти населених пунктів. Ідеться про X": the side carried is the subject, which held the
    // attacks off; the list's fighting is the attacker's
    repelled: change.repelled,
    ownerReturns: OWNER_RETURN.test(change.text),
    ...(side ? { carriedSide: side } : {}),
    start: sentence.start + lead.index,
    end: sentence.start + lead.index + lead[0].trimEnd().length,
    text: lead[0].trimEnd(),
  };
}
/** The side named in the first words after an attributive participle, its agent ("захваченную ВСУ"). A settlement
 * named there is the noun the participle qualifies, never its agent: "из освобожденного Украинска" (the name's stem is
 * the country's, but it names the place), so the places' spans are blanked before the side words are looked for. */
function agentAfter(text: string, from: number, places: readonly { start: number; end: number }[]): Side | null {
  const after = blankedWindow(text, from, from + 40, places);
  const words = /^\s*(?:[\p{L}-]+\s*){0,3}/u.exec(after)?.[0] ?? '';
  for (const side of ['UA', 'RU', 'DPRK'] as const) if (SIDE_WORDS[side].test(words)) return side;
  return null;
}

/** "If Russian forces capture X", "unless Ukraine retakes Y": an English condition, no event (a "once" or "until" clause
 * tells of a fact and is not here; nor is "if confirmed," which closes before the verb). */
const CONDITIONAL_BEFORE = /(?<![\p{L}])(?:if|unless|whether)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** "Russia's goal of capturing X", "aimed at taking Y", "in a bid to…" (the infinitive is read elsewhere): an aim. So is
 * an adjective or verb of intent before "on" and a gerund: "bent on taking X", "intent on capturing Y", "set on
 * seizing Z", "focused on taking", "insists on taking" (a will, not a deed). */
const INTENT_GERUND_BEFORE =
  /(?<![\p{L}])(?:(?:goals?|aims?|aimed|bid|plans?|intention|ambitions?|hopes?|sights?)\s+(?:of|at|on|for|to)|(?:bent|intent|set|focused|keen|insist(?:s|ed|ing)?)\s+on)\s+$/iu;

/** A Cyrillic attack noun (not a verb: "атаковали российские подразделения" names the attacked) whose genitive names
 * the attacker: "наступ окупантів", "штурми ворога", "продвижение ВСУ", and so does a counter-attack's ("контратаки ВСУ",
 * "контрнаступ ЗСУ"). */
const ATTACK_NOUN_FORM =
  /(?<![\p{L}])(?:контр-?)?(?:наступ(?:у|ом|и|ів)?|атак(?:а|и|у|ою)?|штурм(?:у|ом|и|ів)?|просуванн\p{L}*|продвижени\p{L}*|наступлени\p{L}*)\s/iu;

/** "X and Y in the Kursk region", "X Курской области, а также Y Сумской области": a region named right after a place
 * says which country it and the places listed before it are in, whatever reading of a namesake the gazetteer chose. */
function statedCountries(text: string, list: readonly LocatedMention[], others: readonly LocatedMention[]): Map<LocatedMention, string> {
  const out = new Map<LocatedMention, string>();
  let current: string | null = null;
  for (let i = list.length - 1; i >= 0; i--) {
    current = statedCountry(text, list[i]!.end, others) ?? current;
    if (current) out.set(list[i]!, current);
  }
  return out;
}

/** English verbs say whose the place was: "recaptured", "retook", "won back" a side's own, "captured", "seized", "took"
 * the other's. When the gazetteer's reading disagrees and a namesake in the country the verb implies was a candidate
 * ("Ukrainian forces captured X" read as a Ukrainian X), the verb's country is the one normalised by. */
const OWN_VERB = /^(?:re-?took|re-?tak|re-?captur|regain|won\s+back|win\s+back|(?:took|taken|take|takes|taking)\s+back|reclaim)/iu;
const OTHER_VERB = /^(?:captur|seiz|occup|overr[au]n|took(?!\s+back)|taken(?!\s+back))/iu;
function verbCountry(verb: string, actor: Side | null, m: LocatedMention): string | null {
  if (!actor || actor === 'DPRK') return null;
  const implied = OWN_VERB.test(verb) ? actor : OTHER_VERB.test(verb) ? otherSide(actor) : null;
  if (!implied || implied === m.entry.country) return null;
  return m.scored.some((s) => s.entry.country === implied && SETTLEMENT_KINDS.has(s.entry.kind)) ? implied : null;
}

/** "В Курской области освобождён населённый пункт X, в ДНР — Y": a region in a phrase of place just before the verb
 * says which country the items up to the list's next part (after a dash) are in, where nothing after them says. */
function leadingRegion(
  text: string,
  trig: Found,
  list: readonly LocatedMention[],
  others: readonly LocatedMention[],
  stated: Map<LocatedMention, string>,
): void {
  if (!list[0] || list[0].start < trig.end) return;
  const first = list[0];
  const inRegion = (x: LocatedMention): boolean =>
    ['region', 'district'].includes(x.entry.kind) &&
    /(?:^|[\s,])(?:в|у|in(?:\s+the)?)\s+$/iu.test(text.slice(Math.max(0, x.start - 12), x.start));
  const o = others.find(
    (x) =>
      inRegion(x) &&
      ((x.end <= trig.start && trig.start - x.end <= 30 && /^[\s,]*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(x.end, trig.start))) ||
        // "взяли под контроль четыре населенных пункта в Донецкой Народной Республике: A, B, C и D": the region of
        // the count that introduces the list
        (x.start >= trig.end && x.end <= first.start && /^\s*(?::|[–—](?=\s))\s*$/u.test(text.slice(x.end, first.start)))),
  );
  if (!o) return;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && /[–—]/u.test(text.slice(list[i - 1]!.end, list[i]!.start))) return;
    if (!stated.has(list[i]!)) stated.set(list[i]!, o.entry.country);
  }
}

const FORCES_WORD_END = /(?<![\p{L}])(?:арми|войск|сил|подразделени|военн|forces|troops|army|military)\p{L}*\s+$/iu;
/** The country of a region, district or country named right after `end` ("in the Kursk region"), or null. */
function statedCountry(text: string, end: number, others: readonly LocatedMention[], sortedByStart = false): string | null {
  // in text order the first place at or after `end` decides, and none after it can be nearer: no scan of the whole list
  // per mention, which made an article of many names quadratic
  for (let i = sortedByStart ? firstStartingAtOrAfter(others, end) : 0; i < others.length; i++) {
    const o = others[i]!;
    if (sortedByStart && o.start - end > 40) break;
    if (o.start < end || o.start - end > 40) continue;
    // "in the Kursk region", "Курской области", "in Ukraine's northern border region of Sumy"
    const gap = text.slice(end, o.start);
    // "X, в Донецкой Народной Республике — Y": a region before a dash heads the next part of the list
    if (/^[\s,]+(?:in|в|у|на)\s/iu.test(gap) && /^\s*[–—]/u.test(text.slice(o.end, o.end + 5))) return null;
    // "захваченного армией РФ": a country after a word for forces names the side, not where the place lies
    if (o.entry.kind === 'country' && FORCES_WORD_END.test(gap)) return null;
    // "Sudzha, the largest town Ukraine held": a country with no preposition before it and a verb after it is a side
    if (
      o.entry.kind === 'country' &&
      !/(?<![\p{L}])(?:in|of)\s/iu.test(gap) &&
      // (a headline in title case capitalises the verb: "Near Avdiivka, Russia Seizes Control")
      /^\s+(?![Rr]egion|[Bb]order|[Oo]blast)\p{L}/u.test(text.slice(o.end, o.end + 12))
    )
      return null;
    // "The capture of X signifies Russia's advantage": a country's possessive after a word of the clause (a verb) is the
    // side it qualifies, not where X lies ("X, Ukraine's eastern region" and "X in Russia's Kursk region" still place it)
    if (
      o.entry.kind === 'country' &&
      !/(?<![\p{L}])(?:in|of)\s/iu.test(gap) &&
      /\p{L}/u.test(gap) &&
      /^['’]s\s+\p{Ll}/u.test(text.slice(o.end, o.end + 12))
    )
      return null;
    if (
      ['region', 'district', 'country'].includes(o.entry.kind) &&
      // a quotation may close between them: "liberated … Zamostye and Mirny” in the Kursk region"
      /^["”»’]?[\s,]*(?:(?:in|of|в|у|на)\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u.test(gap) &&
      // "took Sudzha from Ukraine", "вибили з X до Y": where a place was taken from or went to is no place it lies in
      !NOT_LOCATING.test(gap)
    )
      return o.entry.country;
    return null;
  }
  return null;
}

/** A settlement's name as written, lower-cased, without a final vowel or soft sign (a Cyrillic case ending). */
const nameStem = (text: string): string => text.toLowerCase().replace(/[аяуюиіїыоеєёьйeaoy]+$/u, '');

/** "took control of Oleshnya … liberated Oleshnya in the Kursk region": a settlement the article places in a country
 * once (a region named right after it) lies there at every mention, whatever namesake the gazetteer read elsewhere;
 * a name placed in two countries is left to each mention. */
function countriesStatedInArticle(ctx: ClaimContext): Map<string, string> {
  const text = ctx.article.text;
  const located = locatedMentions(ctx).sort((a, b) => a.start - b.start);
  const settlements = new Set(located.filter((m) => isSettlement(m, text, located)));
  const others = located.filter((m) => !settlements.has(m));
  const out = new Map<string, string>();
  const mixed = new Set<string>();
  for (const m of located) {
    if (!settlements.has(m)) continue;
    const country = statedCountry(text, m.end, others, true);
    if (!country) continue;
    // by the name as written, less its case ending ("Олешня", "Олешню"): a mention read at its district's point is still
    // the same village
    const name = nameStem(m.text);
    if (out.has(name) && out.get(name) !== country) mixed.add(name);
    out.set(name, country);
  }
  for (const name of mixed) out.delete(name);
  return out;
}

const NOT_LOCATING = /(?<![\p{L}])(?:from|out|to|towards?|into|by|with|against|з|із|зі|из|от|від|до|к|с|со)(?![\p{L}])/iu;

const holderEnd = (trig: Found, list: readonly LocatedMention[]): number =>
  list[0] && list[0].start > trig.end ? Math.min(list[0].start, trig.end + 40) : trig.end + 40;

/** The acts a negated letting or ability before them turns into an attempt (not holding or leaving: "не смогли удержать X"
 * is a loss). */
const THWARTED_TAKES = new Set<ControlAction>(['captured', 'liberated', 'entered', 'cleared']);
/** A plain English "not"/"never" before the verb ("had not been pushed out of", "never entered") ... */
// (not a negated verb of ceasing: "has not stopped assaulting X" says the attacks go on)
const PLAIN_NOT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:not|never|n['’]t)(?!\s+(?:only|${EN_CEASE})(?![\p{L}]))\s+(?:\p{L}+\s+){0,2}$`,
  'iu',
);
/** ... not a failure or an inability ("failed to", "was unable to", "has yet to", "could not"), which is no claim. */
const ABILITY_NOT_BEFORE = /(?<![\p{L}])(?:failed|unable|yet|could|can|cannot|able|managed|no\s+longer)(?![\p{L}])[^.;]*$/iu;

/** English "occupied" before a name is an attribute after a determiner, a preposition or an adverb of state ("the
 * occupied town of X", "in occupied X", "Russian-occupied X"); after its subject it is the act ("Russians occupied X"). */
const EN_ATTRIBUTE_BEFORE =
  /(?:^|(?<![\p{L}])(?:the|a|an|this|that|these|those|its|their|his|her|our|of|in|into|from|to|at|near|for|with|on|as|temporarily|partially|partly|fully|still|now|formerly|previously|newly|recently)\s+|-)$/iu;

/** "measures are being taken to stabilise the front and take back control over X": a bare English verb after "and"
 * that continues an infinitive is one too (a past form after "and" is a finite verb: "moved to X and captured Y"). */
const TO_AND_BEFORE =
  /(?<!(?:managed|able|succeeded|forced|compelled|continu\p{L}*|used|began|started|had|has|have)\s)(?<![\p{L}])to\s+\p{L}+(?:\s+[^\s.;:!?,]+){0,8}\s+and\s+$/iu;
/** "trying to reach the canal, a waterway south of the river, and seize X": an attempt scopes over a bare verb
 * coordinated with its infinitive, across an aside with commas (no clause break: "but", "which", "after" …). */
const ATTEMPT_TO_AND_BEFORE =
  /(?<![\p{L}])(?:try|tries|tried|trying|attempt\p{L}*|efforts?|bids?|struggl\p{L}*|striv\p{L}*)\s+to\s+\p{L}+(?:\s+(?!(?:but|while|whereas|although|which|who|where|when|after|before|because|since|then)\s)[^\s.;:!?]+){0,25}\s+and\s+$/iu;
const PAST_FORM = /^(?:\p{L}+(?:ed|en|wn)|took|won|fell|lost|held|drove|broke|withdrew|overran|went)$/iu;
/** Whether an English trigger is a bare verb coordinated with the infinitive `before` ends in (`pattern`). */
const continuesInfinitive = (pattern: RegExp, before: string, trigger: string): boolean =>
  /^\p{Script=Latin}/u.test(trigger) && pattern.test(before) && !PAST_FORM.test(trigger.split(/\s/u)[0]!);
const attemptCoordinated = (before: string, trigger: string): boolean => continuesInfinitive(ATTEMPT_TO_AND_BEFORE, before, trigger);
const coordinatedInfinitive = (before: string, trigger: string): boolean => continuesInfinitive(TO_AND_BEFORE, before, trigger);

/** Fighting reported without a side ("тривають бої поблизу X", "clashes near X"): the side of the events just
 * reported continues it (at most two sentences back); else fighting in a Ukrainian settlement is Russia's attack. */
/** "Бойцы «Север» отразили шесть атак ВСУ в Курской области. … бои шли в направлении X": the attacker of a sentence
 * that names no settlement, for the sideless fighting of the next one. */
function attackerOfSentence(ctx: ClaimContext, sentence: Span, perspective: Perspective, opts: EventOptions): Side | null {
  const text = sentenceText(ctx, sentence);
  const trig = triggersIn(text, sentence.start, []).find((f) => f.action === 'fighting');
  if (!trig) return null;
  const claimantSide = claimantSideOf(claimantIn(text), perspective);
  const attacker = attackerNamed(ctx.article.text.slice(trig.start, trig.end + 60), perspective);
  const named = actorNamed(ctx, sentence, trig, perspective, claimantSide, opts);
  return trig.repelled ? (attacker ?? (named ? otherSide(named) : null)) : (named ?? attacker);
}

function fightingActor(country: string, recent: { side: Side; sentence: number } | null, sentence: number): Side | null {
  if (recent && sentence - recent.sentence <= 2) return recent.side;
  return country === 'UA' ? 'RU' : null;
}

/** Whether a stretch of text names either side, by name, forces, "the enemy" or "our troops". */
const namesSide = (span: string): boolean =>
  SIDE_WORDS.UA.test(span) || SIDE_WORDS.RU.test(span) || ENEMY_WORDS.test(span) || OWN_WORDS_IN.test(span);

/** Fighting for a settlement's liberation ("бої за звільнення X"). */
const LIBERATION_FIGHT = /звільнен|освобожд/iu;
/** An operation named by its aim ("операция по освобождению X", "операція зі звільнення X"). */
const OPERATION_BY_AIM = /операц/iu;
/** The cut-off family of the repelled triggers ("X окружен", "попал в клещи", "оказался взят в полукольцо", "troops
 * surrounded in X"): its subject is the side cut off, so with no side named the reporter's enemy is not the actor; the
 * place's attacker is. */
const CUT_OFF = /окруж|(?:полу)?кольц|клещ|котл|кот[её]л|блокирован|surround|encircl|trapped|blocked|blockad|cut\s+off/iu;

/** Fighting with no side in a Russian settlement ("в Судже идут бои"): in this article, the side that gains ground in
 * Russia is the one attacking there (Ukraine in the incursion, Russia in the recapture). */
/** Russian words for Russia taking back its own ground. */
const LIBERATION_WORDS = /(?<![\p{L}])(?:освобо[дж]|отво[её]ва)\p{L}*/u;
function sidelessFighting(events: ControlEventFeature[], ctx: ClaimContext, perspective: Perspective | undefined): void {
  const gains = new Map<Side, number>();
  for (const { properties: p } of events)
    if (
      p.actor &&
      p.actor !== 'DPRK' &&
      p.action !== 'fighting' &&
      p.action !== 'withdrew' &&
      !p.denied &&
      ctx.gazetteer.byId(p.settlement)?.country === 'RU'
    )
      gains.set(p.actor, (gains.get(p.actor) ?? 0) + 1);
  const [first, second] = [...gains].sort((a, b) => b[1] - a[1]);
  // No side gains ground in Russia here: Ukrainian reporting ("тривають бої в районі Суджі", the General Staff's
  // counts on the Kursk axis) tells of the enemy's attacks, as it does in Ukraine; and an article that speaks of
  // Russia liberating its ground ("освобождение Курской области") has Russia attacking there
  const side =
    first && !(second && second[1] === first[1])
      ? first[0]
      : perspective === 'UA' || (!first && LIBERATION_WORDS.test(ctx.article.text))
        ? 'RU'
        : null;
  if (!side) return;
  for (const { properties: p } of events)
    if (p.action === 'fighting' && !p.actor && ctx.gazetteer.byId(p.settlement)?.country === 'RU') p.actor = side;
}

/** Without a named actor, the action may imply one: a settlement is liberated by the side whose country it is, and
 * captured or entered by the other. */
function impliedActor(action: ControlAction, country: string): Side | null {
  if (country !== 'UA' && country !== 'RU') return null;
  if (action === 'liberated') return country;
  if (action === 'captured' || action === 'entered' || action === 'cleared') return otherSide(country);
  return null;
}

/** "DeepState reported the capture of X" (a Ukrainian X): Ukrainian reporting calls its own side's gains on Ukrainian
 * land liberation, never capture, so its report of a capture there, with no subject named, is of the enemy's. (Russian
 * reporting in translation is not held to this: the wires render its recaptures in Kursk as "the capture of X".) */
/** "the fall of X": the place fell, so whoever speaks of it (often its loser) is not the side that took it. */
const FALL = /^fall/iu;
/** "officials said that X had fallen": the verb's subject is the place, as the noun's is, and names no taker. */
const BARE_FALL = /^(?:has|had|have)\s+(?:\p{L}+ly\s+)?fallen$/iu;
/** A falling told with no taker in its words: the clause's subject or speaker is not the side that took the place. */
const agentlessFall = (trigger: string, nominal: boolean): boolean => (nominal && FALL.test(trigger)) || BARE_FALL.test(trigger);

const ownLoss = (action: ControlAction, speaker: Side | null, country: string): boolean =>
  action === 'captured' && speaker === 'UA' && country === 'UA';

/** "They liberated X and Y. A video showed the capture of Y": a noun of taking that names no agent continues the side
 * that acted in the sentence before. */
function topicSide(trig: Found, recent: { side: Side; sentence: number } | null, sentence: number): Side | null {
  return NOUN_OF_TAKING.test(trig.text) && recent && sentence - recent.sentence <= 1 ? recent.side : null;
}

/** "Ukraine's forces withdrew from X. The withdrawal from X aims to …": a withdrawal no side is named for continues the
 * side that lost ground in the sentence before (the last event's gainer is the other). */
function withdrawerOfTopic(action: ControlAction, recent: { side: Side; sentence: number } | null, sentence: number): Side | null {
  return action === 'withdrew' && recent && sentence - recent.sentence <= 1 ? otherSide(recent.side) : null;
}

/** Reporting's convention, whatever verb the text uses: a side taking back its own country's settlement liberates it;
 * a side taking the other's captures it (Kyiv's "liberated Sudzha" is a capture, Moscow's "took Plekhovo" a
 * liberation). */
function normalisedAction(action: ControlAction, actor: Side | null, country: string): ControlAction {
  if (!actor || (country !== 'UA' && country !== 'RU')) return action;
  if (action === 'captured' && actor === country) return 'liberated';
  if (action === 'liberated' && actor !== country) return 'captured';
  return action;
}

function holderAfter(action: ControlAction, actor: Side | null): Side | null {
  if (!actor) return null;
  if (action === 'fighting') return null;
  if (action === 'withdrew') return actor === 'DPRK' ? 'UA' : otherSide(actor);
  return actor;
}

/** A line of a bulleted or one-name-a-line list ("• Погребки", "- Orlovka", "2) Новенькое"): a name and no verb. */
const LIST_LINE = /^(?:[•·▪●◦*–—-]|\d{1,2}[.)])?\s*\p{Lu}[\p{L}\p{N}'’ .-]{0,40}[,;.]?$/u;
/** "установили контроль над четырьмя населенными пунктами:" followed by one name a line: the lines continue the
 * sentence the colon opens, so the verb governs them as one list (the MoD's and governors' bulletins). */
function withListLines(sentences: readonly Span[], text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!text.slice(s.start, s.end).trimEnd().endsWith(':')) {
      out.push(s);
      continue;
    }
    let end = s.end;
    while (i + 1 < sentences.length && LIST_LINE.test(text.slice(sentences[i + 1]!.start, sentences[i + 1]!.end).trim()))
      end = sentences[++i]!.end;
    out.push(end === s.end ? s : { start: s.start, end });
  }
  return out;
}

export function extractControlEvents(ctx: ClaimContext, options: Partial<EventOptions> = {}): ControlEventFeature[] {
  // the rules read the text without its scare quotes (same offsets); each event quotes its sentence as written
  const read = withoutScareQuotes(ctx.article.text);
  if (read === ctx.article.text) return eventsOf(ctx, options);
  const original = ctx.article.text;
  return eventsOf({ ...ctx, article: { ...ctx.article, text: read } }, options).map((e) => {
    const at = read.lastIndexOf(e.properties.quote, e.properties.start);
    const quote = at < 0 ? e.properties.quote : original.slice(at, at + e.properties.quote.length);
    return { ...e, properties: { ...e.properties, quote, trigger: e.properties.trigger.replace(/\s{2,}/gu, ' ') } };
  });
}

function eventsOf(ctx: ClaimContext, options: Partial<EventOptions>): ControlEventFeature[] {
  const opts = { ...defaultEventOptions, ...options };
  const { article, parsed } = ctx;
  const out: ControlEventFeature[] = [];
  const carriedTo = new Set<ControlEventFeature>(); // events whose claimant was carried, not named in their sentence
  const weighed = new Set<ControlEventFeature>(); // nouns of taking a modal weighs, kept only if the act is told elsewhere
  const ordersDone = ordersCarriedOut(article.text); // orders to withdraw report withdrawals (none told as future)
  const sideless = new Set<ControlEventFeature>(); // English fighting whose clause names no side: the article's attacker
  const byReporter = new Set<ControlEventFeature>(); // withdrawals whose side only the perspective gave
  let perspective: Perspective | undefined;
  let previous: ControlEventFeature[] = []; // the events of the sentence before, which a denial may refer back to
  const recentEvents: { index: number; events: ControlEventFeature[] }[] = []; // for a denial referring further back
  let placelessClaim = -1; // the last sentence that told a claim with no event of its own, which a denial after it denies
  let recent: { side: Side; sentence: number } | null = null; // the last side seen acting, for sideless fighting
  let index = -1;
  let lastSentence: Span | null = null;
  let sentenceBefore: Span | null = null;
  let lastFirstSide: Side | null = null; // the first side named in the sentence before, for "Они вошли в X"
  // the sentences right before this one that name no settlement (a dateline's city aside), nearest first: a list's count
  // may stand behind them (counted-behind.ts)
  let bareRun: Span[] = [];
  let lastSettlements: LocatedMention[] = []; // for "Они … были освобождены" referring to the list before
  const ukrainianArticle = isUkrainianArticle(article);
  const articleCountry = countriesStatedInArticle(ctx);
  const claimants = new ClaimantMemory(); // the sides of the offices the article has named, for a later bare "the ministry"
  const carry = new ClaimantCarry(); // a claimant named before, for the sentences that go on with its report
  const names = new ClaimantNames(); // each claimant's name in full, a bare office as the article named it before
  let lastEnd = 0;
  const sentenceSpans = withListLines(parsed.sentences, article.text);
  // (adjacent-fighter.ts reads a sentence's worth of each span; the slices are cut there too, so a sentence with no end
  // and many triggers is not copied whole for each)
  const ADJACENT_READ = 600;
  // Cyrillic fighting no side is named for: the side the next clause or sentence names acting there (adjacent-fighter.ts);
  // a sentence that names another settlement tells of somewhere else
  const there = (span: Span | null | undefined, list: readonly LocatedMention[]): string | null => {
    if (!span) return null;
    const located = locatedMentions(ctx, span);
    const ids = new Set(list.map((m) => m.entry.id));
    return located.some((m) => isSettlement(m, article.text, located) && !ids.has(m.entry.id))
      ? null
      : article.text.slice(span.start, Math.min(span.end, span.start + ADJACENT_READ));
  };
  const neighbourFighter = (trig: Found, list: readonly LocatedMention[], sentence: Span, before: Span | null, next?: Span): Side | null =>
    /^\p{Script=Cyrillic}/u.test(trig.text)
      ? adjacentFighter(
          [
            article.text.slice(list.at(-1)!.end, Math.min(sentence.end, list.at(-1)!.end + ADJACENT_READ)),
            there(next, list),
            there(before, list),
          ],
          perspective ?? articlePerspective(ctx),
        )
      : null;
  for (const sentence of sentenceSpans) {
    const located = locatedMentions(ctx, sentence);
    const settlements = located.filter((m) => isSettlement(m, article.text, located));
    // (a settlement is no speaker; a country or a republic may be: "Russia said", "ДНР сообщила")
    const said = sentenceText(ctx, sentence);
    const placeNames = settlements.map((m) => m.text);
    const sentenceClaimant = notAPlace(claimantIn(said), placeNames);
    claimants.note(sentenceClaimant);
    // who says so, for the event's claimant only (the side reading above keeps the sentence's own claimant)
    // (an outlet that carries the report is not its speaker: the source it cites, or the speaker before its tag)
    // (an office with no name, "a spokesperson for X confirmed": the body it speaks for, or the person the article just
    // named, whom it refers back to; the event's claimant only, so the sides read above stay as they were)
    // ("Ukraine's army said Wednesday", "Ukraine's general staff said on Sunday": a side's forces in lower case)
    const office = sentenceClaimant === null ? officeBodyIn(said) : null;
    const force = sentenceClaimant === null && office === null ? forceSpeakerIn(said) : null;
    // (an English body by its head noun, "the Rybar channel said", "the brigade said": the event's claimant only, so the
    // sides read above stay as they were; body-head-speaker.ts)
    // (a place read as a body's name, "the Donetsk brigade said": no one; before a unit's head, only a modifier)
    const bodyHead =
      sentenceClaimant === null
        ? notAPlace(
            bodyHeadSpeakerIn(
              said,
              article.text,
              sentence.start,
              located.map((m) => m.text),
            ),
            placeNames,
          )
        : null;
    const behind = speakerBehindOutlet(said, sentenceClaimant ?? bodyHead, (who) => notAPlace(who, placeNames) === null, carry.holds);
    const heldOn = carry.next(said, names.name(said, behind, false), article.text.slice(lastEnd, sentence.start).includes('\n'));
    // ("Про це повідомив начальник … Олег Григоров": the speaker a sentence of reference names after a title, for the
    // events it refers back to and its own; not carried on, since a carried name met the other side's claims told
    // later under it and made them one speaker's update on the map, held-out fresh10)
    const referred = referenceTense(said) !== null ? names.name(said, behind) : null;
    carry.saw(referred);
    // ("This was stated by X": an English passive agent names the speaker of its sentence and the one before; an aside
    // that does not take over the report carried on)
    const passive = sentenceClaimant === null ? passiveSpeakerIn(said) : null;
    // (a side's forces speak for their own sentence only, not carried on: carried, they met the other side's claims told
    // later and made them one speaker's update on the map, as the reference speaker did in fresh10)
    const ownOnly = behind === null ? (office === null ? force : (carry.lastPerson ?? office)) : null;
    const ownSpoken = ownOnly !== null ? names.name(said, ownOnly) : null;
    // (a headline names its source after its dash or before its colon, no verb of saying: "… – Генштаб", "ISW: …"; its
    // own events only, not carried: a second speaker in the article ended the carry of the body's single speaker)
    const headline = sentenceClaimant === null ? notAPlace(headlineSourceIn(article.text, sentence, located), placeNames) : null;
    const spoken = passive !== null ? names.name(said, passive) : (referred ?? ownSpoken ?? headline ?? heldOn.claimant);
    lastEnd = sentence.end;
    const pronounSide = lastFirstSide;
    lastFirstSide = firstSideIn(said);
    index++;
    const first = out.length;
    const antecedents = lastSettlements;
    lastSettlements = settlements;
    // a sentence with no settlement of its own is read only when a plural pronoun may stand for the list before it
    const anaphoric =
      settlements.length === 0 &&
      ((antecedents.length >= 2 && PLURAL_PRONOUN_OPENING.test(said)) || (antecedents.length >= 1 && ANAPHOR_IN_SENTENCE.test(said)));
    const text = settlements.length || anaphoric ? said : '';
    // "… продвинулись на приграничье Сумской области. В частности, вблизи села X": a sentence that opens with "in
    // particular" details the fighting of the one before, its verb left out
    const carried =
      settlements.length > 0 &&
      lastSentence !== null &&
      PARTICULAR.test(text) &&
      (ADVANCE_VERB.test(sentenceText(ctx, lastSentence)) ||
        triggersIn(sentenceText(ctx, lastSentence), lastSentence.start, []).some((f) => f.action === 'fighting'));
    const previousSentence = lastSentence;
    const earlierSentence = sentenceBefore; // two back, for an attacker told before
    sentenceBefore = lastSentence;
    lastSentence = sentence;
    const triggers = opts.clauseOnly
      ? []
      : settlements.length || anaphoric
        ? triggersIn(text, sentence.start, located, carried, ukrainianArticle)
        : [];
    // "… в шести деоккупированных населенных пунктах проведены мероприятия. В частности – в A, B и C": a change of
    // hands counted in a sentence that names no settlement, and detailed by a list that opens the next
    // ("… відбили атаки поблизу дев'яти населених пунктів. Про це повідомив Генштаб. Ідеться про X, Y": a sentence that
    // only says who reported the count may stand between)
    // (the article's perspective is read once: perspectiveOf over the whole text for each sentence was quadratic)
    const countedIn = (s: Span): Found | null => detailedChange(ctx, s, text, sentence, perspective ?? articlePerspective(ctx), opts);
    // ("… отразили шесть атак ВСУ. Об этом сообщило МО. Бои шли у X": further back, past sentences that report nothing)
    const passable = (s: Span): boolean => {
      const t = sentenceText(ctx, s);
      return ATTRIBUTION_SENTENCE.test(t) || RESTATEMENT.test(t);
    };
    const counted = triggers.length === 0 ? countedBehind(bareRun, countedIn, passable) : null;
    if (counted && !opts.clauseOnly) triggers.push(counted);
    bareRun = settlements.some((m) => !isDateline(article.text, sentence.start, m)) ? [] : [sentence, ...bareRun].slice(0, COUNTED_BEHIND);
    // a sentence with no trigger phrase may still have a verb of control governing its settlements
    const readable = opts.clauseReading && settlements.length > 0;
    if (triggers.length === 0 && !(readable && clauseReadings(article.text, sentence, settlements, [], () => true).length)) {
      // "Kyiv denied this." / "У Генштабі спростували цю інформацію.": a denial that reports no event of its own
      // denies what the sentence before reported.
      // (one that names a change of hands denies no fighting told there: named-denial.ts)
      if (previous.length && DENIAL.test(said) && !negatedDenial(said, DENIAL)) {
        carryDenialBack(previous, said);
      }
      // "ВС РФ освободили X. Об этом сообщили в Минобороны РФ.", "This was stated by …": who reported what the sentence
      // before told, named after it
      // (a claimant named after the events outranks one carried to them from before, where the sentence says so of
      // "this": the looser English forms only fill a gap; on dev they overrode good carried names)
      // (an outlet's present "Про це повідомляє X з посиланням на Y" names its source Y as the past form names a body)
      // ("Про це у п'ятницю, 6 травня, повідомили …", "Про це йдеться у зведенні …": reference-speaker.ts's wider form)
      const tense = referenceTense(said);
      const now = ATTRIBUTION_NOW.test(said) || tense === 'present';
      const saysOfThis = ATTRIBUTION_SENTENCE.test(said) || tense === 'past' || (now && citesSource(said));
      if (spoken && (saysOfThis || attributesBefore(said) || now))
        for (const e of previous) if (e.properties.claimant === null || (saysOfThis && carriedTo.has(e))) e.properties.claimant = spoken;
      // "… refuted the claim" a sentence or two after it: the claim its noun refers back to is denied
      const denialOfEarlier = earlierClaimDenial(said);
      if (denialOfEarlier !== null && placelessClaim !== index - 1)
        markReferredClaimDenied(recentEvents, index, firstSideIn(denialOfEarlier) ?? deniersSide(said));
      answerCounterStatement(said, sentence.start, [], recentEvents, index);
      if (tellsClaim(said)) placelessClaim = index;
      previous = [];
      continue;
    }
    perspective ??= articlePerspective(ctx);
    const denied = DENIAL.test(text) && !negatedDenial(text, DENIAL);
    // (a denial naming the claim it denies names its claimer: "denied Russia's claim", "спростували заяви рф про …")
    const claimer = denied ? deniedClaimerIn(text) : null;
    // the sentence's claimant, read once above (a sentence read only for a list the one before counted has no text here)
    const claimant = text ? sentenceClaimant : null;
    // ("Путину доложили об освобождении X": no claimant, but the side reported to is the side reporting)
    const claimantSide =
      claimants.sideOf(claimant ?? (text ? headline : null), perspective ?? null) ??
      (text && !claimant ? claimantSideOf(addresseeIn(text), perspective ?? null) : null);
    const phrases = sentencePhrases(ctx, sentence);
    const taken = new Set<LocatedMention>();
    const settlementSet = new Set(settlements);
    const nonSettlements = located.filter((m) => !settlementSet.has(m));
    let fightingSide: Side | null | undefined; // the actor of the sentence's last fighting, for a gapped phrase of place
    const gapToSettlementAfter = (trig: Found): string | null => {
      const next = inStartOrder(settlements)
        ? settlements[firstStartingAtOrAfter(settlements, trig.end)]
        : settlements.find((m) => m.start >= trig.end);
      return next ? article.text.slice(trig.end, next.start) : null;
    };
    const read = (trig: Found, i: number, forced?: LocatedMention[]): void => {
      const before = article.text.slice(Math.max(sentence.start, trig.start - 60), trig.start);
      // Negated acts are no events ("failed to retake X", "не змогли зайти"), unless the sentence denies a claim: "X was
      // not captured, the General Staff denied" keeps the claim, marked denied.
      // "ЗСУ більше не контролюють X", "no longer holds X": control ended, the subject's withdrawal, not a negated act
      const noLonger = trig.action === 'controls' && NO_LONGER_BEFORE.test(before);
      // "Russia said its forces had not been pushed out of X": a side saying an act did not happen denies the claim
      // "Ворог не контролює X", "не захватили X": a negated Cyrillic verb of taking or holding denies it (negated-hold.ts)
      const negatedHold =
        !denied &&
        !noLonger &&
        negatedHoldDenies(trig.action, before, article.text.slice(trig.end, sentence.end), gapToSettlementAfter(trig));
      const saidNot =
        (!denied && !noLonger && claimant !== null && PLAIN_NOT_BEFORE.test(before) && !ABILITY_NOT_BEFORE.test(before)) || negatedHold;
      // "не дали ВСУ закрепиться в X", "не могут закрепиться в X": a side kept from taking or entering a place tried to
      const thwarted =
        THWARTED_TAKES.has(trig.action) && THWARTED_BEFORE.test(before) && CYRILLIC_INFINITIVE.test(trig.text.split(/\s/u)[0]!);
      if (NEGATION_BEFORE.test(before) && !denied && !noLonger && !saidNot && !thwarted) return;
      if (NO_FIGHTING.before.test(before) && NO_FIGHTING.noun.test(trig.text)) return; // "there are no direct battles in X"
      // (an order to withdraw reports the withdrawal: the words before the order weigh it)
      const aimWords = beforeOrderedWithdrawal(trig.action, before, ordersDone);
      if (!thwarted && (HYPOTHETICAL_BEFORE.test(aimWords) || PROSPECTIVE_BEFORE.test(aimWords))) return; // "could seize", "plans to take", "may try to capture"
      if (CONDITIONAL_BEFORE.test(before) || INTENT_GERUND_BEFORE.test(before)) return; // "if Russian forces capture X"
      if (QUESTION_END.test(text)) return; // "Will Russia take X?", "Чи втримають ЗСУ X?": a question reports nothing
      let action = noLonger ? 'withdrew' : trig.action;
      // "окупованого села X": the holder's state, by the side that is not the country's (unless named)
      const attributive = ATTRIBUTIVE_PARTICIPLE.test(trig.text.split(/\s/u)[0]!);
      const occupied =
        action === 'captured' &&
        ((OCCUPIED_ATTRIBUTE.test(article.text.slice(trig.start, trig.end + 40)) &&
          (!/^occupied/iu.test(trig.text) || EN_ATTRIBUTE_BEFORE.test(before)) &&
          !(attributive && postposedNoun(article.text, trig, settlements))) ||
          UNDER_OCCUPATION.test(trig.text) ||
          // "Торецьк, окупований у лютому, …": a participle in apposition
          (OCCUPIED_APPOSITION.test(trig.text) && APPOSITION_BEFORE.test(before)) ||
          // "три села повністю окуповані", "залишаються окупованими": a state of control
          (OCCUPIED_PARTICIPLE.test(trig.text) &&
            (OCCUPIED_STATE_BEFORE.test(before) || OCCUPIED_SINCE_AFTER.test(article.text.slice(trig.end, trig.end + 40)))) ||
          // "The village of X is occupied, …": the English present passive with no agent
          (/^occupied$/iu.test(trig.text) &&
            EN_OCCUPIED_STATE_BEFORE.test(before) &&
            /^\s*(?:[,;]|\.(?:\s|$))/u.test(article.text.slice(trig.end, trig.end + 3))));
      if (PARTICIPLE_OF_AREA.test(article.text.slice(trig.start, trig.end + 40))) return;
      if (occupied) action = 'controls';
      // "had nearly expelled … from X", "on the verge of complete liberation": a taking near or kept from being done is
      // fighting there, as an attempt is (a hold is not graded so)
      const unfinished = UNFINISHED_TAKES.has(action) && UNFINISHED_BEFORE.test(before);
      const attempt =
        thwarted ||
        unfinished ||
        ATTEMPT_BEFORE.test(before) ||
        aimedTaking(trig.text, before, article.text.slice(trig.end, sentence.end)) || // "бросила на захват X"
        attemptCoordinated(article.text.slice(Math.max(sentence.start, trig.start - 200), trig.start), trig.text);
      const infinitive =
        INFINITIVE_BEFORE.test(aimWords) ||
        ((ukrainianSentence(text, ukrainianArticle) ? UKRAINIAN_INFINITIVE : CYRILLIC_INFINITIVE).test(trig.text.split(/\s/u)[0]!) &&
          !MANAGED_BEFORE.test(before));
      if (!attempt && (infinitive || coordinatedInfinitive(before, trig.text))) return; // "their aim was to capture X", "цель — захватить X"
      if (attempt) action = 'fighting'; // "tried to capture X": fighting at X, no change of control
      // "Russian forces are capturing X street by street": the English progressive of a verb of taking is a taking under
      // way, i.e. fighting (as the Cyrillic imperfective present "захоплюють", "освобождают")
      if (TAKES_OBJECT.has(action) && action !== 'controls' && /^\p{L}+ing$/u.test(trig.text) && PROGRESSIVE_BEFORE.test(before))
        action = 'fighting';
      // "Захватит ли Россия X?", "Чи захопить Росія X?": a perfective verb's non-past is a future, no event yet
      if (action !== 'fighting' && action !== 'controls') {
        const verb = trig.text.split(/\s/u)[0]!;
        const ukrainian = ukrainianSentence(text, ukrainianArticle);
        if (perfectiveFuture(verb, ukrainian) || promisedTaking(action, verb, before, ukrainian)) return;
      }
      let { list, fallback, relative, placeSubject } = forced
        ? { list: forced, fallback: false, relative: false, placeSubject: false }
        : objectsOf(ctx, sentence, trig, triggers[i + 1], settlements, nonSettlements, opts);
      // "… расположены села A, B и C. Они ранее были освобождены": a plural pronoun opening the sentence, the subject of a
      // passive of taking with no place of its own, stands for the list of the sentence before
      if (
        !list.length &&
        antecedents.length >= 2 &&
        TAKES_OBJECT.has(action) &&
        CYRILLIC_PASSIVE.test(trig.text.split(/\s/u)[0]!) &&
        PLURAL_PRONOUN_OPENING.test(article.text.slice(sentence.start, trig.start))
      )
        ({ list, fallback } = { list: antecedents, fallback: true });
      // "вдалося закріпитися в цьому населеному пункті": a demonstrative noun of a settlement as the object stands for
      // the settlement named last, in this sentence or the one before
      if (!list.length && ANAPHOR_OBJECT.test(article.text.slice(trig.end, trig.end + 60))) {
        const antecedent = settlements.filter((m) => m.end <= trig.start).at(-1) ?? antecedents.at(-1);
        // ("звільнили місто X. Інформація про деокупацію цього населеного пункту …": the same report again adds nothing;
        // only an act that outranks what the settlement already has is news: "підійшли до X. … зайшли в це село")
        const told = out.filter((e) => antecedent && e.properties.start === antecedent.start).map((e) => RANK[e.properties.action]);
        if (antecedent && told.every((r) => RANK[action] > r)) ({ list, fallback } = { list: [antecedent], fallback: true });
      }
      // "liberated the village of X …, in reference to the Ukrainian village of Y", "have entered (there) …, referring to
      // X": a place a phrase of reference names later in the sentence is the object under another name, or the one the
      // verb left unnamed
      const referred = referredNames(article.text, sentence, trig, list, settlements);
      if (referred.length) ({ list, fallback } = { list: [...list, ...referred], fallback: fallback || !list.length });
      // "recaptured a village close to the city of X": a landmark of the place that changed hands is not that place
      // (a relative clause on the name is its own event: "a village near X, the eastern city that fell in May")
      if (action !== 'fighting' && action !== 'controls' && list.length && !relative) {
        list = list.filter((m) => !isLandmark(article.text, trig, m, sentence.start));
        if (!list.length) return;
      }
      if (gerundProspect(article.text, sentence, trig, list)) return; // "Capturing X would give Moscow …"
      const weighedByModal = nounWeighedByModal(article.text, trig, list); // "X's capture would be a milestone"
      // "полного выхода войск ВСУ из Суджи нет": a Russian noun phrase of the act denied by a "нет" after it
      if (list.length && POSTPOSED_NEGATION.test(article.text.slice(list.at(-1)!.end, list.at(-1)!.end + 20)) && !denied) return;
      // Part of a place taken, cleared, held, entered or left keeps its action and is flagged (the map shows the place
      // contested, the side named stays on the event); ground taken near it is fighting there, not part of it
      const reading =
        list[0] && action !== 'fighting' ? partOfPlace(article.text, trig, list[0], ukrainianSentence(text, ukrainianArticle)) : null;
      if (reading === 'near' && (action === 'captured' || action === 'liberated' || action === 'cleared' || action === 'entered'))
        action = 'fighting';
      // "закріплюються у південній частині X", "начали закрепляться в северной части X": an imperfective foothold in a part
      // of a place, still being taken, is fighting there (round 31), not its entry; in the whole place ("продолжают
      // закрепляться в X") it stays entry
      const footholdUnderway = action === 'entered' && reading === 'part' && IMPERFECTIVE_FOOTHOLD.test(trig.text);
      if (footholdUnderway) action = 'fighting';
      const part = reading === 'part' && !footholdUnderway;
      // "просунулися у Шевченку, біля Далекого": advancing inside a place (locative) is fighting there, not entry, and
      // its list runs on as a list of places fought at
      // (Russian "продвинулись в Купянске" the same)
      const nominative = list[0] && !isApproximateSettlement(list[0]) ? list[0].entry.name : null;
      if (
        action === 'entered' &&
        list[0] &&
        ((/^просун/iu.test(trig.text) && ukrainianLocative(list[0].text, nominative)) ||
          (/^продвин/iu.test(trig.text) && russianLocative(list[0].text, nominative)))
      ) {
        action = 'fighting';
        ({ list, fallback, relative } = objectsOf(ctx, sentence, { ...trig, action }, triggers[i + 1], settlements, nonSettlements, opts));
      }
      // "Суджу, которая … освобождена": the subject of a relative clause stands inside it, after its object
      // ("the Ukrainian city of X has emerged as a battleground": a settlement subject of a linking verb names no side; its
      // own noun phrase before it is the place's, not the fighter's)
      const clause = (relative || placeSubject) && list[0] ? { start: list[0].end, end: sentence.end } : sentence;
      // "Russia's capture of X", "the fall of X to Russian forces": a noun of taking names its agent in its own phrase; a
      // fall names none elsewhere (the clause's subject did not make the place fall), while "completed the capture of X"
      // still has its subject's
      const nominal = isNounOfTaking(trig.text);
      // "после прорыва обороны российские войска захватили X": the subject inside a joined phrase is its last verb's
      const joinedSubject = trig.joinedAt !== undefined ? joinedSubjectSide(trig.text, trig.joinedAt, perspective ?? null) : null;
      // "Возле Киева оккупанты пытаются прорвать оборону": a phrase of place put before the sentence's fighting verb
      // takes that verb's side (the attacker, where the verb is one of holding off)
      const ahead =
        trig.gapped && fightingSide === undefined ? triggers.slice(i + 1).find((t) => t.action === 'fighting' && !t.gapped) : undefined;
      const aheadSide = ahead ? actorNamed(ctx, sentence, ahead, perspective ?? null, claimantSide, opts) : null;
      const subject =
        trig.gapped && fightingSide !== undefined
          ? fightingSide
          : aheadSide
            ? ahead!.repelled
              ? otherSide(aheadSide)
              : aheadSide
            : attributive
              ? agentAfter(article.text, trig.end, settlements) // "захваченную ВСУ": the agent follows
              : (joinedSubject ??
                (nominal
                  ? nounOfTakingActor(before, article.text.slice(Math.max(list.at(-1)?.end ?? 0, trig.end), sentence.end), claimantSide)
                  : null) ??
                nominalAgentSide(trig.text) ?? // "взятия российскими войсками под контроль села X": the noun's own agent
                nominalHolderSide(trig.text, article.text.slice(trig.end, sentence.end)) ?? // "о переходе X под контроль ВСУ"
                (agentlessFall(trig.text, nominal)
                  ? null
                  : (trig.carriedSide ?? actorNamed(ctx, clause, trig, perspective ?? null, claimantSide, opts))));
      // "ВСУ … пытаются перехватить инициативу. Они вновь вошли в X": a Russian pronoun subject is the side the sentence
      // before named first
      // "… east of Lysychansk, which they took last month": "they" as a relative clause's subject is the side of the
      // clause the relative hangs on, read up to the place
      const pronoun =
        !subject && PRONOUN_SUBJECT.test(article.text.slice(sentence.start, trig.start))
          ? pronounSide
          : !subject && relative && list[0] && RELATIVE_PRONOUN_SUBJECT.test(article.text.slice(list[0].end, trig.start))
            ? actorNamed(ctx, sentence, { ...trig, start: list[0].start, end: list[0].start }, perspective ?? null, claimantSide, opts)
            : null;
      // "ВСУ выбиты из X": the subject of a passive of driving out is the side driven out
      // "thwarted a Ukrainian attempt to take X": the side of the attempt is the attacker, before the clause's subject
      const subjectSide =
        (attempt ? attemptNounSide(before) : null) ??
        (subject && EXPELLED_PASSIVE.test(trig.text) ? otherSide(subject) : (subject ?? pronoun));
      // "Ukrainian forces have been trying to hold X": an attempt to keep control is the holder fighting the other side off
      const named = subjectSide && attempt && trig.action === 'controls' ? otherSide(subjectSide) : subjectSide;
      // The country the text puts the list in ("Uspenovka and Borki in the Kursk region"), else the first one's own
      const stated = statedCountries(article.text, list, nonSettlements);
      leadingRegion(article.text, trig, list, nonSettlements, stated);
      const country = list[0] ? (stated.get(list[0]) ?? articleCountry.get(nameStem(list[0].text)) ?? list[0].entry.country) : '';
      // "Ukrainian troops are fighting in X" (a Ukrainian X): a symmetric verb of fighting on the subject's own ground
      // names the defender, not the attacker ("Kyiv's troops are fighting in Sudzha" names the attacker)
      const defendsOwnGround = named !== null && !trig.repelled && symmetricFighting(trig.text, before) && country === named;
      // One period for the whole list: the time phrase nearest the verb and its objects.
      const phrase = list.length
        ? nearestPhrase(phrases, Math.min(trig.start, list[0]!.start), Math.max(trig.end, list.at(-1)!.end), 80)
        : null;
      // One verb, one actor for its whole list: named, else the side it acts on, else the claimant's side (a side
      // reports its own gains; a denial is of the other side's), else implied by its first object.
      // the attack phrase runs on to its object: "о прорыве ВСУ в Глушково"
      const phraseEnd = list[0] && list[0].start > trig.end ? Math.min(list[0].start, trig.end + 60) : trig.end;
      // (in "нанесено поражение … штурмовой бригады ВСУ" the side is the one losses were inflicted on, no attacker)
      const attacker =
        action === 'fighting' && !/^(?:нанес|завда)/iu.test(trig.text)
          ? attackerNamed(article.text.slice(trig.start, phraseEnd), perspective ?? null)
          : null;
      // "X was cleared of Russians": the side named after "of" is removed, not the one clearing
      const removed = action === 'cleared' ? removedPhrase(article.text, Math.max(trig.end, list.at(-1)?.end ?? trig.end)) : null;
      // "виведення українських підрозділів з X": the side a withdrawal names is the one withdrawing
      // ("Из X вывели украинские подразделения": a transitive verb of withdrawing whose object follows it names that side)
      const inTrigger = attacker
        ? null
        : (objectSide(trig, perspective ?? null) ??
          (removed ? objectSide({ ...trig, text: removed }, perspective ?? null) : null) ??
          (action === 'withdrew' && WITHDRAWING_TRANSITIVE.test(trig.text)
            ? objectSide({ ...trig, text: phraseAfter(article.text, trig.end, 40) }, perspective ?? null)
            : null));
      // "о входе российских войск в X", "вхід російських військ у X": the side an entering noun names is the one entering
      const enteringNoun = action === 'entered' && ENTERING_NOUN.test(trig.text);
      const object = action === 'withdrew' || enteringNoun ? null : inTrigger;
      // "under Kyiv's control", "fell into Russian hands": the holder is named in the phrase
      const holder =
        // a flag raised names its side: "підняли український прапор над X"
        action === 'controls' || /hands|control|контрол|прапор|стяг|флаг|триколор|знам[яе]|flag|tricolou?r|^f[ae]ll/iu.test(trig.text)
          ? (holderNamed(trig.text.slice(trig.joinedAt ?? 0)) ??
            holderNamedAfter(article.text.slice(trig.end, holderEnd(trig, list)), perspective ?? null, claimantSide) ??
            possessiveHolder(trig.text, claimantSide, perspective ?? null))
          : null;
      // Without a claimant, a side's own reporting of "liberated"/"cleared" is its own gain (a Russian summary's
      // "продолжается зачистка X", a Ukrainian one's "звільнено X").
      // A withdrawal no side is named for ("рішення про вихід із X") is the reporting side's own: sides report their own
      // withdrawals, and the other side's as its gains.
      // An agentless Cyrillic passive of taking control ("місто Балаклія взято під контроль", "установлен контроль над
      // X") is told the same way: the verb of control is neutral, so Ukrainian reporting uses it for its own gains too
      // (unlike "захоплено", see ownLoss).
      const agentlessTaking =
        action === 'captured' && CYRILLIC_SHORT_PASSIVE.test(trig.text.split(/\s/u)[0]!) && /контрол/iu.test(trig.text);
      const speaker =
        claimantSide ??
        (action === 'liberated' || action === 'cleared' || action === 'withdrew' || agentlessTaking ? (perspective ?? null) : null);
      const deniedHere =
        saidNot ||
        (denied &&
          !assertedAfterDenial(
            article.text.slice(sentence.start, trig.start),
            article.text.slice(trig.start, sentence.end),
            action === 'fighting',
          ));
      const fromClaimant = speaker ? (deniedHere ? otherSide(speaker) : speaker) : null;
      // The actor of "repelled attacks near X" is the attacker, the side the subject (the claimant's) fought off.
      // "clashes near X, Y and Z, where it said troops had repelled two counter-attacks": a clause after the list in which
      // a side beats attacks back makes that side the defender there, and the fighting the other side's
      const defender =
        action === 'fighting' && !trig.repelled && !attacker && list.length
          ? (passiveRepelDefender(article.text.slice(list.at(-1)!.end, sentence.end), perspective ?? null) ??
            defenderAfter(article.text.slice(list.at(-1)!.end, sentence.end), named ?? claimantSide, perspective ?? null))
          : null;
      const actor = !list.length
        ? null
        : defender
          ? otherSide(defender)
          : trig.repelled
            ? named
              ? otherSide(named)
              : (attacker ??
                object ??
                // (a place cut off is no attack the reporting side beat back: "Угледар попал в клещи" is not Ukraine's)
                (!CUT_OFF.test(trig.text) && (claimantSide ?? perspective) ? otherSide((claimantSide ?? perspective)!) : null) ??
                // "Бахмут окружен": no side named, the one that attacks a Ukrainian place is Russia's
                fightingActor(country, null, index))
            : (holder ??
              // "Сили оборони стримують наступ окупантів біля X": the side an attack noun names attacks there, whoever
              // the verb's subject is
              // (unless a subject stands inside the phrase: "после прорыва обороны российские войска стремятся захватить X")
              (action === 'fighting' && ATTACK_NOUN_FORM.test(trig.text) && !joinedSubject ? attacker : null) ??
              // "наступ російських військ перебільшений, а можливий вихід ЗСУ із X": the side the withdrawal itself names
              // is the one withdrawing, whoever the clause named before it
              (action === 'withdrew' ? inTrigger : null) ??
              (defendsOwnGround ? null : named) ??
              seatSubject(before) ??
              (action === 'withdrew' ? (inTrigger ?? withdrawerAfter(article.text, trig, list)) : null) ??
              (enteringNoun ? inTrigger : null) ??
              attacker ??
              (object
                ? otherSide(object)
                : action === 'fighting'
                  ? LIBERATION_FIGHT.test(trig.text) && (country === 'UA' || country === 'RU')
                    ? // "бої за звільнення X": the side whose settlement it is fights for it; an operation named by
                      // its aim is its reporter's ("доложил о начале операции по освобождению X": the MoD's side)
                      ((OPERATION_BY_AIM.test(trig.text) ? fromClaimant : null) ?? country)
                    : // (fighting the denier reports beside its denial is the denied side's too)
                      ((deniedHere || denied ? deniedClaimSide(text, claimantSide) : null) ??
                      (named ? null : neighbourFighter(trig, list, sentence, previousSentence, sentenceSpans[index + 1])) ??
                      fightingActor(country, recent, index) ??
                      (previousSentence ? attackerOfSentence(ctx, previousSentence, perspective ?? null, opts) : null) ??
                      (earlierSentence ? attackerOfSentence(ctx, earlierSentence, perspective ?? null, opts) : null))
                  : occupied
                    ? otherSide(country === 'RU' ? 'RU' : 'UA')
                    : !deniedHere && !agentlessTaking && ownLoss(action, speaker, country)
                      ? impliedActor(action, country)
                      : ((trig.ownerReturns || OWNER_RETURN.test(trig.text) ? impliedActor(action, country) : null) ??
                        (agentlessFall(trig.text, nominal) ? null : fromClaimant) ??
                        topicSide(trig, recent, index) ??
                        impliedActor(action, country) ??
                        withdrawerOfTopic(action, recent, index))));
      // a withdrawal whose side only the reporting side's perspective gives (no claimant, nothing in its clause): a
      // side the article names withdrawing from the same place outranks it (a quote of the other side's command)
      const speakerWithdrawer =
        action === 'withdrew' &&
        actor !== null &&
        actor === fromClaimant &&
        !claimantSide &&
        !holder &&
        !inTrigger &&
        !named &&
        !seatSubject(before) &&
        !attacker &&
        !object;
      // English fighting whose clause names no side at all (its actor, if any, only guessed from the sentences around
      // it; Cyrillic reporting keeps its perspective's reading, measured: round 18)
      const unnamed =
        action === 'fighting' &&
        /^\p{Script=Latin}/u.test(trig.text) &&
        !trig.repelled &&
        !defender &&
        !holder &&
        (defendsOwnGround || !named) &&
        !seatSubject(before) &&
        !attacker &&
        !object &&
        !LIBERATION_FIGHT.test(trig.text) &&
        !deniedHere &&
        // ("trying in vain to dislodge Russian troops in X": the side a verb's object names after it is read there)
        !namesSide(article.text.slice(trig.end, Math.min(sentence.end, trig.end + 60)));
      // ("ЗСУ не контролюють X, заявили в Генштабі": a side saying it does not hold a place admits it, denies no claim;
      // read as before, no event)
      if (negatedHold && actor !== null && actor === claimantSide) return;
      if (action === 'fighting') {
        // a phrase of place left without its verb continues this fighting, also when its own list is empty
        const side = list.length ? actor : trig.repelled ? (named ? otherSide(named) : (attacker ?? object)) : (named ?? attacker);
        if (side) fightingSide = side;
      }
      if (actor && actor !== 'DPRK')
        recent = { side: action === 'withdrew' || action === 'controls' ? otherSide(actor) : actor, sentence: index };
      // "the situation near X is under control": an English state of control that names no holder is no control event
      if (action === 'controls' && !actor && /^\p{Script=Latin}/u.test(trig.text)) return;
      // a clause reading whose side nothing names is too weak to report
      if (trig.clause && !actor) return;
      // "residents were ordered/forced to leave X": a compulsion to leave whose side nothing names is an evacuation
      if (
        action === 'withdrew' &&
        !actor &&
        LEAVING.test(trig.text) &&
        COMPELLED_TO_LEAVE.test(article.text.slice(Math.max(0, trig.start - 30), trig.start))
      )
        return;
      for (const m of list) {
        // "З міста X, за яке тривали бої …, Збройні сили відійшли": the place's own verb, naming it as its object (no
        // fallback), outranks the fighting a subordinate clause's trigger gave it first (a participle adds its own event)
        const foughtHere = taken.has(m) && !fallback && !attributive ? outrankedFighting(out, first, m, action) : -1;
        if (foughtHere >= 0) {
          out.splice(foughtHere, 1);
          taken.delete(m);
        }
        // "на Суджу, захваченную ВСУ": a participle after a comma adds its own event to a place already taken; so does a
        // relative clause whose object the place is, with an act of its own ("fighting near X, which Kyiv captured in
        // August"; not "X, where …", which only locates more of the same)
        // (and an English participle of taking right after the name's comma: "closing in on X, captured by Russian troops
        // in July")
        if (
          taken.has(m) &&
          !attributive &&
          !(relative && action !== 'fighting' && OBJECT_RELATIVE_AFTER.test(article.text.slice(m.end, m.end + 20))) &&
          !(
            action !== 'fighting' &&
            EN_PARTICIPLE_GAP.test(article.text.slice(m.end, trig.start)) &&
            /^\p{L}+(?:ed|en)(?![\p{L}])/u.test(trig.text)
          )
        )
          continue;
        taken.add(m);
        const act = normalisedAction(
          action,
          actor,
          stated.get(m) ?? articleCountry.get(nameStem(m.text)) ?? verbCountry(trig.text, actor, m) ?? m.entry.country,
        );
        const precision: Precision = isApproximateSettlement(m)
          ? m.precision!
          : act === 'fighting' && NEAR.test(article.text.slice(trig.start, m.start))
            ? 'near'
            : 'exact';
        const confidence = Math.max(
          0.1,
          Math.min(1, 0.55 + (named ? 0.2 : 0) + (claimant ? 0.1 : 0) - (fallback ? 0.15 : 0) - (attempt ? 0.1 : 0)) *
            (m.status === 'low-confidence' ? 0.8 : 1) *
            (trig.clause ? 0.7 : 1),
        );
        out.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [round6(m.entry.lon), round6(m.entry.lat)] },
          properties: {
            type: 'control',
            id: `${article.file}:${m.start}:${act}`,
            article: article.file,
            published: article.published,
            quote: text,
            start: m.start,
            end: m.end,
            trigger: trig.text,
            // a village known with its district alone, or one no layer knows put in a district or near a neighbour by
            // the text, is itself (the place feature's id), drawn at its container's point
            settlement: placeIdOf(m),
            // one no layer knows by the nominative its place feature bears ("біля Далекого" → Далеке)
            settlementName: m.named
              ? m.named.name
              : m.unlisted && m.precision
                ? unlistedSettlementName([m.text], m.entry.country, ctx.gazetteer)
                : isApproximateSettlement(m)
                  ? m.text
                  : m.entry.name,
            ...(m.named || m.unlisted ? { locatedAt: m.entry.id } : {}),
            precision,
            action: act,
            actor,
            holder: holderAfter(act, actor),
            claimant: text ? ((deniedHere ? claimer : null) ?? spoken) : null,
            denied: deniedHere || allegedBefore(before),
            ...((part || (m !== list[0] && partBeforeMember(article.text, m, ukrainianSentence(text, ukrainianArticle)))) &&
            act !== 'fighting'
              ? { part: true }
              : {}),
            asOf: phrase?.period ?? { start: article.published, end: article.published },
            asOfBasis: phrase ? `“${phrase.text}”` : 'the publication date',
            confidence: Math.round(confidence * 100) / 100,
            ...(trig.clause ? { reading: 'clause' as const } : {}),
          },
        });
        if (weighedByModal) weighed.add(out.at(-1)!);
        if (text && passive === null && heldOn.carried !== null) carriedTo.add(out.at(-1)!);
        if (unnamed) sideless.add(out.at(-1)!);
        if (speakerWithdrawer) byReporter.add(out.at(-1)!);
      }
    };
    triggers.forEach((trig, i) => read(trig, i));
    // the general reading: settlements no trigger gave an event, governed by a verb of control in their clause
    if (readable) {
      const had = new Set(out.slice(first).map((e) => e.properties.start));
      for (const r of clauseReadings(
        article.text,
        sentence,
        settlements,
        nonSettlements,
        (m) => !taken.has(m) && !had.has(m.start),
        triggers,
      ))
        read(
          { action: r.action, repelled: r.repelled, start: r.verb.start, end: r.verb.end, text: r.verb.text, clause: true },
          triggers.length,
          r.list,
        );
    }
    // whose taking the sentence denies ("Інформація окупантів про захоплення X — неправда": Russia's)
    const taker = denied && text ? claimedTakerSide(text) : null;
    if (out.length === first && previous.length && denied) carryDenialBack(previous, text, taker);
    // (a denial with fighting of its own refers back to the claim: "Ukrainian officials denied Russia's claims, saying
    // clashes continue near X")
    const denialOfEarlier = text ? earlierClaimDenial(text) : null;
    if (denialOfEarlier !== null && placelessClaim !== index - 1)
      markReferredClaimDenied(recentEvents, index, firstSideIn(denialOfEarlier) ?? (taker && otherSide(taker)));
    if (text) answerCounterStatement(text, sentence.start, out.slice(first), recentEvents, index);
    // "Сили оборони утримують X, також бої тривають біля Y, однак інформація про окупацію … не відповідає дійсності"
    if (denied) affirmBesideNamedDenial(article.text, sentence, out.slice(first), taker ?? deniedClaimSide(text, claimantSide));
    // "Ivanivka, east of the town of Kupiansk", "Червонопоповка возле Кременной": where a settlement lies is no event
    for (let k = out.length - 1; k >= first; k--) if (isReferencePoint(article.text, out[k]!.properties, settlements)) out.splice(k, 1);
    // "could enable a broader assault on X", "смогут … начать штурм X": what a modal opens is a prospect
    for (let k = out.length - 1; k >= first; k--) if (afterModalOfProspect(article.text, sentence, out[k]!.properties)) out.splice(k, 1);
    previous = out.slice(first);
    recentEvents.push({ index, events: previous });
    if (!previous.length && tellsClaim(said)) placelessClaim = index;
  }
  withArticleAttackers(sideless, out, (p) => ctx.gazetteer.byId(p.settlement)?.country);
  withPlaceWithdrawers(out, byReporter);
  withToldWithdrawers(out, article.text);
  sidelessFighting(out, ctx, perspective);
  withRestatedDenials(out);
  withDeniersHolds(out);
  return withoutProspects(out, weighed).sort((a, b) => a.properties.start - b.properties.start);
}
