// The printable page as operations (page-ops.ts), DOM-free: the rendered map in its frame, and beside it (never over
// it) everything a reader needs without the app — date, legend, scale bar, north arrow, locator inset, sources, notes
// and attribution. A pure function of the layout, the content and a text Measure: the viewer passes its canvas
// measure and paints the operations (PNG/JPEG, and the PDF's page image, whose text the PDF writer adds as real
// text); tests pass a fixed-width one.
import type { PageLayout } from './layout.ts';
import type { PageContent } from './page-content.ts';
import type { PageOp } from './page-ops.ts';
import type { Measure } from './text-wrap.ts';
import { PANEL_FITS, type PanelFit } from './panel-fits.ts';
import { panelOps, type PanelFacts } from './panel-ops.ts';

/** The page as operations; `facts` learns how many sources it names and how many legend rows it had to leave out. */
export function pageOps(
  layout: PageLayout,
  c: PageContent,
  measure: Measure,
  facts?: { sourcesNamed: number; symbolsDropped?: number },
): PageOp[] {
  // The first fit that prints every row; if none does, the fewest rows dropped, and of those the least summarised
  // (the sources keep their room unless giving it up prints another symbol).
  let best: { ops: PageOp[]; facts: PanelFacts } | null = null;
  for (const fit of PANEL_FITS) {
    const tried = fittedOps(layout, c, measure, fit);
    if (fit.wholeOnly && tried.facts.symbolsDropped > 0) continue;
    if (!best || tried.facts.symbolsDropped < best.facts.symbolsDropped) best = tried;
    if (tried.facts.symbolsDropped === 0) break;
  }
  if (facts) {
    facts.sourcesNamed = best!.facts.sourcesNamed;
    facts.symbolsDropped = best!.facts.symbolsDropped;
  }
  return best!.ops;
}

/** The countries line is left out when the page with it names fewer sources than without it (a single column's last
 * lines are the sources'). */
function fittedOps(layout: PageLayout, c: PageContent, measure: Measure, fit: PanelFit): { ops: PageOp[]; facts: PanelFacts } {
  const bare: PanelFacts = { sourcesNamed: 0, symbolsDropped: 0 };
  const without = panelOps(layout, { ...c, countries: [] }, measure, bare, fit);
  if (c.countries.length && c.legend) {
    const named: PanelFacts = { sourcesNamed: 0, symbolsDropped: 0 };
    const ops = panelOps(layout, c, measure, named, fit);
    if (named.sourcesNamed >= bare.sourcesNamed) return { ops, facts: named };
  }
  return { ops: without, facts: bare };
}
