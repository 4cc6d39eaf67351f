// The map button that opens the export dialog (a MapLibre IControl).
import type { IControl, Map as MlMap } from 'maplibre-gl';
import { el } from '../ui/dom.ts';
import { createExportDialog, type ExportDialog } from './dialog.ts';
import type { Store } from '../app/state.ts';

export class ExportControl implements IControl {
  private container: HTMLElement | null = null;
  private dialog: ExportDialog | null = null;

  constructor(private readonly store: Store) {}

  onAdd(map: MlMap): HTMLElement {
    this.dialog = createExportDialog({ map, store: this.store });
    const button = el(
      'button',
      {
        type: 'button',
        class: 'export-button',
        id: 'export-open',
        title: 'Export snapshot',
        'aria-label': 'Export snapshot',
        'aria-haspopup': 'dialog',
        'aria-controls': 'export-dialog',
      },
      '⤓',
    );
    button.addEventListener('click', () => {
      if (this.dialog?.element.open) this.dialog.close();
      else this.dialog?.open(button);
    });
    this.container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group' }, button);
    return this.container;
  }

  onRemove(): void {
    this.dialog?.close();
    this.dialog?.element.remove();
    this.dialog = null;
    this.container?.remove();
    this.container = null;
  }
}
