// The words reporting uses for changes of control, in English, Ukrainian and Russian. These are closed classes of the
// language of war reporting (verbs of capture, liberation, withdrawal; words for the sides), written as stems so every
// tense, aspect, gender, number and participle form matches; no place names live here.
import type { ControlAction } from '../schema.ts';
import { DIRECTION } from './directions.ts';
import { NO_SECOND_VERB } from './triggers/gaps.ts';
import { NOMINAL_EN } from './nominal.ts';
import { DRIVEN_OUT_OF, EN_TRIGGERS, POSSESSIVE_EDGE } from './triggers/en.ts';
import { RU_TRIGGERS } from './triggers/ru.ts';
import { UK_TRIGGERS } from './triggers/uk.ts';
import { hasCyrillic } from '../text/cyrillic.ts';
import { VILLAGE_NOUN, VILLAGE_STEM } from './village-noun.ts';

/** A letter or digit may not stand right before a match: JS's \b knows only ASCII letters. */
const L = String.raw`(?<![\p{L}\p{N}])`;
/** ... nor right after a whole word. */
const R = String.raw`(?![\p{L}\p{N}])`;
/** Any inflectional tail. */
const T = String.raw`\p{L}*`;
/** The noun of an attack as the subject of a passive of beating back ("спроба штурму … була відбита"): see 'liberated'. */
const REPELLED_SUBJECT = String.raw`(?<![\p{L}])(?:спроб|атак|штурм|наступ|контратак)\p{L}*`;
/** "взяли в плен", "взяв у полон бійців": a verb of taking with "into captivity" takes people, not a place (after the
 * verb and a space; at most two words between, no conjunction: "взяли X і взяли у полон …" still takes X). */
export const TAKEN_PRISONER = String.raw`(?:(?!(?:і|и|й|та|а|но|але)\s)[\p{L}'’-]+\s+){0,2}?[ву]\s+(?:плен|полон)`;
/** "з боєм увійшли", "взят с боем": the instrumental of a fight after "with" is the manner of another verb, not fighting. */
const NOT_MANNER = String.raw`(?<!(?:с|з|із|зі)\s+)`;
/** "не оставил попыток захватить X", "не залишають спроб": a verb of leaving whose object is an attempt is ceasing
 * (negated: going on), never a withdrawal. */
const NOT_ATTEMPTS = String.raw`(?!\s+(?:\p{L}+\s+)?(?:попыт|спроб|намер)\p{L}*)`;
/** "did not abandon plans to capture X", "abandoned its attempts to storm X", "abandon hope": English "abandon" whose
 * object is an aim or an effort gives up the aim (negated: keeps at it), never the place; the English twin of
 * NOT_ATTEMPTS. A place, a position or no object after it ("abandoned earlier this month") stays a withdrawal. */
const NOT_AN_AIM = String.raw`(?!\s+(?:(?:its|their|his|her|our|the|any|all|these|those|such|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:plans?|attempts?|hopes?|efforts?|intentions?|ideas?|aims?|goals?|ambitions?|bids?|tries|designs?)${R})`;
/** "під"/"под" of place, not of control: "бої під Х", not "після боїв повернуто під контроль X". */
const UNDER_PLACE = String.raw`(?:під|под)(?!\s+(?:\p{L}+\s+)?контрол)`;
/** After "просунулися у", "продвинулись в": a direction, an area or a locative ("у напрямку", "в районе", "у місті X",
 * "в селах X") tells of gains around or inside a place still fought over, not of entry into it; so does the enemy's
 * defence ("вклинились в оборону … близ X", "продвинулись в глубину обороны … в районах X", as the Ukrainian "глиб"). */
const NOT_INSIDE = String.raw`(?!\s+(?:напрям${T}|направлени${T}|район${T}|бік|сторон${T}|глиб${T}|глуб${T}|оборон${T}|міст[іе]|сел(?:і|ах|е)|селищ[іе]|город[еа]|пос[её]лк[еа]|околиц${T}|окраин${T}|межах|пределах)${R})`;
/** After "закріпилися в", "закрепились в": a foothold is taken in the locative, so "в селе X" is entry as "в X" is; only
 * a direction, an area or an edge tells of ground near the place. */
const NOT_NEAR = String.raw`(?!\s+(?:напрям${T}|направлени${T}|район${T}|бік|сторон${T}|глиб${T}|околиц${T}|окраин${T}|межах|пределах)${R})`;
/** "прорвалися в X", "прорвалися до села X", "прорвалися на територію X": a breakthrough done into a place is entry, as
 * the Russian "прорвались в село X" is; "прорвалися до X" with no noun of a settlement reaches it, and the attempt
 * ("намагаються прорватися до X") is fighting. */
const BROKE_INTO = String.raw`прорва(?:лис|лас|вс)${T}\s+${NO_SECOND_VERB}(?:(?:в|у)${R}${NOT_INSIDE}|до(?=\s+(?:${VILLAGE_NOUN}|селищ\p{L}*|міст\p{L}*|населен\p{L}*\s+пункт\p{L}*)\s)|на\s+територі${T})`;
/** A Ukrainian or Russian noun of a settlement in the locative: "у місті X", "в селах X", "в поселке X". */
const IN_SETTLEMENT = String.raw`(?:в|у)\s+(?:міст[іе]|сел(?:і|ах|е)|селищ[іе]|город[еа]|пос[её]лк[еа]|деревн[ея]|хутор[іе]|районах)${R}`;
/** "населенный/населённый пункт", "населений пункт" in any case, and their abbreviations "н.п.", "нп". */
const NP = String.raw`(?:насел[еёi]н${T}\s+пункт${T}|н\.\s?п\.|нп${R})`;

/** A source phrase opening the clause, a capitalised name after it, and no clause break up to the verb. */
// (a conjunction of reported speech may open the clause: "Она заявила, что из X отводят …")
const FRONTED_SOURCE = String.raw`(?:^|[,;:—–]\s*(?:(?:что|що)\s+)?|\.\s+)(?:[Зз]|[Іі]з|[Зз]і|[Ии]з|[Ии]зо)\s+(?:(?:${VILLAGE_NOUN}|селищ\p{L}*|міст\p{L}*|пос[её]л\p{L}*|город\p{L}*)\s+)?(?<source>\p{L})[^.;:!?«»"“”]{0,80}\s`;

/** A Ukrainian or Russian verb of leaving or withdrawing troops, as a whole word; the transitive ones also in the present
 * ("из Угледара отводят бригаду", "з X виводять підрозділи"). */
const LEAVING_VERB = String.raw`(?:вийшл${T}|вийшов|вивел${T}|вивели|відвел${T}|вышл${T}|вышел|вывел${T}|отвел${T}|(?:выво|отво|виво|відво)д(?:ят|ит|ять|ить))${R}`;

/** What may stand between an English verb and the capitalised name it takes: "took the village of X", "had taken the
 * villages of A, B", "controlled dozens of settlements and X". */
