// Character tests on UTF-16 code units, for hot loops that would otherwise slice strings to run a regex on them.

/** Exactly the code units JavaScript's \s matches (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset `i` falls between the two halves of a surrogate pair (an emoji, a flag, 𝕂): a cut there leaves lone
 * halves that no UTF-8 file can hold. */
export function splitsPair(text: string, i: number): boolean {
  return isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
}
