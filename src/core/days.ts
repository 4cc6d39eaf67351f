// Whole UTC days since the epoch, for date arithmetic on ISO dates (YYYY-MM-DD) without time zones.

/** A corpus has a few hundred distinct dates but tens of thousands of claims and reports naming them: each is parsed
 * once (Date.parse with its string building was a third of a second of a large corpus's first view). */
const parsed = new Map<string, number>();
const MEMO_LIMIT = 20_000;

export function parseDay(iso: string): number {
  let day = parsed.get(iso);
  if (day === undefined) {
    day = Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    if (parsed.size >= MEMO_LIMIT) parsed.clear();
    parsed.set(iso, day);
  }
  return day;
}

export function dayToIso(day: number): string {
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
}
