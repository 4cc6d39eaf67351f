// The Ukrainian and Russian prepositions, one list for the readers that ask whether a name stands after one (a side
// after a preposition is an object or a place, not a possessor or a speaker: claims/counted.ts, claims/speaker-sides.ts).

/** Prepositions of place, source, company and topic. */
export const CYRILLIC_PREPOSITIONS = 'в|у|во|на|з|із|зі|с|со|от|від|по|за|під|под|при|для|до|о|об|про|між|между';
