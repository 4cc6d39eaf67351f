// Verbs of saying, one list per language, as regular-expression alternations (no boundaries: each caller sets its own,
// `\b` for English, `(?<!\p{L})…(?!\p{L})` for Cyrillic). Who states a figure, the day a statement was made, the clause
// a reported figure stands in and the day bound to a statement all turn on these words, so they are spelt out once.
// Ukrainian and Russian stems take every ending of the verb (past, present, participle): "повідоми" → повідомив,
// повідомила, повідомили; "сообщи" → сообщил, сообщило.

/** English verbs of saying in the past and the third person present ("said", "says", "told", "reported", "claims"). */
export const SAYING_EN = String.raw`said|says|say|told|tells|reported|reports|stated|states|announced|announces|claimed|claims|confirmed|confirms|added|adds|wrote|writes|noted|notes|declared|declares`;

/** Ukrainian stems of verbs of saying ("повідомив", "заявила", "сказав", "зазначили", "підтвердив", "доповів"). */
export const SAYING_UK = String.raw`повідоми\p{L}*|заяви\p{L}*|сказа\p{L}*|написа\p{L}*|зазначи\p{L}*|підтверди\p{L}*|уточни\p{L}*|доповів|доповіл\p{L}*`;

/** Russian stems of verbs of saying ("сообщил", "заявило", "сказал", "отметил", "подтвердил", "доложил"). */
export const SAYING_RU = String.raw`сообщи\p{L}*|заяви\p{L}*|сказа\p{L}*|написа\p{L}*|отмети\p{L}*|подтверди\p{L}*|уточни\p{L}*|доложи\p{L}*|докладыва\p{L}*`;

/** A verb of saying right after "не"/"ні"/"ни" says nothing was said ("Минобороны не сообщало", "Генштаб не
 * підтвердив"): it names no speaker. Put before a Cyrillic verb alternation (a lookbehind, so it consumes nothing). */
export const NOT_NEGATED_CYR = String.raw`(?<!(?<![\p{L}])(?:[Нн]е|[Нн]і|[Нн]и)\s)`;

/** The verbs whose subject or locative body is an event's claimant (events/claimant.ts): the verbs of saying above,
 * and the present of reporting and writing ("сообщает", "пише", "інформує", "передає"), stressing ("наголосив"),
 * telling ("рассказал", "розповіли"), reporting up ("доповідав") and denying ("спростували", "опровергли"), which
 * name who claims as well; and the imperfective past of reporting ("DeepState сообщали", "Руденко сообщал", "проєкт
 * повідомляв"), as the present is, but not its impersonal "сообщалось"/"повідомлялося" (no one named). */
export const REPORTING_CYR = String.raw`${SAYING_UK}|${SAYING_RU}|сообщал[аои]?(?![\p{L}])|повідомля(?:в|ла|ло|ли)(?![\p{L}])|пише|наголоси\p{L}*|інформу\p{L}*|сообщает|сообщают|заявля\p{L}*|доповіда\p{L}*|рассказа\p{L}*|розповіл\p{L}*|передає|передает|информиру\p{L}*|опроверг\p{L}*|спростува\p{L}*|отрица\p{L}*|запереч\p{L}*`;

/** One whole, not negated word of `REPORTING_CYR`, or the present "повідомляє/сообщает" forms, beside a claimant's
 * name (events/adjective-body.ts, events/head-before.ts); not the noun "заяви", statements ("Російські заяви про …"). */
export const REPORTING_WORD_CYR = String.raw`${NOT_NEGATED_CYR}(?!заяви(?![\p{L}]))(?:${REPORTING_CYR}|повідомля\p{L}*|сообща\p{L}*)(?![\p{L}])`;

/** The impersonal verbs a document says with, no subject ("йдеться у повідомленні", "говорится в сообщении"): whose
 * document it is names the speaker (events/document-source.ts). */
export const DOCUMENT_SAYING_CYR = String.raw`йдеться|ідеться|говорится|говориться|сказано|зазначено|зазначається|наголошується|вказується|отмечается|указывается|подчеркивается|мовиться`;

/** Ukrainian and Russian together, for patterns read over both. */
export const SAYING_CYR = `${SAYING_UK}|${SAYING_RU}`;

/** Who speaks, for the actor of a control event (events/actor.ts): a side named before a verb of saying is the speaker,
 * not the one acting. Wider than the verbs above: also the participle ("saying"), conceding and denying
 * ("acknowledged", "admits", "denied"), talking, stressing and explaining ("говорить", "наголосив", "подчеркнул",
 * "пояснила"), and the stems of their nouns ("заява", "повідомлення", "сообщение"), which name a speaker as well. */
export const SPEAKING_EN = String.raw`${SAYING_EN}|saying|telling|reporting|stating|claiming|confirm\p{L}*|acknowledg\p{L}*|admitt?\p{L}*|den(?:y|ied|ies|ying)`;
export const SPEAKING_CYR = String.raw`${SAYING_CYR}|заяв\p{L}*|повідом\p{L}*|сообщ\p{L}*|говор\p{L}*|уточню\p{L}*|отмеча\p{L}*|зазнача\p{L}*|відзначи\p{L}*|подчеркну\p{L}*|подчеркива\p{L}*|наголоси\p{L}*|наголошу\p{L}*|підкресли\p{L}*|рассказа\p{L}*|розповіла?|розповіли|поясни\p{L}*|поясню\p{L}*|добави\p{L}*|додала?|додали`;
