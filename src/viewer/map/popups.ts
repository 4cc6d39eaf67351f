// The popup for the current selection: a place lists each mention (context with the name highlighted,
// article title, outlet, date, link); a claim shows its quote and provenance. Built with DOM nodes only.
import { Popup, type Map as MlMap } from 'maplibre-gl';
import type { ClaimFeature, Mention, PlaceFeature } from '../../core/schema.ts';
import { el, safeHref } from '../ui/dom.ts';
import { articleCount, claimHeadline, claimSource, countFigure, formatDate, formatPeriod, placeMeta } from '../ui/format.ts';
import { claimAnchor, findArticle, findClaim, findPlace, publishedAfter } from '../data/lookup.ts';
import { drawnOnMap, LOW_CONFIDENCE } from './layers/places.ts';
import { drawnStack, outletLookup } from './layers/claims.ts';
import type { AppState, Store } from '../app/state.ts';
import { moreList } from '../ui/more-list.ts';
import { controlHistory } from '../ui/panels/control-history.ts';
import { articlesOfPlace, type MentionSource } from '../data/mentions.ts';
import { foreground } from '../app/background.ts';
import { readingOf } from '../data/control-model.ts';
import { keepPlaced } from './popup-placement.ts';
import { rebuildKeepingView, settleScroll, type PopupView } from './popup-view.ts';

const MENTIONS_PAGE = 50;
/** A place whose mentions take at most this many bytes of mentions.json has them read at once and listed newest
 * report first; a larger one (thousands of mentions) is read a page at a time in the corpus's order, and says so. */
export const SORTED_MENTIONS_MAX_BYTES = 4 << 20;

/** Mentions newest report first (by their article's publication date; one day's in the corpus's order): in the
 * corpus's file order a popup on the events dev corpus opened with a 2024 report above those of late 2025. Reading
 * as reported up to a date, the reports published by then come first and the later ones after them, as in the
 * articles panel: at 1 Dec 2024 Pokrovsk's popup opened on ten mentions of December 2025 "(after this date)". */
export function newestFirst(s: AppState, mentions: readonly Mention[]): Mention[] {
  const published = (m: Mention) => findArticle(s, m.article)?.published ?? '';
  const later = (day: string) => readingOf(s) === 'reported' && day > s.date;
  return mentions
    .map((m, i) => ({ m, i, day: published(m) }))
    .sort((a, b) => Number(later(a.day)) - Number(later(b.day)) || (a.day > b.day ? -1 : a.day < b.day ? 1 : a.i - b.i))
    .map((x) => x.m);
}

/** The mention's context with its text wrapped in <mark>, located by offset (the same name can occur twice). */
function highlighted(m: Mention): HTMLElement {
  const q = el('q', { class: 'mention-sentence' });
  const at = m.start - m.contextStart;
  const fits = at >= 0 && m.context.slice(at, at + m.text.length) === m.text;
  if (!fits) {
    q.append(m.context);
  } else {
    q.append(m.context.slice(0, at), el('mark', null, m.text), m.context.slice(at + m.text.length));
  }
  return q;
}

function articleLine(s: AppState, file: string): HTMLElement {
  const a = findArticle(s, file);
  if (!a) return el('p', { class: 'source' }, file);
  const href = safeHref(a.url);
  const title = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, a.title) : el('span', { class: 'title' }, a.title);
  const after = a.published > s.date ? ' (after this date)' : '';
  return el('p', { class: 'source' }, title, el('br'), `${a.outlet} · ${formatDate(a.published)}${after}`);
}

/**
 * The compact form: every mention of the place read from the side file at once (one range request), then those
 * added by uploads, listed newest report first and shown a page at a time.
 */
function sortedMentions(
  s: AppState,
  source: MentionSource,
  id: string,
  local: Mention[],
  list: HTMLElement,
  row: (m: Mention) => HTMLElement,
  want: number,
): HTMLElement[] {
  const mentions = moreList(list, row, 'mentions', MENTIONS_PAGE);
  const status = el('p', { class: 'meta', role: 'status' }, 'Loading mentions…');
  void (async () => {
    try {
      // The user is waiting for these: background work holds meanwhile.
      const read = await foreground(source.all(id));
      mentions.render(newestFirst(s, [...read, ...local]), want);
      status.textContent = '';
      settleScroll(list);
    } catch (e) {
      status.textContent = `The mentions could not be read: ${(e as Error).message}`;
    }
  })();
  return [list, status, mentions.more];
}

