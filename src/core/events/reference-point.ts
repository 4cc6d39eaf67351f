// A settlement named only to say where another settlement lies: "Ivanivka, east of the town of Kupiansk", "Marjinka,
// located almost 30 kilometers southwest of the regional capital Donetsk", "Maryinka Near Donetsk", "в селе
// Червонопоповка возле Кременной", "Лысовка и Сухой Яр, которые находятся около Мирнограда", "Озерне неподалік
// Слов’янська". The event is the first settlement's; the reference point is where it lies, not where control changed
// or fighting went on. (A bearing of the fighting itself, "advancing south of X", "бои севернее X", stays an event at
// X: only a bearing in apposition to another named settlement is read here.)
import type { Span } from '../text/sentences.ts';
import { firstStartingAtOrAfter, inStartOrder } from '../partition-point.ts';

/** "which lies", "located", "що розташоване", "которые находятся": the optional verb of lying between the two names. */
const LYING = String.raw`(?:(?:(?:which|that)\s+(?:is|are|lies|lie)\s+)?(?:located|situated|lying|lies)\s+|(?:(?:що|який|яке|яка|які|который|которое|которая|которые)\s+)?(?:розташован\p{L}*|розміщен\p{L}*|знаходиться|знаходяться|лежить|расположен\p{L}*|находится|находятся|лежит)\s+)?`;
/** The verb of lying itself, not optional: what marks an apposition after an unlocated name. */
const LYING_VERB = String.raw`(?:(?:(?:which|that)\s+(?:is|are|lies|lie)\s+)?(?:located|situated|lying|lies)\s+|(?:(?:що|який|яке|яка|які|который|которое|которая|которые)\s+)?(?:розташован\p{L}*|розміщен\p{L}*|знаходиться|знаходяться|лежить|расположен\p{L}*|находится|находятся|лежит)\s+)`;
/** "about 10 kilometers (six miles)", "за 7 км", "в трех километрах": an optional distance. */
const DISTANCE = String.raw`(?:(?:about|around|some|almost|nearly|roughly|just|only|approximately|близько|приблизно|майже|лише|всього|примерно|около|почти|всего|лишь|в|у|за)\s+)*(?:\d+(?:[.,]\d+)?|a\s+few|\p{L}+)\s+(?:km|kilomet(?:er|re)s?|miles?|км|кілометр\p{L}*|километр\p{L}*)(?:\s*\([^)]{0,30}\))?\s+`;
/** A bearing ("east of", "to the north-west of", "на південь від", "южнее", "к северу от") or a word of nearness;
 * "from", "від", "от" only after a distance ("30 km from X"). */
const BEARING = String.raw`(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+of|near|close\s+to|next\s+to|outside|not\s+far\s+from|на\s+(?:північ|південь|схід|захід|північний\s+(?:схід|захід)|південний\s+(?:схід|захід))\s+від|(?:північн|південн|східн|західн)(?:о-(?:східн|західн))?іше|неподалік(?:у)?(?:\s+від)?|поблизу|біля|недалеко\s+від|к\s+(?:северу|югу|востоку|западу|северо-(?:востоку|западу)|юго-(?:востоку|западу))\s+от|(?:(?:северо|юго)-(?:восточн|западн)|северн|южн|восточн|западн)ее|возле|около|вблизи|недалеко\s+от|неподалеку\s+от|рядом\s+с)\s+`;
const NEARNESS = /^(?:near|close|next|outside|not|неподалік|поблизу|біля|недалеко|возле|около|вблизи|неподалеку|рядом)(?![\p{L}])/iu;
const FROM = String.raw`(?:from|від|от)\s+`;
/** The reference point's own noun: "the town of", "the regional capital", "міста", "города". */
const NOUN = String.raw`(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:town|city|village|settlement|capital|hub)(?:\s+of)?\s+|(?:[\p{Ll}-]+\s+){0,2}?(?:міста|селища|села|смт|города|поселка|посёлка|деревни)\s+)?`;
/** The whole phrase between the located settlement's name and the reference point's. */
const BETWEEN = [
  new RegExp(`^\\s*,?\\s*${LYING}(?:${DISTANCE})?(${BEARING})${NOUN}$`, 'iu'),
  new RegExp(`^\\s*,?\\s*${LYING}${DISTANCE}(${FROM})${NOUN}$`, 'iu'),
];

/** "Marjinka, located almost 30 kilometers southwest of the regional capital Donetsk": the same apposition after a name
 * the gazetteer does not know (so no settlement of the sentence), told by a verb of lying, which a bare "on Monday
 * near X" or "Monday, 20 km north of X" (a bearing of the fighting itself) lacks. */
const UNLOCATED_BEFORE = new RegExp(`([\\p{L}'’-]+)\\s*,\\s*${LYING_VERB}(?:(?:${DISTANCE})?${BEARING}|${DISTANCE}${FROM})${NOUN}$`, 'iu');
function placedByUnlocatedName(before: string): boolean {
  const name = UNLOCATED_BEFORE.exec(before)?.[1];
  return name !== undefined && /^\p{Lu}/u.test(name) && !CONTROL_WORD.test(before.slice(before.lastIndexOf(name)));
}

