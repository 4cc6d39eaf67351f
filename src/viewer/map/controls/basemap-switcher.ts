// A MapLibre control to pick the basemap: the embedded offline one, OpenFreeMap styles, or a pasted style URL.
import type { IControl, Map as MlMap } from 'maplibre-gl';
import { el } from '../../ui/dom.ts';
import { BASEMAPS } from '../basemap/catalog.ts';
import { basemapSchema, type AppState, type Store } from '../../app/state.ts';

const CUSTOM = '__custom';

export class BasemapSwitcher implements IControl {
  private container: HTMLElement | null = null;
  private select: HTMLSelectElement | null = null;
  private urlForm: HTMLFormElement | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly store: Store) {}

  onAdd(_map: MlMap): HTMLElement {
    const select = el('select', { 'aria-label': 'Basemap', id: 'basemap-select' });
    for (const b of BASEMAPS) select.append(el('option', { value: b.id }, b.label));
    select.append(el('option', { value: CUSTOM }, 'Style URL…'));

    const input = el('input', {
      type: 'url',
      placeholder: 'https://…/style.json',
      'aria-label': 'Style URL',
      required: true,
      id: 'basemap-url',
    });
    const error = el('p', { class: 'basemap-error', role: 'alert' });
    const form = el('form', { class: 'basemap-url', hidden: true }, input, el('button', { type: 'submit' }, 'Load'), error);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const parsed = basemapSchema.safeParse(input.value.trim());
      if (!parsed.success) {
        error.textContent = 'Enter an https:// style URL.';
        return;
      }
      error.textContent = '';
      this.store.update({ basemap: parsed.data, notice: null });
    });

    select.addEventListener('change', () => {
      if (select.value === CUSTOM) {
        form.hidden = false;
        input.focus();
        return;
      }
      form.hidden = true;
      const parsed = basemapSchema.safeParse(select.value);
      if (parsed.success) this.store.update({ basemap: parsed.data, notice: null });
    });

    this.select = select;
    this.urlForm = form;
    this.container = el(
      'div',
      { class: 'maplibregl-ctrl maplibregl-ctrl-group basemap-switcher' },
      el('label', { for: 'basemap-select' }, 'Basemap'),
      select,
      form,
    );
    this.unsubscribe = this.store.subscribe((s) => this.sync(s));
    this.sync(this.store.get());
    return this.container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
    this.select = null;
    this.urlForm = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private sync(s: AppState): void {
    if (!this.select || !this.urlForm) return;
    const known = BASEMAPS.some((b) => b.id === s.basemap);
    this.select.value = known ? s.basemap : CUSTOM;
    if (known) this.urlForm.hidden = true;
  }
}
