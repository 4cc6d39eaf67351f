// Who did it: the side acting on a settlement, read from the clause around a trigger — its subject, a passive's agent,
// the claimant's "our units", a possessive, a fronted object of a verb of driving out — and the holder a phrase of
// control names.
import { locatedMentions, type ClaimContext } from '../claims/context.ts';
import type { Side } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { CLAIMANT_SIDE, ENEMY_WORDS, OWN_WORDS, SIDE_WORDS } from '../sides.ts';
import type { EventOptions, Found } from './extract.ts';
import { endOfLastMatch, globalOf } from '../text/matches.ts';
import { DENIALS, RELATIVE_BEFORE, SETTLEMENT_KINDS } from './lexicon.ts';
import { ENGLISH_PASSIVE_BEFORE } from './triggers/voice.ts';
import { obliqueNonSubject } from './oblique-side.ts';
import { relativeAntecedentSide } from './relative-antecedent.ts';
import { CYRILLIC_FIGHTING_NOUN, cyrillicClauseBreak } from './fighting-noun-clause.ts';
import { otherSide, type Perspective } from './perspective.ts';
import { SPEAKING_CYR, SPEAKING_EN } from '../text/saying.ts';
import { isUkrainianArticle, ukrainianSentence } from './language.ts';
import { openingGerundAdjunct } from './gerund-adjunct.ts';

/** "Russia's Kursk region", "in Russia", "на території України": a country named as a place, not as the side acting. */
const COUNTRY_WORD = /^(?:russia|ukraine|рос|укра|РФ)/iu;
/** Nouns that make a side's word name a body or its people ("Russia's defence ministry", "Ukrainian defense
 * officials"), not ground or an act. */
const BODY_NOUN = String.raw`minist|officials?|chiefs?|secretar|council|department|forces|intelligence|sources|spokes`;
/** The same pattern with the global flag, for matchAll over every side word in a span. */
/** "Russia's troops", "Ukraine's retreat from X": a country's possessive before its forces, officials or a noun of its
 * own act names the side; so does one before its claim ("Russia's assertion that its force has reached X"). */
