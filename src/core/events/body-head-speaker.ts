// "Ukraine's popular DeepState military blog said", "while the Rybar channel said", "…,” the brigade said in a post":
// an English body named by a lower-case head noun (a brigade, a regiment, a battalion, a channel, a blog, a news
// outlet) as the subject of a verb of saying. The speaker patterns read capitalised names and a closed list of speaker
// nouns, so the body went unread. A capitalised word among the head's modifiers is the body's own name ("DeepState",
// "Rybar", "RIA"); a bare head ("the brigade", "the channel") points back to the body of that kind named last, earlier
// in its sentence or before it ("Soldiers of the 47th Separate Mechanised Brigade …, the brigade said", "A pro-Russian
// Telegram channel, Rybar, wrote … The channel also said"); none named (an unnamed "marine brigade"): no one.
import { SAYING_EN } from '../text/saying.ts';

const HEADS = String.raw`brigade|regiment|battalion|channel|blog|outlet`;
/** The head's subject: "the"/"its"/"one" or a capitalised possessive, up to three modifiers, the head, the verb. */
const SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Oo]ne|\p{Lu}[\p{L}-]*['’]s)\s+((?:[\p{L}-]+\s+){0,3}?)(${HEADS})(?:\s+(?:also|later|earlier|has|had|then))*\s+(?:${SAYING_EN})(?![\p{L}])`,
  'u',
);
/** Capitalised modifiers that name a side, a platform or a sentence's opening, not the body. */
const NOT_A_NAME =
  /^(?:Russian|Ukrainian|Russia|Ukraine|Kremlin|Kyiv|Moscow|Telegram|Facebook|YouTube|pro-\p{L}+|Pro-\p{L}+|The|Its|One)$/u;
/** How far back a bare head looks for the body it points to: a few paragraphs. */
const LOOK_BACK = 3000;
/** A platform before a head ("Telegram channel, Rybar") is where it posts: the name is after the head. */
const PLATFORM = String.raw`(?:Telegram|Facebook|YouTube)`;
const UNIT = /^(?:brigade|regiment|battalion)$/u;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\d-]*`;

/** The named bodies of a head's kind in `text`: "47th Separate Mechanised Brigade", "Third Assault Brigade" (a name
 * before the head, capitalised or not), "channel, Rybar" (an appositive name after it). */
function namedBodies(head: string): RegExp {
  const cap = head[0]!.toUpperCase() + head.slice(1);
  return new RegExp(
    String.raw`(?<![\p{L}\d-])((?!${PLATFORM}\s)(?:\d+(?:st|nd|rd|th)\s+)?(?:${NAME_WORD}\s+){0,4}${NAME_WORD}\s+(?:${head}|${cap})|(?:\d+(?:st|nd|rd|th)\s+)(?:${head}|${cap}))(?![\p{L}])|(?<![\p{L}])${head},?\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`,
    'gu',
  );
}

/** The body the sentence's head noun names or points back to, or null. `text`, `start`: the article's text and where
 * the sentence starts in it (only the LOOK_BACK characters before it are read, and only for a bare head). */
export function bodyHeadSpeakerIn(sentence: string, text: string, start: number): string | null {
  if (!/^\P{Script=Cyrillic}*$/u.test(sentence.slice(0, 200))) return null;
  const m = SUBJECT.exec(sentence);
  if (m === null) return null;
  const names = m[1]!.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w));
  if (names.length > 0) return names.join(' ');
  // (a bare head: the last body of its kind named before it, in its sentence or the text before)
  const head = m[2]!;
  // (its lower-case modifiers must be among the named body's words: "the marine brigade" is no "3rd Assault Brigade")
  const modifiers = m[1]!.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w));
  const window = `${text.slice(Math.max(0, start - LOOK_BACK), start)} ${sentence.slice(0, m.index)}`;
  let last: string | null = null;
  for (const b of window.matchAll(namedBodies(head))) {
    // (a platform or a side among the words is no part of the name: "Telegram channel" names none)
    const words = (b[1] ?? b[2])!.trim().split(/\s+/u);
    const name = words.filter((w) => !NOT_A_NAME.test(w) && w.toLowerCase() !== head);
    if (name.length === 0 || !modifiers.every((w) => words.some((n) => n.toLowerCase() === w))) continue;
    // (a unit keeps its head, "Third Assault Brigade"; a channel, a blog or an outlet is its name, "Rybar")
    last = UNIT.test(head) && b[1] !== undefined ? [...name, words.at(-1)!].join(' ') : name.join(' ');
  }
  return last;
}
