// A noun of a settlement standing for the settlement named last: "цей населений пункт", "в этом городе", "entered the
// town", "control of the settlement". One owner for the anaphor's nouns in every language, for the events reader.

/** Cyrillic: a demonstrative with a noun of a settlement ("це село", "этот город"). */
const CYRILLIC = String.raw`(?<![\p{L}])(?:цей|це|цього|цьому|цим|цю|ця|цієї|цій|этот|это|этого|этом|этим|эту|эта|этой)\s+(?:населен\p{L}*\s+пункт\p{L}*|населён\p{L}*\s+пункт\p{L}*|сел[оаіуе]\p{L}*|селищ\p{L}*|міст[оаіу]\p{L}*|город\p{L}*|пос[её]л\p{L}*)`;

/** English: "the town", "the mining town", "the strategic eastern city" — the definite noun with no name after it (not
 * "the town of X", "the city Pokrovsk", "the town's centre", "the town hall"). */
const ENGLISH = String.raw`(?<![\p{L}])the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:town|city|village|settlement|locality)(?![\p{L}'’-])(?!\s+(?:of|hall|council|centre|center|limits|outskirts|itself)(?![\p{L}]))(?!\s+\p{Lu})`;

export const SETTLEMENT_ANAPHOR = String.raw`(?:${CYRILLIC}|${ENGLISH})`;

/** Anywhere in a sentence (a sentence with no settlement of its own is read when it has one). */
export const ANAPHOR_IN_SENTENCE = new RegExp(SETTLEMENT_ANAPHOR, 'iu');

/** An English share before the noun: "more than 30 per cent of", "most of", "half of". */
const EN_SHARE = String.raw`(?:(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?\d+(?:\s*%|\s+per\s*cent|\s+percent)\s+of\s+|(?:most|much|part|half|all)\s+of\s+)`;

/** The anaphor as the object right after a trigger (its preposition kept in the trigger or standing before it). */
export const ANAPHOR_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:в|у|во|до|з|із|зі|из|на|над|за|к)\s+)?${CYRILLIC}|^\s*(?:(?:of|into|in|to|from|over|on)\s+)?${EN_SHARE}?${ENGLISH}`,
  'iu',
);

/** The English anaphor, which is refused when more than one settlement could be meant. */
export const LATIN_ANAPHOR_OBJECT = new RegExp(String.raw`^\s*(?:(?:of|into|in|to|from|over|on)\s+)?${EN_SHARE}?${ENGLISH}`, 'iu');
