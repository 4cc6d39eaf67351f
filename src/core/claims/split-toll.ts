// A toll told after a colon or dash that ends the clause of losses naming whose they are: "Украина потеряла уже половину
// армии: 61 207 погибших, 49 368 раненых", "втрати ворога склали 234 особи - 64 загиблих, 168 поранених", "Russia has
// lost over 750,000 people: 198,000 killed and more than 550,000 wounded", "the losses of Russia — 20 842 soldiers
// killed". The colon or dash breaks the clause, so the figure's own clause names no side; the parts inherit the side of
// the clause of losses they split, as the parts after "з них" inherit their toll's (toll-parts.ts).
import { clauseStart } from './modality.ts';

/** The colon or spaced dash that opens a toll's breakdown. */
const OPENS_BREAKDOWN = /:\s|\s[–—-]\s/gu;
/** The items before the figure after the mark: other parts of the list only ("64 загиблих, ", "198,000 killed and "),
 * so short and with no clause of their own. */
const MAX_ITEMS = 60;

/** Start (in `text`) of the clause of losses ended by the colon or dash that opens the list holding the figure at
 * `figStart`, or null when no such mark stands shortly before it. */
export function splitTollLeadStart(text: string, figStart: number): number | null {
  let mark = -1;
  let markEnd = -1;
  for (const m of text.slice(0, figStart).matchAll(OPENS_BREAKDOWN)) {
    mark = m.index;
    markEnd = m.index + m[0].length;
  }
  if (mark < 0 || figStart - markEnd > MAX_ITEMS || /[;:–—]|\s-\s/u.test(text.slice(markEnd, figStart))) return null;
  return clauseStart(text, mark);
}

/** The side of a toll at [figStart, figEnd) of `text` whose own clause (from `cs`, to `ce`) names none, read with the
 * clause of losses it splits by `sideIn` (the side rule for a clause and the figure's offsets in it), or null. */
export function splitTollSide(
  text: string,
  cs: number,
  ce: number,
  figStart: number,
  figEnd: number,
  sideIn: (clause: string, start: number, end: number) => string | null,
): string | null {
  const lead = splitTollLeadStart(text, figStart);
  if (lead === null || lead >= cs) return null;
  return sideIn(text.slice(lead, ce), figStart - lead, figEnd - lead);
}
