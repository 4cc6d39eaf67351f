// A phrase that hands a statement back to the speaker named before it: "according to him", "by his count", "за його
// словами", "за їхніми підрахунками", "по их данным", "по его расчетам". Who says an event (events/claimant-carry.ts)
// and whether a figure's sentence goes on with a dated data statement (claims/data-statement.ts) read the same words,
// so they are spelt out once (no boundaries: each caller sets its own).

/** English: "according to him/her/them/it", "by his/her/their count/estimate/calculations". */
export const BY_THEIR_WORDS_EN = String.raw`according\s+to\s+(?:him|her|them|it)|by\s+(?:his|her|their)\s+(?:count|estimates?|calculations?)`;

/** Ukrainian and Russian: "за/по" with a possessive pronoun and a noun of words, data, counts or estimates. */
export const BY_THEIR_WORDS_CYR = String.raw`(?:за|по)\s+(?:його|її|їхніми|їх|его|её|ее|их)\s+(?:словами|даними|інформацією|підрахунками|розрахунками|оцінками?|словам|данным|информации|расч[её]там|подсч[её]там|оценкам?)`;