/**
 * The compact form of a place with very many mentions: read from the side file a page at a time (the first when the popup opens, the
 * next on "Show more"), then those added by uploads, which only memory holds.
 */
function pagedMentions(
  source: MentionSource,
  id: string,
  local: Mention[],
  total: number,
  list: HTMLElement,
  row: (m: Mention) => HTMLElement,
  want: number,
): HTMLElement[] {
  const pages = source.pages(id);
  const more = el('button', { type: 'button', class: 'link-button more-button' });
  const status = el('p', { class: 'meta', role: 'status' });
  let next = 0;
  let shown = 0;
  const update = () => {
    more.hidden = next >= pages && shown >= total;
    more.textContent = `Show more mentions (${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown)`;
  };
  const load = async () => {
    more.disabled = true;
    status.textContent = 'Loading mentions…';
    try {
      // The user is waiting for this page: background work holds meanwhile.
      const ms = next < pages ? await foreground(source.page(id, next++)) : [];
      const first = ms.map(row);
      list.append(...first);
      shown += ms.length;
      if (next >= pages && shown < total) {
        list.append(...local.map(row));
        shown += local.length;
      }
      status.textContent = '';
      if (document.activeElement === more) first[0]?.querySelector<HTMLElement>('button, a, [tabindex]')?.focus();
    } catch (e) {
      status.textContent = `The mentions could not be read: ${(e as Error).message}`;
    } finally {
      more.disabled = false;
      update();
    }
  };
  more.addEventListener('click', () => void load());
  update();
  // A rebuilt popup reads as many pages as its previous content showed, then goes back to where it was scrolled.
  void (async () => {
    await load();
    while (shown < want && next < pages && more.isConnected) await load();
    settleScroll(list);
  })();
  return [list, status, more];
}

/** How many of the place's articles were published by the timeline date, when not all were: "81 mentions in 33
 * articles" on 25 Aug 2024 counted the 2025 reports of Sudzha's recapture as known. */
function knownArticles(s: AppState, f: PlaceFeature): string {
  const files = articlesOfPlace(s.dataset.mentions, f);
  const known = files.filter((a) => !publishedAfter(s, a)).length;
  return known < files.length ? ` (${known} published by ${formatDate(s.date)})` : '';
}

/** A place's mentions and sources: its popup, and the countries-named card for a country (drawn nowhere). `view`: the
 * popup's previous content at another date, whose opened lists this one keeps. */
export function placeContent(s: AppState, f: PlaceFeature, view?: PopupView): HTMLElement {
  const p = f.properties;
  const low = p.confidence < LOW_CONFIDENCE;
  const box = el(
    'div',
    { class: 'popup place-popup' },
    el('h2', null, p.name),
    el('p', { class: 'meta place-counts' }, placeMeta(p), knownArticles(s, f)),
    el('p', { class: 'meta' }, `confidence ${Math.round(p.confidence * 100)}% · ${p.source}`),
    p.note ? el('p', { class: 'note' }, p.note) : null,
    controlHistory(s, p.id, view),
  );
  const list = el('ol', { class: 'mentions' });
  const row = (m: Mention) =>
    el('li', publishedAfter(s, m.article) ? { class: 'future' } : null, highlighted(m), articleLine(s, m.article));
  const source = s.dataset.mentions;
  if (source && source.pages(p.id) > 0 && source.bytes(p.id) <= SORTED_MENTIONS_MAX_BYTES)
    box.append(...sortedMentions(s, source, p.id, p.mentions, list, row, view?.mentionsShown ?? 0));
  else if (source && source.pages(p.id) > 0)
    box.append(
      el('p', { class: 'meta mentions-order' }, 'Mentions in the order of the corpus’s articles (too many to sort here).'),
      ...pagedMentions(source, p.id, p.mentions, p.mentionCount, list, row, view?.mentionsShown ?? 0),
    );
  else {
    // A place named in hundreds of articles gets its mentions a page at a time.
    const mentions = moreList(list, row, 'mentions', MENTIONS_PAGE);
    mentions.render(newestFirst(s, p.mentions), view?.mentionsShown);
    box.append(list, mentions.more);
  }
  if (low && p.candidates.length > 0) {
    const cands = el('ul', { class: 'candidates' });
    for (const c of p.candidates) {
      cands.append(
        el(
          'li',
          null,
          `${c.name} (${c.kind}, ${c.admin1 ? `${c.admin1}, ` : ''}${c.country}) · ${c.lat.toFixed(3)}, ${c.lon.toFixed(3)} · score ${c.score.toFixed(2)} · ${c.source}`,
        ),
      );
    }
    box.append(el('p', { class: 'warn' }, 'Low confidence: other readings of this name were'), cands);
  }
  return box;
}

