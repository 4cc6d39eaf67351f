// A claim an article denies, told again further on: the lead says "Russia claimed it captured X; Kyiv denied it", and
// a later paragraph quotes the claim in full ("Gerasimov said his troops liberated X") or recalls it as background
// ("Раніше з'явилася інформація, що росіяни окупували X"). The restatement is the same claim, not a new report that it
// happened, so it is denied too: a report of the same settlement with the same action and actor as one the article
// denied before it. Only later reports: the claim told first, before its denial, is what the denial's own sentence (or
// the one after it) already marks.
import type { ControlEventFeature } from '../schema.ts';

export interface RestatedDenialOptions {
  /** Which reports of a denied claim are denied with it: those after the denial (`later`), or every report of it in
   * the article (`either`). */
  reach: 'later' | 'either';
}

export const defaultRestatedDenialOptions: RestatedDenialOptions = {
  reach: 'later',
};

/** Marks denied each affirmed report of one article that restates a claim the article denied (events of one article). */
export function withRestatedDenials(events: readonly ControlEventFeature[], options: Partial<RestatedDenialOptions> = {}): void {
  const { reach } = { ...defaultRestatedDenialOptions, ...options };
  const denials = events.filter((e) => e.properties.denied && e.properties.holder !== null);
  if (!denials.length) return;
  for (const e of events) {
    const p = e.properties;
    if (p.denied) continue;
    const restates = denials.some(
      (d) =>
        d.properties.settlement === p.settlement &&
        d.properties.action === p.action &&
        d.properties.actor === p.actor &&
        d.properties.holder === p.holder &&
        (reach === 'either' || d.properties.start < p.start),
    );
    if (restates) p.denied = true;
  }
}
