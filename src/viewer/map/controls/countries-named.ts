// The countries the articles name, listed at the map's top-left edge instead of drawn: a country's centre is not
// where anything happened (places.ts, drawnOnMap). Each is a button; picking one shows its mentions and sources in a
// card inside this box (a popup at a centroid in Siberia would open off screen), closed by its button or Escape, the
// focus back on the country's button.
import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { AppState, Store } from '../../app/state.ts';
import type { PlaceFeature } from '../../../core/schema.ts';
import { placesReportedBy } from '../../data/reported-places.ts';
import { findPlace } from '../../data/lookup.ts';
import { articlesByDate } from '../../data/country-mentions.ts';
import { countriesHeading, countryCount } from '../../../print/countries-line.ts';
import { formatDate } from '../../ui/format.ts';
import { el } from '../../ui/dom.ts';
import { readingOf } from '../../data/control-model.ts';
import { placeContent } from '../popups.ts';
import { rebuildKeepingView } from '../popup-view.ts';

/** Buttons shown before "+N more": the box stays one or two lines over the map. */
export const COUNTRIES_SHOWN = 3;

/** The countries named by the articles known at the state's date, with how many of those name each: the most
 * articles first (then the most mentions in all, then by name). */
export function countriesNamed(s: AppState): { f: PlaceFeature; articles: number }[] {
  return placesReportedBy(s.dataset, s.date, s.reading)
    .filter((f) => f.properties.kind === 'country')
    .map((f) => ({ f, articles: articlesByDate(s, f) }))
    .sort(
      (a, b) =>
        b.articles - a.articles ||
        b.f.properties.mentionCount - a.f.properties.mentionCount ||
        a.f.properties.name.localeCompare(b.f.properties.name),
    );
}

/** The selected place, if it is a country (its card is here, not a popup on the map). */
export function selectedCountry(s: AppState): PlaceFeature | undefined {
  const f = s.selection?.kind === 'place' ? findPlace(s, s.selection.id) : undefined;
  return f?.properties.kind === 'country' ? f : undefined;
}

/** The folded box on a phone: "8 countries named, not drawn". */
export const countriesFolded = (n: number): string => `${n.toLocaleString('en-GB')} ${n === 1 ? 'country' : 'countries'} named, not drawn`;

export class CountriesNamedControl implements IControl {
  private root: HTMLElement | null = null;
  private unsubscribe: (() => void) | null = null;
  private expanded = false;

  constructor(private store: Store) {}

  onAdd(): HTMLElement {
    const list = el('p', { class: 'countries-list', id: 'countries-list' });
    // On a phone the list took three lines over a 515 px map (8 countries of English wire copy): folded there to a
    // count that opens it (the CSS shows this button and hides the list on narrow screens only).
    const fold = el('button', {
      type: 'button',
      class: 'link-button countries-fold',
      'aria-expanded': 'false',
      'aria-controls': 'countries-list',
    });
    fold.addEventListener('click', () => {
      const open = !root.classList.contains('unfolded');
      root.classList.toggle('unfolded', open);
      fold.setAttribute('aria-expanded', String(open));
      if (open) list.querySelector<HTMLElement>('[data-place]')?.focus();
    });
    const card = el('div', { class: 'country-card', id: 'country-card', hidden: '', tabindex: '-1' });
    const root = el('div', { class: 'maplibregl-ctrl countries-named', role: 'region', 'aria-label': 'Countries named' }, fold, list, card);
    this.root = root;
    const select = (id: string) => this.store.update({ selection: { kind: 'place', id } });
    const focusButton = (id: string | undefined) => {
      if (id) list.querySelector<HTMLElement>(`[data-place="${CSS.escape(id)}"]`)?.focus();
    };
    const close = () => {
      const id = selectedCountry(this.store.get())?.properties.id;
      this.store.update({ selection: null });
      focusButton(id);
    };
    card.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || card.hidden) return;
      e.preventDefault(); // before popups.ts's document listener: there is no popup to close
      close();
    });

    const renderList = (s: AppState) => {
      const countries = countriesNamed(s);
      root.hidden = countries.length === 0;
      fold.textContent = countriesFolded(countries.length);
      const shown = this.expanded ? countries : countries.slice(0, COUNTRIES_SHOWN);
      const pressed = selectedCountry(s)?.properties.id;
      const toDate = readingOf(s) !== 'described';
      const buttons = shown.map(({ f, articles }) => {
        const b = el(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'data-place': f.properties.id,
            'aria-pressed': String(f.properties.id === pressed),
            title: `Named in ${articles.toLocaleString('en-GB')} article${articles === 1 ? '' : 's'}${toDate ? ` published by ${formatDate(s.date)}` : ''}`,
          },
          countryCount({ name: f.properties.name, articles }),
        );
        b.addEventListener('click', () => select(f.properties.id));
        return b;
      });
      const more = countries.length - shown.length;
      const moreButton = more > 0 ? el('button', { type: 'button', class: 'link-button countries-more' }, `+${more} more`) : null;
      moreButton?.addEventListener('click', () => {
        this.expanded = true;
        renderList(this.store.get());
        list.querySelectorAll<HTMLElement>('[data-place]')[COUNTRIES_SHOWN]?.focus();
      });
      const items = buttons.flatMap((b, i) => (i === 0 ? [b] : [' · ', b]));
      list.replaceChildren(
        el(
          'span',
          { class: 'countries-heading', title: 'A country is not drawn at its centre: nothing happened there' },
          countriesHeading(toDate),
        ),
        ...items,
        moreButton ? ' · ' : '',
        moreButton ?? '',
      );
    };
    /** `keep`: the same country at another date or reading, so what the reader opened in the card (more mentions, a
     * sources list) stays open and scrolled where it was, as in a popup (popup-view.ts); a new selection starts afresh. */
    const renderCard = (s: AppState, keep = false) => {
      const f = selectedCountry(s);
      if (!f) {
        card.hidden = true;
        card.replaceChildren();
        return;
      }
      const closeButton = el('button', { type: 'button', class: 'link-button country-card-close' }, 'Close');
      closeButton.addEventListener('click', close);
      card.hidden = false;
      rebuildKeepingView(card, (view) => placeContent(s, f, view), {
        keep,
        put: (content) =>
          card.replaceChildren(el('p', { class: 'claim-detail-note' }, 'Named, not drawn on the map. ', closeButton), content),
        focus: () => card,
        // The list above was rebuilt under the focus (the country's own button): the card takes it.
        focusAnyway: () => root.contains(document.activeElement) || document.activeElement === document.body,
      });
    };
    renderList(this.store.get());
    renderCard(this.store.get());
    this.unsubscribe = this.store.subscribe((s, prev) => {
      const data = s.dataVersion !== prev.dataVersion;
      if (data || s.date !== prev.date || s.reading !== prev.reading || s.selection !== prev.selection) renderList(s);
      // The card follows the timeline as a popup does (its mentions are marked "after this date" by the date).
      if (data || s.selection !== prev.selection) renderCard(s);
      else if (selectedCountry(s) && (s.date !== prev.date || s.reading !== prev.reading)) renderCard(s, true);
    });
    return root;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.root?.remove();
  }
}

export function addCountriesNamed(map: MlMap, store: Store): void {
  map.addControl(new CountriesNamedControl(store), 'top-left');
}
