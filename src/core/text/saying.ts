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

/** Ukrainian and Russian together, for patterns read over both. */
export const SAYING_CYR = `${SAYING_UK}|${SAYING_RU}`;