const FORCES_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:forces|troops|army|military|armed|soldiers|units|defen[cs]e(?=\s+(?:${BODY_NOUN}))|general|commander|president|government|retreat|withdrawal|pull-?out|advance|offensive|counter-?offensive|capture|seizure|recapture|occupation|liberation|incursion|assault|(?:assertion|claim|statement|announcement)s?\s+that)`,
  'iu',
);
/** A Cyrillic side adjective ("российской", "українських"): a side, unless a noun of ground follows it. */
const CYRILLIC_SIDE_ADJECTIVE = /^(?:російськ|українськ|российск|украинск)/iu;
/** "прорыва противника вглубь российской территории", "на українській землі", "к российской границе": an adjective on a
 * noun of ground or border names the place's country, not the side acting. */
const GROUND_AFTER = /^\s+(?:территори|територі|земл|кордон|границ|приграничь|прикордонн)\p{L}*/iu;
/** "advanced into the depths of the Ukrainian defense", "deep into the Russian territory", "engaging Russian defensive
 * lines", "remained in the northern Ukrainian region of X": an English side adjective on a noun of ground, defences or
 * a place names their owner or country, not the side acting (unless the
 * noun heads a body or a force: "Ukrainian Defense Forces", "Russian defence ministry", "Russian border guards"). */
const ENGLISH_GROUND_AFTER = new RegExp(
  String.raw`^\s+(?:(?:forward|defensive|front-?line|main|rear|first|second)\s+)?(?:positions?|lines?|defen[cs]es?|fortifications?|territor(?:y|ies)|soil|land|border|frontier|regions?|oblasts?|provinces?|cit(?:y|ies)|towns?|villages?|settlements?)(?![\p{L}])(?!\s+(?:${BODY_NOUN}|guards?|troops|units|service|headquarters|command)\p{L}*)`,
  'iu',
);
/** "the enemy's defenses", "Russia's positions": an English possessive on a noun of ground or defences. */
const POSSESSIVE_GROUND = /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:positions|lines|defen[cs]es|fortifications|territory|rear)(?![\p{L}])/u;
const LOCATIVE_BEFORE =
  /(?:^|[\s(])(?:in|into|inside|across|through|throughout|from|of|within|в|у|на|по|із|из|з|території|территории)\s+(?:(?:north|south|east|west|centr)\p{L}*\s+)?$/iu;
/** A side adjective on a noun of ground, defences or a place ("украинской территории", "the Ukrainian defense"). */
function onGround(span: string, at: number, word: string): boolean {
  if (CYRILLIC_SIDE_ADJECTIVE.test(word)) return GROUND_AFTER.test(span.slice(at + word.length));
  return /^(?:russian|ukrainian)$/iu.test(word) && ENGLISH_GROUND_AFTER.test(span.slice(at + word.length));
}
function isPlaceUse(span: string, at: number, word: string): boolean {
  if (CYRILLIC_SIDE_ADJECTIVE.test(word) || /^(?:russian|ukrainian)$/iu.test(word)) return onGround(span, at, word);
  if (!COUNTRY_WORD.test(word) || /^(?:russian|ukrainian)/iu.test(word)) return false;
  const after = span.slice(at + word.length);
  if (/^['’]s\s/u.test(after) && !FORCES_AFTER.test(after)) return true;
  const lead = span.slice(Math.max(0, at - 30), at);
  // "the Defense Forces of Ukraine", "the Armed Forces of the Russian Federation" name the side
  if (/(?:forces|army|troops|military|staff|ministry|command)\s+of\s+(?:the\s+)?$/iu.test(lead)) return false;
  return LOCATIVE_BEFORE.test(span.slice(Math.max(0, at - 20), at));
}

/** The side the claimant speaks for: named in the attribution ("Russia's defence ministry", "Сирський", "Генштаб ЗСУ"),
 * else, for a bare office ("the ministry", "Генштаб"), the article's perspective. */
export function claimantSideOf(claimant: string | null, perspective: Perspective): 'UA' | 'RU' | null {
  if (!claimant) return null;
  let best: { side: 'UA' | 'RU'; at: number } | null = null;
  for (const side of ['UA', 'RU'] as const) {
    const m = CLAIMANT_SIDE[side].exec(claimant);
    if (m && (!best || m.index < best.at)) best = { side, at: m.index };
  }
  return best?.side ?? perspective;
}

/** "Ukrainian officials denied Russia's claims, saying clashes continue near X": fighting told in a denial is by the
 * side whose claim is denied — the side named right after the denial verb, else the other of the side denying (named
 * right before it), else the other of the claimant's. */
export function deniedClaimSide(sentence: string, claimantSide: Side | null): Side | null {
  const at = [...sentence.matchAll(DENIALS)].at(-1);
  if (at?.index === undefined) return claimantSide ? otherSide(claimantSide) : null;
  const after = /^\s*(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+/u.exec(sentence.slice(at.index + at[0].length))?.[0] ?? '';
  for (const side of ['UA', 'RU'] as const) if (SIDE_WORDS[side].test(after)) return side;
  const before = sentence.slice(Math.max(0, at.index - 50), at.index);
  let denier: { side: Side; at: number } | null = null;
  for (const side of ['UA', 'RU'] as const) {
    for (const m of before.matchAll(globalOf(SIDE_WORDS[side]))) if (!denier || m.index > denier.at) denier = { side, at: m.index };
  }
  const seat = /(?<![\p{L}])(Kyiv|Kiev|Moscow|Kremlin)(?![\p{L}])[^,;]*$/u.exec(before)?.[1];
  if (!denier && seat) return /^(?:Kyiv|Kiev)$/u.test(seat) ? 'RU' : 'UA';
  if (denier) return otherSide(denier.side);
  return claimantSide ? otherSide(claimantSide) : null;
}

/** An English aside closed right before the verb (its auxiliaries between): ", fighting Ukrainian units, ", ", which
 * controls a fifth of Ukrainian territory, has been". */
const SUBJECT_ASIDE_END =
  /(?<=[\p{L}\p{N})]),\s+(?:\p{Ll}+ing|\p{Ll}+ed|who|which|with|alongside|along\s+with|together\s+with|despite|after|under)(?![\p{L}])[^,;:.]{1,80},\s*(?:(?:also|then|later|eventually|finally|reportedly|now|still|have|has|had|been|is|are|was|were)\s+)*$/u;

/** The Cyrillic twin of SUBJECT_ASIDE_END: a relative clause (", которые держали оборону в X,", ", які …,") or a clause of
 * cause or time ("из-за того, что враг разрушил …,", "після того, як …,") closed right before the verb. A side named
 * inside it is that clause's subject, not the verb's ("Силы обороны из-за того, что враг разрушил в X почти все,
 * отошли"). */
const CYRILLIC_ASIDE_END =
  /(?:,\s+(?:котор\p{L}+|як(?:ий|а|е|і|их|ого|ої))|(?<![\p{L}])(?:из-за|после|несмотря\s+на|вследствие|через|після|попри|незважаючи\s+на)\s+(?:того|те),\s+(?:что|как|що|як))(?![\p{L}])[^,;:.]{1,80},\s*$/iu;

/** "Ukrainian troops are fighting in X", "Russian and Ukrainian forces clashed near Y": an English verb of fighting
 * whose subject is either side (fight, battle, clash) tells who is there, not who attacks. */
const SYMMETRIC_FIGHT = /^(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|clash(?:es|ed|ing)?)\s/iu;
const VERB_USE_BEFORE =
  /(?<![\p{L}])(?:are|were|is|was|been|be|to|still|also|now|troops|forces|units|soldiers|defenders|army|military)\s+$/iu;
/** "locked in fighting … for control of X", "suffered losses in the battle for X", "during the battles for X": a contest
 * for a place, whoever the subject is (the side on its own ground defends it) */
const CONTEST_FOR = /^(?:for\s+(?:full\s+)?control\s|(?:battles?|fights?|fighting|struggle)\s+for(?!\p{L}))/iu;
/** "наші військові продовжують бойові дії за місто X", "ВСУ ведут бои в X": a side conducting or continuing combat
 * (a noun of combat after a verb of conducting or going on), not an attack on the place nor its liberation. */
const SYMMETRIC_FIGHT_CYRILLIC =
  /^(?:бойов\p{L}*\s+ді\p{L}*|боев\p{L}*\s+действи\p{L}*|бо(?:и|ев|й|ї|їв))(?:\s(?!(?:за\s+)?(?:звільнен|визволен|освобожден|деокупац))|$)/iu;
const CONDUCTING_START = /^(?:вед|продовжу|продолжа)\p{L}*\s+(?=\p{L})/iu;
const CONDUCTING_BEFORE = /(?<![\p{L}])(?:вед\p{L}*|продовжу\p{L}*|продолжа\p{L}*)\s+(?:\p{L}+\s+)?$/iu;
export function symmetricFighting(trigger: string, before: string): boolean {
  return (
    (SYMMETRIC_FIGHT.test(trigger) && VERB_USE_BEFORE.test(before)) ||
    (SYMMETRIC_FIGHT_CYRILLIC.test(trigger) && CONDUCTING_BEFORE.test(before)) ||
    // ("продолжают бои в районе X": the verb of going on may open the trigger itself)
    (CONDUCTING_START.test(trigger) && SYMMETRIC_FIGHT_CYRILLIC.test(trigger.replace(CONDUCTING_START, ''))) ||
    CONTEST_FOR.test(trigger)
  );
}

/** "We lost X," the Russian battalion admitted: a first-person subject in a quotation is its speaker's side. */
const WE_SUBJECT = /(?<![\p{L}])we(?![\p{L}'’])/iu;
/** The attribution of a quotation: after its closing quote ('…," a Ukrainian officer told AFP') or before a colon and
 * its opening quote ('A Russian soldier said: "…'). */
const QUOTE_SPEAKER_AFTER = /["”»]\s*,?\s*([^"“”«»]{1,80})$/u;
const QUOTE_SPEAKER_BEFORE = /^([^"“”«»]{1,80}):\s*["“«]/u;
/** '…," Mr X said, adding that Russia had taken losses': a clause the attribution goes on to (a participle of saying,
 * a conjunction, a "that"-clause) is what the speaker said, no part of who speaks. */
const ATTRIBUTION_END =
  /,?\s+(?:adding|noting|saying|stressing|while|whereas|but|although|that|додавши|зазначивши|наголосивши|але|що|добавив|отметив|подчеркнув|но|что)(?![\p{L}])/iu;
export function quoteSpeakerSide(sentence: string): Side | null {
  const speaker = (QUOTE_SPEAKER_AFTER.exec(sentence.trim())?.[1] ?? QUOTE_SPEAKER_BEFORE.exec(sentence.trim())?.[1])?.split(
    ATTRIBUTION_END,
  )[0];
  if (!speaker) return null;
  let best: { side: 'UA' | 'RU'; at: number } | null = null;
  for (const side of ['UA', 'RU'] as const) {
    const m = CLAIMANT_SIDE[side].exec(speaker);
    if (m && (!best || m.index < best.at)) best = { side, at: m.index };
  }
  return best?.side ?? null;
}

/** "its forces", "their troops", "свои войска": the side of the body speaking. */
const ITS_WORDS =
  /(?<![\p{L}])(?:(?:its|their)\s+(?:own\s+)?(?:forces|troops|army|soldiers|units|military)|сво(?:и|ими|їми|ї)\s+(?:войск\p{L}*|військ\p{L}*|сил\p{L}*|подразделени\p{L}*|підрозділ\p{L}*))/iu;

/** Where an English passive's subject clause starts: "X said Ukrainian forces were pushed out of" reads only "Ukrainian
 * forces were" (the clause break is tried first: an empty match at the start would cut nothing). */
const CLAUSE_START = /(?:.*(?:[,;:]|\b(?:that|said|says|say|according\s+to)\b)|^)/isu;

/** A side's forces in the genitive/accusative plural opening a clause ("Українських військових", "российских войск"). */
const FRONTED_OBJECT =
  /(?:^|[,;:«"“]\s*|\.\s+)((?:\p{L}+(?:их|ых)\s+)(?:військових|військ|підрозділів|бійців|захисників|окупантів|войск|военных|подразделений|бойцов|оккупантов|боевиков))\s+$/iu;
/** Verbs of driving out, whose object is the side driven out. */
const DRIVING_OUT = /^(?:вибил|вибива|витісн|вигна|выбил|выбива|вытесн|выгна|изгна|відкину|отброси)/iu;
/** "противнику вдалося", "ВСУ удалось", "росіянам вдалося": the one or two words before an impersonal "managed". */
const MANAGED_DATIVE = /(?<![\p{L}])((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:вдалося|вдалось|удалось|удалося)(?![\p{L}])/giu;

/** "отразили две контратаки ВСУ …, а также сорвали попытку атаки": before a verb of repelling, a side named right after
 * an attack noun is an attacker fought off, not the subject. */
const ATTACK_BEFORE =
  /(?<![\p{L}])(?:атак|контратак|штурм|наступ|прорыв|прорив|удар|attack|counter-?attack|assault|offensive)\p{L}*\s+(?:\p{L}+\s+)?$/iu;
/** "the advance of the Russian invaders", "attacks by Ukrainian forces", "efforts of the enemy": a side after an
 * action noun and "of"/"by" is that action's, not the subject of the verb that follows. */
const ACTION_OF =
  /(?<![\p{L}])(?:advances?|attacks?|assaults?|offensives?|efforts?|pressure|push|onslaught|attempts?|positions?|defen[cs]es?|lines?)\s+(?:of|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
const attackerOf = (span: string, at: number): boolean => ATTACK_BEFORE.test(span.slice(Math.max(0, at - 40), at));

/** "йшов уперед на позиції наших захисників", "атакували позиції українських підрозділів", "штурмовал позиции
 * украинских подразделений": the side owning the positions attacked is not the subject (Ukrainian "позиці…" and
 * Russian "позици…" alike); the owner may be a country after its forces ("в глубину обороны вооруженных сил Украины",
 * "позиції Збройних сил України"). Not a body's name: "Міністерство оборони РФ", "министр обороны России", "Рада
 * національної безпеки і оборони" name the side that speaks, no ground. */
const OWNER_OF_GROUND =
  /(?<![\p{L}])(?:позиц[іи]|рубеж|(?<!(?:міністерств|министерств|міністр|министр|безпеки\s+(?:і|й|та)|безопасности\s+и)\p{L}*\s+)оборон[іуиыу](?=\s)|positions?\s+of|lines?\s+of)\p{L}*\s+(?:\p{L}+\s+)?(?:(?:сил|войск|військ)\s+)?$/iu;
/** Whether the side word at `at` in `text` follows a noun of ground ("позиции ВСУ"): it names the ground's owner. */
const ownerOfGroundAt = (text: string, at: number): boolean => OWNER_OF_GROUND.test(text.slice(Math.max(0, at - 40), at));

/** English "attacked Ukrainian positions near X": a side's adjective right before the ground attacked names its owner. */
const OWNER_ADJECTIVE_AFTER = /^\s+(?:forward\s+|defensive\s+|front-?line\s+)?(?:positions|lines|defen[cs]es)(?![\p{L}])/iu;
/** The side whose positions an act of attacking names ("атаковал позиции ВСУ", "атакував позиції російських військ",
 * "attacked positions of the Ukrainian forces", "attacked Ukrainian positions"), if any. */
function groundOwner(phrase: string): Side | null {
  for (const side of ['UA', 'RU'] as const) {
    const m = SIDE_WORDS[side].exec(phrase);
    if (!m) continue;
    if (ownerOfGroundAt(phrase, m.index)) return side;
    if (OWNER_ADJECTIVE_AFTER.test(phrase.slice(m.index + m[0].length))) return side;
  }
  return null;
}

/** "освобождающая Курскую область от украинских военных", "бои с ВСУ": a side after "от/против/с" is the one acted
 * against, not the subject (Russian); so is a side in the dative after "по" ("нанесли удары по трем украинским
 * бригадам в районах X": the target of the strikes), a numeral or adjective between. */
const OPPOSED_BEFORE = /(?<![\p{L}])(?:(?:от|против|с|со)\s+(?:\p{L}+\s+)?|по\s+(?:\p{L}+(?:ам|ям|ем|ём|ум|им|ым|ой|ей)\s+){0,2})$/iu;
/** "армия России вытеснила украинских солдат": a side adjective in
 * an oblique case right after a finite Cyrillic verb is that verb's object,
 * not its subject. */
const FINITE_VERB_END = /(?<![\p{L}])\p{L}{2,}(?:ла|ли|ло|ил|ал|ял|ут|ют|ат|ят)\s+$/u;
const OBLIQUE_SIDE = /^\p{L}+(?:ских|ским|скими|скую|ського|ських|ським|ськими|ську)$/u;
const objectOfVerb = (span: string, at: number, word: string): boolean =>
  OBLIQUE_SIDE.test(word) && FINITE_VERB_END.test(span.slice(Math.max(0, at - 30), at));
/** "… и вплотную подошли", "… і впритул підійшли": the verb is the second of two joined by "и" (Russian) or "і/й/та"
 * (Ukrainian); an adverb may stand between. */
const COORDINATED_END = /\s(?:и|і|й|та)\s+(?:\p{Ll}+\s+)?$/u;
/** A Russian perfective adverbial participle ("освободив", "захватив", "выбив"; the Ukrainian "-в" is a past tense). */
const ADVERBIAL_PARTICIPLE = /^\p{L}+[аеиоуы]в(?![\p{L}])/u;
/** A Russian active participle ("проникшие", "вошедших", "наступающие"). */
const ACTIVE_PARTICIPLE = /^\p{L}+(?:вш|ш|ющ|ущ|ящ|ащ)(?:ие|ий|ая|ее|их|ими|им|его|ей|ую|ем)(?![\p{L}])/u;
/** Verbs of saying, stating, stressing, specifying and explaining (text/saying.ts SPEAKING_*): a side named before
 * one is the speaker. */
const SAYING_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${SPEAKING_EN}|${SPEAKING_CYR})(?![\p{L}])`, 'giu');

