// One status line for messages the user must see (basemap fallback, upload results, data errors).
import { el } from './dom.ts';
import type { Store } from '../app/state.ts';

export function bindNotice(store: Store, host: HTMLElement): void {
  const render = () => {
    const n = store.get().notice;
    host.replaceChildren();
    host.className = n ? `notice ${n.tone}` : '';
    if (!n) return;
    const close = el('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss message' }, '×');
    close.addEventListener('click', () => store.update({ notice: null }));
    host.append(el('span', null, n.text), close);
  };
  store.subscribe((s, prev) => {
    if (s.notice !== prev.notice) render();
  });
  render();
}

/** Shown instead of the app when the data files do not validate: names the file and the fields. */
export function showFatal(host: HTMLElement, title: string, lines: string[]): void {
  const list = el('ul');
  for (const l of lines) list.append(el('li', null, el('code', null, l)));
  host.replaceChildren(el('div', { class: 'fatal', role: 'alert' }, el('h2', null, title), list));
}
