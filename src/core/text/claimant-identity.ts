// Who states a figure, as one identity across the three languages: "Syrskyi", "Сирський", "Сырский", "Oleksandr
// Syrskyi" and "Ukraine's Commander-in-Chief Oleksandr Syrskyi" are one speaker, so one statement syndicated to a
// Ukrainian, a Russian and an English outlet merges into one claim (claims/merge.ts).
//
// A person is read as a surname (the last capitalised word) with the given name before it, if any; titles and the
// words naming a side ("Ukraine's", "ВСУ", "РФ") around them are not part of the name. Names are compared by the
// consonants of their search key (text/search-key.ts: Cyrillic in Latin letters, y/i/j, h/g and doubled letters
// folded), so the Ukrainian and Russian forms of one name (и/і/ы, г/h/g, Олександр/Александр, Володимир/Владимир) and
// the case endings an extraction leaves on a surname ("Путіна", "Герасимова") meet. Two people who share a surname
// stay apart when their given names (or initials) or their sides contradict.
//
// A body (a ministry, a staff, an outlet) is its words without the side's, in one order: "Russia's Defence Ministry" =
// "the Russian Ministry of Defense" (English "X of Y" = "Y X"), and "Министерство обороны РФ" = "Минобороны России" =
// "Міноборони РФ" (a Russian or Ukrainian stump compound takes the first syllable of each word but the last).
// English and Cyrillic bodies are not matched: that needs a dictionary of words, not a rule of spelling.
import { ORGANISATION_HEADS, PERSON_TITLES } from '../geoparse/lexicon.ts';
import { CLAIM_SIDES } from '../sides.ts';
import { searchKey } from './search-key.ts';

export interface ClaimantIdentity {
  /** A person's surname or a body's words, by their consonants. */
  key: string;
  person: boolean;
  /** A person's given name: its consonants (null for an initial alone, "O.") and its first letter; or null. */
  given: { consonants: string | null; initial: string } | null;
  /** The side the name states ("Russia's …", "… ЗСУ"), or null. */
  side: string | null;
  /** A lone capitalised word ("Syrskyi", "Минобороны", "Генштабі"): a surname or a body's one-word name. */
  lone?: boolean;
}

const CYRILLIC = /[а-яёіїєґ]/i;
/** A capitalised word that may be a name: "Syrskyi", "Сирський", "Al-Assad", a headline's "SYRSKYI"; not an acronym
 * ("ЗСУ", "AFP": up to four capitals) nor a compound title with lower-case parts ("Commander-in-Chief"). */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}{5,})$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Words that name a side: the country, its people, its seat, its armed forces' acronyms, "Federation". */
const SIDE_WORD =
  /^(?:ukrain|russia|україн|украин|росі|росси|российск|kyiv|kiev|moscow|kremlin|federation|федерац|рф$|зсу$|всу$|afu$|zsu$)/iu;

const skeleton = (word: string): string =>
  searchKey(word)
    .replace(/x/g, 'ks')
    .replace(/[aeiou\s-]/g, '')
    .replace(/(.)\1+/g, '$1');

/** A given name's first letter, vowels as one: Ukrainian О- is Russian А- (Олександр/Александр), Є- is Е-. */
const initialOf = (word: string): string => searchKey(word)[0]!.replace(/[aeiou]/, 'a');

/** "General Staff", "the Staff": a staff heads a body as a ministry does ("Ukraine's General Staff" is no person). */
const isOrganisation = (word: string): boolean => ORGANISATION_HEADS.has(word.toLowerCase()) || /^staff$/iu.test(word);
/** "Armed Forces", "Збройних сил", "Вооруженных сил": with the side's name, the side's forces; after another body's
 * head ("General Staff of the Armed Forces of Ukraine", "Генеральний штаб Збройних сил України") only whose it is. */
const ARMED = /^(?:armed|збройн\p{L}*|вооруж[её]нн\p{L}*)$/iu;
const FORCES = /^(?:forces|сил\p{L}*)$/iu;
function withoutArmedForces(ws: readonly string[]): string[] {
  const at = ws.findIndex((w, i) => ARMED.test(w) && FORCES.test(ws[i + 1] ?? ''));
  return at < 0 ? [...ws] : [...ws.slice(0, at), ...ws.slice(at + 2)];
}
/** The armed forces' acronyms, which name the side's forces, not the country. */
const FORCES_ACRONYM = /^(?:зсу|всу|afu|zsu)$/iu;
const ARMED_FORCES_KEY = 'rmd frcs';
const isTitle = (word: string): boolean => PERSON_TITLES.has(word.toLowerCase()) || isOrganisation(word);
/** "оборони", "обороны" in a name make it a body ("Сили оборони Півдня", "Силах оборони Півдня"), whatever word of a
 * region closes it. */
