// The timeline's axis: one step a day, except across a long stretch with no date in the data, which is drawn as a
// short marked break. A corpus of 2024–2026 reporting with one 2016 article gave a linear axis of ten years whose
// track was nine tenths empty and whose days of reporting were a few pixels each. Every date the data holds stays on
// a day-per-step stretch, so each is reachable with the slider and the arrow keys.
import { parseDay } from '../../core/days.ts';

/** A stretch this long (days) with no article, claim or event date in it is collapsed: half a year of silence. */
export const GAP_MIN_DAYS = 183;
/** Days kept on each side of a break, so the dates beside it are not at the axis's very edge. */
const MARGIN_DAYS = 14;
/** Steps a collapsed stretch takes on the axis (about a month's width): visible, and reachable in a few key presses. */
export const GAP_STEPS = 24;

interface Segment {
  /** Days since 1970, d0 < d1 (a stretch of one day has d1 = d0 + 1 only as a bound). */
  d0: number;
  d1: number;
  /** Positions on the axis (0 … length). */
  p0: number;
  p1: number;
  gap: boolean;
}

export interface TimeBreak {
  /** The days the break lies between (the last day before it and the first after it, on the stretches beside it). */
  from: number;
  to: number;
  /** Where the break sits on the axis. */
  p0: number;
  p1: number;
}

export interface TimeScale {
  start: string;
  end: string;
  /** Steps from start to end: the slider's max. */
  length: number;
  /** Position (0 … length, fractional) of a day; days outside the range are clamped. */
  posOf(day: number): number;
  /** The whole day at a position (inside a break, the day in proportion to it). */
  dayAt(pos: number): number;
  /** The stretches drawn at one step a day, for the axis's month ticks. */
  stretches: readonly { d0: number; d1: number; p0: number; p1: number }[];
  breaks: readonly TimeBreak[];
}

/** The axis from `start` to `end` (ISO days) given every date the data holds (unsorted, repeats allowed). */
export function timeScale(range: { start: string; end: string }, dates: Iterable<number>): TimeScale {
  const d0 = parseDay(range.start);
  const d1 = Math.max(parseDay(range.end), d0);
  const inside = [...new Set([...dates].filter((d) => Number.isFinite(d) && d >= d0 && d <= d1))].sort((a, b) => a - b);
  // The ends of the range are dates too: a range widened to whole months keeps its margins unless they are long.
  const marks = [d0, ...inside, d1];
  const segments: Segment[] = [];
  let day = d0;
  let pos = 0;
  const add = (to: number, gap: boolean) => {
    if (to <= day) return;
    const steps = gap ? GAP_STEPS : to - day;
    segments.push({ d0: day, d1: to, p0: pos, p1: pos + steps, gap });
    day = to;
    pos += steps;
  };
  for (let i = 1; i < marks.length; i++) {
    const a = marks[i - 1]!;
    const b = marks[i]!;
    if (b - a < GAP_MIN_DAYS) continue;
    // Days beside a date stay; the range's own ends need no margin.
    const from = a === d0 && i === 1 ? a : a + MARGIN_DAYS;
    const to = b === d1 && i === marks.length - 1 ? b : b - MARGIN_DAYS;
    add(from, false);
    add(to, true);
  }
  add(d1, false);
  if (segments.length === 0) segments.push({ d0, d1, p0: 0, p1: 0, gap: false });
  const length = pos;

  const posOf = (day: number): number => {
    if (day <= d0) return 0;
    if (day >= d1) return length;
    const s = segments.find((g) => day <= g.d1)!;
    return s.p0 + ((day - s.d0) / (s.d1 - s.d0)) * (s.p1 - s.p0);
  };
  const dayAt = (p: number): number => {
    if (!(p > 0)) return d0;
    if (p >= length) return d1;
    const s = segments.find((g) => p <= g.p1)!;
    return Math.round(s.d0 + ((p - s.p0) / (s.p1 - s.p0)) * (s.d1 - s.d0));
  };
  return {
    start: range.start,
    end: range.end,
    length,
    posOf,
    dayAt,
    stretches: segments.filter((g) => !g.gap).map(({ d0, d1, p0, p1 }) => ({ d0, d1, p0, p1 })),
    breaks: segments.filter((g) => g.gap).map((g) => ({ from: g.d0, to: g.d1, p0: g.p0, p1: g.p1 })),
  };
}
