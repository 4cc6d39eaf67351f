// The country whose ground a figure is of when the text names it by its adjective, not its name: "of Ukrainian
// territory", "української території", "деокупованої української землі", "украинской территории", "Ukraine's land".
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { ClaimContext } from './context.ts';

/** Country adjectives (every case and gender from the stem) and possessives, by country code. */
const ADJECTIVES: readonly [RegExp, string][] = [
  [/\bukrain(?:ian|e['’]s)\b|(?<!\p{L})(?:українськ|украинск)\p{L}*/iu, 'UA'],
  [/\bruss(?:ian|ia['’]s)\b|(?<!\p{L})(?:російськ|российск)\p{L}*/iu, 'RU'],
];

/** A noun of ground, in every case from its stem. */
const GROUND = String.raw`(?:territor(?:y|ies)|land|soil|ground|територі\p{L}*|территори\p{L}*|земл\p{L}*|земел\p{L}*|площ\p{L}*)`;

/** A country adjective or possessive as the patterns below capture it (ADJECTIVES gives its country). */
const ADJECTIVE = String.raw`ukrainian|ukraine['’]s|russian|russia['’]s|українськ\p{L}*|украинск\p{L}*|російськ\p{L}*|российск\p{L}*`;

/** The adjective and its ground noun, at most one word (a participle: "деокупованої", "occupied") between them. */
const ADJ_GROUND = new RegExp(String.raw`(?<!\p{L})(${ADJECTIVE})\s+(?:\p{L}+\s+)?${GROUND}(?!\p{L})`, 'giu');

/** The same right after a share ("19,09% української території", "19.3 percent of Ukrainian territory"). */
const AFTER_SHARE = new RegExp(String.raw`^["”»’]?\s*(?:of\s+)?(?:the\s+)?(${ADJECTIVE})\s+(?:\p{L}+\s+)?${GROUND}(?!\p{L})`, 'iu');

const codeOf = (adjective: string): string | undefined => ADJECTIVES.find(([re]) => re.test(adjective))?.[1];

/** The Natural Earth country entry of a code ("UA" → "ne-ua"). */
const countryEntry = (ctx: ClaimContext, code: string | undefined): IndexedEntry | undefined =>
  code ? ctx.gazetteer.byId(`ne-${code.toLowerCase()}`) : undefined;

/** The country a share right before `after` is of, by its adjective: "19,09% | української території". */
export function shareOfCountryAdjective(ctx: ClaimContext, after: string): IndexedEntry | undefined {
  const m = AFTER_SHARE.exec(after.slice(0, 60));
  return m ? countryEntry(ctx, codeOf(m[1]!)) : undefined;
}

/** The country whose ground `text` names by its adjective (the first one named), if any. */
export function groundCountryIn(ctx: ClaimContext, text: string): IndexedEntry | undefined {
  for (const m of text.matchAll(ADJ_GROUND)) {
    const e = countryEntry(ctx, codeOf(m[1]!));
    if (e) return e;
  }
  return undefined;
}

/** The country whose ground the war is fought over, for a figure of ground whose article names no region and no
 * country's ground ("Российская армия освободила 6 000 квадратных километров", "Сили оборони звільнили 460
 * квадратних кілометрів"): the figures of the whole front that ministries and commanders give are of Ukraine's ground. */
export function warGround(ctx: ClaimContext): IndexedEntry | undefined {
  return countryEntry(ctx, 'UA');
}
