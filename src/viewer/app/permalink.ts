// The URL hash holds the view, date, basemap, selection and highlighted article, so a link reopens the same map.
// Format: #map=zoom/lat/lon/bearing/pitch&date=YYYY-MM-DD&basemap=embedded&sel=place:ID&article=FILE&reading=described
// &legend=open|closed
// Each field is validated on its own: a bad value falls back to its default, with a one-line message naming the
// field, and the rest still applies.
import { isoDate } from '../../core/schema.ts';
import { basemapSchema, navStateSchema, selectionSchema, viewSchema, type NavState } from './state.ts';

/** A field of a link that was not used as linked, and why, in one line naming it. `afterData`: a date after the
 * data's timeline, shown at the timeline's end (a snapshot "as of today" still shows every report). */
export interface LinkProblem {
  field: string;
  text: string;
  afterData?: boolean;
}

/** A link's state and what in it was not used. */
export interface ReadHash {
  nav: NavState;
  problems: LinkProblem[];
}

/** A value as a message quotes it: short, on one line. */
export function quoted(value: string): string {
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** The fields a link may carry. */
const FIELDS = ['map', 'date', 'basemap', 'sel', 'article', 'reading', 'legend'] as const;

/** A number of the view as formatHash writes it: decimal only. `Number()` alone also took `0x10`, `1e1`, `0b1` and
 * spaces, so two links that look different opened the same view and a crafted one hid its values. */
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function readHash(hash: string, defaults: NavState): ReadHash {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: NavState = { ...defaults };
  const problems: LinkProblem[] = [];
  const refuse = (field: string, value: string, what: string, fallback: string) =>
    problems.push({ field, text: `The link's ${field}=${quoted(value)} is not ${what}; ${fallback}.` });

  const map = params.get('map');
  if (map) {
    const parts = map.split('/');
    const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.length > 5 ? [NaN] : parts.map((s) => (DECIMAL.test(s) ? Number(s) : NaN));
    const view = viewSchema.safeParse({ zoom, lat, lon, bearing, pitch });
    if (view.success) out.view = view.data;
    else refuse('map', map, 'a view (zoom 0-22/latitude/longitude/bearing/pitch)', 'the map opens on its default view');
  }
  const rawDate = params.get('date');
  const date = isoDate.safeParse(rawDate);
  if (date.success) out.date = date.data;
  else if (rawDate) refuse('date', rawDate, 'a calendar date (YYYY-MM-DD)', 'the latest report is shown');
  const rawBasemap = params.get('basemap');
  const basemap = basemapSchema.safeParse(rawBasemap);
  if (basemap.success) out.basemap = basemap.data;
  else if (rawBasemap)
    refuse('basemap', rawBasemap, 'a basemap (embedded, liberty, positron or an https style URL)', 'the offline basemap is shown');
  const sel = params.get('sel');
  if (sel) {
    const i = sel.indexOf(':');
    const parsed = selectionSchema.safeParse({ kind: sel.slice(0, i), id: sel.slice(i + 1) });
    if (i > 0 && parsed.success) out.selection = parsed.data;
    else refuse('sel', sel, 'a selection (place:ID or claim:ID)', 'nothing is selected');
  }
  const article = params.get('article');
  if (article && article.length < 300) out.article = article;
  else if (article) refuse('article', article, 'an article file name (under 300 characters)', 'no article is highlighted');
  const rawReading = params.get('reading');
  const reading = navStateSchema.shape.reading.safeParse(rawReading ?? undefined);
  if (reading.success && reading.data) out.reading = reading.data;
  else if (rawReading) refuse('reading', rawReading, 'a reading (reported or described)', 'the map shows what was reported by the date');
  const rawLegend = params.get('legend');
  const legend = navStateSchema.shape.legend.safeParse(rawLegend ?? undefined);
  if (legend.success && legend.data) out.legend = legend.data;
  else if (rawLegend) refuse('legend', rawLegend, 'open or closed', 'the legend follows the map’s width');
  // A field given twice: the first is read, as URLSearchParams.get does, and the user is told the link holds another
  // (a crafted link may show one value to a reader of the URL and another to the map). Said after the refusals.
  for (const field of FIELDS) {
    const n = params.getAll(field).length;
    if (n > 1) problems.push({ field, text: `The link gives ${field} ${n} times; only the first is read.` });
  }
  return { nav: out, problems };
}

const r = (n: number, digits: number) => String(Number(n.toFixed(digits)));

export function formatHash(s: NavState): string {
  const params = new URLSearchParams();
  const v = s.view;
  params.set('map', [r(v.zoom, 2), r(v.lat, 5), r(v.lon, 5), r(v.bearing, 1), r(v.pitch, 1)].join('/'));
  params.set('date', s.date);
  params.set('basemap', s.basemap);
  if (s.selection) params.set('sel', `${s.selection.kind}:${s.selection.id}`);
  if (s.article) params.set('article', s.article);
  if (s.reading === 'described') params.set('reading', 'described'); // `reported` is the default: links stay short
  if (s.legend) params.set('legend', s.legend); // unset: the legend follows the map's width
  // URLSearchParams escapes "/" and ":"; they are safe in a fragment and keep the link readable.
  return '#' + params.toString().replaceAll('%2F', '/').replaceAll('%3A', ':');
}

/** Writes the hash without adding a history entry per pan. */
export function writeHash(s: NavState): void {
  const hash = formatHash(s);
  if (location.hash !== hash) history.replaceState(null, '', hash);
}
