// Which side a figure is about: the sides as the three languages name them (countries, capitals, armies, demonyms),
// the holder a clause states ("under Ukrainian control"), the subject before a verb, and the incursion default (the
// side that does not own the region holds ground in it).
import { CLAIM_SIDES, CYRILLIC_SEATS, ENEMY_WORDS, OWN_WORDS, SIDE_WORDS } from '../sides.ts';
import { otherSide, type Perspective } from '../events/perspective.ts';
import { type Keep, lastKeptMatch, LONG_TEXT } from './side-matches.ts';

/** The sides as the three languages name them; the words live in src/core/sides.ts, shared with the event rules. */
export const SIDES: [RegExp, string][] = CLAIM_SIDES;

const EXPLICIT_HOLDER: [RegExp, string][] = [
  [
    /under\s(?:ukrainian|kyiv['’]s)\scontrol|ukrainian[-\s](?:held|controlled)|held\sby\s(?:ukraine|ukrainian)|під\sконтролем\s(?:зсу|україн\p{L}*|сил\sоборони)|под\sконтролем\s(?:всу|украин\p{L}*)/iu,
    'UA',
  ],
  [
    /under\s(?:russian|moscow['’]s)\scontrol|russian[-\s](?:held|controlled|occupied)|held\sby\s(?:russia|russian)|під\sконтролем\s(?:рф|росі\p{L}*|окупант\p{L}*)|под\sконтролем\s(?:рф|росси\p{L}*|вс\sрф)/iu,
    'RU',
  ],
];

/** The side a text names alone, North Korea aside (its troops fight on Russia's side). */
function namedSides(text: string): string[] {
  const named: string[] = [];
  for (const [re, side] of SIDES) if (side !== 'DPRK' && re.test(text)) named.push(side);
  return named;
}

/** A construction whose agent holds the ground: the agent of a passive ("controlled by Ukraine", "held by Russian
 * forces"), the possessor of "in Ukraine's control", the one named after "under the control of", "під контролем", "под оккупацией", "под … властью" (with up to
 * two words between: "под незаконной украинской властью"), and the object of "підконтрольні", "подконтрольные". */
const AGENT_OF_HOLDING =
  /\b(?:(?:controlled|held|occupied)\sby|(?:under|in)\s(?:the\s)?(?:control|occupation|rule|hands)\sof)\s|\b(?:under|in)\s((?:[\p{L}-]+\s)?[\p{L}-]+['’]s\s)(?:control|hands)\b|(?<!\p{L})(?:під|под)\s((?:\p{L}+\s){0,2})(?:контролем|окупацією|оккупацией|владою|властью)(?!\p{L})\s?|(?<!\p{L})(?:підконтрольн|подконтрольн)\p{L}*\s/giu;

/** The agent of a holding construction may also be a seat of power in Cyrillic ("под контролем Киева", "під контролем
 * Москви", "под контролем киевских властей"): there it stands for its side, not the city. */
const AGENT_SIDES: [RegExp, string][] = [
  ...SIDES,
  ...(['UA', 'RU'] as const).map((side): [RegExp, string] => [new RegExp(`(?<!\\p{L})(?:${CYRILLIC_SEATS[side]})`, 'iu'), side]),
];

/** The side the agent of a holding construction in `text` (a figure's clause) names within its first words, or null.
 * `clauseFigs` (the clause's figures) may hold the figure itself: only one strictly between it and the agent counts. */
export function agentHolder(
  text: string,
  fig: { start: number; end: number } = { start: 0, end: text.length },
  clauseFigs: readonly { start: number; end: number }[] = [],
): string | null {
  for (const m of text.matchAll(AGENT_OF_HOLDING)) {
    // The construction is the figure's own: no other figure of the clause between them.
    const [lo, hi] = m.index < fig.start ? [m.index, fig.start] : [fig.end, m.index];
    if (clauseFigs.some((o) => o.start >= lo && o.end <= hi)) continue;
    const after = `${m[1] ?? m[2] ?? ''}${text.slice(m.index + m[0].length, m.index + m[0].length + 40)}`;
    // The agent itself: at most two words before the side, no figure or punctuation ("під контролем 60% …,
    // окупованої російськими" names no agent).
    const side = nearestSideAfter(after, (lead) => /^(?:[\p{L}'’-]+\s){0,2}$/u.test(lead), AGENT_SIDES);
    if (side) return side;
  }
  return null;
}

/** The side named nearest the start of `after` (North Korea aside) whose lead, the text before it, `leadOk` accepts;
 * null if none. */
export function nearestSideAfter(
  after: string,
  leadOk: (lead: string) => boolean,
  sides: readonly [RegExp, string][] = SIDES,
): string | null {
  let best: { side: string; at: number } | null = null;
  for (const [re, side] of sides) {
    if (side === 'DPRK') continue;
    const hit = re.exec(after);
    if (hit && leadOk(after.slice(0, hit.index)) && (!best || hit.index < best.at)) best = { side, at: hit.index };
  }
  return best?.side ?? null;
}

/** The holder a text states in so many words ("under Ukrainian control", "под контролем ВСУ"), or null. */
export function explicitHolder(text: string): string | null {
  for (const [re, side] of EXPLICIT_HOLDER) if (re.test(text)) return side;
  return null;
}

/** The holder a text states or implies, or null when it names no side. */
export function holderIn(text: string, regionCountry: string | undefined): string | null {
  const explicit = explicitHolder(text);
  if (explicit) return explicit;
  // In an incursion the side holding ground in a region is the one that does not own it; the owner named alone is the
  // land's owner ("of Russian territory"), not the holder.
  const foreign = namedSides(text).filter((s) => s !== regionCountry);
  if (foreign.length === 1) return foreign[0]!;
  return null;
}

export const opposite = (country: string | undefined): string => (country === 'RU' ? 'UA' : 'RU');

/** A preposition of place right before a name: "in (eastern) Ukraine", "в (східній) Україні", "на Украине". */
const WHERE =
  /(?:\b(?:in|into|across)|(?<!\p{L})(?:в|у|во|на))\s(?:(?:eastern|western|northern|southern|східн|західн|північн|південн|восточн|западн|северн|южн)\p{L}*\s)?$/iu;
/** A noun of land right after a side's adjective: "Ukrainian territory", "української території" names the land's owner. */
const LAND_AFTER = /^\p{L}*\s(?:territory|land|soil|ground|територі|территори|земл)/iu;

/** A noun of land right before a side in the genitive: "на території противника", "территории врага", "the territory of
 * the enemy" names the land's owner too. */
const LAND_BEFORE = /(?:\bterritor(?:y|ies)\sof\s(?:the\s)?|(?<!\p{L})(?:територі|территори|земл|площ)\p{L}*\s)$/iu;

/** A preposition of source or company right before a side: "from Russia", "от ВСУ", "від окупантів", "с украинскими". */
const FROM_OR_WITH = /(?:\bfrom|(?<!\p{L})(?:от|від|из|із|з|с|зі|со))\s(?:the\s)?$/iu;

/** Whether the side named at `at` (`length` long) in `text` is a place, the land's owner or a prepositional object
 * ("освобождено от ВСУ") rather than a subject. */
const notSubject = (text: string, at: number, length: number): boolean =>
  WHERE.test(text.slice(Math.max(0, at - 24), at)) ||
  FROM_OR_WITH.test(text.slice(Math.max(0, at - 12), at)) ||
  LAND_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ||
  LAND_AFTER.test(text.slice(at + length - 1, at + length + 24));

/** A side's name at `at` of `text` that may be a subject (`notSubject` reads 24 characters past it: KEEP_REACH). */
const isSubject: Keep = (text, at, length) => !notSubject(text, at, length);

/** Each side pattern's global copy, made once (the index of side-matches.ts is kept by pattern). */
const globals = new Map<RegExp, RegExp>();
const globalOf = (re: RegExp): RegExp => {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'giu')));
  return g;
};

/** The side named last before `at` in `clause` (the subject of the verb there), or null. North Korean troops count as
 * their own side only where `dprk` is asked for. */
export function sideBefore(clause: string, at: number, dprk = false): string | null {
  const before = clause.slice(0, Math.max(0, at));
  let best: { at: number; side: string } | null = null;
  for (const [re, side] of SIDES) {
    if (side === 'DPRK' && !dprk) continue;
    const last = lastSubjectIn(before, re);
    if (last >= 0 && (!best || last > best.at)) best = { at: last, side };
  }
  return best ? best.side : null;
}

/** Where the last match of `re` in `before` that may be a subject starts, or -1: "війська рф просунулися в Україні та
 * … окупували": a country where something happens is no subject. */
function lastSubjectIn(before: string, re: RegExp): number {
  let last = -1;
  for (const m of before.matchAll(new RegExp(re.source, 'giu'))) if (!notSubject(before, m.index, m[0].length)) last = m.index;
  return last;
}

/** The side named first in `text` (North Korea aside), or null. */
export function firstSide(text: string): string | null {
  return nearestSideAfter(text, () => true);
}

/** The side named last before the verb, or null. */
export const subjectSide = (clause: string, verb: string): string | null => sideBefore(clause, clause.indexOf(verb));

/** The side named last before `at`, reading as well the words each side's reporting uses for the other's forces
 * ("окупанти", "invaders") and, by the article's perspective, "the enemy" and "our troops" ("ворог втратив",
 * "противник потерял"): the subject of a verb of losing. */
export function sideOrEnemyBefore(clause: string, at: number, perspective: Perspective): string | null {
  // (a long text's matches are found once: read up to each count, a sentence of many counts was quadratic)
  return sideOrEnemyReading(clause, at, perspective, clause.length >= LONG_TEXT);
}

/** `sideOrEnemyBefore` by the plain scan of every side pattern over the clause up to `at`: what it reads below
 * LONG_TEXT, and what its index of a long clause is held to (tests/core/hostile-indexes-50.test.ts). */
export const sideOrEnemyByScan = (clause: string, at: number, perspective: Perspective): string | null =>
  sideOrEnemyReading(clause, at, perspective, false);

function sideOrEnemyReading(clause: string, at: number, perspective: Perspective, indexed: boolean): string | null {
  const before = indexed ? '' : clause.slice(0, Math.max(0, at));
  let best = null as { at: number; side: string } | null;
  const consider = (re: RegExp, side: string | null): void => {
    if (!side) return;
    const last = indexed ? lastKeptMatch(clause, globalOf(re), at, isSubject) : lastSubjectIn(before, re);
    if (last >= 0 && (!best || last > best.at)) best = { at: last, side };
  };
  for (const [re, side] of SIDES) if (side !== 'DPRK') consider(re, side);
  consider(SIDE_WORDS.UA, 'UA');
  consider(SIDE_WORDS.RU, 'RU');
  consider(ENEMY_WORDS, perspective ? otherSide(perspective) : null);
  consider(OWN_WORDS, perspective);
  return best ? best.side : null;
}
