// A window of text with some spans blanked to spaces of the same length, so offsets stay true: a place's name holds no
// word another reader looks for ("Дронівка" no strike, "Украинска" no side).

/** `text` from `from` to `to`, with each span's part inside that window replaced by spaces. The spans' parts are
 * merged first and the window written once: blanking each span by slicing the window again was quadratic in a window of
 * many names (round 48, bench/HISTORY.md). */
export function blankedWindow(text: string, from: number, to: number, spans: readonly { start: number; end: number }[]): string {
  const parts = spans
    .filter((s) => s.start < to && s.end > from)
    .map((s) => [Math.max(s.start, from), Math.min(s.end, to)] as const)
    .sort((x, y) => x[0] - y[0]);
  if (parts.length === 0) return text.slice(from, to);
  const out: string[] = [];
  let at = from;
  for (const [a, b] of parts) {
    if (b <= at) continue;
    const start = Math.max(a, at);
    out.push(text.slice(at, start), ' '.repeat(b - start));
    at = b;
  }
  out.push(text.slice(at, to));
  return out.join('');
}