/** "Він зазначив, що селище розташоване неподалік від Запоріжжя", "село находится в 10 км от X": a settlement told by
 * its bare noun (the article's place, named before) placed by a verb of lying; its reference point is no event either.
 * The noun may stand in any case before a relative clause ("оборону цього міста, яке розташоване неподалік X", "в
 * городе, который находится недалеко от X"): the same placing, told of the noun's own settlement. */
const SETTLEMENT_NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:селищ(?:е|а|у|і|ем)|сел(?:о|а|у|і|е|ом)|міст(?:о|а|у|і|ом)|містечк(?:о|а|у|і|ом)|населен(?:ий|ого|ому|ім)\\s+пункт(?:а|у|і|ом)?|пос[её]л(?:ок|ка|ку|ке|ком)|город(?:а|у|е|ом)?|населенн(?:ый|ого|ому|ом)\\s+пункт(?:а|у|е|ом)?|деревн(?:я|и|е|ю|ей))(?:\\s*,)?\\s+${LYING_VERB}(?:(?:${DISTANCE})?${BEARING}|${DISTANCE}${FROM})${NOUN}$`,
  'iu',
);

/** "X, which Russia took last month", "X, a city that fell …", "X — now held by Russia", "X, захоплений …": the
 * reference point has a clause of its own, which may tell of its own change of hands. */
const OWN_CLAUSE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:(?:which|that|who|where|котор\p{L}*|где)(?![\p{L}])|(?:,|—|–)\s*(?:which|that|who|where|(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,6}?(?:that|which|who|where|captured|taken|seized|occupied|held|liberated|retaken|recaptured)|now|once|captured|taken|seized|occupied|held|liberated|retaken|recaptured|який|яка|яке|які|яку|що|де|котор\p{L}*|где|захоплен\p{L}*|окупован\p{L}*|звільнен\p{L}*|захвачен\p{L}*|оккупирован\p{L}*|освобожд\p{L}*|освобожден\p{L}*)(?![\p{L}]))/iu;
/** "west of the Russian-controlled city of X": a word of control in the reference's noun phrase is its own event. */
const CONTROL_WORD =
  /(?:controlled|held|occupied|captured|taken|liberated|окупован|оккупирован|захоплен|захвачен|звільнен|освобожд|подконтрольн|підконтрольн|контрольован)/iu;
/** "бои рядом с Y, X и Z", "у Y, біля X, Z": the names run on as a list of places, each of them its own. */
const LIST_AFTER = /^\s*(?:,|(?:and|or|и|та|і|й)(?![\p{L}]))\s*\p{Lu}/u;
const LIST_BEFORE = /\p{Lu}[\p{L}'’-]*,\s*(?:\p{Ll}+\s+)?$/u;

/** Whether `m` is only the point another settlement of its sentence is placed by ("Y, east of X", "Y возле X"); not
 * when the same word stands before the other name too ("бои возле Y, возле X": a list of places fought at). */
export function isReferencePoint(text: string, m: Span, settlements: readonly Span[]): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (OWN_CLAUSE_AFTER.test(after) || LIST_AFTER.test(after)) return false;
  if (placedByUnlocatedName(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  if (SETTLEMENT_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  const placesIt = (o: Span): boolean => {
    if (o.end > m.start || m.start - o.end > 90 || LIST_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start))) return false;
    const between = text.slice(o.end, m.start);
    if (CONTROL_WORD.test(between)) return false;
    const bearing = BETWEEN.map((re) => re.exec(between)?.[1]).find((b) => b !== undefined);
    if (!bearing) return false;
    // ("просунулися у Y, біля X, а також у Z": a word of nearness right after a comma is one more place of a list)
    if (/^\s*,\s*$/u.test(between.slice(0, between.indexOf(bearing))) && NEARNESS.test(bearing)) return false;
    const same = new RegExp(`(?<![\\p{L}])${bearing.trim().replace(/\s+/gu, '\\s+')}\\s+${NOUN}$`, 'iu');
    return !same.test(text.slice(Math.max(0, o.start - 60), o.start));
  };
  // (in start order, the usual case, only the settlements that may end within 90 characters before it are read: one
  // starts no further back than that and the longest name; a scan of all per event made a long sentence quadratic)
  if (!inStartOrder(settlements)) return settlements.some(placesIt);
  const from = firstStartingAtOrAfter(settlements, m.start - 90 - longest(settlements));
  for (let i = from; i < settlements.length && settlements[i]!.start <= m.start; i++) if (placesIt(settlements[i]!)) return true;
  return false;
}

const LONGEST = new WeakMap<readonly Span[], number>();
/** The longest of `spans`, worked out once per array (never changed after it is made). */
function longest(spans: readonly Span[]): number {
  let most = LONGEST.get(spans);
  if (most === undefined) {
    most = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
    LONGEST.set(spans, most);
  }
  return most;
}
