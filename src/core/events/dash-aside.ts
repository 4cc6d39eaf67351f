// An aside set off by a pair of dashes reads as one set off by commas ("X, now held by Russia, …" is read): "Bakhmut —
// now held by Russia — and had …", "X and Y – the twin cities on either side of the river – are the last cities still
// in Ukrainian hands". A dash with no partner later in the sentence still ends a clause (CLAUSE_BREAK).

/** A dash opening an aside right after a name, and the dash closing it later in the sentence. */
const PAIRED_DASHES = /^\s*[–—-]\s+[^–—;:.!?()"“”]{1,140}?\s[–—-]\s/u;
/** A dash opening the gap between a name and a verb inside the aside: "— now " before "held by". */
const OPENING_DASH = /^(\s*)[–—-](?=\s)/u;

/** The gap between a settlement and the verb after it (before() in objects.ts), with a dashed aside read as commas: an
 * aside closed before the verb drops out as an apposition does, an aside the verb stands in opens with a comma. */
export function dashAsideAsCommas(text: string, gap: string, nameEnd: number, verbStart: number, sentenceEnd: number): string {
  const aside = PAIRED_DASHES.exec(text.slice(nameEnd, sentenceEnd));
  if (!aside) return gap;
  const closeEnd = nameEnd + aside[0].length;
  if (closeEnd <= verbStart) return ` ${text.slice(closeEnd, verbStart)}`;
  return gap.replace(OPENING_DASH, '$1,');
}

/** A dash between two words: an aside's opening or closing dash (or a clause break). */
const DASH = /\s[–—-]\s/gu;
/** What is left of a list of names once the names are taken out: commas and "and"/"or". */
const BARE_LIST = /^[\s,]*(?:(?:and|or)[\s,]+)*$/iu;

/** A name inside a dashed aside whose closing dash stands before the verb: 'list' when the aside holds only names (they
 * are the subject: "settlements on the outskirts of X - A, B, and C - are fully in Russian hands"), 'aside' when the name
 * only sits in the aside's noun phrase ("Y – the twin city on either side of the X river – is …": the verb is Y's). */
export function dashAsideOfName(
  text: string,
  sentenceStart: number,
  name: { start: number; end: number },
  verbStart: number,
): 'list' | 'aside' | undefined {
  const after = text.slice(name.end, verbStart);
  const close = after.search(DASH);
  if (close < 0) return undefined;
  const opens = [...text.slice(sentenceStart, name.start).matchAll(DASH)];
  const open = opens.at(-1);
  if (!open) return undefined;
  const aside = text.slice(sentenceStart + open.index + open[0].length, name.end + close);
  if (/[;:.!?()"“”]/u.test(aside)) return undefined;
  return BARE_LIST.test(aside.replace(/\p{Lu}[\p{L}'’-]*/gu, '')) ? 'list' : 'aside';
}
