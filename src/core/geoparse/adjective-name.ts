// "ВС России заняли Запорожское в Днепропетровской области", "Ивановское и Клещеевка", "Запорізьке та Новогеоргіївка":
// an oblast's adjective in a form that cannot agree with "область" (neuter, or the oblique cases masculine and neuter
// share) and with no noun after it to agree with is a name of its own — a village's, as so many are named — never the
// oblast (a feminine noun left out would leave a feminine form: "Сумская", "Донецькій").
import { isCapitalized, type Token } from '../text/tokens.ts';
import { agreesAsAdjective } from './filters.ts';
import { isRegionAdjectiveForm } from './region-adjective.ts';
import type { Spot } from './spot.ts';

/** Endings of an oblast adjective that "область" never takes: neuter nominative (-ское, -ське) and the masculine and
 * neuter oblique cases (-ского/-ського, -скому/-ському, -ским/-ським, -ском/-ськім). */
/** Words after which no noun agrees: conjunctions and prepositions. */
const FUNCTION_WORD = /^(и|і|й|та|а|но|або|или|в|у|во|на|за|до|из|із|з|с|со|от|від|по|под|під|при|біля|возле|около|поблизу)$/iu;
const CONJUNCTION = /^(и|і|й|та|а|або|или)$/iu;
const NOT_FEMININE = /(?:ск|цк|зк|ськ|цьк|зьк)(?:ое|ого|ому|ом|им|ым|е|ім)$/u;

/** Whether the one-word spot is such a name: an oblast adjective's non-feminine form at the end of its clause or before
 * a conjunction or preposition (a noun or a capitalised word after it makes it an adjective: «Курское ТВ»). */
export function isAdjectiveAsName(spot: Spot, text: string, tokens: readonly Token[]): boolean {
  if (spot.last - spot.first !== 1 || !isCapitalized(spot.text)) return false;
  if (!isRegionAdjectiveForm(spot.text) || !NOT_FEMININE.test(spot.text.toLowerCase())) return false;
  if (!spot.entries.some((e) => e.kind === 'region')) return false;
  const next = tokens[spot.last];
  if (!next || text.slice(spot.end, next.start) !== ' ') return true;
  // Only a conjunction or preposition says that no noun follows: the agreement of case endings is too loose to tell
  // "Запорожском направлении" (an axis) from a verb after a name.
  if (!FUNCTION_WORD.test(next.text)) return false;
  // "Донецкого и Запорожского направлений": a conjunction before another oblast adjective joins adjectives of one noun.
  const after = tokens[spot.last + 1];
  return !(CONJUNCTION.test(next.text) && after !== undefined && isRegionAdjectiveForm(after.text));
}

/** The spots with the oblast readings of such names removed (a spot may be left with none: an unknown village), and the
 * first tokens of those names. Once the article writes a word as such a name, the same word is that name wherever no
 * noun agreeing with it follows ("Бої за Запорізьке тривають"). */
export function adjectivesAsNames(spots: readonly Spot[], text: string, tokens: readonly Token[]): { spots: Spot[]; firsts: Set<number> } {
  const names = new Set(spots.filter((sp) => isAdjectiveAsName(sp, text, tokens)).map((sp) => sp.text));
  const firsts = new Set<number>();
  if (names.size === 0) return { spots: [...spots], firsts };
  const out = spots.map((sp) => {
    if (!names.has(sp.text) || !sp.entries.some((e) => e.kind === 'region')) return sp;
    const next = tokens[sp.last];
    if (next && text.slice(sp.end, next.start) === ' ' && agreesAsAdjective(sp.text, next.text) && !FUNCTION_WORD.test(next.text))
      return sp;
    firsts.add(sp.first);
    return { ...sp, entries: sp.entries.filter((e) => e.kind !== 'region') };
  });
  return { spots: out, firsts };
}