const EN_OBJECT = String.raw`(?:(?:the|a|an)\s+)?(?:(?:[\p{Ll}\d-]+\s+){0,2}?(?:villages?|towns?|settlements?|cit(?:y|ies)|hamlets?)(?:,?\s+(?:including|such\s+as)\s+|\s+(?:of|and)\s+|\s+)|(?:nearby|neighbou?ring|key|strategic|front-?line|embattled|besieged|industrial|border|small|tiny|eastern|western|northern|southern|central)\s+)?`;

export interface Trigger {
  action: ControlAction;
  re: RegExp;
  /** The subject defends: "repelled attacks near X" reports fighting by the other side. */
  repelled?: boolean;
  /** Russian only: not read in a sentence with Ukrainian letters, where the same stem may mean something else. */
  russian?: boolean;
  /** A capitalised name must follow the match (checked case-sensitively after it). */
  name?: boolean;
  /** The script every match has letters of, when the pattern's literal letters are all of one (scriptOf): a sentence
   * without that script's letters is not searched. About 160 patterns run over every sentence with a settlement, most
   * of them in the other language. */
  script?: 'latin' | 'cyrillic';
}

/** The one script of a pattern's literal letters (escapes, group syntax and capture names set aside), or undefined
 * when it has both or none. */
export function scriptOf(source: string): Trigger['script'] {
  const literal = source
    .replace(/\\[pP]\{[^}]*\}/g, '')
    .replace(/\\[a-zA-Z]/g, '')
    .replace(/\(\?<?[=!:]?(?:[a-zA-Z]\w*>)?/g, '');
  const latin = /[A-Za-z]/.test(literal);
  const cyrillic = hasCyrillic(literal);
  return latin === cyrillic ? undefined : latin ? 'latin' : 'cyrillic';
}

/** A capital letter, as a named group: with the i flag \p{Lu} matches any letter ("took place" would pass for "took
 * Plekhovo"), so each capital a pattern asks for is captured and checked after the match (see `capitalsHold`). */
export function withCapitalGroups(pattern: string): string {
  let n = 0;
  return pattern.replaceAll(String.raw`\p{Lu}`, () => `(?<cap${n++}>\\p{L})`);
}
/** Whether every capital a match asked for is one. Only English is held to it: the Cyrillic lookaheads were written
 * (and tuned) as "a word follows", and the bulletins' lower-case nouns ("в районе населённых пунктов") pass through
 * them. */
export const capitalsHold = (m: RegExpExecArray | RegExpMatchArray): boolean =>
  // the fronted source's name ("Із Суджі … вийшли") is held to its capital in every script
  (m.groups?.source === undefined || m.groups.source !== m.groups.source.toLowerCase()) &&
  (!/^\p{Script=Latin}/u.test(m[0]) || !m.groups || Object.values(m.groups).every((c) => c === undefined || c !== c.toLowerCase()));

const trigger = (action: ControlAction, pattern: string, repelled = false): Trigger => {
  const script = scriptOf(pattern);
  return {
    action,
    re: new RegExp(`${L}(?:${withCapitalGroups(pattern)})`, 'giu'),
    ...(repelled ? { repelled } : {}),
    ...(script ? { script } : {}),
  };
};

