// Where patterns last match in a text (clause cuts after the last verb of saying, denial or conjunction), and text
// written into a pattern as itself.

/** `text` with every character a pattern reads as syntax escaped, to be matched as written (a name, a quoted word). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The same pattern, global: for `matchAll` over a pattern kept non-global for `test`. */
export const globalOf = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags.replace('g', '')}g`);

/** Where the last match of a global pattern ends in `text`, or -1 when there is none. */
export function endOfLastMatch(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index + m[0].length;
  return at;
}
