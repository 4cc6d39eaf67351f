// A hyphenated settlement name whose first part is a noun that declines with it: "Каменка-Днепровская" →
// "Каменки-Днепровской", "Кам'янку-Дніпровську", "Миколаївкою-Другою". The last part has an adjective's ending, but the
// word as a whole is the name's own case form (its head noun declines), never an adjective opening another proper name.
// A compound adjective joins its parts with a linking о/е ("Каменско-Днепровский", "Середино-Будська") or keeps an
// undeclined first part ("Новгород-Сіверського", "Зноб-Новгородської"): those keep the adjective reading.

/** A noun's oblique or nominative ending that no linking vowel or undeclined first part shows: -а/-я, -и/-ы/-і, -у/-ю,
 * the instrumental -ой/-ей/-ою/-ею. */
const DECLINED_NOUN_END = /(?:[аяиыіую]|[оеє][йю])$/u;

/** Whether a capitalised hyphenated word's first part is a declining noun ("Каменки-Днепровской"). */
export function isNounHeadedCompound(word: string): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 2) return false;
  const head = word.slice(0, hyphen).toLowerCase();
  return /^[\p{L}'’ʼ]+$/u.test(head) && DECLINED_NOUN_END.test(head);
}
