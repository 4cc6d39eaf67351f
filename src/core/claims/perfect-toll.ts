// A toll told in the English perfect ("more than 30,000 Russian servicemen have died", "7,000 troops have been
// killed", "Almost a million Russian soldiers have been killed or wounded", "are believed to have been wounded") is
// what has piled up so far: with no span of its own it is the war's sum to the time said, not that day's losses. So is
// one told in the active perfect before the figure ("Russia has lost a total of 77,170 personnel", "had already
// suffered more than 90,000 casualties", "is believed to have suffered around 70,000 deaths") or said to be lost
// already ("Украина потеряла уже половину армии: 61 207 погибших", "втратила вже").

/** The perfect of dying or being hurt, right after the toll's noun phrase (a few words of it may come between). */
const PERFECT_TOLL =
  /^[^.;:!?]{0,40}?\b(?:(?:have|has|had)\s(?:(?:now|already|so\sfar|reportedly|likely|probably)\s)?|to\shave\s)(?:been\s(?:killed|wounded|injured|lost)|died|perished|lost\stheir\slives)\b/iu;
/** A day's or a rate's toll in the perfect ("710 Russian soldiers have died in one day"): not a sum. */
const SHORT_SPAN =
  /\b(?:in|over|during|within)\s(?:(?:one|a|a\ssingle|the|the\slast|the\spast|24)\s)?(?:day|hours?|24\shours|night)\b|\b(?:a|per|each|every)\s(?:day|week|month)\b|\bdaily\b/iu;

/** The active perfect of losing or suffering right before the figure, told as a sum so far: with "already", "so far" or
 * "a total of" ("Russia has lost a total of 77,170 personnel", "had already suffered more than 90,000 casualties"), in
 * the pluperfect ("Russia had lost 76,460 personnel"), or the perfect infinitive ("is believed to have suffered around
 * 70,000 deaths"). A bare "has lost up to 80 servicemen" is as often a day's report: not this. */
const PERFECT_BEFORE =
  /\b(?:(?:have|has|had)\s(?:already|so\sfar|now)\s(?:lost|suffered|sustained)\s|(?:have|has|had)\s(?:lost|suffered|sustained)\s(?:a\stotal\sof|in\stotal)\s|had\s(?:lost|suffered|sustained)\s|to\shave\s(?:lost|suffered|sustained)\s)(?:(?:some|about|around|approximately|nearly|almost|over|more\sthan|at\sleast|up\sto)\s)?$/iu;
/** A verb of losing with "already" next to it, before the figure in its clause: "потеряла уже", "вже втратила",
 * "already lost". */
const ALREADY_LOST =
  /(?:(?<!\p{L})(?:потерял\p{L}*|потеряли|втратил\p{L}*|втратили|lost|suffered)\s(?:уже|вже|already)|(?<!\p{L})(?:уже|вже|already)\s(?:потерял\p{L}*|потеряли|втратил\p{L}*|втратили|lost|suffered))(?!\p{L})[^.;!?]{0,40}$/iu;

/** Whether the toll whose figure spans `start`–`end` is told in the perfect (after the figure's noun, or before the
 * figure), or as lost already, with no day's or rate's span after it. */
export function isPerfectToll(text: string, end: number, start?: number): boolean {
  const after = text.slice(end, end + 120);
  const m = PERFECT_TOLL.exec(after);
  const before = start === undefined ? '' : text.slice(Math.max(0, start - 80), start);
  // The verb may be the figure's own words ("3,825 had been wounded", counts.ts's TOLL_VERB_AFTER).
  const own = start !== undefined && PERFECT_TOLL.test(text.slice(start, end));
  if (!m && !own && !PERFECT_BEFORE.test(before) && !ALREADY_LOST.test(before)) return false;
  const rest = m ? after.slice(m[0].length, m[0].length + 40) : after.slice(0, 60);
  return !SHORT_SPAN.test(rest.split(/[.;]/u)[0]!);
}
