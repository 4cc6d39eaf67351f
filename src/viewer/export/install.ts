// Hooks snapshot export into the viewer: the map button + dialog, and the page API for the CLI.
import type { Map as MlMap } from 'maplibre-gl';
import type { Store } from '../app/state.ts';
import type { LinkProblem } from '../app/permalink.ts';
import { ExportControl } from './control.ts';
import { installExportApi } from './api.ts';
import './export.css';

/** `linkProblems`: what of the page's link was not used as linked, for the CLI to refuse (see api.ts). */
export function installExport(map: MlMap, store: Store, linkProblems: readonly LinkProblem[] = []): void {
  map.addControl(new ExportControl(store), 'top-right');
  installExportApi({ map, store }, linkProblems);
}
