// The verbs of having: a figure right after one ("Russia has 600,000 troops", "российские войска имеют 520 000",
// "ВСУ насчитывали 260 200", "Україна має 900 тисяч") is held by the verb's subject, as a figure after a verb of
// losing is lost by it.

/** A verb of having (English, Russian, Ukrainian) with at most four words between it and the end of `lead` (the
 * figure), so that "had to withdraw" or "has said … 300" give no holder. Not the English auxiliary of a perfect
 * ("Ukraine has killed 2,000 soldiers", "had been wounded": the figure is not the subject's). */
const HAVING_BEFORE_FIGURE =
  /(?:\b(?:have|has|had|having)\b(?!\s+(?:been|\p{L}+(?:ed|en|wn))\b)|(?<!\p{L})(?:име(?:ет|ют|л|ла|ли|ло|ть|ющ\p{L}*)|насчитыва(?:ет|ют|л|ла|ли|ло|ть)|ма(?:є|ють|в|ла|ли|ло|ти)|нараховува(?:в|ла|ли|ло|ти)|налічу(?:є|ють|вав|вала|вали|вало|вати))(?!\p{L}))(?:\s+[^\s,;:.]+){0,4}\s*$/iu;

/** Where the verb of having stands in `lead` (the clause before a figure), or -1. */
export function havingAt(lead: string): number {
  const m = HAVING_BEFORE_FIGURE.exec(lead);
  return m ? m.index : -1;
}