export const TRIGGERS: readonly Trigger[] = [
  // first, so that where a round-6 Ukrainian trigger and an older one match the same words, the more specific wins
  ...UK_TRIGGERS.map((t) => ({ ...trigger(t.action, t.pattern, t.repelled), ...(t.name ? { name: true } : {}) })),
  ...EN_TRIGGERS.map((t) => trigger(t.action, t.pattern, t.repelled)),
  ...NOMINAL_EN.map((t) => trigger(t.action, t.pattern, t.repelled)),
  ...RU_TRIGGERS.map((t) => ({ ...trigger(t.action, t.pattern, t.repelled), russian: true, ...(t.name ? { name: true } : {}) })),
  // English
  trigger(
    'liberated',
    String.raw`liberat${T}|restor${T}\s+(?:[\p{L}'’-]+\s+)?control\s+(?:of|over)${R}|return(?:ed|s)?(?=\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:back\s+)?(?:under|to)\s+(?:[\p{L}'’-]+\s+){0,2}?control${R})|(?<=(?:was|were|been|being)\s+)returned\s+(?:back\s+)?(?:under|to)\s+(?:[\p{L}'’-]+\s+){0,2}?control${R}|re-?took${R}|re-?tak(?:en|es?|ing)${R}|re-?captur${T}|regain${T}(?:\s+control\s+(?:of|over))?|won\s+back|win\s+back|(?:took|taken|take|takes|taking)\s+back${R}|reclaim${T}|(?:drove|driven|pushed|forced|kicked|knocked|expelled)${DRIVEN_OUT_OF}`,
  ),
  // "Russia claims full control of X", "asserts control over X": a claim of control is a claim of taking the place
  // (the wires' headline for a ministry's capture), not of a hold it had. "establish/gain control over X" in every
  // form, as "take control of" is: "tried to establish control over X" is an attempt (fighting), "established" the act
  // ("gains" is left out: the noun of advances, "Russian gains"). "taken to the city of X" moves people or
  // things there: a direction after the verb is no object taken.
  trigger(
    'captured',
    String.raw`captur${T}|seiz${T}|overr[au]n${R}|occup(?:y|ied|ies|ying)${R}(?!\s+(?:forces|troops|army|armies|authorities|administration|power|units|soldiers|regime)${R})|(?:took|tak(?:en|es?|ing))\s+(?:(?:full|complete|total)\s+)?(?:control\s+(?:of|over)|over)${R}|(?:took|taken)(?!\s+(?:to|into|towards?|away|off|out|across|along|through)${R})(?=\s+${EN_OBJECT}\p{Lu})|(?:gain(?:ed|ing)?|establish(?:es|ed|ing)?|seized)\s+(?:(?:full|complete|total)\s+)?control\s+(?:of|over)${R}|(?:claim|assert)${T}\s+(?:(?:full|complete|total)\s+)?control\s+(?:of|over)${R}|(?:(?:has|had|have)\s+)?(?:fell|fallen|falls)\s+(?:in)?to\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?(?:hands|forces|troops|army|control)${R}|(?:has|had|have)\s+fallen${R}(?!\s+(?:on|onto|in|into|near|at|from|to|by|behind|short|silent|off|out|apart|ill|asleep))`,
  ),
  trigger(
    'entered',
    // ("the assault on X entered its fifth day": a time entered is no place; "fought/smashed their way into X" as "made
    // their way into"; "entered X's suburb" is fighting at its edge, triggers/en.ts; the base form takes "the city of"
    // before the name as the past tense does, "tried to enter the city of X": that alternative first, since under the
    // i flag a lower-case noun fills a capital's slot and the capital check then drops the whole match)
    String.raw`entered${R}(?!\s+(?:its|their|the|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:days?|weeks?|months?|years?|hours?|phase|stage|round)${R})(?!${POSSESSIVE_EDGE})|infiltrat${T}(?:\s+into)?(?=\s+${EN_OBJECT}\p{Lu})|(?:gain${T}|establish${T}|secur${T})\s+(?:a\s+)?foothold\s+in${R}|enter(?:s|ing)?(?=\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:cit(?:y|ies)|towns?|villages?|settlements?)\s+of\s+\p{Lu}|\s+(?:the\s+)?\p{Lu})(?!${POSSESSIVE_EDGE})|(?:advanced|broke|broken|moved|pushed|pressed|(?:made|fought|\p{Ll}+ed)\s+(?:their|its)\s+way)\s+into${R}(?!${POSSESSIVE_EDGE})`,
  ),
  // a clearing told by its noun, with the place after it ("a mopping-up operation in X is being completed", "Mopping-up
  // operation completed in X", "clearing operations are under way in X"): the hyphenated "mopping-up" / "mop-up" is the
  // same word as "mopping up" (not "mine clearing operations in X": a field cleared of mines)
  trigger(
    'cleared',
    String.raw`(?<!mine[-\s])(?:clearing|mopping[-\s]up|mop[-\s]up)\s+operations?\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:been|being|now|currently|also|still|already|reportedly)\s+)*(?:(?:under\s*way|ongoing|conducted|carried\s+out|completed|finished|continu(?:e[sd]?|ing))\s+)?(?:in|at)${R}|clear(?:ed|ing)${R}|mopp(?:ed|ing)[-\s]up${R}`,
  ),
  trigger(
    'fighting',
    String.raw`reach${T}\s+the\s+(?:outskirts|edge|approaches)\s+(?:of|to)${R}|(?:offensive|push|assault|counter-?attacks?|counter-?offensive)\s+(?:on|against|towards?)${R}`,
  ),
  trigger('entered', String.raw`reached(?=\s+${EN_OBJECT}\p{Lu})(?!${POSSESSIVE_EDGE})`),
  trigger(
    'withdrew',
    String.raw`withdr(?:ew|awn|aw|aws|awing)\s+(?:\p{L}+\s+){0,3}?from${R}|retreat${T}\s+from${R}|pull(?:ed|ing|s)?\s+(?:out|back)\s+(?:of|from)${R}|abandon${T}${R}${NOT_AN_AIM}|(?:lost|los(?:e|es|ing))\s+control\s+(?:of|over)${R}|lost(?=\s+${EN_OBJECT}\p{Lu})`,
  ),
  trigger(
    'fighting',
    String.raw`(?:fighting|battles?|clashes|combat|hostilities|assaults?|offensive\s+operations)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:reportedly\s+|still\s+|also\s+|been\s+)?(?:continu(?:e[sd]?|ing)\s+|rag(?:e[sd]?|ing)\s+|(?:were\s+)?reported\s+|took\s+place\s+|ongoing\s+|under\s*way\s+)?(?:in|near|nearby|around|for|at|on\s+the\s+outskirts\s+of|outside)${R}|(?:attacks?|pushes|push|thrusts?)\s+(?:\p{L}+\s+){0,2}?(?:near|around|towards?|on\s+the\s+outskirts\s+of)${R}|attack(?:ed|ing)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:at|near|around|in)(?=\s+(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?\p{Lu})|storm(?:ed|ing)${R}`,
  ),
  trigger(
    'controls',
    String.raw`(?:under|in)\s+(?:the\s+)?(?:full\s+)?(?:[\p{L}'’-]+\s+)?control${R}|(?:russian|ukrainian|kyiv|moscow|kremlin)[-\s](?:held|controlled|occupied)(?=\s+(?:(?:border\s+)?(?:village|town|city|settlement)\s+of\s+)?\p{Lu})|(?:remain${T}|still|firmly)\s+in\s+(?:[\p{L}'’-]+\s+)?hands${R}|(?<!(?:previously|formerly|once|earlier)\s+)(?:held|controlled)\s+by${R}|(?<!for\s+(?:full\s+)?)(?:controls?|controlled|holds?|held)(?=\s+${EN_OBJECT}\p{Lu})`,
  ),
  // Attacks repelled: fighting at the place, by the side the subject fights off ("відбили понад 20 атак": a count with
  // its modifier may stand between; "repelled a counterattack": its prefix hides the stem); "stopped 58 assaults",
  // "thwarted/foiled attacks" as the Ukrainian "зупинили" and the Russian "сорвали" (not "has not stopped assaulting")
  trigger(
    'fighting',
    String.raw`(?:repell?(?:ed|ing)?|repulsed|fended\s+off|beat\s+back|beaten\s+back|(?<!(?:not|never|n['’]t)\s+)(?:stopp(?:ed|ing)|halt(?:ed|ing)|thwart(?:ed|ing)|foil(?:ed|ing)))\s+(?:\d+\s+)?(?:\p{L}+\s+){0,3}?(?:counter-?)?(?:attacks?|assaults?|offensives?)`,
    true,
  ),
  trigger(
    'fighting',
    String.raw`(?:відби${T}|відбива${T}|зупини${T}|відбит${T})\s+(?:\d+\s+)?(?:[\p{L}\p{N}]+\s+){0,3}?(?:атак${T}|штурм${T}|наступ${T})|(?:зірва${T}|припини${T}|припинен${T})\s+(?:\p{L}+\s+){0,2}?спроб${T}|зазна${T}\s+(?:\p{L}+\s+){0,2}?(?:втрат${T}|поразк${T})`,
    true,
  ),
  trigger(
    'fighting',
    String.raw`(?:отрази${T}|отража${T}|отбил${T}|отбит${T}|отражен${T})\s+(?:\d+\s+)?(?:\p{L}+\s+){0,2}?(?:атак${T}|контратак${T}|штурм${T}|наступлени${T})|(?:сорва${T}|пресе[кч]${T})\s+(?:\p{L}+\s+){0,2}?попытк${T}|понес${T}\s+(?:\p{L}+\s+){0,2}?(?:поражени${T}|потер${T})`,
    true,
  ),
  // The war reports' formula for where combat happens: "in the areas of the settlements X, Y", "towards X"
  trigger(
    'fighting',
    String.raw`(?:в|у)\s+район(?:е|ах|і)\s+${NP}|в\s+направлени${T}\s+(?:${NP}|на)?|(?:в|у)\s+напрямку${R}|неподалік${R}|неподалеку${R}`,
  ),
  trigger(
    'fighting',
    String.raw`(?:продвину${T}|продвига${T}|продвижени${T}|просуну${T}|просува${T}|advanced|advancing|made\s+(?:some\s+)?(?:gains|advances|progress))\s+(?:\p{L}+\s+){0,3}?(?:(?:в|у)\s+район(?:е|і|ах)|${IN_SETTLEMENT}|(?:в|у)\s+(?:напрямку|направлени${T})|поблизу|біля|під|около|возле|вблизи|под|near|around|close\s+to|on\s+the\s+outskirts\s+of|towards?)${R}|(?:просуванн${T}|продвижени${T})(?:\s+(?:\p{L}+\s+){0,2}?(?:в|у|до|к|біля|поблизу|около|возле)${R})?|(?:підійш${T}|підход${T}|наблизи${T}|наближа${T}|подош${T}|подход${T}|приблизи${T}|приближа${T}|впритул|вплотную)\s+(?:\p{L}+\s+){0,2}?(?:до|к)${R}|(?:рух${T}|руши${T}|двига${T}|движ${T})\s+(?:\p{L}+\s+){0,1}?(?:до|к|(?:в|у)\s+(?:напрямку|направлени${T}|бік|сторону))${R}`,
  ),
  // "The enemy's main efforts are focused on the area around X and Y", "зосередив зусилля поблизу X", "напружена
  // ситуація спостерігається навколо сіл X": where a side's attack is concentrated, or a tense situation, is fighting
  trigger(
    'fighting',
    String.raw`(?:efforts|attacks|pressure)\s+(?:(?:are|were|is|was|remain|remained|have\s+been|has\s+been)\s+)?(?:focused|concentrated|centred|centered)\s+(?:on|around|near|in)(?:\s+the\s+(?:area|areas|vicinity)\s+(?:around|of|near))?${R}|(?:зосереди${T}|зосереджу${T}|зосереджен${T}|сосредоточ${T}|сосредотач${T}|сконцентрува${T}|сконцентрирова${T})\s+(?:\p{L}+\s+){0,2}?(?:(?:зусилл${T}|усили${T})\s+(?:\p{L}+\s+){0,2}?)?(?:на|біля|поблизу|навколо|около|вокруг|(?:в|у)\s+район(?:і|е|ах))${R}|(?:напружен${T}|складн${T}|важк${T}|загостри${T}|напряж[её]нн${T}|сложн${T}|тяжел${T}|обостри${T})\s+(?:\p{L}+\s+){0,2}?(?:ситуаці${T}|обстановк${T})\s+(?:\p{L}+\s+){0,2}?(?:навколо|біля|поблизу|вокруг|около|возле|(?:в|у)\s+район(?:і|е|ах))${R}`,
  ),
  // "17 clashes had occurred near X", "поблизу X відбулося 5 боєзіткнень", "у X произошло 5 боевых столкновений": a
  // count of clashes that took place is fighting there, its place before or after
  trigger(
    'fighting',
    String.raw`(?:clashes|battles|firefights|combat\s+engagements)\s+(?:had\s+|have\s+|were\s+)?(?:occurred|taken\s+place|took\s+place|recorded)\s+(?:in|near|around|at|outside)${R}|(?:відбул${T}|відбувал${T}|зафіксова${T}|зафіксован${T}|произош${T}|происходи${T}|зафиксирова${T}|зафиксирован${T})\s+(?:\d+\s+)?(?:\p{L}+\s+)?(?:боєзіткнен${T}|бо[їй]${T}|зіткнен${T}|боестолкновен${T}|столкновен${T}|бо[йи]${T})`,
  ),
  // "В Судже идут бои", "у Покровську тривають бої", "бои за X продолжаются": fighting, its place before or after
  trigger(
    'fighting',
    String.raw`(?:ид[уё]т|вед[уё]тся|продолжа${T}|трива${T}|точ[аи]ться|ведуться|трива(?:ють|ли))\s+(?:\p{L}+\s+){0,2}?(?:бо[иёї]${R}|бо[йї]${R}|боев${T}\s+действи${T}|бойов${T}\s+ді${T}|столкновени${T}|зіткнен${T})`,
  ),
  // "Противник здійснив 20 атак …, зокрема в районах X та Y", "противник предпринял 5 атак": the General Staff's count of
  // attacks is fighting at the places it names, whatever preposition follows
  trigger(
    'fighting',
    String.raw`(?:здійсни|здійсню|провів|провели|провод|предприня|предпринима|соверши|соверша|осуществи|провел)${T}\s+(?:\d+\s+)?(?:\p{L}+\s+)?(?:атак|штурм|наступальн|бойов|боев|боєзіткнен|боестолкновен|штурмов)${T}`,
  ),
  // "нанесли поражение живой силе и технике … в районах населённых пунктов": strikes at the place
  trigger(
    'fighting',
    String.raw`нанес${T}\s+(?:\p{L}+\s+){0,1}?поражени${T}|нанесено\s+поражени${T}|(?:завда|завдан)${T}\s+(?:\p{L}+\s+){0,1}?(?:ураж${T}|втрат${T})`,
  ),
  // English clashes, repelled attacks: see above; "pushed back from X" is fighting, not a change of control
  // Ukrainian. "відбито село" is a retaking, but a passive "відбит…" whose subject before it in the clause is an attack
  // ("спроба штурмових дій у напрямку X - Y … була відбита", "штурмові дії … були відбиті") is the attack beaten back:
  // no liberation (the fighting triggers read it)
  trigger(
    'liberated',
    String.raw`звільн${T}|під\s+(?:\p{L}+\s+)?контроль\s+(?:\p{L}+\s+)?повернул${T}|відби(?!т)${T}|відбит${T}(?<!${REPELLED_SUBJECT}[^.;!?]{0,160}?відбит\p{L}*)|відбил${T}|поверн${T}\s+під\s+(?:\p{L}+\s+)?контроль|поверну${T}\s+(?:\p{L}+\s+)?контроль\s+(?:над)?|віднови${T}\s+(?:\p{L}+\s+)?контроль\s+(?:над)?|(?:вибил|вибива)${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)${R}|вибит${T}\s+(?:з|із|зі)${R}|(?:витісн|витісня|вигна|вигнан)${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)${R}|деокупува${T}|деокупов${T}|деокупац${T}`,
  ),
  trigger(
    'captured',
    String.raw`захоп${T}|окупува${T}|окупован${T}|оволоді${T}|взя${T}\s+під\s+(?:свій\s+)?контроль|узя${T}\s+під\s+(?:свій\s+)?контроль|(?:встанови|встановлен)${T}\s+(?:\p{L}+\s+){0,3}?контрол${T}(?:\s+(?:\p{L}+\s+){0,3}?над)?|зайня${T}|захопле${T}|під\s+контроль\s+(?:\p{L}+\s+){1,3}?перейш(?:ов|л\p{L}*)(?:\s+також)?(?=\s)|(?:перейш(?:ов|л\p{L}*)|переход${T})\s+під\s+(?:\p{L}+\s+)?контроль|(?:взя|узя)(?:ли|в|ла|ло|ти|ття|тт\p{L}+)(?!\s+${TAKEN_PRISONER})(?=\s+(?:(?:${VILLAGE_NOUN}|селищ\p{L}*|міст\p{L}*|населен\p{L}*\s+пункт\p{L}*)\s+)?\p{Lu})`,
  ),
  trigger(
    'entered',
    String.raw`зайшл${T}|зайшов${R}|увійшл${T}|ввійшл${T}|увійшов${R}|заход${T}\s+(?:до|в|у)${R}|увірва${T}|вдерл${T}|(?:прони[кз]|вклини|просочи|просочу)${T}\s+(?:\p{L}+\s+){0,2}?(?:до|в|у)${R}${NOT_INSIDE}|(?:закріпи|закріплю)${T}\s+(?:\p{L}+\s+){0,2}?(?:до|в|у)${R}${NOT_NEAR}|просуну${T}\s+(?:\p{L}+\s+){0,2}?(?:до|в|у)${R}${NOT_INSIDE}|${BROKE_INTO}`,
  ),
  trigger(
    'cleared',
    String.raw`зачист${T}|зачищ${T}|(?:пошук${T}\s+(?:і|та)\s+)?знищен${T}\s+(?:\p{L}+\s+){0,2}?(?:противника|ворога|окупантів)\s+(?:в|у)${R}`,
  ),
  // (leaving: also "пішли з X"; fleeing only from positions, "втекли зі своїх позицій у X": civilians flee a place too)
  // ("залишаючи", "залишають": the imperfective without its reflexive, "залишається" being "remains"; so the perfective:
  // "у X залишилося 13 тисяч жителів" is who remained, not a withdrawal)
  trigger(
    'withdrew',
    String.raw`(?:втрати(?:ли|в|ла|ло)|втрачено)(?:\s+контроль\s+над)?(?=\s+(?:(?:${VILLAGE_NOUN}|селищ\p{L}*|міст\p{L}*)\s+)?\p{Lu})|втрати(?:ли|в|ла|ло)\s+контроль\s+над|(?:зда(?:ли|в|ла|ти)|здач${T})(?=\s+(?:(?:${VILLAGE_NOUN}|селищ\p{L}*|міст\p{L}*)\s+)?\p{Lu})|відступ${T}|відійш${T}|відійшл${T}|вийшл${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)${R}|вивел${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)${R}|виведен${T}\s+(?:з|із|зі)${R}|(?:відхід|відход|вихід|виход|відвел|відвод|відведен|вивед|вивод)${T}\s+(?:\p{L}+\s+){0,4}?(?:з|із|зі)${R}|пішл${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)${R}|(?:втек|утек|втіка|тіка)${T}\s+(?:з|із|зі)\s+(?:\p{L}+\s+)?позиці${T}\s+(?:в|у)${R}|покину${T}|(?:залиши(?!л(?:ося|ася|ися|ись|ось|ся)|вся)${T}|залиша(?:ють|ючи|ли|в|ла|ло|є))${R}${NOT_ATTEMPTS}`,
  ),
  trigger(
    'fighting',
    String.raw`(?:${NOT_MANNER}бо[їяює]${T}|битв${T}|боєзіткнен${T}|зіткнен${T}|(?:бойов|штурмов|наступальн|активн)${T}\s+ді${T}|штурм(?:и|ів|у|ом|ами)?|атак${T})\s+(?:\p{L}+\s+){0,2}?(?:за|в|у|біля|поблизу|${UNDER_PLACE}|на\s+околиц${T}|в\s+районі|на\s+підступах\s+до)${R}|штурмую${T}|штурмува${T}|прорив(?:у|ом|і)?${R}|(?:контратак${T}|контрнаступ${T})\s+(?:\p{L}+\s+){0,2}?(?:на|в|у|біля|поблизу|під|в\s+районі)${R}|наступ(?:у|ом)?\s+на${R}|наступа(?:ють|є|ли|в|ла|ючи)\s+(?:\p{L}+\s+)?на(?=\s+\p{Lu})|(?!${BROKE_INTO})прорва${T}\s+${NO_SECOND_VERB}(?:до|в|у)${R}|(?:атакува${T}|наступа${T}|намагався\s+просунутися)\s+(?:[\p{L}\p{N}]+,?\s+){0,5}?(?:(?:в|у)\s+район${T}|біля|поблизу|під|на\s+околиц${T})${R}`,
  ),
  // "Із Суджі … вийшли ще тиждень тому", "Из Плехово ВСУ вышли": the place withdrawn from put before a verb of leaving
  // that would otherwise take its "з/из" after it
  // (The verb is looked for first: the lookbehind alone was tried at every word start of every sentence, the costliest
  // pattern of a run; both assertions are zero-width at the same place, so what matches is unchanged.)
  trigger('withdrew', String.raw`(?=${LEAVING_VERB})(?<=${FRONTED_SOURCE})${LEAVING_VERB}`),
  trigger('controls', String.raw`під\s+(?:\p{L}+\s+){0,2}?контролем${R}|контролю(?:є|ють|вали|вав|вала)${R}|утриму${T}`),
  // Russian
  trigger(
    'liberated',
    String.raw`освобо[дж]${T}|под\s+(?:\p{L}+\s+)?контроль\s+(?:\p{L}+\s+)?вернул${T}|отби${T}|вернул${T}\s+под\s+(?:\p{L}+\s+)?контроль|верну${T}\s+(?:\p{L}+\s+)?контроль\s+(?:над)?|восстанови${T}\s+(?:\p{L}+\s+)?контроль\s+(?:над)?|выби${T}\s+(?:\p{L}+\s+){0,2}?изо?${R}|выбит${T}\s+изо?${R}|(?:вытесн|выгна|изгна)${T}\s+(?:\p{L}+\s+){0,2}?изо?${R}`,
  ),
  trigger(
    'captured',
    String.raw`захват(?!чик)${T}|захвач${T}|оккупир${T}|овладе${T}|взя${T}\s+под\s+(?:свой\s+)?контроль|(?:установи|установлени)${T}\s+(?:\p{L}+\s+){0,3}?контрол${T}(?:\s+(?:\p{L}+\s+){0,3}?над)?|занял${T}|занят${T}(?=\s+\p{Lu})|под\s+контроль\s+(?:\p{L}+\s+){1,3}?(?:перешл${T}|перешёл|перешел)(?:\s+также)?(?=\s)|(?:перешл${T}|перешёл|переход${T})\s+под\s+(?:\p{L}+\s+)?контроль|(?:взял\p{L}*|взят\p{L}*|взяти\p{L}+)(?!\s+${TAKEN_PRISONER})(?=\s+(?:(?:${VILLAGE_NOUN}|пос[её]л\p{L}*|пос[её]лок|город\p{L}*|населенн?\p{L}*\s+пункт\p{L}*)\s+)?\p{Lu})`,
  ),
  trigger(
    'entered',
    String.raw`зашл${T}|зашёл${R}|вошл${T}|вошёл${R}|заход${T}\s+в${R}|ворвал${T}|(?:прони[кц]|вклини|просочи)${T}\s+(?:\p{L}+\s+){0,2}?(?:в|во)${R}${NOT_INSIDE}|(?:закрепи|закрепля)${T}\s+(?:\p{L}+\s+){0,2}?(?:в|во)${R}${NOT_NEAR}|продвину${T}\s+${NO_SECOND_VERB}(?:в|к)${R}${NOT_INSIDE}`,
  ),
  trigger(
    'cleared',
    String.raw`зачист${T}|зачищ${T}|(?:поиск${T}\s+и\s+)?уничтожени${T}\s+(?:\p{L}+\s+){0,2}?(?:противника|врага|боевиков|ВСУ)\s+(?:в|у)${R}`,
  ),
  // (leaving: also "уходят/ушли из X"; fleeing only from positions, "сбежали со своих позиций в X": civilians flee a place too)
  // (leaving with its imperfective, "оставляя ранее занятые рубежи в районе X", "залишаючи позиції", as "оставив")
  trigger(
    'withdrew',
    String.raw`(?:потеря(?:ли|л|ла|ло)|утрати(?:ли|л|ла|ло))(?:\s+контроль\s+над)?(?=\s+(?:(?:${VILLAGE_NOUN}|пос[её]л\p{L}*|пос[её]лок|город\p{L}*)\s+)?\p{Lu})|(?:потеря|утрати)(?:ли|л|ла|ло)\s+контроль\s+над|(?:сда(?:ли|л|ла|ть)|сдач${T})(?=\s+(?:(?:${VILLAGE_NOUN}|пос[её]л\p{L}*|пос[её]лок|город\p{L}*)\s+)?\p{Lu})|отступ${T}|отош${T}|отошл${T}|вышл${T}\s+(?:\p{L}+\s+){0,2}?(?:из|изо)${R}|вывел${T}\s+(?:\p{L}+\s+){0,2}?(?:из|изо)${R}|выведен${T}\s+(?:из|изо)${R}|(?:отход|выход|отвел|отвод|отведен|вывод)${T}\s+(?:\p{L}+\s+){0,4}?(?:из|изо)${R}|(?:ушл|уход|ушёл|уйд)${T}\s+(?:\p{L}+\s+){0,2}?(?:из|изо)${R}|(?:сбеж|убеж|бежа|бегу|сбега|убега)${T}\s+(?:с|со)\s+(?:\p{L}+\s+)?позици${T}\s+(?:в|во|у)${R}|покину${T}|(?:остави|оставля)${T}${R}${NOT_ATTEMPTS}`,
  ),
  trigger(
    'fighting',
    String.raw`(?:${NOT_MANNER}бо[иёяе]${T}|битв${T}|сражени${T}|столкновен${T}|(?:боев|штурмов|наступательн|активн)${T}\s+действи${T}|штурм(?:ы|ов|у|ом|ами)?|атак${T})\s+(?:\p{L}+\s+){0,2}?(?:за|в|у|около|возле|вблизи|${UNDER_PLACE}|на\s+окраин${T}|в\s+районе|на\s+подступах\s+к)${R}|штурму${T}|прорыв(?:а|у|ом|е)?${R}|(?:контратак${T}|контрнаступ${T}|сражени${T})\s+(?:\p{L}+\s+){0,2}?(?:на|в|у|за|около|возле|под|в\s+районе)${R}|наступлени${T}\s+на${R}|наступа(?:ют|ет|ли|л|ла|я)\s+(?:\p{L}+\s+)?на(?=\s+\p{Lu})|прорва${T}\s+${NO_SECOND_VERB}(?:к|в|у)${R}|(?:атакова${T}|наступа${T}|продвига${T})\s+(?:[\p{L}\p{N}]+,?\s+){0,5}?(?:в\s+район${T}|около|возле|вблизи|у|под|на\s+окраин${T})${R}`,
  ),
  trigger('controls', String.raw`под\s+(?:\p{L}+\s+){0,2}?контролем${R}|контролиру${T}|удержива${T}`),
];

