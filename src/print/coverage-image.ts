// One colour's coverage as RGBA pixels for map.addImage: every pixel of an n×n square is sampled 4×4 times and its
// alpha is the share of samples the shape covers. The hatch tiles and the claim-kind marks are both drawn this way.

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const SAMPLES = 4;

/** `covers(x, y)` takes a sample's position in pixels from the square's top-left corner (fractions included). */
export function coverageImage(n: number, color: string, covers: (x: number, y: number) => boolean, alpha = 1): RgbaImage {
  const data = new Uint8Array(n * n * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      let cover = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) if (covers(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) cover++;
      const o = (y * n + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = Math.round((cover / (SAMPLES * SAMPLES)) * alpha * 255);
    }
  return { width: n, height: n, data };
}