const DEFENCE_WORD = /^оборон[иы]$/u;
/** A Ukrainian or Russian surname of the adjective's form in an oblique case ("Сирського", "Сырскому", "Зеленським"):
 * the nominative's stem ("Сирськ-"), so the consonants the case ending adds do not part it from "Сирський". */
const ADJECTIVAL_SURNAME = /^(\p{Lu}\p{Ll}*(?:ськ|цьк|зьк|ск|цк|зк))(?:ого|ому|им|ім|ий|ій|ой|ая|ої|ою|ую|ей|ым|ом)$/u;
const surnameStem = (word: string): string => ADJECTIVAL_SURNAME.exec(word)?.[1] ?? word;

const RUSSIAN_SIDE_WORD = /^(?:russia|росі|росси|российск|moscow|kremlin|рф$)/iu;

/** The side the claimant names: by the sides' lexicon, else by its side words ("Министерство обороны РФ"). */
function sideOf(text: string, ws: readonly string[]): string | null {
  const named = CLAIM_SIDES.filter(([re, side]) => side !== 'DPRK' && re.test(text)).map(([, side]) => side);
  if (named.length) return named.length === 1 ? named[0]! : null;
  const sides = new Set(
    ws.filter((w) => SIDE_WORD.test(w) && !/^federation|^федерац/iu.test(w)).map((w) => (RUSSIAN_SIDE_WORD.test(w) ? 'RU' : 'UA')),
  );
  return sides.size === 1 ? [...sides][0]! : null;
}