/** Words that put a settlement near, not in, the place of fighting. */
export const NEAR = new RegExp(
  `${L}(?:near|nearby|around|outside|outskirts|suburbs|not\\s+far\\s+from|close\\s+to|навколо|вокруг|(?:підійш|підход|наблиз|наближ|подош|подход|приблиз|приближ|approach|рух|двига|движ)${T}|біля|поблизу|під|околиц${T}|(?:в|у)\\s+район(?:і|ах)|підступах|неподалік|неподалеку|в\\s+напрямку|у\\s+напрямку|около|возле|вблизи|под|окраин${T}|в\\s+районе|в\\s+районах|в\\s+направлении|подступах|towards?|${DIRECTION})${R}`,
  'iu',
);

/** Not right after "не"/"ні"/"ни" (one word may stand between): "не спростували", "не стали опровергать",
 * "ні підтвердити, ні спростувати" deny nothing. */
const CYRILLIC_NOT_NEGATED = String.raw`(?<!${L}(?:не|ні|ни)\s+(?:\p{L}+\s+)?)`;
/** "Not confirmed" is a denial in war reporting: the negated verb of confirming in every form ("не підтверджується",
 * "не подтверждали", "ніхто не підтвердив", "не було підтверджено") and the noun with "no" ("Підтвердження немає",
 * "нет подтверждения"; not "без підтвердження", which tells of no denial); "не лише підтвердили" confirms. */