/** The popup's body scrolls, so it takes the focus on opening itself (and can be scrolled from the keyboard).
 * MapLibre focuses the first link or button inside, and focusing the article link of a control report's quote
 * scrolled the body down past the place's name and its reported status (Vilne in the events dev folder opened
 * 184 px down). */
function focusFirst(box: HTMLElement): HTMLElement {
  box.tabIndex = 0;
  return box;
}

/** Compact claims come without their quotes: reads this claim's, if not yet read, then calls `then` to show them; a
 * failure is the page's error notice. For the popup and for the claims panel's card. */
export function whenQuotesLoaded(s: AppState, store: Store, f: ClaimFeature, then: () => void): void {
  const quotes = s.dataset.claimQuotes;
  if (!quotes?.pending(f)) return;
  quotes.load(f).then(then, (e: unknown) =>
    store.update({
      notice: { tone: 'error', text: `The claim's quotes could not be loaded: ${e instanceof Error ? e.message : String(e)}` },
    }),
  );
}

/** A claim's quote and provenance: the popup's content, and the claims panel's card for a claim listed off the map. */
export function claimContent(s: AppState, f: ClaimFeature, select: (id: string) => void): HTMLElement {
  const p = f.properties;
  return el(
    'div',
    { class: 'popup claim-popup' },
    el('h2', null, headlineOf(s, f)),
    whereLine(s, f),
    el('p', { class: 'meta' }, `as of ${formatPeriod(p.asOf)} (${p.asOfBasis}) · according to ${claimSource(p, outletLookup(s))}`),
    el('blockquote', null, p.quote),
    articleLine(s, p.article),
    sourcesList(s, p.sources),
    stackList(s, f, select),
  );
}

/** "Where: Sievierodonetsk, Luhansk Oblast": the headline says the figure and its holder, and on a crowded front a
 * mark among dozens did not say which town or oblast it is of (the events dev corpus, round 27). */
function whereLine(s: AppState, f: ClaimFeature): HTMLElement | null {
  const p = f.properties;
  const ids = 'anchor' in p ? [p.anchor, p.region] : p.type === 'count' && p.place ? [p.place] : [];
  const names = [...new Set(ids.flatMap((id) => findPlace(s, id)?.properties.name ?? []))];
  return names.length ? el('p', { class: 'meta claim-where' }, `Where: ${names.join(', ')}`) : null;
}

function headlineOf(s: AppState, f: ClaimFeature): string {
  const p = f.properties;
  return p.type === 'count'
    ? `${countFigure(p)} · ${p.subject}`
    : p.type === 'movement'
      ? `${p.subject} ${p.verb} ${findPlace(s, p.from)?.properties.name ?? p.from} to ${findPlace(s, p.to)?.properties.name ?? p.to}`
      : claimHeadline(p);
}

/** The claims drawn under the same marker (one marker per spot: stack.ts), each a button that opens its own popup. */
function stackList(s: AppState, f: ClaimFeature, select: (id: string) => void): HTMLElement | null {
  const others = drawnStack(s, f.properties.id)
    .filter((id) => id !== f.properties.id)
    .flatMap((id) => findClaim(s, id) ?? []);
  if (others.length === 0) return null;
  const list = el('ul', { class: 'other-claims' });
  for (const o of others.slice(0, 50)) {
    const b = el('button', { type: 'button', class: 'link-button' }, `${headlineOf(s, o)} · ${formatDate(o.properties.published)}`);
    b.addEventListener('click', () => select(o.properties.id));
    list.append(el('li', null, b));
  }
  const more = others.length > 50 ? el('p', { class: 'meta' }, `and ${others.length - 50} more in the claims table`) : null;
  return el('details', { class: 'claim-stack-box' }, el('summary', null, `${others.length} more claims drawn here`), list, more);
}

/** "3 sources": every publication of the statement, as ACLED and UCDP count sources per event (an article quoted twice,
 * headline and body, is one); those not yet published at the timeline date are marked. */
