// Which part of the world the export shows. Pure Web Mercator arithmetic, no map instance needed.
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Share of the live map (each side) every export shows: the central 90 %, so the frame's edges are visible. */
export const FRAME_FILL = 0.9;

/**
 * The preview frame, in CSS px of the live map: the smallest rectangle of the page map's shape, centred, that holds
 * the central FRAME_FILL of the view. Every page shape thus shows the same part of the live view, and a shape other
 * than the view's shows more map around it: a portrait page (or a paper page, whose panel leaves a squarish map)
 * below a wide view adds map above and below instead of cutting the view's sides; the frame then reaches past them.
 */
export function frameInView(view: { width: number; height: number }, aspect: number): { x: number; y: number; w: number; h: number } {
  const w = Math.max(view.width * FRAME_FILL, view.height * FRAME_FILL * aspect);
  const h = w / aspect;
  return { x: (view.width - w) / 2, y: (view.height - h) / 2, w, h };
}

/**
 * The camera for a map of `cssWidth` CSS px that shows what the frame shows on the live map:
 * same centre, bearing and pitch; zoom raised by log2 of the size ratio so the extent is the same.
 */
export function cameraForFrame(live: Camera, frameCssWidth: number, cssWidth: number): Camera {
  return { ...live, zoom: live.zoom + Math.log2(cssWidth / frameCssWidth) };
}

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const unmercY = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** North-up camera that fits [west, south, east, north] into a map of cssWidth × cssHeight (MapLibre's 512 px world). */
export function cameraForBounds(bounds: [number, number, number, number], cssWidth: number, cssHeight: number): Camera {
  const [w, s, e, n] = bounds;
  const x0 = mercX(w);
  const x1 = mercX(e);
  const y0 = mercY(n);
  const y1 = mercY(s);
  const zoom = Math.log2(Math.min(cssWidth / ((x1 - x0) * 512), cssHeight / ((y1 - y0) * 512)));
  return { center: [(w + e) / 2, unmercY((y0 + y1) / 2)], zoom, bearing: 0, pitch: 0 };
}
