// A toll told in the English perfect ("more than 30,000 Russian servicemen have died", "7,000 troops have been
// killed", "Almost a million Russian soldiers have been killed or wounded", "are believed to have been wounded") is
// what has piled up so far: with no span of its own it is the war's sum to the time said, not that day's losses.

/** The perfect of dying or being hurt, right after the toll's noun phrase (a few words of it may come between). */
const PERFECT_TOLL =
  /^[^.;:!?]{0,40}?\b(?:(?:have|has|had)\s(?:(?:now|already|so\sfar|reportedly|likely|probably)\s)?|to\shave\s)(?:been\s(?:killed|wounded|injured|lost)|died|perished|lost\stheir\slives)\b/iu;
/** A day's or a rate's toll in the perfect ("710 Russian soldiers have died in one day"): not a sum. */
const SHORT_SPAN =
  /\b(?:in|over|during|within)\s(?:(?:one|a|a\ssingle|the\slast|the\spast|24)\s)?(?:day|hours?|24\shours|night)\b|\b(?:a|per|each|every)\s(?:day|week|month)\b|\bdaily\b/iu;

/** Whether the toll whose figure ends at `end` is told in the perfect, with no day's or rate's span after it. */
export function isPerfectToll(text: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  const m = PERFECT_TOLL.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length, m[0].length + 40);
  return !SHORT_SPAN.test(rest.split(/[.;]/u)[0]!);
}
