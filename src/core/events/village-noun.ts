// The Cyrillic noun "village" in every case form, for the event rules' patterns: the stem сел- with any ending, and
// the genitive plurals whose root vowel alternates (Ukrainian "п'ять сіл", Russian "трёх сёл"). One definition, so
// every rule that lets a noun of settlement stand before a name reads the same forms.

/** The whole word. */
export const VILLAGE_NOUN = String.raw`(?:сел\p{L}*|сіл|сёл)`;

/** The word as a stem, before a pattern's own `\p{L}*` tail: the genitive plurals end there ("сіль" is salt). */
export const VILLAGE_STEM = String.raw`(?:сіл(?![\p{L}])|сёл(?![\p{L}])|сел)`;
