// The benchmark's reference page: MapLibre alone with the viewer's embedded basemap, the same view and the
// same canvas options, nothing else. Its time to first `idle` is the floor the viewer is compared with.
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { embeddedStyle } from '../../src/viewer/map/basemap/embedded-style.ts';
import { DEFAULT_VIEW } from '../../src/viewer/app/default-view.ts';

declare global {
  interface Window {
    /** performance.now() at the first `idle`: ms since navigation start, as the viewer's firstIdleAt. */
    __bareIdleAt?: number;
  }
}

setWorkerUrl(workerUrl);
// The bench passes the size of the viewer's map area, so both maps draw the same number of pixels.
const params = new URLSearchParams(location.search);
const host = document.getElementById('map')!;
host.style.width = `${Number(params.get('w')) || window.innerWidth}px`;
host.style.height = `${Number(params.get('h')) || window.innerHeight}px`;

const map = new MlMap({
  container: host,
  style: embeddedStyle(new URL('./', document.baseURI)),
  center: [DEFAULT_VIEW.lon, DEFAULT_VIEW.lat],
  zoom: DEFAULT_VIEW.zoom,
  attributionControl: { compact: false },
  canvasContextAttributes: { preserveDrawingBuffer: true }, // as the viewer: same GL context settings
  maxPitch: 85,
});
map.once('idle', () => {
  window.__bareIdleAt = performance.now();
});
