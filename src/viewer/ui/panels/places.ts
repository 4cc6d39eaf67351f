// Every place as a button, most-mentioned first: the keyboard route to each popup on the map. The list is built
// when first opened and a page at a time, so a 50,000-place dataset costs nothing until someone looks.
import { el } from '../dom.ts';
import { KIND_COLOURS, LOW_CONFIDENCE } from '../../map/layers/places.ts';
import { placesByMentions } from '../../data/dataset-index.ts';
import type { PlaceFeature } from '../../../core/schema.ts';
import type { AppState, Store } from '../../app/state.ts';
import { moreList } from '../more-list.ts';

export function createPlacesPanel(store: Store, onPick: (id: string) => void): HTMLElement {
  const list = el('ul', { class: 'places', id: 'places-list' });
  const count = el('span', { class: 'muted' });

  const row = (f: PlaceFeature) => {
    const p = f.properties;
    const low = p.confidence < LOW_CONFIDENCE;
    const swatch = el('span', { class: `swatch${low ? ' hollow' : ''}`, 'aria-hidden': 'true', 'data-kind': p.kind });
    swatch.style.setProperty('--kind', KIND_COLOURS[p.kind] ?? '#475569');
    const selected = store.get().selection;
    const pressed = selected?.kind === 'place' && selected.id === p.id;
    const b = el(
      'button',
      { type: 'button', class: 'place-button', 'data-place': p.id, 'aria-pressed': pressed ? 'true' : 'false' },
      swatch,
      p.name,
      el('span', { class: 'muted' }, ` ${p.kind} · ${p.mentionCount}×${low ? ' · uncertain' : ''}`),
    );
    b.addEventListener('click', () => onPick(p.id));
    return el('li', null, b);
  };
  const rows = moreList(list, row, 'places');
  const details = el(
    'details',
    { class: 'panel-section places-section' },
    el('summary', null, el('h2', null, 'Places '), count),
    list,
    rows.more,
  );

  let stale = true;
  const render = (s: AppState) => {
    count.textContent = `(${s.dataset.places.features.length.toLocaleString('en-GB')})`;
    stale = !details.open;
    if (!stale) rows.render(placesByMentions(s.dataset.places));
  };
  details.addEventListener('toggle', () => {
    if (details.open && stale) render(store.get());
  });
  // Selection changes only touch the two rows concerned, not the list.
  const press = (id: string | undefined, on: boolean) => {
    if (id) list.querySelector(`[data-place="${CSS.escape(id)}"]`)?.setAttribute('aria-pressed', on ? 'true' : 'false');
  };
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) render(s);
    else if (s.selection !== prev.selection) {
      press(prev.selection?.kind === 'place' ? prev.selection.id : undefined, false);
      press(s.selection?.kind === 'place' ? s.selection.id : undefined, true);
    }
  });
  render(store.get());
  return details;
}
