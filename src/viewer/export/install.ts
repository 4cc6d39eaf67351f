// Hooks snapshot export into the viewer: the map button + dialog, and the page API for the CLI.
import type { Map as MlMap } from 'maplibre-gl';
import type { Store } from '../app/state.ts';
import { ExportControl } from './control.ts';
import { installExportApi } from './api.ts';
import './export.css';

export function installExport(map: MlMap, store: Store): void {
  map.addControl(new ExportControl(store), 'top-right');
  installExportApi({ map, store });
}
