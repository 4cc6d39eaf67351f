// Renders the map off-screen at the exact pixel size of the page's map area: a hidden container sized in
// CSS px = target px / pixelRatio, a second MapLibre map with the live map's style (same sources, layers,
// filters, data). Larger than the GPU allows in one canvas, it renders tiles and stitches them.
import { provideSymbolImages } from '../map/symbol-images.ts';
import { fenceEdges } from './edge-fence.ts';
import { Map as MlMap, type StyleSpecification } from 'maplibre-gl';
import type { Camera } from '../../print/camera.ts';

const IDLE_TIMEOUT_MS = 90_000;
/** MapLibre refuses nothing above its maxCanvasSize: it silently lowers the pixel ratio. We never ask for more than the GPU can hold. */
const HARD_CAP = 16_384;

let gpuLimit: number | null = null;

/** The largest canvas side WebGL can render here: min of texture, renderbuffer and viewport limits. */
export function canvasLimit(): number {
  if (gpuLimit !== null) return gpuLimit;
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
  if (!gl) throw new Error('WebGL is not available: the map cannot be rendered');
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  gpuLimit = Math.min(
    HARD_CAP,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    dims[0]!,
    dims[1]!,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return gpuLimit;
}

export function waitIdle(map: MlMap): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the off-screen map did not finish drawing within 90 s')), IDLE_TIMEOUT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/**
 * Stops the map painting its frames until `release`: it still loads its tiles, places its labels and fires `idle`.
 * Software WebGL (SwiftShader) rasterises every frame MapLibre paints, and the copy of the canvas waits for all of them:
 * an A4 landscape export of the events dev corpus at 200 dpi painted 18 frames — 9 while the map opened on the live
 * map's data, 8 while it took the export date's — of which only the last is copied, and the copy took 72–90 s of a
 * 100–110 s export under load. The frame that is copied is painted whole after the release, from the same state.
 */
function holdPainting(map: MlMap): () => void {
  const painter = map.painter;
  const paint = painter.render;
  painter.render = () => {};
  return () => {
    painter.render = paint;
  };
}

/**
 * Makes the next placement of labels start afresh. MapLibre places a label with variable anchors (the basemap's town
 * names) where the previous placement had it, against flicker; off screen, the frames placed while tiles loaded in
 * whatever order were that history, so the same A3 export of the events dev corpus at 300 dpi put "Nyzhnya Krynka"
 * right of its dot in one run and left of it in the next. The frame copied is placed from the loaded tiles alone.
 */
export function forgetLabelPlacement(map: MlMap): void {
  const placement = map.style?.placement;
  if (!placement) return;
  placement.variableOffsets = {};
  placement.placedOrientations = {};
}

export interface OffscreenMap {
  map: MlMap;
  /** Renders the current state (tiles if needed) into a canvas of exactly widthPx × heightPx. */
  /** `onTile` sees the map once per tile, drawn: that is when rendered features can be queried. */
  draw(onTile?: (map: MlMap) => void): Promise<{ canvas: HTMLCanvasElement; achievedWidth: number; achievedHeight: number; tiles: number }>;
  close(): void;
}

export interface OffscreenRequest {
  style: StyleSpecification;
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
  /** Camera for the whole map area of cssWidth × cssHeight (widthPx / pixelRatio...). */
  camera: Camera;
}

export async function openOffscreen(req: OffscreenRequest): Promise<OffscreenMap> {
  const limit = canvasLimit();
  const cssW = Math.max(1, Math.round(req.widthPx / req.pixelRatio));
  const cssH = Math.max(1, Math.round(req.heightPx / req.pixelRatio));
  // Tiles in whole CSS px, each at most `limit` device px on a side.
  const nx = Math.ceil((cssW * req.pixelRatio) / limit);
  const ny = Math.ceil((cssH * req.pixelRatio) / limit);
  const tileW = Math.ceil(cssW / nx);
  const tileH = Math.ceil(cssH / ny);
  if ((nx > 1 || ny > 1) && req.camera.pitch > 0)
    throw new Error(
      `this size needs tiled rendering (GPU limit ${limit} px), which cannot keep a pitched (3D) view consistent; set the pitch to 0 or lower the DPI`,
    );

  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.className = 'export-offscreen';
  container.style.cssText = `position:fixed;left:-${tileW + 1000}px;top:0;width:${tileW}px;height:${tileH}px;pointer-events:none;`;
  document.body.append(container);

  const map = new MlMap({
    container,
    style: req.style,
    center: req.camera.center,
    zoom: req.camera.zoom,
    bearing: req.camera.bearing,
    pitch: req.camera.pitch,
    pixelRatio: req.pixelRatio,
    maxCanvasSize: [limit, limit],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    maxPitch: 85,
    renderWorldCopies: true,
  });
  provideSymbolImages(map);
  // Only the frames `draw` copies are painted (see holdPainting).
  const releasePainting = holdPainting(map);
  const close = () => {
    map.remove();
    container.remove();
  };
  try {
    await waitIdle(map);
    // One tile: its edge is the print's edge, and no label may be cut by it (tiled prints keep MapLibre's placement,
    // which is consistent across the tiles' inner edges).
    if (nx === 1 && ny === 1) fenceEdges(map);
  } catch (e) {
    close();
    throw e;
  }

  const draw: OffscreenMap['draw'] = async (onTile) => {
    releasePainting();
    const out = document.createElement('canvas');
    out.width = req.widthPx;
    out.height = req.heightPx;
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available');
    ctx.imageSmoothingQuality = 'high';
    const sx = req.widthPx / cssW;
    const sy = req.heightPx / cssH;
    let achievedWidth = 0;
    let achievedHeight = 0;
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        map.jumpTo({ center: req.camera.center, zoom: req.camera.zoom, bearing: req.camera.bearing, pitch: req.camera.pitch });
        // panBy puts the tile's centre (offset from the full frame's centre) in the middle; it follows the bearing.
        const dx = i * tileW + tileW / 2 - cssW / 2;
        const dy = j * tileH + tileH / 2 - cssH / 2;
        if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: false });
        // The first tile only: the next tiles keep its placement, so a label on a seam sits the same in both tiles.
        if (i === 0 && j === 0) forgetLabelPlacement(map);
        await waitIdle(map);
        onTile?.(map);
        const c = map.getCanvas();
        // Honest resolution: what the GPU actually drew, scaled to what the tile should have had.
        const wantW = tileW * req.pixelRatio;
        const wantH = tileH * req.pixelRatio;
        const ratio = Math.min(c.width / wantW, c.height / wantH);
        if (i === 0 && j === 0) {
          achievedWidth = Math.min(req.widthPx, Math.round(req.widthPx * ratio));
          achievedHeight = Math.min(req.heightPx, Math.round(req.heightPx * ratio));
        }
        ctx.drawImage(c, 0, 0, c.width, c.height, i * tileW * sx, j * tileH * sy, tileW * sx, tileH * sy);
      }
    }
    return { canvas: out, achievedWidth, achievedHeight, tiles: nx * ny };
  };
  return { map, draw, close };
}