function sourcesList(s: AppState, sources: ClaimFeature['properties']['sources']): HTMLElement {
  const known = articleCount(sources.filter((x) => x.published <= s.date));
  const total = articleCount(sources);
  const list = el('ol', { class: 'claim-sources' });
  for (const x of sources) {
    const a = findArticle(s, x.article);
    list.append(
      el(
        'li',
        { class: x.published <= s.date ? undefined : 'future' },
        `${x.outlet} · ${formatDate(x.published)} · `,
        el('q', null, x.quote),
        a ? ` (${a.title})` : '',
      ),
    );
  }
  const quotes = sources.length > total ? ` · ${sources.length} quotes` : '';
  const summary = `${total} source${total === 1 ? '' : 's'}${quotes}${known < total ? ` (${known} published by ${formatDate(s.date)})` : ''}`;
  return el('details', { class: 'claim-sources-box' }, el('summary', null, summary), list);
}

/** The tallest a popup may be on a map `mapHeight` px tall: half the map less its tip and a margin, so that on one side
 * of any point it fits whole (MapLibre anchors it on the side with room) and scrolls inside, never past the map. */
export function popupMaxHeight(mapHeight: number): number {
  return Math.max(120, Math.floor(mapHeight / 2) - 36);
}

export function bindPopups(map: MlMap, store: Store): void {
  let popup: Popup | null = null;
  // CSSOM, not a style attribute: allowed by the page's CSP. styles.css reads the variable.
  const bound = () => map.getContainer().style.setProperty('--popup-max-height', `${popupMaxHeight(map.getContainer().clientHeight)}px`);
  bound();
  map.on('resize', bound);
  let closingOurselves = false;
  /** Builds the open popup's content for a state: the timeline moving under an open popup rebuilds it in place, so
   * its status, counts and "(after this date)" marks follow the date (they stayed at the date it opened on). */
  let contentAt: ((s: AppState, view?: PopupView) => HTMLElement) | null = null;
  /** What had the focus when the popup opened (a place's keyboard stop, a table row): Escape gives it back. */
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    contentAt = null;
    if (!popup) return;
    closingOurselves = true;
    popup.remove();
    closingOurselves = false;
    popup = null;
  };

  /** Rebuilds the open popup's content for a state, the same feature: what the reader opened stays open, scrolled
   * where it was, and the focus stays inside if it was there. For a date or reading change and for quotes arriving. */
  const refresh = (s: AppState) => {
    const open = popup;
    const build = contentAt;
    if (!open || !build) return;
    rebuildKeepingView(open.getElement(), (view) => focusFirst(build(s, view)), {
      keep: true,
      put: (box) => open.setDOMContent(box),
      focus: (box) => box,
    });
  };

  const select = (id: string) => store.update({ selection: { kind: 'claim', id } });
  const render = (s: AppState) => {
    close();
    const sel = s.selection;
    if (!sel) return;
    let at;
    let content: HTMLElement;
    if (sel.kind === 'place') {
      const f = findPlace(s, sel.id);
      if (!f || !drawnOnMap(f)) return; // a country has no popup: the countries-named box shows its card
      at = f.geometry.coordinates;
      content = placeContent(s, f);
      contentAt = (now, view) => placeContent(now, f, view);
    } else {
      const f = findClaim(s, sel.id);
      if (!f) return;
      const anchor = claimAnchor(f);
      if (!anchor) return; // a claim listed off the map has no popup: the claims panel shows its card
      at = anchor;
      content = claimContent(s, f, select);
      contentAt = (now) => claimContent(now, f, select);
      // The quotes arriving rebuild the popup as a date change does: what the reader opened (the sources, the claims
      // drawn under it) and the scroll stay, and the content is at the store's date and reading, not the opening's.
      whenQuotesLoaded(s, store, f, () => {
        if (popup && store.get().selection === sel) refresh(store.get());
      });
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('.maplibregl-popup')) returnFocus = active;
    popup = new Popup({ maxWidth: '380px', focusAfterOpen: true, closeOnClick: true })
      .setLngLat(at)
      .setDOMContent(focusFirst(content))
      .addTo(map);
    keepPlaced(popup, map);
    popup.on('close', () => {
      if (!closingOurselves) {
        popup = null;
        store.update({ selection: null });
      }
    });
  };

  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.dataVersion !== prev.dataVersion) render(s);
    else if (s.date !== prev.date || s.reading !== prev.reading) refresh(s);
  });
  // Escape closes the popup (and clears the selection) wherever focus is, unless a dialog handles it first.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !popup || e.defaultPrevented) return;
    e.preventDefault();
    const opener =
      document.activeElement instanceof HTMLElement && !popup.getElement().contains(document.activeElement) ? document.activeElement : null;
    const back = opener ?? (returnFocus?.isConnected ? returnFocus : null);
    returnFocus = null;
    store.update({ selection: null });
    (back ?? map.getCanvas()).focus();
  });
  render(store.get());
}
