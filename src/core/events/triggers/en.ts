// English triggers added after the first lexicon (lexicon.ts spreads them into TRIGGERS): the wording of the General
// Staff's English summaries, DeepState and ISW reports and the wires that quote them. Patterns are strings, built
// into RegExps by lexicon.ts (capital letters checked, any letter or digit barred before a match).
import type { TriggerSpec } from './spec.ts';
import { LINKING_VERB } from './voice.ts';

/** Nothing may follow a whole word but a non-letter. */
const R = String.raw`(?![\p{L}\p{N}])`;
/** A compass side as a preposition of place: "west of", "to the north-east of", "southeastern of" is not one. */
const COMPASS_OF = String.raw`(?:to\s+the\s+)?(?:north|south)?-?(?:north|south|east|west)\s+of${R}`;
/** The head of a noun phrase of place before "of" and a name: "the village of X", "the outskirts of X". */
const PLACE_HEAD = String.raw`(?:villages?|towns?|city|cities|settlements?|hamlets?|areas?|vicinity|outskirts|suburbs|edges?|fringes|approaches|directions?|hubs?|strongholds?|bastions?)`;
/** What may stand between a preposition and the capitalised name: a noun phrase of place, its head after a few
 * modifiers, once or nested ("near the village of X", "to the key logistics hub of X", "the outskirts of the border
 * town of X"). */
const PLACE_NOUN = String.raw`(?:the\s+(?:[\p{L}-]+\s+){0,3}?${PLACE_HEAD}\s+of\s+){0,2}`;
/** A distance a side was pushed, before the place's preposition: "pushed the Russians back 2 kilometers (1.2 miles)
 * around X". */
const DISTANCE = String.raw`(?:(?:about|some|nearly|almost|up\s+to)\s+)?(?:[\d.,]+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{0,20}\)\s+)?)?`;

/** The nouns a side-held participle may qualify in an apposition ("X, a Russian-held regional capital"). */
const HELD_NOUN = String.raw`(?:villages?|towns?|city|cities|settlements?|capital|cent(?:re|er)|strongholds?|hubs?)(?![\p{L}])`;

/** Troops as the ones enclosed at a place: a unit noun, not people at large. */
const ENCLOSED_TROOPS = String.raw`(?:troops|forces|units|soldiers|servicemen|battalions|brigades?|group(?:ing)?|garrison|defenders|militants|personnel)`;
/** The participles of enclosing a force. */
const ENCLOSED = String.raw`(?:surrounded|(?:semi-)?encircled|trapped|blocked|blockaded|cut\s+off)`;

/** A place's edge or its approaches: a flag raised there is not the place taken (fighting, below). */
const EDGE = String.raw`(?:outskirts|edges?|approaches|fringes)`;
/** The force at a place's edge, the subject a few words before it: "Russian troops were already on the approaches to
 * X" (a force as the object of a gerund, "engaging Ukrainian forces on the approaches to X", is the side attacked). */
const EDGE_SIDE = String.raw`(?:troops|forces|units|army|soldiers|groups|military|infantry|servicemen|fighters|brigades?|battalions?|guys|defenders)`;
/** Where a flag goes up at a place: over or in it, or on a building there first ("in a bombed-out building in X",
 * "on the roof of the school in X", "from a destroyed building in the village of X"), so the name after it is the
 * place. */
const FLAG_SPOT = String.raw`(?:(?:on|in|over|above|at|from)\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:building|roof|house|school|monument|tower|pole)s?\s+(?:of\s+(?:a|the)\s+\p{Ll}+\s+)?)?(?:over|above|in|on)(?!\s+(?:the\s+)?(?:\p{Ll}+\s+)?${EDGE}${R})`;
/** A verb of raising a flag, with its particle: "hoisted", "held up", "put up", "set up". */
const FLAG_RAISED = String.raw`(?:(?:rais|hoist|plant)(?:e|es|ed|ing)?|(?:held|hold|holds|holding|put|puts|putting|set|sets|setting)\s+up)\s+`;
/** Ukraine's colours before a flag: "the blue-and-yellow flag", "the blue and yellow Ukrainian flag" (a modifier: the
 * side is the adjective's or the subject's, as for "the flag"). */
const FLAG_COLOUR = String.raw`(?:(?:blue|yellow)(?:-and-|\s+and\s+|-)(?:yellow|blue)\s+)?`;
/** "once again", before or after the verb of a flag flying: "the national flag once again flies over X". */
const AGAIN = String.raw`(?:(?:again|once\s+again|once\s+more)\s+)?`;
/** The flag's noun: "flag", or the Russian flag's own name ("the Russian tricolor raised over X"). */
const FLAG_NOUN = String.raw`(?:flag|tricolou?r)`;
/** A flag flying at a place, again, now or back: "flag once again flies over", "tricolor now proudly flies over", "flag
 * returned to". */
const FLAG_FLIES = String.raw`${FLAG_NOUN}\s+(?:(?:now|\p{Ll}+ly)\s+){0,2}${AGAIN}(?:(?:flies|flew|is\s+flying|was\s+flying|(?:was|has\s+been|had\s+been)\s+(?:raised|hoisted|planted))\s+${AGAIN}${FLAG_SPOT}|(?:has\s+)?returned\s+to|is\s+back\s+(?:over|in))${R}`;

/** The force that leaves or flees a place, right before the verb: troops, not residents ("civilians fled X" is no
 * withdrawal). */
const FORCE_SUBJECT = String.raw`(?:forces|troops|units|soldiers|army|military|servicemen|enemy|invaders|occupiers)`;
/** What a force leaves before the name: the place's noun ("the village of X"), a part of it ("the western part of X")
 * or its posts there ("their current posts in X"). */
