// The URL hash holds the view, date, basemap, selection and highlighted article, so a link reopens the same map.
// Format: #map=zoom/lat/lon/bearing/pitch&date=YYYY-MM-DD&basemap=embedded&sel=place:ID&article=FILE&reading=described
// &legend=open|closed
// Each field is validated on its own: a bad value falls back to its default and the rest still applies.
import { isoDate } from '../../core/schema.ts';
import { basemapSchema, navStateSchema, selectionSchema, viewSchema, type NavState } from './state.ts';

export function parseHash(hash: string, defaults: NavState): NavState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: NavState = { ...defaults };

  const map = params.get('map');
  if (map) {
    const [zoom, lat, lon, bearing = 0, pitch = 0] = map.split('/').map((s) => (s.trim() === '' ? NaN : Number(s)));
    const view = viewSchema.safeParse({ zoom, lat, lon, bearing, pitch });
    if (view.success) out.view = view.data;
  }
  const date = isoDate.safeParse(params.get('date'));
  if (date.success) out.date = date.data;
  const basemap = basemapSchema.safeParse(params.get('basemap'));
  if (basemap.success) out.basemap = basemap.data;
  const sel = params.get('sel');
  if (sel) {
    const i = sel.indexOf(':');
    const parsed = selectionSchema.safeParse({ kind: sel.slice(0, i), id: sel.slice(i + 1) });
    if (i > 0 && parsed.success) out.selection = parsed.data;
  }
  const article = params.get('article');
  if (article && article.length < 300) out.article = article;
  const reading = navStateSchema.shape.reading.safeParse(params.get('reading') ?? undefined);
  if (reading.success && reading.data) out.reading = reading.data;
  const legend = navStateSchema.shape.legend.safeParse(params.get('legend') ?? undefined);
  if (legend.success && legend.data) out.legend = legend.data;
  return out;
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
