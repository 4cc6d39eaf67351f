// The denying side's own hold, told with its denial, is what the denial asserts, not a claim it denies: "У Генштабі ЗСУ
// спростували фейк росіян та повідомили, що X під контролем СОУ", "these claims were refuted by Ukraine's Eastern
// Command, which maintained that X 'remains under the control of the Armed Forces of Ukraine'", "«Сили оборони
// продовжують контролювати X». Інформація про його окупацію не відповідає дійсності". The sentence's denial marks every
// report it reads; a hold by the side whose word it is, against the other side's denied acts, is affirmed again.
import type { ControlEventFeature } from '../schema.ts';

/** Affirms each denied hold (`controls`) of one article's events whose side is the denier: the article denies acts of
 * the other side and none of that side's own but holds. */
export function withDeniersHolds(events: readonly ControlEventFeature[]): void {
  const denied = events.filter((e) => e.properties.denied && e.properties.actor !== null);
  for (const e of denied) {
    const p = e.properties;
    if (p.action !== 'controls') continue;
    const others = denied.filter((d) => d.properties.actor !== p.actor);
    const own = denied.filter((d) => d.properties.actor === p.actor && d.properties.action !== 'controls');
    if (others.length && !own.length) p.denied = false;
  }
}
