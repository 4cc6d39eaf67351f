// After a settlement noun, or inside the list such a noun opens ("освобождены населенные пункты Александрия, Леонидово
// и Ивановское", "the villages of X, Y and Z", "населенным пунктом Запорожское"), every item is a settlement. Readings
// that cannot be one go before the readings are scored: an oblast's adjective that only spells the village's name, a
// region or place in a country the war's reporting does not concern and the article does not name (Alexandria, Egypt),
// and, after a village noun, a big city (the village of Horky is not Gorky, now Nizhny Novgorod). A name left with no
// reading is then an unknown settlement, placed by what the text says around it (approximate.ts).
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import { isCapitalized, type Token } from '../text/tokens.ts';
import { isRegionAdjectiveForm } from './region-adjective.ts';
import type { Spot } from './spot.ts';

/** Nouns of a village or small settlement, any case and number (Russian, Ukrainian, English). */
const VILLAGE_NOUN =
  /^(сел[оаеиуіы]|селом|сёла|сіл|сел|селах|селам|селами|селищ[еаіу]?|селищем|селищах|поселк[аеиу]|посёлк[аеиу]|поселок|посёлок|поселков|посёлков|деревн[яеиюі]|деревень|хутор[аеуи]?|хуторов|villages?|hamlets?)$/iu;
/** Nouns of a settlement of any size: "населённый пункт" in any case and number, "settlement(s)", смт, пгт. */
const SETTLEMENT_NOUN = /^(пункт|пункт[аеуіыи]|пунктом|пунктов|пунктів|пунктам|пунктах|пунктами|settlements?|смт|пгт)$/iu;
const CONJUNCTION = /^(и|і|й|та|and)$/iu;
const ADMIN_HEAD = /^(район|област|округ|громад|общин|сельсовет|сільрад|district|raion|rayon|oblast|region|province|hromada)/iu;
const ITEM_GAP = /^(\s*,\s*|\s+)$/u;
/** How many tokens back the walk over a list's earlier items may go. */
const MAX_STEPS = 24;

/** The states whose places this reporting names without naming the state. */
const WAR_STATES = new Set(['UA', 'RU']);

export type SettlementNoun = 'village' | 'settlement';

/** The settlement noun that stands before token `first` or opens the list of capitalised names it is in. */
export function settlementNounBefore(text: string, tokens: readonly Token[], first: number): SettlementNoun | null {
  let k = first;
  for (let steps = 0; steps < MAX_STEPS && k > 0; steps++) {
    const before = tokens[k - 1]!;
    const gap = text.slice(before.end, tokens[k]!.start);
    if (/^\s+$/u.test(gap)) {
      const noun = nounOf(before.text);
      if (noun) return noun;
      // "the villages of X"
      const beforeOf = tokens[k - 2];
      if (/^of$/i.test(before.text) && beforeOf && /^\s+$/u.test(text.slice(beforeOf.end, before.start))) {
        const ofNoun = nounOf(beforeOf.text);
        if (ofNoun) return ofNoun;
      }
      if (CONJUNCTION.test(before.text)) {
        k--;
        continue;
      }
    }
    if (!isCapitalized(before.text) || !ITEM_GAP.test(gap)) return null;
    k--;
  }
  return null;
}

/** A plural administrative noun: the list before it names oblasts or districts by their adjectives. */
const ADMIN_PLURAL =
  /^(областей|областях|областям|районів|районов|районах|районам|громад|громадах|громадам|общин|общинах|общинам|округов|округах|округів)$/iu;

/** Whether the list the token before `from` ends ends in a plural administrative noun: "населені пункти Сумської,
 * Чернігівської та Харківської областей" names the oblasts the settlements are in, not settlements. */
function endsInAdminPlural(text: string, tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_STEPS; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (!ITEM_GAP.test(gap)) return false;
    if (ADMIN_PLURAL.test(t.text)) return true;
    if (!isCapitalized(t.text) && !CONJUNCTION.test(t.text)) return false;
  }
  return false;
}

function nounOf(word: string): SettlementNoun | null {
  if (VILLAGE_NOUN.test(word)) return 'village';
  if (SETTLEMENT_NOUN.test(word)) return 'settlement';
  return null;
}

/** The spot with only the readings a settlement may have, when a settlement noun governs it; unchanged otherwise. */
export function settlementReadings(spot: Spot, text: string, tokens: readonly Token[], namedCountries: ReadonlySet<string>): Spot {
  // "села Новоселівка Краматорського району": a word before an administrative noun is the item's district, no item.
  const next = tokens[spot.last];
  if ((next && ADMIN_HEAD.test(next.text)) || (spot.last - spot.first > 1 && ADMIN_HEAD.test(tokens[spot.last - 1]!.text))) return spot;
  const noun = settlementNounBefore(text, tokens, spot.first);
  if (!noun || endsInAdminPlural(text, tokens, spot.last)) return spot;
  const oneWord = spot.last - spot.first === 1;
  const possible = (e: IndexedEntry): boolean => {
    if (e.kind === 'country') return true; // "населённые пункты Украины": the list's country, not an item
    if (e.kind === 'region' && oneWord && isRegionAdjectiveForm(spot.text)) return false;
    if (!WAR_STATES.has(e.country) && !namedCountries.has(e.country)) return false;
    return !(noun === 'village' && e.kind === 'city');
  };
  const kept = spot.entries.filter(possible);
  return kept.length < spot.entries.length ? { ...spot, entries: kept } : spot;
}
