// The nominal reading: a noun of one of the lexicon's verb families names the same act as its verb ("об оккупации
// населенного пункта Северное", "визнають втрату Росією Радьківки", "о захвате «группировкой востока» сел X и Y", "про повернення контролю над … – X і Y", "Avdiivka's recent fall to Russian
// forces"). Its object is read as the verb's (the genitive, "of X", a settlement's possessive), its side as the verb's
// (the noun's own agent, else the clause's subject), and the verb path's filters (attempts, aims, modals, denials,
// the one-event-per-place dedupe) apply unchanged, since the nouns enter as triggers of the same families. One table
// for the three languages; each language's trigger list spreads its share (uk.ts, ru.ts, lexicon.ts for English).
// Only the forms the base lexicon lacks are here: its stems already read "захвата X", "освобождения X", "взятия
// населенного пункта X", "the capture of X", "the fall of X".
import type { ControlAction, Side } from '../schema.ts';
import { SIDE_WORDS } from '../sides.ts';
import type { TriggerSpec } from './triggers/spec.ts';
import { VILLAGE_NOUN } from './village-noun.ts';

const R = String.raw`(?![\p{L}\p{N}])`;
/** A noun of settlement that may open the object: "населенного пункта X", "сел X", "міста X". */
export const PLACE_NOUN = String.raw`(?:${VILLAGE_NOUN}|селищ\p{L}*|пос[её]л\p{L}*|город\p{L}*|міст\p{L}*|населенн?\p{L}*\s+пункт\p{L}*|населён\p{L}*\s+пункт\p{L}*)`;
/** The noun's own agent between it and its object: a side in the instrumental ("Росією", "российскими войсками") or a
 * grouping in quotes ("«группировкой востока»"), as after a passive verb. */
const AGENT = String.raw`\s+(?:[«"“][^»"”\n]{1,40}[»"”]|(?:\p{L}+(?:ими|ыми|іми)\s+)?\p{L}+(?:ами|ями|ією|єю|ою|ею|ой|ей))`;
/** The object right after the noun (or its agent): a capitalised name, maybe after a noun of settlement. */
const OBJECT = String.raw`(?=\s+(?:${PLACE_NOUN}\s+)?\p{Lu})`;
/** A report or an admission of the act right before its noun: "заявлял об оккупации X", "про повну окупацію X",
 * "визнають втрату X". Without one, an occupation noun tells of a state or a period ("під час окупації X", "после
 * оккупации X"), a loss noun of a prospect ("втрата X принесе проблеми") or of casualties. */
const REPORTED = String.raw`(?<=(?:^|[^\p{L}])(?:о|об|про|визна\p{L}*|призна\p{L}*|підтверд\p{L}*|подтверд\p{L}*)\s+(?:\p{L}+\s+)?)`;

interface NominalFamily {
  action: ControlAction;
  uk: readonly string[];
  ru: readonly string[];
  en: readonly string[];
}

/** A noun of passing with its object between it and "под контроль"/"під контроль" ("о переходе Бакалеи и Шевченково
 * под контроль ВСУ"): the verb's form "перешли под контроль" is the lexicon's, the noun's with the holder after the
 * object is not. */
const UNDER_CONTROL_AFTER = (under: string) =>
  String.raw`(?=\s+(?:${PLACE_NOUN}\s+)?\p{Lu}[^.;:!?\n]{0,80}?\s+${under}\s+(?:\p{L}+\s+)?контроль${R})`;