const CONFIRM = String.raw`(?:підтверд|подтвер(?:жд|д))\p{L}*`;
const UNCONFIRMED = String.raw`${L}не\s+(?:(?!(?:лише|тільки|только|раз)${R})\p{L}+\s+)?${CONFIRM}|${L}${CONFIRM}\s+(?:\p{L}+\s+)?(?:немає|нема|нет)${R}|${L}(?:немає|нема|нет)\s+(?:\p{L}+\s+)?${CONFIRM}`;
/** The text reports a claim as denied or contradicted. */
export const DENIAL = new RegExp(
  `${L}(?:den(?:y|ied|ies|ying)${R}|dismiss${T}|refut${T}|rejected\\s+(?:the\\s+|[\\p{L}-]+['’]s\\s+)?(?:claim|report)${T}|(?:is|was|are|were)\\s+(?:false|untrue|fake)|not\\s+true|(?:does|do|did)\\s+not\\s+correspond\\s+to\\s+reality|${CYRILLIC_NOT_NEGATED}(?:спрост(?:ов|у)${T}|запереч${T}|фейк${T}|неправд${T}|недостовірн${T}|недостоверн${T}|опроверг${T}|отрица${T}|ложн${T})|не\\s+відповід${T}\\s+дійсності|не\\s+соответств${T}\\s+действительности|${UNCONFIRMED})`,
  'iu',
);

