// The popup for the current selection: a place lists each mention (sentence with the name highlighted,
// article title, outlet, date, link); a claim shows its quote and provenance. Built with DOM nodes only.
import { Popup, type Map as MlMap } from 'maplibre-gl';
import type { ClaimFeature, Mention, PlaceFeature } from '../../core/schema.ts';
import { el, safeHref } from '../ui/dom.ts';
import { claimSource, formatArea, formatDate, formatPeriod } from '../ui/format.ts';
import { claimAnchor, findArticle, findClaim, findPlace } from '../data/lookup.ts';
import { LOW_CONFIDENCE } from './layers/places.ts';
import { outletLookup } from './layers/claims.ts';
import type { AppState, Store } from '../app/state.ts';
import { moreList } from '../ui/more-list.ts';
import { controlHistory } from '../ui/panels/control-history.ts';

const MENTIONS_PAGE = 50;

/** The sentence with the mention's text wrapped in <mark>. */
function highlighted(m: Mention): HTMLElement {
  const q = el('q', { class: 'mention-sentence' });
  const at = m.sentence.indexOf(m.text);
  if (at < 0) {
    q.append(m.sentence);
  } else {
    q.append(m.sentence.slice(0, at), el('mark', null, m.text), m.sentence.slice(at + m.text.length));
  }
  return q;
}

function articleLine(s: AppState, file: string): HTMLElement {
  const a = findArticle(s, file);
  if (!a) return el('p', { class: 'source' }, file);
  const href = safeHref(a.url);
  const title = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, a.title) : el('span', { class: 'title' }, a.title);
  return el('p', { class: 'source' }, title, el('br'), `${a.outlet} · ${formatDate(a.published)}`);
}

function placeContent(s: AppState, f: PlaceFeature): HTMLElement {
  const p = f.properties;
  const low = p.confidence < LOW_CONFIDENCE;
  const box = el(
    'div',
    { class: 'popup place-popup' },
    el('h2', null, p.name),
    el('p', { class: 'meta' }, `${p.kind} · ${p.admin1 ? `${p.admin1}, ` : ''}${p.country} · ${p.mentionCount} mention${p.mentionCount === 1 ? '' : 's'} in ${p.articleCount} article${p.articleCount === 1 ? '' : 's'}`),
    el('p', { class: 'meta' }, `confidence ${Math.round(p.confidence * 100)}% · ${p.source}`),
    p.note ? el('p', { class: 'note' }, p.note) : null,
    controlHistory(s, p.id),
  );
  const list = el('ol', { class: 'mentions' });
  // A place named in hundreds of articles gets its mentions a page at a time.
  const mentions = moreList(list, (m: Mention) => el('li', null, highlighted(m), articleLine(s, m.article)), 'mentions', MENTIONS_PAGE);
  mentions.render(p.mentions);
  box.append(list, mentions.more);
  if (low && p.candidates.length > 0) {
    const cands = el('ul', { class: 'candidates' });
    for (const c of p.candidates) {
      cands.append(el('li', null, `${c.name} (${c.kind}, ${c.admin1 ? `${c.admin1}, ` : ''}${c.country}) · ${c.lat.toFixed(3)}, ${c.lon.toFixed(3)} · score ${c.score.toFixed(2)} · ${c.source}`));
    }
    box.append(el('p', { class: 'warn' }, 'Low confidence: other readings of this name were'), cands);
  }
  return box;
}

function claimContent(s: AppState, f: ClaimFeature): HTMLElement {
  const p = f.properties;
  const headline =
    p.type === 'area-held' ? `${formatArea(p)} held by ${p.holder}` : p.type === 'count' ? `${p.qualifier === 'exact' ? '' : `${p.qualifier} `}${p.value.toLocaleString('en-GB')} ${p.counts} · ${p.subject}` : `${p.subject} ${p.verb} ${findPlace(s, p.from)?.properties.name ?? p.from} to ${findPlace(s, p.to)?.properties.name ?? p.to}`;
  return el(
    'div',
    { class: 'popup claim-popup' },
    el('h2', null, headline),
    el('p', { class: 'meta' }, `as of ${formatPeriod(p.asOf)} (${p.asOfBasis}) · according to ${claimSource(p, outletLookup(s))}`),
    el('blockquote', null, p.quote),
    articleLine(s, p.article),
  );
}

export function bindPopups(map: MlMap, store: Store): void {
  let popup: Popup | null = null;
  let closingOurselves = false;

  const close = () => {
    if (!popup) return;
    closingOurselves = true;
    popup.remove();
    closingOurselves = false;
    popup = null;
  };

  const render = (s: AppState) => {
    close();
    const sel = s.selection;
    if (!sel) return;
    let at;
    let content: HTMLElement;
    if (sel.kind === 'place') {
      const f = findPlace(s, sel.id);
      if (!f) return;
      at = f.geometry.coordinates;
      content = placeContent(s, f);
    } else {
      const f = findClaim(s, sel.id);
      if (!f) return;
      at = claimAnchor(f);
      content = claimContent(s, f);
    }
    popup = new Popup({ maxWidth: '380px', focusAfterOpen: true, closeOnClick: true }).setLngLat(at).setDOMContent(content).addTo(map);
    popup.on('close', () => {
      if (!closingOurselves) {
        popup = null;
        store.update({ selection: null });
      }
    });
  };

  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
}
