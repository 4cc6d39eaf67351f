// "Ukrainian forces had repelled 15 attacks near Kupiansk and 18 attacks near Maryinka": an English attack noun
// coordinated with a repelled one (a place, "and" or a comma, and maybe its own count between) is the same verb's
// object, so its place was attacked by the side fought off too, not by the subject.

/** Between the repelled phrase and the next attack noun: its place(s), then "and" or a comma, and an optional count;
 * no clause break and no verb of its own. */
const COORDINATED_GAP = /^[^.;:!?()"“”]{1,80}?(?:,\s*|\s+)(?:and\s+)?(?:(?:\d+|another|other|further|more)\s+)?$/iu;
/** The next trigger is a bare attack noun with its preposition ("attacks near", "assaults on"). */
const ATTACK_NOUN = /^(?:counter-?)?(?:attacks?|assaults?)\s+(?:near|around|in|at|on|towards?)$/iu;
/** A finite verb between ends the coordination ("repelled attacks near A and launched attacks near B"). */
const VERB_BETWEEN = /(?<![\p{L}])(?:\p{L}+ed|launched|made|carried|conducted|continued|said|says)(?![\p{L}])/iu;

/** Whether an attack-noun trigger after a repelled trigger is coordinated with it. */
export function coordinatedAttack(between: string, triggerText: string): boolean {
  return ATTACK_NOUN.test(triggerText) && COORDINATED_GAP.test(between) && !VERB_BETWEEN.test(between);
}
