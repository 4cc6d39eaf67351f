// "Бойцы ВСУ освободили село X … В Минобороны России информацию о взятии X пока не комментировали", "Ukrainian forces
// recaptured X … soldiers from the marine brigades helped take X": a taking of a settlement that names no side was
// given to the side that is not the settlement's country (impliedActor). Where the same article says the country's own
// side liberated that very settlement, the unnamed taking is that liberation told again, not a capture by the enemy.
import type { ControlEventFeature, Side } from '../schema.ts';

type Props = ControlEventFeature['properties'];

const GAINS = new Set(['captured', 'liberated', 'entered', 'cleared']);

/** The side whose own liberation of `target`'s settlement the article tells, if any, and no gain there by the other
 * side: an article that names both sides taking the place tells its changes of hands, and an unnamed one may be either. */
function liberatorOf(target: Props, named: readonly Props[], countryOf: (p: Props) => string | undefined): Side | null {
  const country = countryOf(target);
  if (country !== 'UA' && country !== 'RU') return null;
  const there = named.filter((p) => p.settlement === target.settlement && GAINS.has(p.action) && !p.denied);
  const liberated = there.some((p) => p.action === 'liberated' && p.actor === country);
  const enemyGain = there.some((p) => p.actor !== null && p.actor !== country);
  return liberated && !enemyGain ? country : null;
}

/** Turns each guessed capture (a taking whose side only the settlement's country implied) into a liberation by the
 * country's side, where the article tells that side liberating the same settlement. */
export function withTakenBack(
  guessed: ReadonlySet<ControlEventFeature>,
  all: readonly ControlEventFeature[],
  countryOf: (p: Props) => string | undefined,
): void {
  const named = all.filter((f) => !guessed.has(f)).map((f) => f.properties);
  // (decided on the named events alone, so the order the guesses are visited in does not matter)
  const found = [...guessed].map(
    (f) => [f, f.properties.action === 'captured' ? liberatorOf(f.properties, named, countryOf) : null] as const,
  );
  for (const [f, side] of found) {
    if (!side) continue;
    const p = f.properties;
    p.action = 'liberated';
    p.actor = side;
    p.holder = side;
    p.id = `${p.article}:${p.start}:liberated`;
  }
}
