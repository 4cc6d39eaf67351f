// The map's attribution, built from DOM nodes instead of MapLibre's control (which sets each style's attribution
// HTML with innerHTML): a pasted or linked style could otherwise put an <img> or a phishing link on the page.
// Attribution HTML is parsed in an inert document (DOMParser: nothing in it loads or runs) and only its text and
// its http(s) links are kept; links open with rel="noopener noreferrer".
import type { IControl, Map as MlMap } from 'maplibre-gl';
import { el } from '../../ui/dom.ts';

/** Text and safe links of one attribution HTML string. */
export function attributionNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const out: Node[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(document.createTextNode(node.textContent ?? ''));
      return;
    }
    if (!(node instanceof Element)) return;
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
    if (node.tagName === 'A') {
      const text = node.textContent ?? '';
      let url: URL | null = null;
      try {
        url = new URL(node.getAttribute('href') ?? '');
      } catch {
        url = null;
      }
      if (url && (url.protocol === 'https:' || url.protocol === 'http:') && text.trim())
        out.push(el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, text));
      else out.push(document.createTextNode(text));
      return;
    }
    node.childNodes.forEach(walk);
  };
  body.childNodes.forEach(walk);
  return out;
}

/** The attribution strings of the map's current sources, without duplicates. */
function attributions(map: MlMap): string[] {
  const seen = new Set<string>();
  for (const id of Object.keys(map.getStyle()?.sources ?? {})) {
    const a = (map.getSource(id) as { attribution?: unknown } | undefined)?.attribution;
    if (typeof a === 'string' && a.trim()) seen.add(a.trim());
  }
  return [...seen];
}

export class SafeAttributionControl implements IControl {
  #container: HTMLElement | null = null;
  #map: MlMap | null = null;
  readonly #update = (e?: object): void => {
    const kind = (e as { sourceDataType?: string } | undefined)?.sourceDataType;
    if (kind && kind !== 'metadata') return;
    if (!this.#map || !this.#container) return;
    const parts = attributions(this.#map);
    const nodes: Node[] = [];
    parts.forEach((html, i) => {
      if (i > 0) nodes.push(document.createTextNode(' | '));
      nodes.push(...attributionNodes(html));
    });
    this.#container.replaceChildren(...nodes);
    this.#container.hidden = parts.length === 0;
  };

  onAdd(map: MlMap): HTMLElement {
    this.#map = map;
    this.#container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-attrib briefmap-attribution', role: 'contentinfo' });
    map.on('style.load', this.#update);
    map.on('sourcedata', this.#update);
    if (map.isStyleLoaded()) this.#update();
    return this.#container;
  }

  onRemove(): void {
    this.#map?.off('style.load', this.#update);
    this.#map?.off('sourcedata', this.#update);
    this.#container?.remove();
    this.#container = null;
    this.#map = null;
  }
}
