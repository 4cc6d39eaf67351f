// "Ukraine's popular DeepState military blog said", "while the Rybar channel said", "…,” the brigade said in a post":
// an English body named by a lower-case head noun (a brigade, a regiment, a battalion, a channel, a blog, a news
// outlet) as the subject of a verb of saying. The speaker patterns read capitalised names and a closed list of speaker
// nouns, so the body went unread. A capitalised word among the head's modifiers is the body's own name ("DeepState",
// "Rybar", "RIA"); a bare head ("the brigade", "the channel") points back to the body of that kind named last, earlier
// in its sentence or before it ("Soldiers of the 47th Separate Mechanised Brigade …, the brigade said", "A pro-Russian
// Telegram channel, Rybar, wrote … The channel also said"); none named (an unnamed "marine brigade"): no one.
import { BEFORE_SAYING_EN, MONTH_EN, sayingAfterSubjectEn, WEEKDAY_EN } from '../text/speaker-words.ts';

const HEADS = String.raw`brigade|regiment|battalion|channel|blog|outlet`;
/** The head's subject: "the"/"its", an indefinite "one" or a capitalised possessive (its owner), up to three
 * modifiers, the head, the verb. */
const SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he|[Ii]ts|(?<one>[Oo]ne)|(?<owner>\p{Lu}[\p{L}-]*)['’]s)\s+(?<mods>(?:[\p{L}-]+\s+){0,3}?)(?<head>${HEADS})` +
    sayingAfterSubjectEn(`${BEFORE_SAYING_EN}|then`, '*'),
  'u',
);
/** A preposition opening a sentence: the capitalised words after it are its object (a place, a time), not a name. */
const PREPOSITION = String.raw`In|On|At|For|By|Of|To|From|With|Near|Into|Onto|Over|Under|After|Before|During|Since|Until|Through|Across`;
const LEADING_PREPOSITION = new RegExp(String.raw`^(?:${PREPOSITION})$`, 'u');
/** Capitalised words that name a side, a platform, a day or a month, or open a sentence as a closed-class word
 * (article, determiner, preposition, conjunction, sentence adverb: "A Ukrainian brigade", "In Bakhmut brigade
 * commanders", "the channel Monday"), not the body. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:Russian|Ukrainian|Russia|Ukraine|Kremlin|Kyiv|Moscow|Telegram|Facebook|YouTube|pro-\p{L}+|Pro-\p{L}+|` +
    String.raw`The|Its|One|An?|This|That|These|Those|Their|His|Her|Our|Each|Every|Another|Some|Any|No|` +
    String.raw`${PREPOSITION}|` +
    String.raw`And|But|Or|Nor|So|Yet|As|If|When|While|Where|Although|Though|Because|Later|Earlier|Then|Meanwhile|` +
    String.raw`${WEEKDAY_EN}|${MONTH_EN})$`,
  'u',
);
/** How far back a bare head looks for the body it points to: a few paragraphs. */
const LOOK_BACK = 3000;
/** A platform before a head ("Telegram channel, Rybar") is where it posts: the name is after the head. */
const PLATFORM = String.raw`(?:Telegram|Facebook|YouTube)`;
const UNIT = /^(?:brigade|regiment|battalion)$/u;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\d-]*`;

/** The named bodies of a head's kind in `text`: "47th Separate Mechanised Brigade", "Third Assault Brigade" (a name
 * before the head, capitalised or not), "channel, Rybar" (an appositive name after it). One per head, compiled once
 * (the reuse of claimant-name.ts's back-reference was left: it points an office back, not a unit by its head). */
const BODIES = new Map<string, RegExp>();
function namedBodies(head: string): RegExp {
  const cached = BODIES.get(head);
  if (cached !== undefined) return cached;
  const cap = head[0]!.toUpperCase() + head.slice(1);
  const re = new RegExp(
    String.raw`(?<![\p{L}\d-])((?!${PLATFORM}\s)(?:\d+(?:st|nd|rd|th)\s+)?(?:${NAME_WORD}\s+){0,4}${NAME_WORD}\s+(?:${head}|${cap})|(?:\d+(?:st|nd|rd|th)\s+)(?:${head}|${cap}))(?![\p{L}])|(?<![\p{L}])${head},?\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`,
    'gu',
  );
  BODIES.set(head, re);
  return re;
}

/** The body the sentence's head noun names or points back to, or null. `text`, `start`: the article's text and where
 * the sentence starts in it (only the LOOK_BACK characters before it are read, and only for a bare head). `places`: the
 * names of the places the geoparser located in the sentence. */
export function bodyHeadSpeakerIn(sentence: string, text: string, start: number, places: readonly string[] = []): string | null {
  if (!/^\P{Script=Cyrillic}*$/u.test(sentence.slice(0, 200))) return null;
  const m = SUBJECT.exec(sentence);
  if (m === null) return null;
  const g = m.groups!;
  // (a place before a unit's head is where the unit is from or stands, not its name: "the Donetsk brigade said" is a
  // brigade, not Donetsk; it stays a modifier the unit named before must have; "Donetsk-based", by its hyphen's left)
  const unit = UNIT.test(g.head!);
  const placeOf = (w: string): string => w.split('-')[0]!;
  const placed = (w: string): boolean => unit && places.includes(placeOf(w));
  const names = g.mods!.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w) && !placed(w));
  if (names.length > 0) return names.join(' ');
  // (a possessive owner names the body, "Kadyrov's channel"; a side's, "Ukraine's brigade", names none, and neither
  // it nor an indefinite "one channel" points back to a body named before)
  if (g.owner !== undefined) return NOT_A_NAME.test(g.owner) ? null : g.owner;
  if (g.one !== undefined) return null;
  // (a bare head: the last body of its kind named before it, in its sentence or the text before)
  const head = g.head!;
  // (its lower-case modifiers and places must be among the named body's words: "the marine brigade" is no "3rd Assault
  // Brigade"; "the Donetsk-based brigade" asks for its place, "Donetsk", as "the Donetsk brigade" does)
  const modifiers = g
    .mods!.split(/\s+/u)
    .filter((w) => /^\p{Ll}/u.test(w) || placed(w))
    .map((w) => (placed(w) ? placeOf(w).toLowerCase() : w));
  const window = `${text.slice(Math.max(0, start - LOOK_BACK), start)} ${sentence.slice(0, m.index)}`;
  let last: string | null = null;
  for (const b of window.matchAll(namedBodies(head))) {
    // (a platform or a side among the words is no part of the name: "Telegram channel" names none)
    const words = (b[1] ?? b[2])!.trim().split(/\s+/u);
    if (LEADING_PREPOSITION.test(words[0]!)) continue;
    const name = words.filter((w) => !NOT_A_NAME.test(w) && w.toLowerCase() !== head);
    if (name.length === 0 || !modifiers.every((w) => words.some((n) => n.toLowerCase() === w))) continue;
    // (a unit keeps its head, "Third Assault Brigade"; a channel, a blog or an outlet is its name, "Rybar")
    last = UNIT.test(head) && b[1] !== undefined ? [...name, words.at(-1)!].join(' ') : name.join(' ');
  }
  return last;
}
