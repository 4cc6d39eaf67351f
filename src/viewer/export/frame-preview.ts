// The outline of the area that will be exported, drawn over the live map while the dialog is open.
// Everything outside it is dimmed, so the briefer sees the extent before rendering; where the page's shape differs
// from the view's, the frame reaches past the view (the export shows more map there, see frameInView).
import type { Map as MlMap } from 'maplibre-gl';

export interface FramePreview {
  show(rect: { x: number; y: number; w: number; h: number }, label: string): void;
  hide(): void;
}

const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Moves the frame's label down past the map controls it would cover: at the frame's top left it was drawn over the
 * countries card ("Countries named, not drawn"), whose links it hid. */
function clearOfControls(container: HTMLElement, tag: HTMLElement): void {
  const controls = [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')];
  // Bounded: each step moves below one control.
  for (let i = 0; i < controls.length; i++) {
    const t = tag.getBoundingClientRect();
    const hit = controls.map((c) => c.getBoundingClientRect()).find((c) => c.width > 0 && c.height > 0 && overlaps(c, t));
    if (!hit) return;
    tag.style.top = `${parseFloat(tag.style.top) + hit.bottom - t.top + 4}px`;
  }
}

export function createFramePreview(map: MlMap): FramePreview {
  const box = document.createElement('div');
  box.className = 'export-frame';
  box.setAttribute('aria-hidden', 'true');
  const tag = document.createElement('span');
  tag.className = 'export-frame-label';
  box.append(tag);
  box.hidden = true;
  map.getContainer().append(box);
  return {
    show(r, label) {
      box.style.left = `${r.x}px`;
      box.style.top = `${r.y}px`;
      box.style.width = `${r.w}px`;
      box.style.height = `${r.h}px`;
      // A frame that reaches past the view (a page shape other than the view's) keeps its label in sight.
      tag.style.top = `${Math.max(0, -r.y) + 4}px`;
      tag.style.left = `${Math.max(0, -r.x) + 4}px`;
      tag.textContent = label;
      box.hidden = false;
      clearOfControls(map.getContainer(), tag);
    },
    hide() {
      box.hidden = true;
    },
  };
}
