// What a printed page says, DOM-free: the viewer gathers it from the map and its data, the page layout
// (page-layout.ts) places it, and tests write it by hand.
import type { SourceRef } from './page-api.ts';
import type { Swatch } from './symbols.ts';

/** A legend row: the symbol (named, the painter draws it) and what it means. */
export interface LegendEntry {
  swatch: Swatch;
  label: string;
  /** How the row reads packed with the rows next to it that share its caption, on a page short of room: the caption
   * once, then each symbol with its short label on run-on lines ("Places named in the articles (size: mentions): ●
   * Village ● Town ● City"), so that a long list of short rows is summarised rather than cut. */
  packed?: LegendPacking;
}

export interface LegendPacking {
  caption: string;
  short: string;
}

export interface PageContent {
  title: string;
  subtitle: string;
  dateStamp: string | null;
  /** `brief`: the same symbols with their long lists summarised (a holder's claimants counted, its footprints on one
   * row), for a page short of room. */
  legend: { heading: string; entries: LegendEntry[]; brief?: LegendEntry[] } | null;
  /** The countries the articles known at the date name, with how many of those articles name each, the most first:
   * not drawn (a country's centre is not where anything happened), so a page that left them out lost what the
   * viewer lists at the map's edge. Printed with the legend on one line, only where it leaves the sources their room. */
  countries: { name: string; articles: number }[];
  /** Newest first (what a reader looks at first): a list that does not fit ends with how many more and when. */
  sources: SourceRef[] | null;
  /** Where the whole list is when the page cannot hold it ("the bundle's manifest.json"), or null: an image alone. */
  fullSourceList: string | null;
  notes: string[];
  attribution: string;
  /** Ground metres per page pixel at the map centre, or null to omit the scale bar. */
  metersPerPx: number | null;
  /** Map bearing in degrees, or null to omit the north arrow. */
  bearing: number | null;
  /** The locator inset: country outlines ([lon, lat] rings), the frame's bounds and the inset's view. */
  inset: { shapes: number[][][][]; frame: [number, number, number, number]; view: [number, number, number, number] } | null;
}
