// Compass phrases that place fighting beside a settlement: "на південь від X", "західніше X", "к югу от X",
// "north of X". Closed classes of the language, shared by the triggers and the list rules.
const UK = String.raw`(?:на\s+(?:північ|південь|схід|захід|північний\s+(?:схід|захід)|південний\s+(?:схід|захід))\s+від|(?:північн|південн|східн|західн)(?:о-(?:східн|західн))?іше)`;
// (Russian compounds join "северо-"/"юго-": "юго-западнее", "северо-восточнее")
const RU = String.raw`(?:к\s+(?:северу|югу|востоку|западу|северо-(?:востоку|западу)|юго-(?:востоку|западу))\s+от|(?:(?:северо|юго)-(?:восточн|западн)|северн|южн|восточн|западн)ее)`;
const EN = String.raw`(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)`;
/** A compass phrase right before a settlement, in any of the three languages. */
export const DIRECTION = `(?:${UK}|${RU}|${EN})`;
