// A toll joined to the one before it in its sentence takes that toll's side when it names none of its own: "43,000
// Ukrainian soldiers have been killed and 370,000 wounded", "more than 20,000 Russian soldiers had been killed and
// another 80,000 wounded", "up to 120,000 deaths, and as many as 180,000 wounded", "загинули 3 000 українських
// військових, ще близько 10 000 поранені". The writer names the side once for both parts of one toll.
import type { ClaimFeature } from '../schema.ts';

/** The words between the two figures: no end of a sentence or clause break a contrast opens, at most a few words, and
 * a joining word ("and", "та", "і", "и", "ще", "еще", a comma). */
const JOINED = /^[^.;:!?()]{0,60}$/u;
const JOINER = /(?:^|\s|,)(?:and|plus|та|і|й|и|ще|еще|а\sтакож|а\sтакже)(?:\s|$)|,/iu;
/** Words that set the second figure against the first: its side is then not the first's. */
const CONTRAST =
  /\b(?:while|whereas|compared|against|versus|but|than)\b|(?<!\p{L})(?:тоді\sяк|в\sто\sвремя\sкак|тогда\sкак|проти|против|але|но|чем|ніж)(?!\p{L})/iu;
const TOLL = new Set(['killed', 'wounded', 'casualties']);

/** Gives each toll with no side the side of the toll right before it in its sentence, where the two are joined. */
export function shareConjoinedSides(text: string, sentences: readonly { start: number; end: number }[], out: ClaimFeature[]): void {
  const tolls = out
    .map((f) => f.properties)
    .filter((p) => p.type === 'count' && TOLL.has(p.counts))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < tolls.length; i++) {
    const p = tolls[i]!;
    if (p.type !== 'count' || p.side !== null) continue;
    const before = tolls[i - 1]!;
    if (before.type !== 'count' || !before.side || before.end > p.start) continue;
    const sentence = sentences.find((s) => s.start <= before.start && p.end <= s.end);
    if (!sentence) continue;
    const between = text.slice(before.end, p.start);
    if (!JOINED.test(between) || !JOINER.test(between) || CONTRAST.test(between)) continue;
    p.side = before.side;
  }
}