const LEFT_OBJECT = String.raw`(?:(?:their|its)\s+(?:current\s+|last\s+|remaining\s+)?(?:posts|positions)\s+in\s+)?(?:the\s+(?:\p{Ll}+\s+)?(?:villages?|towns?|city|settlements?|part)\s+of\s+)?`;

/** What follows a verb of driving out, past or base: the side driven, up to four words ("pushed out Russian occupation
 * forces from", "drive the enemy out of"), then the place's preposition; "back" makes it pushing back (fighting) and
 * "to" a destination. */
export const DRIVEN_OUT_OF = String.raw`\s+(?:(?!to\s|back\s)\p{L}+\s+){0,4}?(?:out\s+of|from)${R}`;

/** The verbs of entry that reach only a place's edge when its edge is their object ("entered the outskirts of X"). */
const EDGE_ENTRY = String.raw`(?:entered|enter(?:s|ing)?|reached|broke\s+into|pushed\s+into|advanced\s+into|(?:made|fought|\p{Ll}+ed)\s+(?:their|its)\s+way\s+into)`;

/** A name's edge in the possessive after a verb of entry: "entered X's suburb", "reached Y's northern outskirts" (the
 * possessive twin of "the outskirts of X", round 37's convention: a force at a place's edge is fighting there). */
export const POSSESSIVE_EDGE = String.raw`\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:suburbs?|outskirts|edges?|approaches|fringes)${R}`;

