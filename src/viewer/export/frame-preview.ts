// The outline of the area that will be exported, drawn over the live map while the dialog is open.
// Everything outside it is dimmed, so the briefer sees the crop before rendering.
import type { Map as MlMap } from 'maplibre-gl';

export interface FramePreview {
  show(rect: { x: number; y: number; w: number; h: number }, label: string): void;
  hide(): void;
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
      tag.textContent = label;
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
  };
}
