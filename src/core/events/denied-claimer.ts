// Who claims what a denial denies, when the denial names it by its claim: "The Ukrainian army denied Russia's claim to
// have captured X", "rejected the Russian Defence Ministry's claim", "Claims from Russian military commanders that …
// are likely inaccurate", "ЗСУ спростували заяви рф про захоплення X", "Заява російських окупантів про нібито
// захоплення X не відповідає дійсності", "опровергли утверждение российских оккупантов о якобы захвате X". A denied
// capture's claimant is who claims it, not the denier the sentence's speaker reader finds (the dev events README,
// "Claimants").
import { CYRILLIC_NAMES, ENEMY_CYR, FORCE_NOUN, INVADER_CYR } from '../sides.ts';
import { CLAIM_NOUN, CYRILLIC_CLAIM_NOUN } from './claim-reference.ts';

/** "Russia's claim", "the Russian Defence Ministry's claims", "Moscow's latest claim": capitalised words before the
 * possessive, an adjective between it and the noun. */
const POSSESSIVE_EN = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(?:\p{Ll}+\s+)?${CLAIM_NOUN}(?![\p{L}])`,
  'u',
);
/** "Claims from Russian military commanders", "statements by the Russian Defence Ministry": the claimer after "from"
 * or "by", capitalised, up to the clause's next word of time, content or place (not "of": "Statements by the Chief
 * of the General Staff" names an office, not its holder). */
const FROM_EN = new RegExp(
  String.raw`(?<![\p{L}])${CLAIM_NOUN}\s+(?:from|by)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:on|that|about|in|to|over)\s|\s*[,.;:])`,
  'u',
);

/** A word of the claimer in the genitive: a capitalised name ("РФ", "Кремля", "Міноборони"), or a lower-case word of
 * the sides' lexicon (sides.ts: a country or people, the invaders, the enemy, soldiers and armies: "рф", "росіян",
 * "російських окупантів", "противника", "українських військових"), or of a body speaking for one ("российской
 * пропаганды", "міністерства", "командования"). */
const CLAIMER_WORD_CYR = String.raw`(?:\p{Lu}[\p{L}-]*|рф\p{L}*|${CYRILLIC_NAMES.RU}|${CYRILLIC_NAMES.UA}|${INVADER_CYR}|${ENEMY_CYR}|${FORCE_NOUN}|(?:пропаганд|міністерств|министерств|командуван|командован)\p{L}*)`;
/** "заяви рф про захоплення", "Заява російських окупантів про нібито …", "утверждение российских оккупантов о якобы
 * захвате": the claimer between the noun and "про"/"о"/"щодо"/"относительно". */
const GENITIVE_CYR = new RegExp(
  String.raw`(?<![\p{L}])${CYRILLIC_CLAIM_NOUN}\s+(${CLAIMER_WORD_CYR}(?:\s+${CLAIMER_WORD_CYR}){0,2})\s+(?:про|о|об|щодо|относительно)(?![\p{L}])`,
  'u',
);

/** The claimer a denying sentence names by its claim, or null. */
export function deniedClaimerIn(sentence: string): string | null {
  // (the claim nouns are lower case; one opening the sentence, "Claims from …", "Заява російських окупантів …", is the
  // same noun)
  const opening = sentence.replace(/^(\P{L}*)(\p{L})/u, (_, before: string, first: string) => before + first.toLowerCase());
  for (const re of [POSSESSIVE_EN, FROM_EN, GENITIVE_CYR]) {
    const who = (re.exec(sentence) ?? re.exec(opening))?.[1]?.trim();
    if (who) return who;
  }
  return null;
}