/** An English noun of fighting opening a trigger ("fighting continues near", "clashes near", "hostilities are ongoing"). */
const FIGHTING_NOUN = /^(?:active\s+)?(?:fighting|battles?|clashes|combat|hostilities|engagements)(?![\p{L}])/iu;
/** Where the clause a noun of fighting stands in starts: after the last comma, semicolon or conjunction. */
function lastClauseBreak(left: string): number {
  return Math.max(0, endOfLastMatch(left, /[,;]|(?<![\p{L}])(?:and|while|but|whereas|that|where)(?![\p{L}])/giu));
}

/** The article's text with its settlement names blanked ("Ukrainka", "Russkoye Porechnoye" hold side words), a
 * capital's possessive kept ("Kyiv's forces" names a side). Built once per article: the actor is read inside one
 * sentence at a time, and a copy of the whole text per trigger made a long article quadratic. */
const blankedTexts = new WeakMap<ClaimContext, string>();
/** "Russian"/"Ukrainian" opening a capitalised name between a list's separators (a name and comma before it, a comma or
 * "and/or" after), not a force or body ("Russian Army", "Ukrainian Defence Ministry"). */
const SIDE_ADJECTIVE_IN_NAME_LIST =
  /(?<=\p{Lu}[\p{L}'’-]*,\s+)(?:Russian|Ukrainian)(?=\s+(?!(?:Federation|Army|Armed|Forces|Navy|Guard|Defen[cs]e|Ministry|Government)(?!\p{L}))\p{Lu}\p{Ll}+(?:,|\s+(?:and|or)\s))/gu;

function placeNamesBlanked(ctx: ClaimContext): string {
  const memo = blankedTexts.get(ctx);
  if (memo !== undefined) return memo;
  const text = ctx.article.text;
  let out = '';
  let at = 0;
  for (const m of locatedMentions(ctx).sort((a, b) => a.start - b.start)) {
    if (m.start < at || !SETTLEMENT_KINDS.has(m.entry.kind) || /^['’]s\s/u.test(text.slice(m.end, m.end + 3))) continue;
    out += text.slice(at, m.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  out += text.slice(at);
  // "Cherkasy Tishki, Russian Tishki, Rubizhne and Bayrak settlements were liberated": a side adjective that opens a
  // name in a list of names (a place the gazetteer lacks) is no side word either
  out = out.replace(SIDE_ADJECTIVE_IN_NAME_LIST, (q) => ' '.repeat(q.length));
  blankedTexts.set(ctx, out);
  return out;
}

/** "Kyiv controls X", "Moscow has held Y since 2014": a seat of power right before a verb of control is its side (a
 * government, not a place, and no side word either); so is the pronoun of its own claim ("denied Moscow's claims that
 * it had captured X": "Russia's claims that it had …" is read by the side word). */
const SEAT_SUBJECT =
  /(?:^|[\s,;:"“(])(Kyiv|Kiev|Moscow|Kremlin|the\s+Kremlin)(?:['’]s\s+(?:claims?|assertions?|statements?)\s+that\s+(?:it|they))?\s+(?:(?:has|have|had|now|still|already|also)\s+){0,2}$/u;
export function seatSubject(before: string): Side | null {
  const seat = SEAT_SUBJECT.exec(before)?.[1];
  return seat ? (/^(?:Kyiv|Kiev)$/u.test(seat) ? 'UA' : 'RU') : null;
}

/** "про" (about; Russian also "о/об/обо") and up to two words (an adverb, a quote) right before a trigger. */
const ABOUT_END = /(?<![\p{L}])(?:про|о|об|обо)\s+(?:[\p{L}"«“]+\s+){0,2}["«“]?$/iu;
const clauseStartBeforeAbout = (left: string): number => Math.max(0, endOfLastMatch(left, /[,;:]|(?<![\p{L}])(?:що|что)(?![\p{L}])/gu));

/** A conjunction after a passive's agent, which starts another clause. */
const AGENT_END = /\s(?:and|but|while|whereas|where|which|who|when|after|before|as)\s/u;
/** The side named as the subject: just before the trigger, or after "by" for a passive; "the enemy" by perspective,
 * "our forces" by perspective or the claimant's side. The subject of an English passive ("Ukrainian forces were pushed
 * out of X") is the side acted on: the actor is the other. */
export function actorNamed(
  ctx: ClaimContext,
  sentence: Span,
  trig: Found,
  perspective: Perspective,
  claimantSide: Side | null,
  opts: EventOptions,
): Side | null {
  // "the villages of Bilyaivka, Ukrainka … had been liberated": a settlement's name is no side word (only the
  // sentence's span of this text is read)
  const text = placeNamesBlanked(ctx);
  let left = text.slice(Math.max(sentence.start, trig.start - opts.subjectWindow), trig.start);
  const cut = left.search(/[;:](?!.*[;:])/su);
  if (cut >= 0) left = left.slice(cut + 1);
  // "спростував слова Путіна про «оточення українських військ» та розповів про бої у X": a side named inside a
  // quotation closed before the verb is no subject of it
  left = left.replace(/«[^«»]*»|“[^“”]*”/gu, (q) => ' '.repeat(q.length));
  // "Russian forces, fighting Ukrainian units, retook X", "Ukrainian troops, backed by artillery, who …,": an aside set off
  // by commas right before the verb (a participle, a relative clause, "with/alongside …") is no subject of it; the
  // subject stands before the aside
  left = left.replace(SUBJECT_ASIDE_END, (q) => ' '.repeat(q.length));
  left = left.replace(CYRILLIC_ASIDE_END, (q) => ' '.repeat(q.length));
  const tail = text.slice(trig.end, sentence.end);
  // "captured by Russian forces", "силами ВСУ", "захоплення X російськими військами" (the instrumental agent)
  const by =
    // ("Russia's claim that it had taken X was denied by Ukraine's army": an auxiliary between starts another verb,
    // whose agent it is; "captured by Russian troops in May and Ukrainian forces have …": a conjunction ends the agent)
    /^\s*(?:(?!(?:was|were|is|are|been|be|has|had|have)\s)\p{L}+\s+){0,3}?(?:by|силами)\s+([^,;.]{0,60})/iu
      .exec(tail)?.[1]
      ?.split(AGENT_END)[0] ??
    /^[^,;.]{0,60}?(?<![\p{L}])(\p{L}+(?:ими|іми|ыми)\s+(?:військами|войсками|силами|підрозділами|подразделениями))/u.exec(tail)?.[1];
  // "Наши подразделения отошли от X, сообщил Генштаб ВСУ": "our" is the named claimant's side, else the article's
  const own = claimantSide ?? quoteSpeakerSide(ctx.article.text.slice(sentence.start, sentence.end)) ?? perspective;
  // "repelled an attack by Russian forces": the agent after a repelled attack noun is the attacker, so the subject is
  // its opponent
  if (by && trig.repelled)
    for (const side of ['UA', 'RU'] as const)
      if (SIDE_WORDS[side].test(by.split(/\s(?:near|around|in|at|on|outside)\s/u)[0]!)) return otherSide(side);
  // "Генштаб ЗСУ спростував інформацію про захоплення X": the subject of the denied act stands after the denial verb
  const lastDenial = endOfLastMatch(left, DENIALS);
  if (lastDenial >= 0) left = left.slice(lastDenial);
  // "Генштаб ЗСУ заявив, що інформація про захоплення X …": a noun of the act governed by "про" takes no subject from
  // the clause before (there a side speaks of it); within its own phrase a side is the act's ("повідомлення російського
  // Міноборони про «захоплення» X", "заяви рф про захоплення X")
  if (ABOUT_END.test(left)) left = left.slice(clauseStartBeforeAbout(left));
  // "Ukrainian officials said 17 clashes had occurred near X": who reports fighting is not who fights
  if (trig.action === 'fighting') {
    const lastSaying = endOfLastMatch(left, SAYING_VERB);
    if (lastSaying >= 0) left = left.slice(lastSaying);
    // "Ukrainian defenders repelled an attack near X, while fighting continues near Y": a noun of fighting has no
    // subject; a side named in the clause before is that clause's
    if (FIGHTING_NOUN.test(trig.text)) left = left.slice(lastClauseBreak(left));
    else if (CYRILLIC_FIGHTING_NOUN.test(trig.text)) left = left.slice(cyrillicClauseBreak(left));
  }
  // "стримувати ворога, який не полишає спроб оточити X": a nominative relative pronoun stands for the (oblique)
  // phrase before its comma, the subject of the relative clause the trigger is in
  const antecedent = by ? null : relativeAntecedentSide(left, own);
  if (antecedent) return antecedent;
  if (!by && ENGLISH_PASSIVE_BEFORE.test(left) && /^\p{L}+(?:ed|en|wn)(?!\p{L})/u.test(trig.text)) {
    // "Ukrainian forces were pushed out of X", "its troops were driven from X": the passive subject suffers the act
    const clause = left.replace(CLAUSE_START, '');
    if (claimantSide && ITS_WORDS.test(clause)) return otherSide(claimantSide);
    for (const side of ['UA', 'RU'] as const) if (SIDE_WORDS[side].test(clause)) return otherSide(side);
  }
  if (ITS_WORDS.test(left)) {
    // "Russia said it captured X, and Ukraine said its forces retook Y": "its" is the body of the clause's own verb of
    // saying, before the sentence's first claimant
    const saying = [...left.matchAll(SAYING_VERB)].at(-1);
    if (saying?.index !== undefined) {
      const speaker = left.slice(lastClauseBreak(left.slice(0, saying.index)), saying.index);
      for (const side of ['UA', 'RU'] as const) if (CLAIMANT_SIDE[side].test(speaker)) return side;
    }
    if (claimantSide) return claimantSide;
  }
  // "Українських військових витіснили з X", "российские подразделения выбили" is not: an oblique-case side phrase
  // opening the clause right before a verb of driving out is its object, the actor the other side
  const fronted = FRONTED_OBJECT.exec(left)?.[1];
  if (fronted && DRIVING_OUT.test(trig.text))
    for (const side of ['UA', 'RU'] as const) if (SIDE_WORDS[side].test(fronted)) return otherSide(side);
  // "противнику вдалося потіснити наші війська і встановити контроль над X", "ВСУ удалось зайти в Y": the dative
  // before "managed" is the subject, whatever side the verbs between name as their object
  const dative = [...left.matchAll(MANAGED_DATIVE)].at(-1)?.[1];
  if (!by && dative) {
    for (const side of ['UA', 'RU', 'DPRK'] as const) if (SIDE_WORDS[side].test(dative)) return side;
    if (own && ENEMY_WORDS.test(dative)) return otherSide(own);
    if (own && OWN_WORDS.test(dative)) return own;
  }
  // "Российские войска вытеснили Силы обороны Украины … и вплотную подошли к X": the second of two coordinated verbs
  // shares the first one's subject, the first side named in the clause; the sides after it are the first verb's objects
  if (!by && COORDINATED_END.test(left)) {
    // (a long first verb phrase can push the shared subject out of the subject window: "Украинские военные во время
    // ведения наступательных действий … продвинулись вглубь до трех километров и освободили X" reads back to the
    // sentence's start when the window, cut nowhere else, holds no comma)
    const cutShort = left.length === opts.subjectWindow && !left.includes(',') && trig.start - opts.subjectWindow > sentence.start;
    const whole = cutShort ? text.slice(sentence.start, trig.start) : left;
    const clause = whole.slice(whole.lastIndexOf(',') + 1);
    let first: { side: Side; at: number } | null = null;
    for (const side of ['UA', 'RU', 'DPRK'] as const) {
      const m = SIDE_WORDS[side].exec(clause);
      if (
        m &&
        !isPlaceUse(clause, m.index, m[0]) &&
        // ("ударил по позициям украинских подразделений и продвинулся": the owner of the ground hit is its object)
        !ownerOfGroundAt(clause, m.index) &&
        (!first || m.index < first.at)
      )
        first = { side, at: m.index };
    }
    if (first) return first.side;
  }
  // "Украинская армия смогла оттеснить российские войска, освободив село X": a Russian adverbial participle after a comma
  // shares the subject of the clause before it, the first side named there (the sides after it are its verb's objects)
  if (
    !by &&
    /,\s*$/u.test(left) &&
    ADVERBIAL_PARTICIPLE.test(trig.text) &&
    !ukrainianSentence(text.slice(sentence.start, sentence.end), isUkrainianArticle(ctx.article))
  ) {
    const whole = text.slice(sentence.start, trig.start).replace(/,\s*$/u, '');
    const clause = whole.slice(whole.lastIndexOf(',') + 1);
    let first: { side: Side; at: number } | null = null;
    for (const side of ['UA', 'RU'] as const) {
      const m = SIDE_WORDS[side].exec(clause);
      if (m && !isPlaceUse(clause, m.index, m[0]) && !ownerOfGroundAt(clause, m.index) && (!first || m.index < first.at))
        first = { side, at: m.index };
    }
    if (first) return first.side;
  }
  // "X, куди зайшла добре екіпірована ворожа піхота": a relative clause puts its subject after the verb
  // "увійшовши у X, росіяни потрапили …": an adverbial participle's subject follows its clause
  const postposed = by
    ? undefined
    : RELATIVE_BEFORE.test(left)
      ? /^\s*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+/u.exec(tail)?.[0]
      : /^\p{L}+(?:вши|вшись)(?!\p{L})/u.test(trig.text) || openingGerundAdjunct(left, trig.text)
        ? /^[^,;.]*,\s*((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u.exec(tail)?.[1]
        : // "что проникшие в X россияне начали …": an attributive active participle before its noun (not one set off
          // by a comma after it: "Российские военные, проникшие в X, …") has its subject after the place
          ACTIVE_PARTICIPLE.test(trig.text) && !/,\s*$/u.test(left)
          ? /^\s*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+/u.exec(tail)?.[0]
          : undefined;
  for (const span of by ? [by, left] : postposed ? [postposed, left] : [left]) {
    let best: { side: Side; at: number; byPerspective: boolean } | null = null;
    const consider = (side: Side | null, re: RegExp, byPerspective = false): void => {
      if (!side) return;
      // the subject window ends at the trigger: "Russia's retreat from X" reads the noun after the possessive (an agent or
      // a postposed subject read after the verb runs on into the tail: "deep into the Russian territory")
      const read = span === left ? span + trig.text : tail.includes(span) ? span + tail.slice(tail.indexOf(span) + span.length) : span;
      for (const m of span.matchAll(globalOf(re)))
        if (
          (!best || m.index > best.at) &&
          !isPlaceUse(read, m.index, m[0]) &&
          // ("advanced deep into the enemy's defenses": a possessive on a noun of ground names its owner)
          !POSSESSIVE_GROUND.test(read.slice(m.index + m[0].length)) &&
          !(trig.repelled && attackerOf(span, m.index)) &&
          !ACTION_OF.test(span.slice(Math.max(0, m.index - 40), m.index)) &&
          !OWNER_OF_GROUND.test(span.slice(Math.max(0, m.index - 40), m.index)) &&
          !OPPOSED_BEFORE.test(span.slice(Math.max(0, m.index - 25), m.index)) &&
          !objectOfVerb(span, m.index, m[0]) &&
          // (before the verb only: a passive's agent after it is in the instrumental)
          !(span === left && obliqueNonSubject(span, m.index, m[0]))
        )
          best = { side, at: m.index, byPerspective };
    };
    for (const side of ['UA', 'RU', 'DPRK'] as const) consider(side, SIDE_WORDS[side]);
    consider(own ? otherSide(own) : null, ENEMY_WORDS, true);
    consider(own, OWN_WORDS, true);
    consider(own, WE_SUBJECT, true);
    // The nearest side word to the verb is its subject ("Russian forces, fighting Ukrainian units, retook ...")
    if (best) {
      const found = best as { side: Side; byPerspective: boolean };
      // "Противник атаковал позиции ВСУ в районе X" in Russian copy of a Ukrainian report: a subject known only by who
      // is writing yields to the owner of the ground the verb attacks, who is the defender
      const owner = found.byPerspective ? groundOwner(trig.text) : null;
      return owner ? otherSide(owner) : found.side;
    }
  }
  return null;
}

/** The side a verb acts on when the trigger names it ("вибили ворога з X", "уничтожение противника в X"): the actor is
 * the other side. */
export function objectSide(trig: Found, perspective: Perspective): Side | null {
  // "под российский контроль", "under Ukrainian control" name the holder, not the side acted on.
  if (/контрол|control|флаг/iu.test(trig.text)) return null;
  for (const side of ['UA', 'RU', 'DPRK'] as const) if (SIDE_WORDS[side].test(trig.text)) return side;
  if (perspective && ENEMY_WORDS.test(trig.text)) return otherSide(perspective);
  // "відведення наших підрозділів з X", "вибили наших воїнів з Y": our side, by the article's perspective
  if (perspective && OWN_WORDS.test(trig.text)) return perspective;
  return null;
}

/** "атаки ВСУ в районе X", "штурмовые действия противника", "attacks by Russian forces near X": the side after an
 * attack noun is the attacker ("бои с ВСУ", "attacks on Ukrainian positions" name the other side). A counter-attack is
 * one too ("контратаки ВСУ", "контрнаступ ЗСУ", "counterattacks by Ukrainian forces"). */
const ATTACK_NOUN =
  /(?<![\p{L}])(?:(?:контр|counter)-?)?(?:атак|штурм|наступ|действи|ді[яїй]|прорыв|прорив|просуван|продвижени|attack|assault|offensive|push|advance)\p{L}*\s+((?:[\p{L}'’-]+\s+){0,3})/iu;
export function attackerNamed(phrase: string, perspective: Perspective): Side | null {
  const m = ATTACK_NOUN.exec(phrase);
  if (!m) return null;
  const after = phrase.slice(m.index + m[0].length - m[1]!.length);
  let best: { side: Side; at: number } | null = null;
  const sides: [Side | null, RegExp][] = [
    ['UA', SIDE_WORDS.UA],
    ['RU', SIDE_WORDS.RU],
    ['DPRK', SIDE_WORDS.DPRK],
    [perspective ? otherSide(perspective) : null, ENEMY_WORDS],
  ];
  for (const [side, re] of sides) {
    const w = side ? re.exec(after) : null;
    if (side && w && w.index <= 40 && (!best || w.index < best.at)) best = { side, at: w.index };
  }
  if (!best) return null;
  // "attacking from three sides to try to encircle Ukrainian forces in X": the side after an English verb of enclosing
  // is its object, the side attacked
  if (/(?<![\p{L}])(?:encircl|surround|trap|cut\s+off)\p{L}*\s+(?:(?:the|some|all|thousands\s+of)\s+)?$/iu.test(after.slice(0, best.at)))
    return null;
  // "бои с ВСУ", "attacks on Ukrainian positions", "атаки против ВСУ": the side named is the one attacked
  if (/(?<![\p{L}])(?:с|со|з|із|зі|проти|против|with|against|on|по|на)\s+(?:\p{L}+\s+)?$/iu.test(after.slice(0, best.at))) return null;
  // "штурмовал позиции украинских подразделений вблизи X", "атакував позиції ЗСУ": the side owning the ground attacked
  // (best.at is at most 40: the whole stretch before the side word)
  if (ownerOfGroundAt(after, best.at)) return null;
  // ("attacked Ukrainian positions near X": in English the owner's adjective stands before the ground; "advance deep into
  // the Russian territory", "вглубь российской территории": the side adjective on ground names the ground's country)
  const afterSide = after.slice(best.at).replace(/^\S+/u, '');
  if (OWNER_ADJECTIVE_AFTER.test(afterSide) || ENGLISH_GROUND_AFTER.test(afterSide) || GROUND_AFTER.test(afterSide)) return null;
  return best.side;
}

/** "under Kyiv's control", "під контролем росіян", "под контролем ВСУ": the holder is named in the phrase. */
/** "under its control" (the claimant's side), "under our control" (the writer's or the claimant's). */
export function possessiveHolder(phrase: string, claimantSide: Side | null, perspective: Perspective): Side | null {
  if (/(?<![\p{L}])(?:its|their)\s+(?:\p{L}+\s+)?control/iu.test(phrase)) return claimantSide;
  // ("под нашим контролем", "під нашим контролем": the Cyrillic "our" before the noun of control)
  if (/(?<![\p{L}])(?:our|наш(?:им|ім|ем|ому))\s+(?:\p{L}+\s+)?контрол|(?<![\p{L}])our\s+(?:\p{L}+\s+)?control/iu.test(phrase))
    return perspective ?? claimantSide;
  // "під ворожим контролем", "под вражеским контролем": the writer's enemy holds it
  if (perspective && /(?<![\p{L}])(?:ворож|вражеск|враж)\p{L}*\s+контрол/iu.test(phrase)) return otherSide(perspective);
  return null;
}

export function holderNamed(phrase: string): Side | null {
  if (/(?<![\p{L}])(?:kyiv|kiev|київ|киев)/iu.test(phrase)) return 'UA';
  if (/(?<![\p{L}])(?:moscow|москв)/iu.test(phrase)) return 'RU';
  // ("продвинуться в глубину обороны украинских войск и взять под контроль": the owner of the ground broken into is
  // no holder)
  for (const side of ['UA', 'RU', 'DPRK'] as const) {
    for (const m of phrase.matchAll(globalOf(SIDE_WORDS[side])))
      if (!ownerOfGroundAt(phrase, m.index) && !onGround(phrase, m.index, m[0])) return side;
  }
  return null;
}

/** "під контролем РФ перебувають X", "под контролем противника": the holder right after the phrase, before its
 * first object. */
/** "taken control of the northeastern Ukrainian city of X", "control half of the east Ukraine city of X": a side's
 * adjective, or its country's name as an attribute, on the settlement's noun is its country. */
const COUNTRY_OF_PLACE = /(?<![\p{L}])(?:ukrain(?:ian|e)|russian?)\s+(?:cit(?:y|ies)|towns?|villages?|settlements?|hamlets?)(?![\p{L}])/giu;
/** "под контролем бойцов бригады", "під контролем підрозділів 110-ї бригади", "под контролем 110 ОМБр": forces named by a
 * unit noun (or a brigade's abbreviation) with no side word, which reporting uses for its own side's units. */
const UNMARKED_UNIT_HOLDER =
  /^\s*(?:\d[\p{L}\d-]*\s+)?(?:бойц|бійц|подразделени|підрозділ|военнослужащ|військовослужбовц|военн|військов|бригад|батальон|батальйон|полк|частин|частей|штурмовик|десантник|морпех|морпіх|пехот|піхот|\p{Lu}{0,4}Бр(?![\p{L}]))/u;
export function holderNamedAfter(after: string, perspective: Perspective, claimantSide: Side | null = null): Side | null {
  // "under the control of the 'Orcs' (Russians)": a gloss in brackets after the holder's name names it too
  // "under the control of the Armed Forces of Ukraine": a force's name runs on to the country it is "of"
  const words =
    /^\s*(?:of\s+(?:the\s+)?(?:armed|defen[cs]e)\s+forces\s+of\s+(?:the\s+)?[\p{L}'’-]+|(?:[\p{L}'’-]+\s*){0,3}(?:\([^()]{0,30}\))?)/iu.exec(
      after.replace(COUNTRY_OF_PLACE, ' '),
    )?.[0] ?? '';
  for (const side of ['UA', 'RU', 'DPRK'] as const) {
    if (SIDE_WORDS[side].test(words)) return side;
  }
  // "under Kyiv's control", "under Moscow's control": a seat's possessive on the noun of control is the holder
  const seat = /(?<![\p{L}])(Kyiv|Kiev|Moscow|the\s+Kremlin)['’]s\s+(?:\p{L}+\s+)?control/iu.exec(words)?.[1];
  if (seat) return /^(?:Kyiv|Kiev)$/iu.test(seat) ? 'UA' : 'RU';
  if (perspective && ENEMY_WORDS.test(words)) return otherSide(perspective);
  if (perspective && OWN_WORDS.test(words)) return perspective;
  // (the side of the one reporting it, else of the writer)
  if (UNMARKED_UNIT_HOLDER.test(words)) return claimantSide ?? perspective;
  return null;
}
