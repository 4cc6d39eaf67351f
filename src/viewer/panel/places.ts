// Every place as a button, most-mentioned first: the keyboard route to each popup on the map.
import { el, clear } from '../dom.ts';
import { KIND_COLOURS, LOW_CONFIDENCE } from '../layers/places.ts';
import type { AppState, Store } from '../state.ts';

export function createPlacesPanel(store: Store, onPick: (id: string) => void): HTMLElement {
  const list = el('ul', { class: 'places', id: 'places-list' });
  const count = el('span', { class: 'muted' });
  const details = el('details', { class: 'panel-section places-section' }, el('summary', null, el('h2', null, 'Places '), count), list);

  const render = (s: AppState) => {
    clear(list);
    const places = [...s.dataset.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount || a.properties.name.localeCompare(b.properties.name));
    count.textContent = `(${places.length})`;
    for (const f of places) {
      const p = f.properties;
      const low = p.confidence < LOW_CONFIDENCE;
      const swatch = el('span', { class: `swatch${low ? ' hollow' : ''}`, 'aria-hidden': 'true', 'data-kind': p.kind });
      swatch.style.setProperty('--kind', KIND_COLOURS[p.kind] ?? '#475569');
      const b = el('button', { type: 'button', class: 'place-button', 'data-place': p.id, 'aria-pressed': s.selection?.id === p.id ? 'true' : 'false' }, swatch, p.name, el('span', { class: 'muted' }, ` ${p.kind} · ${p.mentionCount}×${low ? ' · uncertain' : ''}`));
      b.addEventListener('click', () => onPick(p.id));
      list.append(el('li', null, b));
    }
  };
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) render(s);
  });
  render(store.get());
  return details;
}
