// English fighting told with no side ("Russian forces had confirmed that there was fighting for X", "Pokrovsk, where
// the battle has raged for over a year") takes the article's attacker: the side the article says took that very
// settlement fought for it; else the side that gains ground in the settlement's country in this article attacks there
// (a counteroffensive's copy has Ukraine attacking in Ukraine, a Kursk recapture's Russia attacking in Russia). Wire copy
// quotes both sides sentence by sentence, so the side acting in the sentences around tells less. (The side an article
// says holds the place, taken as the defender, measured worse: round 18.)
import type { ControlEventFeature, Side } from '../schema.ts';

type Props = ControlEventFeature['properties'];
const GAINS = new Set(['captured', 'liberated', 'entered', 'cleared']);

/** The side with more gains among the events (not denied), or null when none or both as many. */
function gainer(events: readonly Props[]): Side | null {
  const n = { UA: 0, RU: 0 };
  for (const p of events) if (GAINS.has(p.action) && !p.denied && (p.actor === 'UA' || p.actor === 'RU')) n[p.actor]++;
  return n.UA > n.RU ? 'UA' : n.RU > n.UA ? 'RU' : null;
}

/** The attacker the article tells for fighting at `target`'s settlement. */
export function articleAttacker(target: Props, events: readonly Props[], countryOf: (p: Props) => string | undefined): Side | null {
  const taken = events.filter((p) => p.settlement === target.settlement);
  const taker = new Set(taken.map((p) => gainer([p])).filter((s) => s !== null));
  if (taker.size === 1) return [...taker][0]!;
  if (taker.size > 1) return null; // both sides took it in this article: the attacker changed
  const country = countryOf(target);
  return country ? gainer(events.filter((p) => countryOf(p) === country)) : null;
}

/** Sets each sideless fighting event's actor to the article's attacker there, where the article tells one. */
export function withArticleAttackers(
  sideless: ReadonlySet<ControlEventFeature>,
  all: readonly ControlEventFeature[],
  countryOf: (p: Props) => string | undefined,
): void {
  const props = all.map((f) => f.properties);
  const found = [...sideless].map((f) => [f, articleAttacker(f.properties, props, countryOf)] as const);
  for (const [f, side] of found) if (side) f.properties.actor = side;
}
