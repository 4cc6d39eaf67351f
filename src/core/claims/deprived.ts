// The Russian verbs of being deprived, with the side as subject: "ВСУ лишились более 160 солдат", "украинская армия
// лишилась до 170 военнослужащих", "противник остался без 220 и 70 военнослужащих". The people counted after them are
// that side's losses, as after "потеряли" (counted.ts reads them with its other verbs of losing).

/** "лишились", "лишилась", "лишается", "остались без": in Russian only. */
const DEPRIVED =
  /(?<!\p{L})(?:лиш(?:ил(?:ся|ась|ось|ись)|ал(?:ся|ась|ось|ись)|ает(?:ся)|ают(?:ся)|ится|атся)|остал(?:ся|ась|ось|ись)\sбез)(?!\p{L})/iu;
/** Letters only Ukrainian writes: in Ukrainian the colloquial "лишились" means "remained" ("лишились 200 військових"
 * in an encirclement are troops still there), so a clause holding one is not read with the verbs above. */
const UKRAINIAN_LETTER = /[іїєґ]/iu;

/** Whether `words` hold a Russian verb of being deprived; `clause` (the whole clause, when known) must read as Russian. */
export const deprivedIn = (words: string, clause: string = words): boolean => DEPRIVED.test(words) && !UKRAINIAN_LETTER.test(clause);
