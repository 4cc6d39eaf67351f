// Imported first by main.ts, so the data files download while the rest of the bundle is evaluated (MapLibre
// alone takes a few hundred ms on a slow machine) rather than after it: the data layers then join the map's
// first load instead of arriving while the basemap is already drawing.
import { fetchAll } from './fetch-data.ts';

export const dataBase = new URL('data/generated/', document.baseURI);
export const prefetched = fetchAll(dataBase);