/** Verbs of ceasing or giving up: negated ("не полишає спроб захопити X", "не прекращает попыток") they say the attempts
 * go on, so the "не" before them negates no act. */
const CEASE = String.raw`(?:полиша|полиши|припиня|припини|залиша|залиши|відмовля|відмови|кида|кину|прекраща|прекрати|оставля|остави|отказыва|откаж)${T}`;
/** English verbs of ceasing: negated ("has not stopped assaulting X", "never ceased shelling X") they say the attacks
 * go on, as CEASE does in Ukrainian and Russian. */
export const EN_CEASE = String.raw`(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit|halt(?:s|ed|ing)?|abandon(?:s|ed|ing)?|g(?:i|a)ven?\s+up)`;
/** Right before a trigger: the act did not happen ("had not only retaken X but advanced" affirms it, as "не лише" does). */
export const NEGATION_BEFORE = new RegExp(
  `(?:${L}(?:not|never|no\\s+longer|failed\\s+to|unable\\s+to|yet\\s+to|did\\s+not|didn['’]t|haven['’]t|hasn['’]t|had\\s+not|have\\s+not|has\\s+not)(?!\\s+(?:only|${EN_CEASE})${R})|${L}не(?!\\s+(?:лише|тільки|только|менше|менее|раз|один|одна|одно|${CEASE}))|${L}ні${R}|${L}ни${R})\\s+(?:\\p{L}+\\s+){0,2}$`,
  'iu',
);

