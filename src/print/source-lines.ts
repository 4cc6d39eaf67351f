// The panel's source list as lines: a source in full, the run-on "Also: …" line of those named by outlet and date,
// the "… and N more" line, and the plan of how many of each fit a given room.
import type { SourceRef } from './page-api.ts';
import { formatDate } from './format-date.ts';
import { keepWhole } from './text-wrap.ts';
import { SOURCE_PAGES } from './source-pages.ts';

/** "Meduza — “Title”, 3 Aug 2024": a source in full, its outlet and its date each whole on a
 * line (keepWhole: an A3 page of a Russian corpus ended a line "…, 20 Sep" and began the next "2025"). */
export function sourceLine(s: SourceRef): string {
  return `${keepWhole(s.outlet)} — “${s.title}”${s.published ? `, ${keepWhole(formatDate(s.published))}` : ''}`;
}

/** The line ending a list cut short: how many more, and where they are listed or, for an image alone, when they were
 * published ("… and 12 more, published 3 Aug – 20 Sep 2024"). */
export function moreSourcesLine(rest: readonly SourceRef[], fullList: string | null): string {
  const head = `… and ${rest.length} more`;
  if (fullList === SOURCE_PAGES) return `${head} (listed on the following pages)`;
  if (fullList) return `${head} (all listed in ${fullList})`;
  const days = rest
    .map((r) => r.published)
    .filter(Boolean)
    .sort();
  if (days.length === 0) return head;
  const [first, last] = [days[0]!, days[days.length - 1]!];
  const date = (d: string) => keepWhole(formatDate(d));
  return `${head}, published ${first === last ? date(first) : `${date(first)} – ${date(last)}`}`;
}

/** Sources that do not fit whole, named by outlet and date on run-on lines ("Also: Meduza, 3 Aug 2024 · …"), each
 * outlet and each date whole on a line; "Also"
 * only after sources in full (`afterWhole`): an A4 page of the events dev corpus began its list "Also: pg46.ru". */
export function compactSourcesLine(rest: readonly SourceRef[], afterWhole: boolean): string {
  const named = rest
    .map((r) => (r.published ? `${keepWhole(r.outlet)}, ${keepWhole(formatDate(r.published))}` : keepWhole(r.outlet)))
    .join(' · ');
  return afterWhole ? `Also: ${named}` : named;
}

/** Sources kept in full when not every source can be named and they fit: the newest, as the room kept for the
 * sources promises. */
const WHOLE_BEFORE_COUNT = 2;

/**
 * How to print a source list in `room` px: the first `whole` sources in full, then the next `compact` by outlet and
 * date in small type, then, for any left, the "and N more" line (`more`, measured as printed: it reserved two lines
 * and used one, leaving two empty lines under an A4 portrait page's sources). Prefers the most sources in full with
 * every source named. When no split names them all, the full titles take at most half the room (the newest two at
 * least, when they fit) and the rest names as many as fit by outlet and date above the count, so that neither part
 * collapses (a slide of 400 sources had printed 31 full titles and counted the rest; then, with the newest two only,
 * 2 titles). When the outlet-and-date entries would name no more sources in all than full titles alone, full titles
 * alone it is.
 */
export function sourcesPlan(
  sources: readonly SourceRef[],
  room: number,
  height: (text: string, size: number) => number,
  fonts: { body: number; small: number },
  more: (rest: readonly SourceRef[]) => string = (rest) => moreSourcesLine(rest, null),
): { whole: number; compact: number } {
  const n = sources.length;
  const full = sources.map((s) => height(sourceLine(s), fonts.body));
  // Prefix sums: upTo(k) is the height of the first k sources in full.
  const prefix = [0];
  for (const h of full) prefix.push(prefix[prefix.length - 1]! + h);
  const upTo = (k: number) => prefix[k]!;
  // The largest k whose full titles alone fit: no larger k can fit with the rest after it. Starting there, not at n,
  // wraps the rest's line only for the few k that can fit (from every k it wrapped a line of up to n sources n times:
  // 14 of the 72 s of an A4 PNG export on the 753-article events dev corpus, 498 sources).
  let top = n;
  while (top > 0 && upTo(top) > room) top--;
  for (let k = top; k >= 0; k--) {
    const rest = k < n ? height(compactSourcesLine(sources.slice(k), k > 0), fonts.small) : 0;
    if (upTo(k) + rest <= room) return { whole: k, compact: n - k };
  }
  // Here not every source can be named: k in full, m by outlet and date, then the count of the rest.
  const need = (k: number, m: number) =>
    upTo(k) +
    (m > 0 ? height(compactSourcesLine(sources.slice(k, k + m), k > 0), fonts.small) : 0) +
    height(more(sources.slice(k + m)), fonts.small);
  let fullOnly = 0;
  while (fullOnly < n - 1 && need(fullOnly + 1, 0) <= room) fullOnly++;
  let k = 0;
  while (k < fullOnly && (k < WHOLE_BEFORE_COUNT || upTo(k + 1) <= room / 2)) k++;
  // The most of the rest, by outlet and date, whose line fits with the count after it (both change with how many).
  let [lo, hi] = [0, n - k - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (need(k, mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return k + lo > fullOnly ? { whole: k, compact: lo } : { whole: fullOnly, compact: 0 };
}
