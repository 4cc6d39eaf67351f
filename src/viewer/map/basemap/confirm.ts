// A style URL that arrives in a link (#basemap=https://…) is not fetched until the user says so: loading a style
// contacts its server (and every tile and sprite host it names), which a shared link must not do on its own.
import { el } from '../../ui/dom.ts';
import { BASEMAPS } from './catalog.ts';
import type { BasemapId } from '../../app/state.ts';

/** Built-in basemaps load without asking; anything else is a style URL from outside. */
export const needsConfirmation = (id: BasemapId): boolean => !BASEMAPS.some((b) => b.id === id);

/** Shows a one-line question above the map; `onLoad` runs only if the user chooses to load the style. */
export function askToLoadStyle(host: HTMLElement, url: string, onLoad: () => void): void {
  host.querySelector('.basemap-confirm')?.remove();
  let server = url;
  try {
    server = new URL(url).host;
  } catch {
    /* shown as given */
  }
  const load = el('button', { type: 'button', class: 'basemap-confirm-load' }, 'Load this basemap');
  const keep = el('button', { type: 'button', class: 'basemap-confirm-keep' }, 'Keep the offline basemap');
  const box = el(
    'div',
    { class: 'basemap-confirm', role: 'alertdialog', 'aria-label': 'Load a basemap from the link?' },
    el(
      'p',
      null,
      'This link asks to load a basemap style from ',
      el('strong', null, server),
      ' (',
      el('code', null, url),
      '). Loading it contacts that server.',
    ),
    load,
    keep,
  );
  load.addEventListener('click', () => {
    box.remove();
    onLoad();
  });
  keep.addEventListener('click', () => box.remove());
  host.append(box);
}