const FAMILIES: readonly NominalFamily[] = [
  {
    // taking: the occupation nouns the lexicon lacks, as reported; its nouns it reads ("захоплення X", "взятия X")
    // with their agent between noun and object
    action: 'captured',
    uk: [
      String.raw`${REPORTED}окупаці(?:я|ї|ю|єю)${OBJECT}`,
      String.raw`(?:захопленн|взятт)(?:я|ю|ям)${AGENT}${OBJECT}`,
      String.raw`${REPORTED}перех(?:ід|оду|одом|оді)${UNDER_CONTROL_AFTER('під')}`,
    ],
    ru: [
      String.raw`${REPORTED}оккупаци(?:я|и|ю|ей)${OBJECT}`,
      String.raw`(?:захват(?:а|е|у|ом)?|взяти(?:е|я|и|ю|ем))${AGENT}${OBJECT}`,
      String.raw`${REPORTED}переход(?:е|а|у|ом)?${UNDER_CONTROL_AFTER('под')}`,
    ],
    // "Avdiivka's recent fall to Russian forces": the settlement's possessive is the object (objects.ts), the side the
    // one it falls to (noun-actor.ts)
    en: [String.raw`(?<=['’]s\s+(?:\p{Ll}+\s+){0,2})fall(?=\s+to${R})`],
  },
  {
    // taking back control: "повернення контролю над X", "возвращение контроля над X" (the verbs "повернули контроль
    // над", "вернули контроль над" are the lexicon's)
    action: 'liberated',
    uk: [String.raw`поверненн(?:я|ю|ям)\s+контролю\s+(?:\p{L}+\s+){0,1}?над${R}`],
    ru: [String.raw`возвращени(?:е|я|и|ю|ем)\s+контроля\s+(?:\p{L}+\s+){0,1}?над${R}`],
    en: [],
  },
  {
    // losing a place: the singular nouns of loss ("втрату X", "потерю X"; the plural "втрати", "потери" are casualties)
    action: 'withdrew',
    uk: [String.raw`${REPORTED}втрат(?:у|а|ою)(?:${AGENT})?${OBJECT}`],
    ru: [String.raw`${REPORTED}(?:потер|утрат)(?:ю|я|ей|у|а|ой)(?:${AGENT})?${OBJECT}`],
    en: [],
  },
];

const specs = (lang: 'uk' | 'ru' | 'en'): TriggerSpec[] =>
  FAMILIES.flatMap((f) => f[lang].map((pattern) => ({ action: f.action, pattern })));

export const NOMINAL_UK: readonly TriggerSpec[] = specs('uk');
export const NOMINAL_RU: readonly TriggerSpec[] = specs('ru');
export const NOMINAL_EN: readonly TriggerSpec[] = specs('en');

/** A Cyrillic noun of the families above followed by its own agent inside the trigger. */
const NOUN_WITH_AGENT = new RegExp(String.raw`^(?:захопленн|взятт|захват|взяти|втрат|потер|утрат)\p{L}*(?<agent>${AGENT})$`, 'iu');

/** The side the noun's own agent names ("взятия российскими войсками", "втрату Росією"): the actor of the act, as the
 * agent of a passive is; null when the trigger has no agent or it names no side. */
export function nominalAgentSide(trigger: string): Side | null {
  const agent = NOUN_WITH_AGENT.exec(trigger)?.groups?.agent;
  return agent ? ((['UA', 'RU', 'DPRK'] as const).find((side) => SIDE_WORDS[side].test(agent)) ?? null) : null;
}

/** "о переходе X и Y под контроль ВСУ": the side a noun of passing names is the holder after "под контроль" (or in
 * "под российский контроль"), as the verb's "перешли под контроль ВСУ" reads it; null for any other trigger. */
export function nominalHolderSide(trigger: string, after: string): Side | null {
  if (!/^перех(?:од|ід)/iu.test(trigger)) return null;
  const holder = /^[^.;:!?\n]{0,100}?\s(?:под|під)\s+(?<holder>(?:\p{L}+\s+)?контроль(?:\s+[^\s,.;:!?]+){0,3})/iu.exec(after)?.groups
    ?.holder;
  return holder ? ((['UA', 'RU', 'DPRK'] as const).find((side) => SIDE_WORDS[side].test(holder)) ?? null) : null;
}
