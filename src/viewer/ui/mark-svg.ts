// A claim kind's mark as inline SVG, from the same geometry the map's images are rasterised from: lists and the
// chart show the sign whatever fonts the reader has (the page font, Noto Sans, has no ■ ▲ ▼ ↺ ◔ ● →).
import type { Mark } from '../../print/claim-marks.ts';
import { svg } from './dom.ts';

const f = (v: number) => v.toFixed(3);

function arcPath(c: [number, number], r: number, a0: number, a1: number): string {
  const p = (a: number) => `${f(c[0] + r * Math.cos(a))} ${f(c[1] + r * Math.sin(a))}`;
  return `M ${p(a0)} A ${f(r)} ${f(r)} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${p(a1)}`;
}

/** The mark's shapes in its -1…1 box, in `color`. */
export function markShapes(mark: Mark, color: string): SVGElement[] {
  return mark.map((p) => {
    switch (p.t) {
      case 'poly':
        return svg('path', { d: `M ${p.pts.map(([x, y]) => `${f(x)} ${f(y)}`).join(' L ')} Z`, fill: color });
      case 'disc':
        return svg('circle', { cx: p.c[0], cy: p.c[1], r: p.r, fill: color });
      case 'seg':
        return svg('line', {
          x1: p.a[0],
          y1: p.a[1],
          x2: p.b[0],
          y2: p.b[1],
          stroke: color,
          'stroke-width': p.w,
          'stroke-linecap': 'round',
        });
      case 'arc':
        return p.a1 - p.a0 >= Math.PI * 2
          ? svg('circle', { cx: p.c[0], cy: p.c[1], r: p.r, fill: 'none', stroke: color, 'stroke-width': p.w })
          : svg('path', { d: arcPath(p.c, p.r, p.a0, p.a1), fill: 'none', stroke: color, 'stroke-width': p.w });
      case 'sector':
        return svg('path', { d: `M ${f(p.c[0])} ${f(p.c[1])} L ${arcPath(p.c, p.r, p.a0, p.a1).slice(2)} Z`, fill: color });
    }
  });
}

/** The mark as an inline icon, `sizePx` wide, named for screen readers by `label`. */
export function markIcon(mark: Mark, color: string, label: string, sizePx = 12): SVGSVGElement {
  return svg(
    'svg',
    { class: 'claim-mark', viewBox: '-1 -1 2 2', width: sizePx, height: sizePx, role: 'img', 'aria-label': label },
    ...markShapes(mark, color),
  );
}