export const EN_TRIGGERS: readonly TriggerSpec[] = [
  // "X, which Moscow said it had taken in early January", "X, that Russian forces took last year": "took"/"taken" has its
  // object in the relative word before its subject (objects.ts reads the name before the comma), so no name follows it
  // (a verb with no subject between, "which took place", and a complement after it, "took part", "taken to", are other
  // verbs)
  {
    action: 'captured',
    pattern: String.raw`(?<=,\s*(?:which|that)\s+(?:[\p{L}'’-]+\s+){1,4})(?:took|taken)${R}(?!\s+(?:to|into|towards?|away|off|out|across|along|through|over|back|up|down|place|part|control|steps?|measures?|action|the|a|an|its|their|his|her|our|\d+)${R})`,
  },
  // "units have moved to new frontiers west of X, Y and Z", "withdrew west of the settlements of X and Y": a move back to
  // lines beyond the places named, or a withdrawal past them, leaves those places (a plain "moved west of X" is an
  // advance, fighting, below; this one comes first so the same words read as the withdrawal). "Borders" and
  // "boundaries" are the same "рубежі" translated otherwise ("moved to new borders west of X")
  {
    action: 'withdrew',
    pattern: String.raw`(?:(?:mov(?:ed|e|es|ing)|withdr(?:ew|awn|aw|aws|awing)|pull(?:ed|s|ing)?\s+back|f(?:e|a)ll(?:en|s)?\s+back|retreat(?:ed|s|ing)?|relocated)\s+to\s+(?:other|new|reserve|rear|safer|better|prepared|more\s+\p{L}+)\s+(?:[\p{L}-]+\s+){0,2}?(?:positions|lines|frontiers|borders|boundaries),?\s+|(?:withdr(?:ew|awn|aw|aws|awing)|pull(?:ed|s|ing)?\s+back|f(?:e|a)ll(?:en|s)?\s+back|retreat(?:ed|s|ing)?)\s+)${COMPASS_OF}(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "Russian forces advance near X", "advanced within X", "gained ground near X", "made confirmed gains near X", "gains
  // towards X", "were moving towards X", "pushed west of X": a gain of ground at a place still fought over is fighting
  // there (entering is "into", taking "took")
  {
    action: 'fighting',
    pattern: String.raw`(?:advanc(?:e|es|ed|ing)|gain(?:s|ed|ing)?\s+ground|ma(?:ke|kes|king|de)\s+(?:\p{L}+\s+)?(?:gains|advances|progress)|gains|mov(?:e|es|ed|ing)|push(?:es|ed|ing)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|within|inside|near|around|close\s+to|(?:closer|nearer)\s+to|towards?|on|on\s+the\s+outskirts\s+of|${COMPASS_OF})(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "advanced several kilometres in the direction of X", "advances of over 15 kilometers toward the village of X",
  // "driving their forces towards X": an advance aimed at a place is fighting there, with a distance, an agent or an
  // area between the verb and its aim (only toward a place: a wider gap before "in" or "near" would reach other phrases)
  {
    action: 'fighting',
    pattern: String.raw`(?:advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|driv(?:e|es|en|ing)|drove|press(?:es|ed|ing)?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:towards?|in\s+the\s+directions?\s+of)(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "Russians capture new territory near X", "seized positions west of X", "seized 256 buildings in X": ground taken
  // around a place, or a part of it taken, is fighting there
  {
    action: 'fighting',
    pattern: String.raw`(?:captur|seiz|occup|gain|took|tak(?:e|es|en|ing))\p{L}*\s+(?:[\p{L}\p{N},-]+\s+){0,2}?(?:territory|ground|positions?|areas?|heights?|land|lines?|footholds?|buildings|blocks|streets|neighbou?rhoods|districts|quarters)\s+(?:near|around|close\s+to|outside|on\s+the\s+outskirts\s+of|in|inside|within|${COMPASS_OF})(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "assault operations near X", "offensive actions towards X", "fighting to the west of X continues", "fighting continues
  // to rage in the villages of X", "fighting persists in and around X"; the General
  // Staff's "offensive actions in the directions of X and Y" aim at the places named
  {
    action: 'fighting',
    pattern: String.raw`(?:assault|offensive|attack|storm)\s+(?:operations|actions)\s+in\s+the\s+directions?\s+of(?=\s+${PLACE_NOUN}\p{Lu})|(?:(?:assault|offensive|combat|attack|storm)\s+(?:operations|actions)|fighting|battles?|clashes|hostilities)\s+(?:(?:is|are|was|were|continues?|continued|continuing)\s+)?(?:(?:to\s+)?(?:rag(?:e|es|ed|ing)|persist(?:s|ed|ing)?)\s+)?(?:in\s+and\s+around|in|near|around|at|towards?|outside|${COMPASS_OF})(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "In the X and Y areas, two battles are ongoing", "near X, fighting continues": a predicate of fighting with no
  // place of its own takes the place its clause opened with
  {
    action: 'fighting',
    pattern: String.raw`(?:fighting|battles?|clashes|combat\s+engagements|engagements|hostilities)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|remains?|remained)\s+)?(?:still\s+)?(?:ongoing|under\s*way|raging|continuing|continues|continue)(?=\s*[.;]|$)`,
  },
  // "Now, Vovchansk is fiercely contested": the predicate after its place
  { action: 'fighting', pattern: String.raw`(?<=(?:is|are|was|were|remains?|remained|been)\s+(?:\p{L}+ly\s+)?)contested${R}` },
  // "attacked the positions of the Ukrainian Armed Forces 23 times near the settlements of X, Y"
  {
    action: 'fighting',
    pattern: String.raw`attack(?:ed|ing)\s+(?:[\p{L}\p{N}'’-]+\s+){0,9}?(?:near|around|in|at)(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "its forces inflicted damage to manpower and equipment near several settlements", "inflicted losses on Ukrainian
  // units in the area of X": losses inflicted at a place are fighting there, as the Russian "нанесли поражение/потери"
  {
    action: 'fighting',
    pattern: String.raw`inflict(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){0,2}?(?:damage|losses|defeat)${R}`,
  },
  // "trying in vain to dislodge Russian troops in the localities of X and Y": a verb of driving out, its place after
  { action: 'liberated', pattern: String.raw`dislodg(?:e|es|ed|ing)${R}` },
  // "entered the suburbs of X", "broke into the outskirts of X", "fought their way into the outskirts of X": the edge of
  // a place is fighting there, not entry
  {
    action: 'fighting',
    pattern: String.raw`${EDGE_ENTRY}\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:suburbs|outskirts|edges?|approaches|fringes)\s+of${R}`,
  },
  // "entered X's suburb", "broke into Y's eastern outskirts": the same edge in the possessive (the verbs of entry in
  // lexicon.ts stop before it)
  {
    action: 'fighting',
    pattern: String.raw`${EDGE_ENTRY}(?=${POSSESSIVE_EDGE})`,
  },
  // "Russian troops were already on the approaches to the village of X", "Russian army on outskirts of X", "moved in on
  // the southeastern outskirts of X", "raised the flag on the outskirts of X": a force at a place's edge or on its
  // approaches is fighting for it, as an advance toward it is (with no force before it, "the combat moved to the
  // outskirts of X", the side is unknown; a place that only locates another one, "a village on the outskirts of X",
  // "all on the outskirts of X", "Y is on the edge of X", is left out)
  {
    action: 'fighting',
    pattern: String.raw`(?<=${EDGE_SIDE}\s+(?:[\p{L}'’-]+\s+){0,6}?)(?<!(?:villages?|towns?|settlements?|city|cities|hamlets?|districts?|lies|lie|lying|located|situated|built|all|is|are)\s+|\p{L}+ing\s+(?:russian|ukrainian|enemy)\s+${EDGE_SIDE}\s+)(?:on|at|onto|to|towards?)\s+(?:(?:the|its|their)\s+)?(?:\p{Ll}+\s+){0,2}?${EDGE}\s+(?:of|to)${R}`,
  },
  // "the situation near X was tense", "the situation in X remained “difficult”" (a quoted word), "clashes have been taking place not far from X"
  {
    action: 'fighting',
    pattern: String.raw`situation\s+(?:near|around|in|at)(?=\s+${PLACE_NOUN}\p{Lu}[^.;]{0,40}?(?:is|was|remains|remained|has\s+been|had\s+been)\s+(?:very\s+|extremely\s+|particularly\s+)?["“‘']?(?:tense|difficult|critical|dire|heated|hot)${R})`,
  },
  {
    action: 'fighting',
    pattern: String.raw`(?:fighting|battles?|clashes|hostilities)\s+(?:(?:have|has|had)\s+been\s+|(?:is|are|was|were)\s+)?(?:taking|took|take)\s+place\s+(?:in|near|around|at|outside|not\s+far\s+from|close\s+to)${R}`,
  },
  // "X was taken by Russian forces", "had been taken on Monday": the passive of taking, its place before it
  {
    action: 'captured',
    pattern: String.raw`(?<=(?:was|were|been|be|being)\s+(?:\p{L}+ly\s+)?)taken(?=\s+(?:by|from|on|in|last|earlier|after|during|overnight|yesterday)${R}|\s*[.,;])`,
  },
  // "Ukrainian forces freed the village of X", "X was freed": a verb of liberation
  { action: 'liberated', pattern: String.raw`freed${R}` },
  // "pushed deeper into the city of X", "advanced further into X": a comparative says the force is inside already;
  // the gain is fighting there, not the entry
  {
    action: 'fighting',
    pattern: String.raw`(?:push|advanc|mov|press|driv|mak)(?:e|es|ed|ing)?\s+(?:its\s+way\s+|their\s+way\s+)?(?:deeper|further|farther)\s+into${R}`,
  },
  // "Ukraine’s flag was flying over X": the flag a country's possessive names, as the side adjective does below
  {
    action: 'captured',
    pattern: String.raw`(?:russia|ukraine)['’]s\s+flag\s+(?:flies|flew|is\s+flying|was\s+flying|was\s+raised|was\s+hoisted|has\s+been\s+raised)\s+(?:again\s+|once\s+again\s+|once\s+more\s+)?(?:over|above|in)${R}`,
  },
  // "the defence of X continues": a place defended is fought at (the attacker is the other side: a side named as
  // the subject, "our troops, which is carrying out the defense of X", is the defender)
  { action: 'fighting', pattern: String.raw`defen[cs]e\s+of(?=\s+${PLACE_NOUN}\p{Lu})`, repelled: true },
  // "the Ukrainian force defending X", "trying to defend X and Y", "Ukrainian resistance in X": a side holding a place
  // against attack is fought at there, by the side it holds off (the passive "X, defended by …" states a hold and is
  // left out)
  {
    action: 'fighting',
    pattern: String.raw`(?:defend(?:s|ing)?|resistance\s+in)(?=\s+${PLACE_NOUN}\p{Lu})`,
    repelled: true,
  },
  // "Russian troops are approaching X", "approached the town of Y": an approach is fighting at the place
  {
    action: 'fighting',
    pattern: String.raw`approach(?:es|ed|ing)?(?=\s+${PLACE_NOUN}\p{Lu}\p{Ll})`,
  },
  // "Ukrainian forces cleared Russian troops from X": clearing a side out of a place, as driving it out
  { action: 'liberated', pattern: String.raw`clear(?:ed|ing|s)?\s+(?:(?!to\s)\p{L}+\s+){1,3}?(?:out\s+of|from)${R}` },
  // "Ukrainian troops left Avdiivka", "were forced to leave the village of X": forces leaving a place (a subject of
  // forces, or a compulsion, keeps residents leaving out); a quote's editor may bracket the name ("left [X]"). The
  // same act in its other forms: the participle ("Russian soldiers leaving X"), flight ("The Russian army fled X",
  // "The enemy flees X"), the posts left in a place ("have left their current posts in A, B and C") and a part of it
  // left ("had left the western part of X")
  {
    action: 'withdrew',
    pattern: String.raw`(?<=${FORCE_SUBJECT}\s+(?:(?:have|had|has|were|was|are|is)\s+)?(?:\p{Ll}+ly\s+)?)(?:left|leaving|fled|flee(?:s|ing)?)(?=\s+\[?${LEFT_OBJECT}\p{Lu}\p{Ll})|(?<=(?:forced|compelled|ordered)\s+to\s+)(?:leave|abandon)${R}`,
  },
  // "the withdrawal of its forces from X", "Ukraine's pullout from X", "the withdrawal of the Ukrainian Armed Forces
  // from X" (the side's forces named in full)
  { action: 'withdrew', pattern: String.raw`(?:withdrawal|pull-?out)\s+(?:[\p{L}'’-]+\s+){0,6}?from${R}` },
  // "troops marched into X", "rolled into X", "swept into X": entering
  { action: 'entered', pattern: String.raw`(?:marched|rolled|swept|burst|stormed|drove)\s+into${R}` },
  // "counterattacked near X", "Russian troops are encircling X", "surrounded the town of X": fighting at the place (a
  // side's adjective after the verb opens its object, the forces encircled: in "encircle Ukrainian troops defending X"
  // the defending is read, its defenders' enemy the actor, not a merged trigger that inverts the encircler)
  {
    action: 'fighting',
    pattern: String.raw`counter-?attack(?:ed|ing|s)?\s+(?:near|around|in|at|towards?)${R}|(?:encircl|surround)(?:e|es|ed|ing)(?!\s+(?:Ukrainian|Russian)\s+(?:[\p{L}-]+\s+){1,2}?(?:defending|holding)${R})(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "15 Ukrainian battalions trapped near X", "The Russian grouping in the area of X is surrounded": troops said to be
  // enclosed at a place are fought there by the other side (the subject is the side enclosed, as a side that repels is
  // the defender); a noun of troops must name what is enclosed, so civilians trapped in a plant are not read
  {
    action: 'fighting',
    pattern: String.raw`(?<=${ENCLOSED_TROOPS}\s+(?:(?:now|still|completely|fully|reportedly|allegedly)\s+)?["“‘']?)${ENCLOSED}["”’']?\s+(?:in|near|around|inside|at)(?=\s+${PLACE_NOUN}\p{Lu})|(?<=${ENCLOSED_TROOPS}\s+)(?:in|near|around|at)(?:\s+the\s+(?:area|vicinity)\s+of)?(?=\s+\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)?\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:now\s+|completely\s+|fully\s+|reportedly\s+)?["“‘']?${ENCLOSED}${R})`,
    repelled: true,
  },
  // "its troops were surrounded in Y", "several thousand Russian troops were 'encircled' near Z": the same told in the
  // passive, whose subject already suffers the act (extract.ts gives the actor the other side)
  {
    action: 'fighting',
    pattern: String.raw`(?<=${ENCLOSED_TROOPS}\s+(?:are|were|is|was|remain|remained|(?:have|has|had)\s+been|being)\s+(?:(?:now|still|completely|fully|reportedly|allegedly)\s+)?["“‘']?)${ENCLOSED}["”’']?\s+(?:in|near|around|inside|at)(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "the occupation of X", "the fall of X": the nouns of taking; "the de-occupation of X" is its liberation, and so
  // is its verb ("were able to deoccupy X", "de-occupied the village of Y")
  { action: 'liberated', pattern: String.raw`de-?occupation\s+of${R}|(?<![\p{L}])de-?occup(?:y|ies|ied|ying)${R}` },
  {
    action: 'captured',
    pattern: String.raw`(?<!-)(?:occupation|fall)\s+of(?=\s+(?:the\s+(?:\p{Ll}+\s+){0,2}?(?:villages?|towns?|city|settlements?)\s+of\s+)?\p{Lu})`,
  },
  // "fierce fighting … for control of the town of X", "the battle for control of X": control contested, not held
  { action: 'fighting', pattern: String.raw`for\s+(?:full\s+)?control\s+(?:of|over)(?=\s+${PLACE_NOUN}\p{Lu})` },
  // "It likewise claimed the small village of X": a settlement as the object of a claim is a claimed capture
  {
    action: 'captured',
    pattern: String.raw`claim(?:s|ed)(?=\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:villages?|towns?|settlements?|hamlets?)\s+of\s+\p{Lu})`,
  },
  // "the battle for X", "fighting for the town of X", "the hottest battles are taking place for the village of X": a
  // place fought over (a predicate of fighting going on may stand between the noun and "for")
  {
    action: 'fighting',
    pattern: String.raw`(?:battles?|fight(?:s|ing)?|fought|struggle)\s+(?:(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:taking\s+place|going\s+on|under\s*way|ongoing|raging)|continu(?:e|es|ed|ing)|rag(?:e|es|ed|ing))\s+)?for(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "trying to storm X", "were assaulting the town of X", "attacks on X", "an assault against the town of X": an
  // assault on a place on the ground is fighting there (strikes from the air are not); the verb 'assault' in the
  // active as 'storm' (its passive "X was assaulted" is read below)
  {
    action: 'fighting',
    // ("an assault is already underway on X": the noun and its preposition around a predicate of an act under way)
    pattern: String.raw`(?<!(?:drone|missile|rocket|air|aerial|artillery|bomb|strike|shelling)\s+)(?:storm(?:s|ed|ing)?|assault(?:ed|ing)|(?:attacks|assaults?|offensive)\s+(?:(?:is|are|was|were|has\s+been|had\s+been)\s+(?:already\s+|now\s+)?(?:under\s*way|ongoing)\s+)?(?:on|against))(?=\s+${PLACE_NOUN}\p{Lu})(?![^.;]{0,40}(?:drone|missile|rocket|shell|strike|bomb|air|artillery))`,
  },
  // "Bakhmut, where Russian troops have been fighting for control …", "X, where months of fighting have …": the noun
  // of fighting in a relative clause of place is fighting at the place before it
  {
    action: 'fighting',
    pattern: String.raw`(?<=,\s*where\s+(?:[\p{L}\p{N}'’-]+\s+){0,4})(?:fighting|battles?|clashes|combat|hostilities)${R}`,
  },
  // "X is in Russian hands", "has been completely in the hands of the Russian army", "under Russian occupation",
  // "maintains control over X", "X, which Russia has held since 2022" (the relative clause takes the place before it);
  // the degree may be hedged or quoted ("are fully or almost completely in Russian hands", "had been “practically in
  // the hands of Russian forces”")
  {
    action: 'controls',
    pattern: String.raw`(?:is|are|was|were|be|been)\s+(?:(?:now|still|firmly|already|almost|nearly|practically|virtually|\p{L}+ly)\s+(?:(?:or|and)\s+)?|["“‘]){0,5}?in\s+(?:[\p{L}'’-]+\s+)?hands${R}|under\s+(?:[\p{L}'’-]+\s+){0,2}?occupation${R}|(?:maintain|retain|keep|kept)\p{L}*\s+(?:full\s+)?control\s+(?:of|over)${R}`,
  },
  // "X fell under Russian control", "came under Russian control last week": a change of hands, as "fell to Russian
  // forces" and the Russian "перешёл под контроль" (the base reads "under … control" alone as a hold); the passive
  // "two localities brought under Russian control last year" tells the same taking (a side's word required: "a fire
  // brought under control" is none)
  {
    action: 'captured',
    pattern: String.raw`(?:fell|fallen|falls|falling|came|come|comes|coming)\s+under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:[\p{L}'’-]+\s+)?control${R}|brought\s+under\s+(?:the\s+)?(?:full\s+|complete\s+)?[\p{L}'’-]+\s+control${R}`,
  },
  // "brought X back under our control", "X is back under Ukrainian control": a return to its owner, as the Russian
  // "вернули под свой контроль" and the base's "returned X back under control"
  {
    action: 'liberated',
    pattern: String.raw`back\s+under\s+(?:the\s+)?(?:full\s+)?(?:[\p{L}'’-]+\s+)?control${R}`,
  },
  // "has full control over X", "X is Russian-held" (a predicate: the place before it)
  {
    action: 'controls',
    pattern: String.raw`(?:has|have|had|having)\s+(?:full\s+|effective\s+)?control\s+(?:of|over)${R}|(?<=(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?)(?:russian|ukrainian|kyiv|moscow|kremlin)-(?:held|controlled|occupied)${R}`,
  },
  {
    action: 'controls',
    pattern: String.raw`(?<=(?:which|that)\s+(?:[\p{L}'’-]+\s+){0,4})(?:controls|controlled|holds|held)(?=\s+(?:since|for|until|at|as|through|throughout|in\s+\d|from\s+\d|[,.;]))`,
  },
  // "Donetsk, a Russian-held regional capital", "the remaining Ukrainian strongholds of X and Y": a side's hold named in
  // the noun phrase around the settlement (its holder the side word; an apposition takes the name before its comma, see
  // objects.ts)
  {
    action: 'controls',
    pattern: String.raw`(?<=,\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?)(?:russian|ukrainian|kyiv|moscow|kremlin)-(?:held|controlled|occupied)(?=\s+(?:[\p{Ll}-]+\s+){0,4}?${HELD_NOUN}(?!\s+of${R}))|(?:russian|ukrainian)\s+(?:strongholds?|bastions?|outposts?)\s+of(?=\s+\p{Lu})`,
  },
  // "Lysychansk, which they took last month", "X, which Russian forces took in 2022": a bare "took" in a relative
  // clause takes the name before it (a time phrase or the clause's end after it, so not "took place", "took part")
  {
    action: 'captured',
    pattern: String.raw`(?<=,\s*(?:which|that)\s+(?:[\p{L}'’-]+\s+){1,3})took(?=\s+(?:in|on|last|earlier|after|during|shortly|early|late|months|weeks|days|back\s+in)${R}|\s*[.,;])`,
  },
  // "took the X settlement under control", "took Ukraine's city of X under control": the Russian "взяли под контроль"
  // told in English is a taking, not the hold "under control" alone reads (a word at least between, so "taken under
  // fire control" is not one)
  {
    action: 'captured',
    pattern: String.raw`(?:took|taken|take|takes|taking)(?=\s+(?:[\p{L}'’-]+\s+){1,4}?under\s+(?:the\s+)?(?:full\s+|complete\s+)?control${R})`,
  },
  // "Kreminna falls to Russia", "fell to the Russians": falling to a side names the new holder
  {
    action: 'captured',
    pattern: String.raw`(?:fell|fallen|falls)\s+to\s+(?:the\s+)?(?:russians?|ukrainians?|russia|ukraine)${R}`,
  },
  // "the city has reportedly fallen": an adverb between the auxiliary and the participle
  {
    action: 'captured',
    pattern: String.raw`(?:has|had|have)\s+(?:\p{L}+ly\s+)fallen${R}(?!\s+(?:on|onto|in|into|near|at|from|to|by|behind|short|silent|off|out|apart|ill|asleep))`,
  },
  // "repelled a series of Ukrainian attacks": more words between the verb and the attack noun than the lexicon allows
  {
    action: 'fighting',
    pattern: String.raw`(?:repell?(?:ed|ing)?|repulsed|fended\s+off|beat\s+back|beaten\s+back)\s+(?:\d+\s+)?(?:[\p{L}-]+\s+){4,6}?(?:counter-?)?(?:attacks?|assaults?|offensives?)${R}`,
    repelled: true,
  },
  // "repelled heavy fighting near X", "fought off fierce clashes around Y": a fight a side beats back is the other side's
  {
    action: 'fighting',
    pattern: String.raw`(?:repell?(?:ed|ing)?|repulsed|fended\s+off|fought\s+off|beat\s+back|beaten\s+back)\s+(?:\p{L}+\s+){0,2}?(?:fighting|battles?|clashes|advances?|pushes|thrusts?)${R}`,
    repelled: true,
  },
  // "repelled an enemy attack towards X", "repulsed the invaders' offensive in the area of Y", "repel an attack by the
  // AFU unit in the direction of Z", "halted the advance of Russian troops near W", "repelled the Russian forces near V":
  // an attack or a force beaten back at a place is the attacker's fighting there (the dev README's convention); the
  // trigger runs to the preposition, as "towards" and "in the direction of" after a plain trigger are no place of it
  // ("repelled attacks near X" is read by the lexicon's trigger already)
  {
    action: 'fighting',
    pattern: String.raw`(?:repel(?:l?(?:ed|ing)|s)?|repuls(?:e|es|ed|ing)|fended\s+off|beat\s+back|beaten\s+back|(?<!(?:not|never|n['’]t)\s+)(?:stopp(?:ed|ing)|halt(?:ed|ing)|thwart(?:ed|ing)|foil(?:ed|ing)))\s+(?:(?:(?:\d+|an?|the|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:counter-?)?(?:attacks?|assaults?|offensives?|advance|attempts?\s+to\s+advance)(?:\s+(?:by|of)(?:\s+[\p{L}'’-]+){1,4}?)?\s+(?:towards?|in\s+the\s+directions?\s+of|in\s+the\s+areas?\s+of)|(?:the\s+)?advance\s+of(?:\s+[\p{L}'’-]+){1,3}?\s+(?:near|around)|(?:the\s+)?(?:russian|ukrainian|enemy)\s+(?:forces|troops|army|units|invaders|occupiers)\s+(?:towards?|in\s+the\s+directions?\s+of|in\s+the\s+areas?\s+of|near|around))(?=\s+${PLACE_NOUN}\p{Lu})`,
    repelled: true,
  },
  // "pushed Russian troops back from X", "pushed back the enemy near Y", "were driven back near Z": pushing a side back
  // is the pusher's counter-attack, fighting by the subject (the agent of the passive), as the Ukrainian "відкинули" and
  // the Russian "отбросили"; "pushed … out of X" is its liberation
  {
    action: 'fighting',
    pattern: String.raw`(?:drove|driven|drive|driving|push(?:ed|ing)?|forc(?:ed|ing)|threw|thrown|knock(?:ed|ing))\s+(?:(?!to\s)[\p{L}'’-]+\s+){0,3}?back\s+${DISTANCE}(?:from|near|at|outside|around|in)(?=\s+${PLACE_NOUN}\p{Lu})|(?:drove|driven|driving|push(?:ed|ing)?|forc(?:ed|ing))\s+back\s+(?:(?!to\s)[\p{L}'’-]+\s+){1,3}?(?:from|near|at|outside|around|in)(?=\s+${PLACE_NOUN}\p{Lu})`,
  },
  // "holding back enemy forces in X", "beat the attackers back near Y", "held off assaults on Z", "holding off Russia at
  // X" (the side held off before the place, as 'holding back'), "fighting off 10 assaults around Y" (every form of
  // fight, as of hold): the place was attacked and held, so it is fighting there by the side held back (the subject
  // defends), as attacks repelled
  {
    action: 'fighting',
    pattern: String.raw`(?:beat|beaten|h(?:o|e)ld|holds|holding)\s+(?:(?!to\s)[\p{L}'’-]+\s+){0,3}?back\s+(?:from|near|at|outside|around|in)(?=\s+${PLACE_NOUN}\p{Lu})|(?:beat|beaten|h(?:o|e)ld|holds|holding)\s+back\s+(?:(?!to\s)[\p{L}'’-]+\s+){1,3}?(?:from|near|at|outside|around|in)(?=\s+${PLACE_NOUN}\p{Lu})|(?:held|hold(?:s|ing)?|staved|fought|fight(?:s|ing)?)\s+off\s+(?:\d+\s+)?(?:[\p{L}-]+\s+){0,3}?(?:counter-?)?(?:attacks?|assaults?|offensives?|advances?)${R}|(?:held|hold(?:s|ing)?)\s+off\s+(?:(?!(?:to|on)\s)[\p{L}'’-]+\s+){1,3}?(?:near|at|outside|around|in)(?=\s+${PLACE_NOUN}\p{Lu})`,
    repelled: true,
  },
  // "X was being attacked", "X, another city under intense attack": the passive of assault, its place before it (an
  // apposition's noun taken from the name before its comma, see objects.ts); strikes from the air are no fighting
  {
    action: 'fighting',
    pattern: String.raw`(?:(?<=(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+)?)(?:attacked|assaulted|stormed)|(?<=,\s+(?:a|an|the|another)\s+(?:\p{Ll}+\s+)?(?:city|town|village|settlement)\s+)under\s+(?:\p{Ll}+\s+)?(?:attack|assault))(?![\p{L}])(?![^.;]{0,40}(?:drone|missile|rocket|shell|strike|bomb|air|artillery))`,
  },
  // "tried to breach defensive lines around X", "broke through the defences near X": an assault on a place's defences
  {
    action: 'fighting',
    pattern: String.raw`(?:breach(?:ed|es|ing)?|br(?:eak|oke|oken|eaking)\s+through)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:lines?|defen[cs]es?|positions|defen[cs]ive\s+lines?)\s+(?:around|near|at|of|outside|in)${R}`,
  },
  // "to push Ukrainian forces out of X", "trying to drive the enemy out of Y": the base forms of driving out (their
  // past tenses are in the lexicon, with the same words between)
  { action: 'liberated', pattern: String.raw`(?:push|drive|force|kick|knock|expel)${DRIVEN_OUT_OF}` },
  // "hoisting a Ukrainian flag above X", "the Ukrainian flag flies again over X": a side's flag raised over a place
  // names its holder. A flag shown at a place is its taking however it is told: held up or put up, as "the flag"
  // with no side adjective ("soldiers raise the flag in X", "raising their flag in X": the subject's side; "a flag"
  // names no side, so no event),
  // on a building there ("in a bombed-out building in X"), or flying over it again or returned to it; Ukraine's colours
  // before it ("raised the blue-and-yellow flag over X") are a modifier, as a side adjective is
  {
    action: 'captured',
    pattern: String.raw`${FLAG_RAISED}(?:(?:a|the|its|their)\s+${FLAG_COLOUR}(?:russian|ukrainian)\s+|(?:the|its|their|our)\s+${FLAG_COLOUR})${FLAG_NOUN}s?\s+(?:\p{L}+\s+){0,2}?${FLAG_SPOT}${R}|(?:a|the)\s+(?:russian|ukrainian)\s+${FLAG_FLIES}`,
  },
  // "The national flag once again flies over X", "raising flags and celebrating in X": the national flag, or flags
  // with no article, are the place's own country's returning (the subject's side where one is named), so a retaking
  {
    action: 'liberated',
    pattern: String.raw`${FLAG_RAISED}(?:(?:a|the|its|their)\s+national\s+flags?|flags)\s+(?:\p{L}+\s+){0,2}?${FLAG_SPOT}${R}|(?:a|the)\s+national\s+${FLAG_FLIES}`,
  },
  // "Russian troops occupy the town of X", "X is occupied by Russian forces": the present tense is a state of control
  // (the past "occupied" may be the act of taking; with no agent, "X is occupied", see EN_OCCUPIED_STATE_BEFORE)
  {
    action: 'controls',
    pattern: String.raw`(?:occupy|occupies)(?=\s+(?:the\s+(?:\p{Ll}+\s+)?(?:villages?|towns?|city|settlements?)\s+of\s+)?\p{Lu})|(?<=(?:is|are|remains?)\s+(?:still\s+|now\s+)?)occupied\s+by${R}`,
  },
  // "X has been the focus of intense fighting", "remains the main focus of Russian attacks", "has emerged as a critical
  // battleground", "the scene of weeks of street battles", "at the centre of renewed fighting": a settlement joined by a
  // linking verb to a noun phrase of fighting is fought at (objects.ts takes the subject before it; the verb's modal,
  // "not" or "once" keep it from firing; attacks from the air are no fighting); the trigger ends at "of", so a side
  // adjective on the noun ("the Russian attacks") is not read as the side acted on
  {
    action: 'fighting',
    pattern: String.raw`(?<=${LINKING_VERB}\s+(?:(?:now|still|also|again|increasingly)\s+)?(?:at\s+)?)(?:one\s+(?:of\s+)?)?(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:battlegrounds?${R}|(?:focus|scene|cent(?:re|er)|epicent(?:re|er)|site|flashpoint)\s+of(?=\s+(?:(?!(?:drone|missile|rocket|air|aerial|artillery|bomb|strike|shell)\p{L}*\s)[\p{L}'’-]+\s+){0,3}?(?:fighting|battles?|attacks|assaults?|clashes|hostilities|combat|offensives?)${R}))`,
  },
  // "Russian forces are closing in on X", "bearing down on Y": an approach under fire is fighting there
  {
    action: 'fighting',
    pattern: String.raw`(?:clos(?:e|es|ed|ing)\s+in|bear(?:s|ing)?\s+down|bore\s+down|converg(?:e|es|ed|ing))\s+on${R}`,
  },
  // "trying to take X", "failed to take the town of Y": the base form of taking a place (the lexicon has its tenses);
  // an infinitive or an attempt decides what it tells
  {
    action: 'captured',
    // (with no subject before it, after a comma, dash or "first", it is an imperative or a step of a plan: "first, take X")
    pattern: String.raw`(?<!(?:[,;:"“(–—]|(?<![\p{L}])(?:first|then))\s*)take(?=\s+(?:the\s+(?:\p{Ll}+\s+)?(?:villages?|towns?|city|settlements?)\s+of\s+)?\p{Lu}\p{Ll})`,
  },
  // "Russian troops control most of X", "held parts of Y": a share of a place held is a state of control there, also
  // weighed by an adverb or given as a percentage ("control only the eastern part of X", "control 40-50% of Y")
  {
    action: 'controls',
    pattern: String.raw`(?:control(?:s|led)?|hold(?:s|ing)?|held|occup(?:y|ies|ied))\s+(?:(?:only|just|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than)\s+)?(?:most|much|parts?|half|all|the\s+rest|the\s+bulk|large\s+parts?|the\s+(?:northern|southern|eastern|western|central)\s+part|\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:%|percent|per\s+cent))\s+of${R}`,
  },
  // "Russia announced it was pulling its troops from X", "withdrawing its forces out of Y": the forces between verb and
  // source; the verb may keep its particle before them ("started pulling back its military troops from the town of X")
  {
    action: 'withdrew',
    pattern: String.raw`(?:pull|withdraw|bring|take|took|brought|evacuat)(?:s|ed|ing|e|es)?\s+(?:(?:back|out)\s+)?(?:(?:its|their|the|his|her|some|all)\s+)?(?:[\p{L}-]+\s+)?(?:forces|troops|units|soldiers|army|military|personnel)\s+(?:out\s+of|from|back\s+from)${R}`,
  },
  // "a decision was made to regroup Russian troops stationed in the X and Y regions", "regroup troops in the areas of X
  // and Y": a side regrouping its forces from where they stand leaves those places (the regrouping convention of
  // tests/eval/README.md; "regrouped near X" or "regrouping in X" with no forces named is a pause in an attack, none;
  // a regrouping whose clause gives an attacking purpose, "in X for a new assault on Y", "to storm Y", gathers forces
  // in X to strike from it, none; a bare "to", "to strengthen the front", is still a move away)
  {
    action: 'withdrew',
    pattern: String.raw`regroup(?:s|ed|ing)?\s+(?:(?:the|its|their|our|all)\s+)?(?:[\p{L}-]+\s+)?(?:forces|troops|units|groupings?|soldiers)\s+(?:(?:stationed|deployed|located|based)\s+)?in(?=\s+(?:the\s+)?(?:areas?\s+of\s+)?\p{Lu}\p{Ll})(?![^.;!?]{0,80}?\s(?:for\s+(?:a|an|the)\s+(?:(?:new|renewed|fresh|further|major|large-scale)\s+)?(?:assaults?|offensives?|attacks?)|to\s+(?:attack|storm|advance|assault|launch)))`,
  },
  // "the Ukrainian Armed Forces have ended their presence in X": a side ending its presence in a place left it
  { action: 'withdrew', pattern: String.raw`end(?:ed|s|ing)?\s+(?:its|their|the)\s+(?:military\s+)?presence\s+in${R}` },
  // "Since the enemy had destroyed almost everything in X, the defence forces have moved to other positions", "ordered
  // forces within X to withdraw to more favorable defensive positions": a move back to other lines names no source of
  // its own; the place its sentence named before it is the one left
  {
    action: 'withdrew',
    pattern: String.raw`(?:mov(?:ed|e|es|ing)|withdr(?:ew|awn|aw|aws|awing)|pull(?:ed|s|ing)?\s+back|f(?:e|a)ll(?:en|s)?\s+back|retreat(?:ed|s|ing)?|relocated)\s+to\s+(?:other|new|reserve|rear|safer|better|prepared|more\s+\p{L}+)\s+(?:[\p{L}-]+\s+){0,2}?(?:positions|lines|frontiers)(?=\s*(?:[.;,)"”]|$)|\s+(?:in\s+order|to\s|so\s|and\s|where|which|after|because)${R})`,
  },
  // "Russian forces now occupy the villages of X and Y", "continue to hold X": a state, not the act of taking
  {
    action: 'controls',
    pattern: String.raw`(?:(?:now|still|currently|already)\s+|continu(?:e|es|ed|ing)\s+to\s+)(?:occup(?:y|ies)|hold|holds|control|controls)${R}`,
  },
  // "Ukrainian forces were holding out in X", "troops were holding on to X", "its forces are 'holding on' in X",
  // "holding their positions in the town of X": a side holding out at a place (the verb without an object of its own, or
  // with its ground, positions or defence) still holds it, a hold by the subject; "holding back" and "holding
  // off" a side are fighting (above), a hold near or around a place is none, and "Hold The
  // Line" is a headline's idiom
  {
    action: 'controls',
    // (an auxiliary before the gerund is part of the phrase: "were holding out" is no passive with its subject before)
    pattern: String.raw`(?:(?:is|are|was|were|be|been)\s+(?:still\s+)?)?(?:hold|holds|holding|held)\s+["“‘']?(?:on|out|firm|(?:(?:their|its|the|our)\s+)?(?:ground|positions?|defen[cs]es?))["”’']?\s+(?:(?!(?:near|around|outside|close|towards?|against)\s)[\p{L}-]+\s+){0,3}?(?:in|to|inside|within)(?=\s+${PLACE_NOUN}\p{Lu}\p{Ll})`,
  },
];

/** "The village of X is occupied, …": the present passive with no agent is the holder's state (extract.ts reads the
 * lexicon's "occupied" as control by the side that is not the country's, as "окупованого села X"). */
export const EN_OCCUPIED_STATE_BEFORE = /(?<![\p{L}])(?:is|are|remains?)\s+(?:still\s+|now\s+|fully\s+|partly\s+)?$/iu;
