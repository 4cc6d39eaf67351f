// Page text for print: untrusted strings made plain, and greedy word wrap against a measure (the canvas in the
// viewer, a fixed-width stand-in in tests). Shared by the map page's panel and the PDF's source pages.

/** Bidi embeddings, overrides and isolates: canvas text obeys them, so a title carrying U+202E printed the date after
 * it backwards ("“Title”, 4202 guA 31"). Page text is plain text; its words keep their own direction. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Other control characters (C0 but whitespace, DEL, C1) draw as empty boxes: a manifest's outlet "Out\u001b]0;x\u0007"
 * printed "Out□]0;x□" in the sources. Tabs and line breaks read as a space. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
export const printable = (t: string): string =>
  t
    .replace(/[\t\n\r]/g, ' ')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '');

export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/** A dash standing alone between words ("Kursk – March 2026"). */
const LONE_DASH = /^[\u2010-\u2015\u2212-]+$/;

/** No-break spaces (U+00A0, figure and narrow): they glue the words either side into one unit. */
const GLUE = /[\u00a0\u2007\u202f]/;
const GLUES = /[\u00a0\u2007\u202f]/g;
/** The spaces a line may break at: any whitespace but the glue. */
const BREAK = /[^\S\u00a0\u2007\u202f]+/;

/** A name kept whole on a line when it fits one ("Russian Federation 5", "Kyiv Independent"): its spaces become
 * no-break spaces, which `wrap` prints as plain spaces. A name longer than the line still breaks, at its own spaces
 * first. (The print wrap broke at any space: a page's countries line read "Russian / Federation 5".) */
export const keepWhole = (name: string): string => name.replace(/ +/g, '\u00a0');

/** The words to wrap: a lone dash goes with the word before it, so no line starts with one (a wrapped print title
 * read "– March 2026" on its second line). */
function wrapWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(BREAK)) {
    if (!word) continue;
    if (LONE_DASH.test(word) && words.length > 0) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  return words;
}

/** Greedy word wrap; a glued unit longer than the line breaks at its glue, and a word longer than the line is
 * broken. Lines carry plain spaces only (the PDF's faces and the canvas draw them alike). */
export function wrap(measure: Measure, text: string, size: number, weight: 400 | 700, maxW: number): string[] {
  const lines: string[] = [];
  let cur = '';
  const words = wrapWords(text);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    if (GLUE.test(word)) {
      const plain = word.replace(GLUES, ' ');
      // Longer than a line of its own: its parts wrap as words.
      if (measure(plain, size, weight) > maxW) {
        words.splice(i + 1, 0, ...word.split(GLUES).filter(Boolean).slice(1));
        word = word.split(GLUES).find(Boolean) ?? '';
        if (!word) continue;
      } else word = plain;
    }
    const next = cur ? `${cur} ${word}` : word;
    if (cur && measure(next, size, weight) > maxW) {
      lines.push(cur);
      cur = word;
    } else cur = next;
    while (measure(cur, size, weight) > maxW && cur.length > 1) {
      let cut = cur.length - 1;
      while (cut > 1 && measure(cur.slice(0, cut), size, weight) > maxW) cut--;
      lines.push(cur.slice(0, cut));
      cur = cur.slice(cut);
    }
  }
  if (cur) lines.push(cur);
  return lines;
}
