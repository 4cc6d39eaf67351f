// Search box: type part of a place name (or a variant spelling), pick a result to fly there and open it.
import { el, clear } from '../dom.ts';
import type { PlaceFeature } from '../../core/schema.ts';
import type { Store } from '../state.ts';

const MAX_RESULTS = 8;

function matches(f: PlaceFeature, q: string): boolean {
  const p = f.properties;
  return [p.name, ...p.variants].some((n) => n.toLocaleLowerCase().includes(q));
}

export function createSearch(store: Store, onPick: (id: string) => void): HTMLElement {
  const input = el('input', { type: 'search', id: 'place-search', placeholder: 'Find a place…', autocomplete: 'off', 'aria-controls': 'search-results' });
  const results = el('ul', { class: 'search-results', id: 'search-results', 'aria-label': 'Matching places' });

  const render = () => {
    clear(results);
    const q = input.value.trim().toLocaleLowerCase();
    if (!q) return;
    const found = store
      .get()
      .dataset.places.features.filter((f) => matches(f, q))
      .sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)
      .slice(0, MAX_RESULTS);
    if (found.length === 0) results.append(el('li', { class: 'empty' }, 'No place matches.'));
    for (const f of found) {
      const b = el('button', { type: 'button', class: 'result', 'data-place': f.properties.id }, f.properties.name, el('span', { class: 'muted' }, ` ${f.properties.kind}, ${f.properties.country}`));
      b.addEventListener('click', () => onPick(f.properties.id));
      results.append(el('li', null, b));
    }
  };
  input.addEventListener('input', render);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const first = results.querySelector<HTMLButtonElement>('button.result');
      if (first) first.click();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      results.querySelector<HTMLButtonElement>('button.result')?.focus();
    }
  });
  store.subscribe((s, prev) => {
    if (s.dataVersion !== prev.dataVersion) render();
  });

  return el('section', { class: 'panel-section search', role: 'search' }, el('label', { for: 'place-search', class: 'section-label' }, 'Search places'), input, results);
}
