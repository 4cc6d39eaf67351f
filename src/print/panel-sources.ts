// The panel's source list: its heading, what fits of the list in full, the rest by outlet and date, then how many
// more; and the room the list keeps from the legend and the locator above it.
import type { PageContent } from './page-content.ts';
import type { PanelWriter } from './panel-writer.ts';
import { INK, MUTED } from './page-colors.ts';
import { compactSourcesLine, moreSourcesLine, sourceLine, sourcesPlan } from './source-lines.ts';

/** How much room the source list keeps from the legend and the locator above it (see sourcesKeep). */
export type SourcesKeep = 'full' | 'summary' | 'count';

/** The most of a one-column panel the sources keep from the legend (see sourcesKeep). */
export const SOURCES_KEEP_MAX_SHARE = 0.5;

/**
 * The room the sources keep in the last column, which a long legend and the locator inset give way to: the heading,
 * two entries and the "and N more" line, or, when more, the least room that names every source (heading, then
 * outlet and date each in small type; an A4 portrait page had named 2 of 5 sources below its locator, and 2 of 49
 * below a legend that ran into the second column). `summary`: the heading and one line (what fits of the list, else
 * the count of the rest) with room for a second; `count`: the heading and the count alone (the list is on the PDF's
 * source pages, a bundle's manifest, or the viewer).
 */
export function sourcesKeep(
  w: PanelWriter,
  sources: PageContent['sources'],
  keep: SourcesKeep,
  fullSourceList: string | null = null,
): number {
  const { u, fonts } = w.layout;
  // The heading and the count line as they wrap, not one line each: on a slide at 200 dpi both took two lines, and
  // the attribution below them lost its last line (41 of 480 random pages).
  const heading = sources?.length ? w.height(sourcesHeading(sources.length), fonts.body, 0, 700) : 0;
  const count = sources?.length ? w.height(moreSourcesLine(sources, fullSourceList), fonts.small, 8 * u) : 0;
  // In a one-column panel (landscape pages, slides), never more than half of it: on a corpus of hundreds of articles
  // the room that names every source was taller than the panel, and the legend printed no row at all ("… and 24 more
  // symbols", events dev corpus, A4 landscape and slide alike); the sources still print what fits and count the rest.
  // A two-column band keeps its whole first column for the legend.
  const columns = w.layout.columns;
  const keepMax = columns.length === 1 ? columns[0]!.h * SOURCES_KEEP_MAX_SHARE : Infinity;
  if (sources?.length && keep === 'count') return heading + count + 12 * u;
  return sources?.length && keep === 'summary'
    ? heading + count + w.lh(fonts.small) + 12 * u
    : sources?.length
      ? Math.min(
          Math.max(
            heading + w.lh(fonts.body) * 4 + w.lh(fonts.small) * 2,
            heading + w.height(compactSourcesLine(sources, false), fonts.small, 8 * u),
          ) +
            12 * u,
          keepMax,
        )
      : 0;
}

/**
 * Writes the list above `tail` px (the notes and the attribution below keep their room) and returns how many sources
 * it names. What fits of the list is printed whole (outlet, title, date), the rest by outlet and date in small type on
 * run-on lines; only when even that does not fit does the list end with the "and N more" line, and nothing is cut
 * mid-sentence at the page's edge.
 */
export function writeSources(
  w: PanelWriter,
  sources: NonNullable<PageContent['sources']>,
  fullSourceList: string | null,
  tail: number,
): number {
  const { u, fonts } = w.layout;
  const flow = w.flow;
  const n = sources.length;
  w.para(sourcesHeading(n), fonts.body, 700, INK);
  const room = flow.lastColumn ? flow.rect.y + flow.rect.h - tail - 6 * u - flow.y : Infinity;
  const plan = sourcesPlan(
    sources,
    room,
    (t, size) => w.height(t, size, 8 * u),
    fonts,
    (rest) => moreSourcesLine(rest, fullSourceList),
  );
  let named = 0;
  for (let i = 0; i < plan.whole; i++) if (w.para(sourceLine(sources[i]!), fonts.body, 400, INK, 8 * u)) named++;
  const short = sources.slice(plan.whole, plan.whole + plan.compact);
  const rest = sources.slice(plan.whole + plan.compact);
  if (short.length && w.para(compactSourcesLine(short, plan.whole > 0), fonts.small, 400, INK, 8 * u)) named += short.length;
  if (rest.length) w.para(moreSourcesLine(rest, fullSourceList), fonts.small, 400, MUTED, 8 * u);
  w.space(6);
  return named;
}

/** The source list's heading. */
function sourcesHeading(n: number): string {
  return n
    ? `Sources: the ${n === 1 ? 'article' : `${n} articles`} behind what is shown`
    : 'Sources: no article claims or places are visible in this view';
}