/** Right before a trigger: it is planned, possible or hoped for, not done. */
export const HYPOTHETICAL_BEFORE = new RegExp(
  `${L}(?:could|might|(?<![Ii]n\\s|[Oo]n\\s|[Ss]ince\\s|[Bb]y\\s|[Ll]ate\\s|[Ee]arly\\s|[Mm]id-?)may(?!\\s+\\d)|would|will|shall|plans?|planning|planned|aims?|aiming|seeks?|seeking|hopes?|hoping|intends?|intended|order(?:s|ed)?|threaten${T}|ready|want${T}|goal\\s+(?:is|was)|можуть|може|міг|могли|могла|план${T}|хоче${T}|хочуть|хотіли|мають\\s+намір|має\\s+намір|прагн${T}|готу${T}|могут|может|мог|сможет|смогут|планиру${T}|хотят|хочет|хотели|намерен${T}|стремя${T}|стрем${T}|собира${T})\\s+(?:\\p{L}+\\s+){0,2}$`,
  'iu',
);

/** Right before a trigger: an infinitive ("to capture"), which reports an aim unless something says it was done. */
export const INFINITIVE_BEFORE =
  /(?<!(?:managed|able|succeeded|forced|compelled|went\s+on|continu\p{L}*|used|began|begun|begins|started|starts|had|has|have)\s)\bto\s+(?!have\s+$)(?:\p{L}+\s+)?$/iu;

/** A Cyrillic infinitive ("захватить", "звільнити") reports an aim, unless "managed to" stands before it (the noun
 * "речь" of "Речь идет о X", a list's lead, ends like "беречь" but is none). */
export const CYRILLIC_INFINITIVE = /^(?![Рр]ечь$).*(?:ть|ти|тися|ться|чь)$/u;
/** In Ukrainian the infinitive ends in -ти: "-ть" is the third person plural ("тривають", "штурмують"). */
export const UKRAINIAN_INFINITIVE = /(?:ти|тися|тись)$/u;
/** Letters only Ukrainian writes. */
export const UKRAINIAN_LETTERS = /[іїєґ]/iu;
/** Between two English trigger phrases: a conjunction opening a clause of its own ("is now controlled by Russian forces
 * as fighting in the streets raged"), so the second phrase is that clause's predicate, not the first one's object
 * ("as far as", "as a result of", "as part of" open none). */
export const CLAUSE_OPENER_BETWEEN =
  /(?<![\p{L}])(?:as|while|whereas|when|because|although|though)\s+(?!(?:far|well|much|long|soon|part|of|a|an|the\s+result)(?![\p{L}]))\p{L}/iu;

/** An English noun of fighting with "no" before it ("there are no direct battles in X", "no fighting in X"): none
 * happened there. */
export const NO_FIGHTING = {
  before: /(?<![\p{L}])no\s+(?:\p{Ll}+\s+)?$/iu,
  noun: /^(?:fighting|battles?|clashes|combat|hostilities|assaults?|attacks?)(?![\p{L}])/iu,
};

export const MANAGED_BEFORE =
  /(?<![\p{L}])(?:вдалося|вдалось|удалось|змогли|зміг|змогла|зуміл[иао]?|зумів|смогли|смог|смогла|сумели|сумел|спромоглися|змушен\p{L}*|вимушен\p{L}*|вынужден\p{L}*|довелося|довелось|пришлось|пришлося|продовжу\p{L}*|продолжа\p{L}*|почал[аио]?|начал[аио]?|стали|(?<![Нн]е\s)(?:позволил[аио]?|дозволил[аио]?|дозволив)|(?:приняли|принял|прийняли|прийняв)\s+рішення|(?:приняли|принял[аио]?|принято)\s+решение)\s+(?:\p{L}+\s+){0,4}$/iu;

/** A passive of driving out ("ВСУ выбиты из X", "підрозділи ЗСУ витіснені з X"): the side named before it is driven out,
 * the actor is the other. Not the infinitives "выбить(ся)", "вибити(ся)" ("удалось выбить оккупантов из X"), whose
 * subject acts. */
export const EXPELLED_PASSIVE = /^(?:выбит(?!ь)|вытеснен|изгнан|вибит(?!и(?:ся|сь)?(?!\p{L}))|витіснен|вигнан)\p{L}*/iu;

/** An occupation participle as an attribute ("окупованого села X", "оккупированный поселок X", "the occupied town
 * of X"), also opening a sentence ("Окупований населений пункт X знаходиться …"): a state of control, not the act of
 * taking. */
export const OCCUPIED_ATTRIBUTE = new RegExp(
  String.raw`^(?:(?:[оО]купован|[зЗ]ахоплен)(?:ий|ого|ому|ої|ій|у|им|их|ими|е|і)|(?:[оО]ккупированн|[зЗ]ахваченн)\p{L}+|[oO]ccupied)\s+(?:(?:росіянами|россиянами|\p{L}+-?\s+){0,1})(?=\p{Lu}|${VILLAGE_STEM}|селищ|міст|населен|пос[её]л|город|деревн|хутор|village|town|settlement|city)`,
  'u',
);

/** English nouns of an offensive with an aim ("offensive to seize X", "counter-offensive", "pushes"). */
export const OFFENSIVE_NOUN = String.raw`(?:(?:counter-?)?offensives?|campaigns?|push(?:es)?|drives?|assaults?)`;
/** Right before a trigger: it was tried, which tells of fighting near the place, not of a change of control. An
 * English noun of an offensive aimed at the place tells the same ("their offensive to seize X", "a campaign to retake
 * X", "a push to capture X"). */
export const ATTEMPT_BEFORE = new RegExp(
  `${L}(?:(?:try${T}|tri(?:ed|es)|attempt${T}|намага${T}|намаг${T}|спроб${T}|пыта${T}|пыт${T}|попыт${T}|безуспешно|безуспішно)\\s+(?:\\p{L}+\\s+){0,3}|(?:fight|struggl|battl|striv)${T}\\s+to\\s+|(?:effort|bid)s?\\s+to\\s+|${OFFENSIVE_NOUN}\\s+to\\s+)$`,
  'iu',
);

