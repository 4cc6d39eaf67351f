// A window of text with some spans blanked to spaces of the same length, so offsets stay true: a place's name holds no
// word another reader looks for ("Дронівка" no strike, "Украинска" no side).

/** `text` from `from` to `to`, with each span's part inside that window replaced by spaces. */
export function blankedWindow(text: string, from: number, to: number, spans: readonly { start: number; end: number }[]): string {
  let out = text.slice(from, to);
  for (const s of spans)
    if (s.start < to && s.end > from) {
      const a = Math.max(s.start, from) - from;
      const b = Math.min(s.end, to) - from;
      out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    }
  return out;
}