function words(who: string): string[] {
  return (
    who
      .normalize('NFC')
      .replace(/[’‘`ʼ]/g, "'")
      .replace(/^(?:the|a|an)\s+/i, '')
      // ("В Минобороны РФ рассказали": the preposition of "in the ministry" is no part of its name)
      .replace(/^(?:[Вв]|[Уу]|[Вв]о)\s+(?=\p{Lu})/u, '')
      .replace(/'s?(?=\s|$)/g, '')
      .split(/[\s,;:()«»"“”„]+/u)
      .filter(Boolean)
  );
}

/** "Ministry of Defence" → "Defence Ministry": an English body's "X of Y" in the order of its adjective form. */
function englishOrder(ws: readonly string[]): string[] {
  const of = ws.findIndex((w) => w.toLowerCase() === 'of');
  return of > 0 && of < ws.length - 1 ? [...ws.slice(of + 1), ...ws.slice(0, of)] : [...ws];
}

/** "Министерство обороны" → "минобороны", "Генерального штабу" → "генштабу": each word but the last cut to its first
 * syllable (its consonants up to and after the first vowel). */
function stumpCompound(ws: readonly string[]): string[] {
  if (ws.length < 2 || !ws.every((w) => CYRILLIC.test(w))) return [...ws];
  const head = ws.slice(0, -1).map((w) => /^[^аеёиіїоуыэюяє]*[аеёиіїоуыэюяє][^аеёиіїоуыэюяє]/i.exec(w.toLowerCase())?.[0] ?? w);
  return [head.join('') + ws.at(-1)!.toLowerCase()];
}

export function claimantIdentity(who: string): ClaimantIdentity {
  const ws = words(who);
  const side = sideOf(who, ws);
  const sideless = ws.filter((w) => !SIDE_WORD.test(w));
  const named = withoutArmedForces(sideless).filter((w, i, all) => !(w.toLowerCase() === 'of' && (i === all.length - 1 || i === 0)));
  // "ЗСУ", "AFU", "the Armed Forces of Ukraine", "Збройні сили": a side's armed forces, one body in any script
  if (named.length === 0 && (ws.some((w) => FORCES_ACRONYM.test(w)) || sideless.length > 0))
    return { key: ARMED_FORCES_KEY, person: false, given: null, side };
  // "Russia", "Moscow", "Kyiv": a country or its seat named alone speaks as that side
  if (named.length === 0) return { key: side === null ? '' : `@${side}`, person: false, given: null, side };
  const last = named.at(-1);
  // A body's name has an organisation's head word or "of" anywhere in it ("Ministry of Defence", "Defence Ministry").
  const body = named.some((w) => isOrganisation(w) || w.toLowerCase() === 'of' || DEFENCE_WORD.test(w));
  if (!body && last !== undefined && NAME_WORD.test(last) && !isTitle(last) && (named.length > 1 || ws.length === 1)) {
    const before = named.at(-2);
    const given =
      before === undefined || !(INITIAL.test(before) || (NAME_WORD.test(before) && !isTitle(before)))
        ? null
        : { consonants: INITIAL.test(before) ? null : skeleton(before), initial: initialOf(before) };
    return { key: skeleton(surnameStem(last)), person: true, given, side, lone: ws.length === 1 };
  }
  const bodyWords = stumpCompound(englishOrder(named).filter((w) => !/^(?:the|of)$/i.test(w)));
  // British -ence is American -ense ("Defence"/"Defense") before the consonants are taken.
  return { key: bodyWords.map((w) => skeleton(w.replace(/ence$/i, 'ense'))).join(' '), person: false, given: null, side };
}

/** Given names that cannot be one person's: both known and different (an initial agrees with a name it begins). */
function givenContradict(a: ClaimantIdentity['given'], b: ClaimantIdentity['given']): boolean {
  if (a === null || b === null) return false;
  if (a.consonants === null || b.consonants === null) return a.initial !== b.initial;
  return a.consonants !== b.consonants;
}

/** Two claimants that name the same person or body. */
export function sameClaimant(a: ClaimantIdentity, b: ClaimantIdentity): boolean {
  // (a lone word may be a surname or a body's name, "Минобороны" = "Минобороны России": its letters decide)
  if (a.key === '' || a.key !== b.key || (a.person !== b.person && !(a.person ? a.lone : b.lone))) return false;
  if (a.side !== null && b.side !== null && a.side !== b.side) return false;
  return !givenContradict(a.given, b.given);
}

/** Two claimants with one surname whose given names or sides say they are two people. */
function contradictClaimants(a: ClaimantIdentity, b: ClaimantIdentity): boolean {
  return a.person && b.person && a.key === b.key && !sameClaimant(a, b);
}

/** Whether `newcomers` are the speaker of a `group` of claimants (one statement's sources, one legend entry): one of
 * them is the same person or body as one of the group, and none has a group member's surname with another given name
 * or side. */
export function joinsClaimants(group: readonly ClaimantIdentity[], newcomers: readonly ClaimantIdentity[]): boolean {
  return (
    group.some((a) => newcomers.some((b) => sameClaimant(a, b))) && !group.some((a) => newcomers.some((b) => contradictClaimants(a, b)))
  );
}

/** A claimant written with its body in brackets, "Valery Gerasimov (Russian General Staff)" (the held-out gold's
 * form): the name and the bracket each stand for it; any other text is one reading. */
function bracketReadings(who: string): string[] {
  const m = /^(.*?\S)\s*\(([^()]*\S[^()]*)\)\s*$/u.exec(who.trim());
  return m ? [m[1]!, m[2]!.trim()] : [who];
}

/** A claimant's readings: the bracket form's two (bracketReadings), and each source of the golds' slash form, "AFP/ISW"
 * (AFP's analysis of ISW's data), "Mediazona/BBC Russian" (a joint count): a figure relayed or counted by two names
 * both of them, so either one read is its source. Parts are split only where each has a letter. */
export function claimantReadings(who: string): string[] {
  const parts = who.split('/').map((p) => p.trim());
  const sources = parts.length > 1 && parts.every((p) => /\p{L}/u.test(p)) ? parts : [who];
  return sources.flatMap(bracketReadings);
}

/** Two claimant texts that agree: both none, or one person or body by any of their readings. */
export function claimantsAgree(a: string | null, b: string | null): boolean {
  const none = (x: string | null): boolean => x === null || x.trim() === '';
  if (none(a) || none(b)) return none(a) && none(b);
  const theirs = claimantReadings(b!).map(claimantIdentity);
  return claimantReadings(a!).some((x) => {
    const mine = claimantIdentity(x);
    return theirs.some((y) => sameClaimant(mine, y));
  });
}