/** Right before a taking: it is near, kept from or still under way, not done, which tells of fighting at the place as an
 * attempt does ("on the verge of complete liberation", "had nearly expelled … from X", "were close to taking over X",
 * "preventing the Russian military from taking complete control of X", "are completing the task of liberating X",
 * "почти освободили X", "майже звільнили X", "на грани захвата X"). Nearness scopes over the act only right before it:
 * "almost completely captured", "почти полностью освободили" grade a done act (part), and stay. "Close to" only as the
 * subject's state ("were close to taking"): "brings … closer to capturing X" is the prospect another act opens. The
 * passive gerund is the same nearness: "X was close to being fully captured", "on the verge of being taken". */
export const UNFINISHED_BEFORE = new RegExp(
  `${L}(?:nearly|almost|all\\s+but|(?:is|are|was|were|be|been|being|came|come|comes|got|get|gets|getting)\\s+(?:\\p{L}+ly\\s+)?close\\s+to|on\\s+the\\s+(?:verge|brink|cusp)\\s+of|(?:prevent|stop|keep|kept|block)${T}\\s+(?:[\\p{L}'’-]+\\s+){1,4}?from|(?:completing|finishing|fulfilling|carrying\\s+out|performing)\\s+(?:the|their|its|a)\\s+(?:\\p{L}+\\s+)?(?:task|mission|job)\\s+of|почти|майже|(?:близк${T}|близок)\\s+к|близьк${T}\\s+до|на\\s+(?:грани|межі|пороге|порозі)|в\\s+шаге\\s+от|за\\s+крок\\s+від)\\s+(?:being\\s+(?:(?:completely|fully|totally|entirely)\\s+)?)?(?:(?:complete|full|total|полн(?:ого|ому|ое|ой|ым|ую)|повн(?:ого|ому|е|ої|ою|у)|окончательн${T}|остаточн${T})\\s+)?$`,
  'iu',
);

/** Right before a Cyrillic infinitive of entry or taking: a negated letting or ability ("ВС РФ не дали ВСУ закрепиться
 * в X", "не позволили захватчикам закрепиться", "не могут закрепиться в X", "не дали окупантам закріпитися"). The "не"
 * negates the letting or the ability, not the act: the side kept out tried, which is fighting at the place (as an
 * attempt is), not no event. */
export const THWARTED_BEFORE = new RegExp(
  String.raw`${L}(?:не|ні)\s+(?:дали|дал[аи]?|дают|дать|давать|дадут|позвол\p{L}*|дозвол\p{L}*|дають|дає|дати|давати|могут|смогли|смог|смогла|сумели|удалось|удаётся|удается|змогли|зміг|змогла|можуть|зуміли|вдалося|вдається|(?:в|у)\s+(?:змозі|состоянии))\s+(?:\p{L}+\s+){0,3}$`,
  'iu',
);

/** The end of a clause: the object list of a verb does not run past it. */
export const CLAUSE_BREAK =
  /[;:!?()«»"“”]|\.\s|,\s+(?:but|while|whereas|although|which|who|where|when|after|before|as|and\s+(?:then|now))\s|\s(?:but|while|whereas|although|але|однак|проте|тоді\s+як|а\s+також|но|однако|тогда\s+как|хотя|после\s+того|після\s+того)\s|\s[–—-]\s/iu;

/** An adverb of part before a list's item ("звільнені X та частково Y", "и частично Y", "and partly Y"): the item stays
 * in the list, read on part of the place (partitive.ts). */
export const PART_ADVERB = String.raw`(?:partly|partially|частково|частично)`;

/** What may stand between two settlements of one list, or between a verb and its first settlement ("… X, сусіднього
 * населеного пункту Y і частини села Z": a neighbouring place, part of a village). */
export const LIST_GAP = new RegExp(
  `^[\\s,]*(?:(?:and\\s+others|и\\s+други${T}|и\\s+т\\.\\s?[дп]\\.)[\\s,]*)?(?:(?:and|or|as\\s+well\\s+as|plus|including|і|й|та|и|или|або|а\\s+також|а\\s+также|також|также|включая|зокрема|у\\s+тому\\s+числі|в\\s+том\\s+числе)\\s+)?(?:${PART_ADVERB}\\s+)?(?:(?:про|об?|над)\\s+)?(?:(?:таки${T}\\s+)?(?:частин${T}\\s+)?(?:the\\s+(?:[a-z-]+\\s+){0,2}?)?(?:nearby\\s+|neighbouring\\s+|neighboring\\s+|border\\s+|сусідн${T}\\s+|соседн${T}\\s+)?(?:villages?|towns?|settlements?|hamlets?|cities|city|${VILLAGE_NOUN}|селищ${T}|населе?н${T}\\s+пункт${T}|населён${T}\\s+пункт${T}|насел${T}\\s+пункт${T}|пос[её]л${T}|хутор${T}|деревн${T}|станиц${T}|слобод${T}|міст${T}|город${T}|смт\\.?|пгт\\.?|н\\.\\s*п\\.|нп|с\\.|сел\\.|пос\\.|п\\.|х\\.|хут\\.|сл\\.|д\\.|г\\.|м\\.)\\s*(?:of\\s+)?(?:,?\\s*как\\s+)?)?[\\s,]*$`,
  'iu',
);

/** Settlement abbreviations before a name: "н.п. X", "с. X", "пос. X", "смт X", "х. X". A gap is read without them. */
export const SETTLEMENT_ABBREVIATION =
  /(?<![\p{L}])(?:н\.\s?п\.|нп(?![\p{L}])|с\.|сел\.|пос\.|п\.|пгт\.?(?![\p{L}])|смт\.?(?![\p{L}])|х\.|хут\.|сл\.|д\.|дер\.|г\.|м\.)/gu;

/** A name the gazetteer does not know, standing in a list between known ones ("X, Мирный, Y"): capitalised words,
 * optionally after an ordinal ("10-й Октябрь"). */
export const UNKNOWN_NAME = /(?:\d+-?\p{L}{0,3}\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu;

/** A preposition of place right before a settlement: "seized positions in X", "захватили плацдарм в X" — the
 * settlement locates the act, it is not the object taken. */
export const LOCATIVE_END =
  /(?:^|[\s,])(?:in|at|near|around|inside|within|outside|в|во|у|на|под|під|біля|возле|около|поблизу|вблизи)\s+(?:the\s+)?$/iu;

/** "X, which Russian forces liberated", "X, которую освободили": a relative clause whose object is the settlement
 * before it. */
export const RELATIVE_GAP =
  /^\s*,?\s*(?:which|that|where|где|де|куди|куда|звідки|откуда|котор\p{L}*|як(?:у|е|ий|і|их|ої)|что)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** The gazetteer kinds read as settlements (a control event's place). */
export const SETTLEMENT_KINDS = new Set(['city', 'town', 'village', 'other']);

/** A relative word ending the text before a verb: "X, куди зайшла …", "X, де росіяни закріпилися", "X, which …". */
export const RELATIVE_BEFORE =
  /,\s*(?:де|куди|звідки|где|куда|откуда|where|which|котор\p{L}*|як(?:у|е|ий|і|их|ої|ого))\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** Every denial in a text, for the last one (`DENIAL` matches one). */
export const DENIALS = new RegExp(DENIAL.source, 'giu');
