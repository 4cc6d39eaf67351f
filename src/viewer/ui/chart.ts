// Area figures against date, as SVG built with DOM APIs, on both time axes: each claim is a bar over the period it
// describes (a point at its middle) and a tick where it was published, joined by a dotted line. Held ground is the
// connected series; the other kinds (peak, lost, retaken, gained, contested) are points in their kind's colour and
// glyph. A vertical bar is a range (600–700). Overlays are dashed horizontal lines. A vertical rule marks the
// timeline date. Points are buttons: click or Enter selects the claim and flies the map to it.
import { svg, clear } from './dom.ts';
import { claimHeadline, formatArea, formatDate, formatPeriod, km2, periodMid } from './format.ts';
import { CLAIM_SYMBOLS } from '../../print/claim-symbols.ts';
import { markShapes } from './mark-draw.ts';
import { dayToIso, parseDay } from '../../core/days.ts';
import {
  areaGroupOf,
  countryOfClaim,
  currentAreas,
  isArea,
  isOtherArea,
  latestAreas,
  shownAt,
  type AreaClaim,
  type OtherAreaClaim,
} from '../data/claims-model.ts';
import { describesLater } from '../../core/claims/visibility.ts';
import { isShareFigure } from '../../core/schema.ts';
import type { AppState, Store } from '../app/state.ts';
import { drawFootprintSeries } from './chart-footprint.ts';
import { scaleTicks } from './chart-axis.ts';
import { trendPieces, valueAxis } from './chart-value-axis.ts';
import type { TimeScale } from '../data/time-scale.ts';
import { LABEL_CHAR_PX, placeLabels, type LabelBox, type LabelCandidate, type MarkBox } from './chart-labels.ts';
import { onClipsSettled } from '../data/country-clip.ts';
import { rovingIndex } from './roving.ts';

const HEIGHT = 150;
const PAD = { top: 14, right: 8, bottom: 20, left: 8 }; // left/right match the slider thumb inset
/** How far a point label moves up when neither side of its point is free. */
const LINE_UP_PX = 14;
/** Height of the band above a value-axis break where off-scale figures are drawn. */
const BREAK_BAND_PX = 14;

function niceStep(max: number): number {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f < 1.5 ? 1 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10) * mag;
}

export interface ChartDeps {
  store: Store;
  /** The timeline's axis (days, with long stretches without reporting collapsed), shared with the slider. */
  scale: () => TimeScale;
  onSelectClaim: (id: string) => void;
}

/** At most this many grid lines and month ticks, whatever the data says. */
const MAX_GRID_LINES = 50;
const MAX_MONTH_TICKS = 600;
/** Above this many area claims the chart draws one point per kind and BIN_PX of axis instead of one per claim:
 * thousands of overlapping points neither render in time nor can be told apart. */
const MAX_POINTS = 400;
const BIN_PX = 6;

/** Claims in km²: every figure written as a share (a share lost or held, a peak share) is listed, not on this axis. */
type ChartClaim = AreaClaim | Exclude<OtherAreaClaim, { properties: { percent: number } }>;
const onKm2Axis = <F extends AreaClaim | OtherAreaClaim>(f: F): f is Exclude<F, { properties: { percent: number } }> =>
  !isShareFigure(f.properties);

/** Claims grouped by kind and axis bin, in the order of their first member (deterministic). */
function binned(points: readonly ChartClaim[], xOf: (f: ChartClaim) => number): ChartClaim[][] {
  const bins = new Map<string, ChartClaim[]>();
  for (const f of points) {
    const key = `${f.properties.type}|${Math.floor(xOf(f) / BIN_PX)}`;
    const list = bins.get(key);
    if (list) list.push(f);
    else bins.set(key, [f]);
  }
  return [...bins.values()];
}

/** The latest word among claims (the core's order: later period, then later publication), ties by id. */
function pickLatest(group: readonly ChartClaim[]): ChartClaim {
  let best = group[0]!;
  for (const f of group.slice(1))
    if (
      describesLater(f.properties, best.properties) ||
      (!describesLater(best.properties, f.properties) && f.properties.id < best.properties.id)
    )
      best = f;
  return best;
}

export function createChart(deps: ChartDeps): HTMLElement {
  const host = document.createElement('div');
  host.className = 'chart';
  const root = svg('svg', {
    class: 'chart-svg',
    role: 'group',
    'aria-label': 'Areas said to be held, by the date they describe (arrow keys move between the claims)',
  });
  host.append(root);

  /** The point drawn for each claim id (several ids share a binned point). */
  const pointOf = new Map<string, SVGGElement>();

  const widthNow = () => Math.max(200, host.clientWidth || 600);
  let renderedWidth: number | null = null;
  const render = () => {
    const s: AppState = deps.store.get();
    const width = widthNow();
    renderedWidth = width;
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(HEIGHT));
    root.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    // Redrawing replaces the nodes; keep keyboard focus on the same point.
    const focused = root.contains(document.activeElement) ? document.activeElement?.getAttribute('data-claim') : null;
    clear(root);
    order.length = 0;

    const scale = deps.scale();
    const d1 = parseDay(scale.end);
    const plotWidth = width - PAD.left - PAD.right;
    const reading = s.reading ?? 'reported';
    const areas = s.dataset.claims.features.filter(isArea);
    // Other area figures in km² (shares, peak shares too, are percentages, listed but not on this axis).
    const others = s.dataset.claims.features
      .filter(isOtherArea)
      .filter(onKm2Axis)
      .map((f) => f.properties);
    const axis = valueAxis([
      ...areas.map((f) => f.properties.areaKm2Max),
      ...others.map((p) => p.areaKm2Max),
      ...s.overlays.map((o) => o.areaKm2),
    ]);
    const maxArea = axis.max;
    const offScale = (a: number) => axis.breakAt !== null && a > axis.breakAt;
    // With a break, the scaled part starts BREAK_BAND_PX lower; a figure above the break sits in that band.
    const scaledTop = PAD.top + (axis.breakAt === null ? 0 : BREAK_BAND_PX);
    const x = (day: number) => PAD.left + (scale.posOf(day) / Math.max(1, scale.length)) * plotWidth;
    const y = (a: number) =>
      offScale(a) ? PAD.top : HEIGHT - PAD.bottom - (Math.min(a, maxArea) / maxArea) * (HEIGHT - PAD.bottom - scaledTop);

    // A stretch without any reporting, collapsed: shaded (under the grid and its labels), with a break mark on the
    // axis, and said in words.
    for (const b of scale.breaks) {
      const [xa, xb] = [x(b.from), x(b.to)];
      const mid = (xa + xb) / 2;
      const base = HEIGHT - PAD.bottom;
      const words = `Axis break: nothing reported from ${formatDate(dayToIso(b.from))} to ${formatDate(dayToIso(b.to))}`;
      root.append(
        svg(
          'g',
          { class: 'axis-break', 'data-from': dayToIso(b.from), 'data-to': dayToIso(b.to), role: 'img', 'aria-label': words },
          svg('title', null, words),
          svg('rect', { class: 'axis-break-zone', x: xa, width: Math.max(1, xb - xa), y: PAD.top - 6, height: base - PAD.top + 6 }),
          svg('path', { class: 'axis-break-mark', d: `M${mid - 5},${base + 5} l4,-10 M${mid + 1},${base + 5} l4,-10` }),
        ),
      );
    }

    // Grid and axes.
    // Bounded loops: ranges come from data (claims, dropped overlays); a bad value must not spin forever.
    const step = niceStep(maxArea);
    const axisLabels: LabelBox[] = []; // point labels keep off the value axis's figures
    for (let a = 0, i = 0; Number.isFinite(maxArea) && step > 0 && a <= maxArea && i < MAX_GRID_LINES; a += step, i++) {
      root.append(svg('line', { class: 'grid', x1: PAD.left, x2: width - PAD.right, y1: y(a), y2: y(a) }));
      if (a > 0) {
        root.append(svg('text', { class: 'axis-label', x: PAD.left + 2, y: y(a) - 3 }, km2(a)));
        axisLabels.push({ x0: PAD.left + 2, x1: PAD.left + 2 + km2(a).length * LABEL_CHAR_PX, y0: y(a) - 14, y1: y(a) - 1 });
      }
    }
    if (axis.breakAt !== null) {
      // The value axis breaks: a zigzag on its left end and a dashed line across, said in words with the figures above.
      const yb = scaledTop - BREAK_BAND_PX / 2;
      const words = `Value axis break: not to scale above ${km2(Math.round(axis.breakAt))}; drawn above the break: ${axis.offScale
        .map((a) => km2(Math.round(a)))
        .join(', ')}`;
      root.append(
        svg(
          'g',
          { class: 'value-break', 'data-break-at': Math.round(axis.breakAt), role: 'img', 'aria-label': words },
          svg('title', null, words),
          svg('line', { class: 'value-break-line', x1: PAD.left, x2: width - PAD.right, y1: yb, y2: yb }),
          svg('path', { class: 'axis-break-mark', d: `M${PAD.left - 4},${yb + 1} l4,-5 l4,5 l4,-5 l4,5` }),
        ),
      );
    }
    for (const { day, label } of scaleTicks(scale.stretches, scale.length, plotWidth, MAX_MONTH_TICKS)) {
      root.append(svg('line', { class: 'tick', x1: x(day), x2: x(day), y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom + 4 }));
      if (label !== null) root.append(svg('text', { class: 'axis-label', x: x(day) + 3, y: HEIGHT - 6 }, label));
    }
    for (const o of s.overlays) {
      root.append(
        svg('line', { class: 'overlay-line', x1: PAD.left, x2: width - PAD.right, y1: y(o.areaKm2), y2: y(o.areaKm2) }),
        svg(
          'text',
          { class: 'overlay-label', x: width - PAD.right - 4, y: y(o.areaKm2) - 4, 'text-anchor': 'end' },
          `${o.name}: ${km2(Math.round(o.areaKm2))}`,
        ),
      );
    }

    const footprintLabels = drawFootprintSeries(root, s, x, y, d1, width - PAD.right, () => render());

    // The timeline date.
    const today = parseDay(s.date);
    root.append(svg('line', { class: 'cursor', x1: x(today), x2: x(today), y1: PAD.top - 6, y2: HEIGHT - PAD.bottom }));

    const countryOf = countryOfClaim(s.dataset.places);
    const latest = new Set(latestAreas(s.dataset.claims.features, s.date, countryOf, reading).map((f) => f.properties.id));
    // Emphasised as on the map: the latest figures that still describe the date; a stale one keeps its label, faded.
    const current = new Set(currentAreas(s.dataset.claims.features, s.date, countryOf, reading).map((f) => f.properties.id));
    const selected = s.selection?.kind === 'claim' ? s.selection.id : null;
    const sorted = [...areas].sort((a, b) => periodMid(a.properties.asOf) - periodMid(b.properties.asOf));
    // Connect shown claims in date order, one line per holder and country: the trend the timeline is about (Ukraine's
    // figures about Kursk and Russia's about a Ukrainian oblast are two trends, not one zigzag).
    const trends = new Map<string, AreaClaim[]>();
    for (const f of sorted.filter((c) => shownAt(c, s.date, reading))) {
      const group = areaGroupOf(f, countryOf);
      trends.set(group, [...(trends.get(group) ?? []), f]);
    }
    // Cut at the value axis's break: to scale below it, dashed into the band above it (chart-value-axis.ts).
    for (const shown of trends.values())
      for (const piece of trendPieces(
        shown.map((f) => ({ x: x(periodMid(f.properties.asOf)), value: f.properties.areaKm2 })),
        axis,
      ))
        root.append(
          svg('polyline', {
            class: piece.kind === 'scaled' ? 'trend' : 'trend off-scale',
            points: piece.points.map((p) => `${p.x},${y(p.value)}`).join(' '),
          }),
        );
    const points = [...sorted, ...s.dataset.claims.features.filter(isOtherArea)].filter(onKm2Axis);
    const groups: ChartClaim[][] =
      points.length <= MAX_POINTS ? points.map((f) => [f]) : binned(points, (f) => x(periodMid(f.properties.asOf)));
    pointOf.clear();
    const labels: (LabelCandidate & { g: SVGGElement; draw: (box: LabelBox) => SVGElement[] })[] = [];
    const marks: MarkBox[] = [];
    for (const [owner, group] of groups.entries()) {
      // One claim, or (a corpus of thousands) every claim of one kind within BIN_PX on the axis: drawn as the latest
      // word among them with the range of their figures; a click selects that one.
      const shownIn = group.filter((f) => shownAt(f, s.date, reading));
      const rep = pickLatest(shownIn.length ? shownIn : group);
      const p = rep.properties;
      const held = p.type === 'area-held';
      const cx = x(periodMid(p.asOf));
      const hasLatest = group.some((f) => latest.has(f.properties.id));
      const state = shownIn.length === 0 ? 'future' : group.some((f) => current.has(f.properties.id)) ? 'latest' : 'older';
      const one = group.length === 1;
      const lo = Math.min(...group.map((f) => f.properties.areaKm2Min));
      const hi = Math.max(...group.map((f) => f.properties.areaKm2Max));
      const above = offScale(hi);
      const label = `${held ? formatArea(p) : claimHeadline(p)}, ${formatPeriod(p.asOf)}; published ${formatDate(p.published)}${
        one
          ? ''
          : ` (the latest of ${group.length.toLocaleString('en-GB')} ${held ? 'held-area' : p.type} claims here, ${km2(Math.round(lo))}–${km2(Math.round(hi))})`
      }${above ? `; off the scale, drawn above the axis break at ${km2(Math.round(axis.breakAt!))}` : ''}`;
      const isSelected = group.some((f) => f.properties.id === selected);
      const g = svg('g', {
        class: `point ${p.type} ${state}${isSelected ? ' selected' : ''}${above ? ' off-scale' : ''}`,
        tabindex: -1,
        role: 'button',
        'data-claim': p.id,
        'aria-label': `${label}${state === 'future' ? ' (not yet reported at the selected date)' : ''}`,
        'aria-pressed': isSelected ? 'true' : 'false',
      });
      for (const f of group) pointOf.set(f.properties.id, g);
      g.append(svg('title', null, label));
      const xs = x(parseDay(p.asOf.start));
      const xe = x(parseDay(p.asOf.end));
      const xp = x(parseDay(p.published));
      const cy = y(p.areaKm2);
      const color = held ? null : CLAIM_SYMBOLS[p.type].color;
      // The period described (a bar, at least a sliver) and the publication (a tick), joined when they differ.
      const bar = svg('rect', { class: 'span', x: xs, width: Math.max(2, xe - xs), y: cy - 2, height: 4, rx: 1 });
      if (color) bar.style.fill = color; // CSSOM, not a style attribute: allowed by the page's CSP
      g.append(bar);
      if (xp - xe > 1) g.append(svg('line', { class: 'lag', x1: xe, x2: xp, y1: cy, y2: cy }));
      g.append(svg('line', { class: 'published', x1: xp, x2: xp, y1: cy - 7, y2: cy + 7, 'data-published': p.published }));
      if (hi > lo) {
        g.append(
          svg('rect', {
            class: 'range',
            x: cx - 4,
            width: 8,
            y: y(hi),
            height: Math.max(2, y(lo) - y(hi)),
            rx: 2,
          }),
        );
        marks.push({ owner, x0: cx - 4, x1: cx + 4, y0: y(hi), y1: y(hi) + Math.max(2, y(lo) - y(hi)) });
      }
      const r = state === 'latest' ? 6 : 4.5;
      marks.push({ owner, x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r });
      const dot = svg('circle', { class: 'dot', cx, cy, r });
      if (color) dot.style.fill = color;
      g.append(dot);
      // Labels only where they can be read: every point of a small chart, the latest of a binned one, and only those
      // that cover no more important label (placed after the loop). Other kinds: their mark (the map's, as SVG)
      // before the figure, not a glyph the page font lacks. A label goes right of its point, else left (always left
      // when it would run past the right edge). An off-scale figure always gets its label (first in line): its height
      // does not say its value.
      if (one || hasLatest || above) {
        const text = formatArea(p);
        const markPx = held ? 0 : 12;
        const w = markPx + text.length * LABEL_CHAR_PX;
        // `base`: the text's baseline; the box spans the 13 px above it.
        const draw = (box: LabelBox): SVGElement[] => {
          const nodes: SVGElement[] = [];
          const base = box.y1 - 3;
          if (!held) {
            const sym = CLAIM_SYMBOLS[p.type];
            nodes.push(svg('g', { transform: `translate(${box.x0 + 5} ${base - 4}) scale(5)` }, ...markShapes(sym.mark, sym.color)));
          }
          nodes.push(svg('text', { class: 'point-label', x: box.x0 + markPx, y: base }, text));
          return nodes;
        };
        const at = (x0: number, up = 0): LabelBox => ({ x0, x1: x0 + w, y0: y(hi) - 14 - up, y1: y(hi) - 1 - up });
        const leftOnly = cx + 8 + w > width - PAD.right;
        const leftFits = cx - 8 - w >= PAD.left;
        const sides = leftOnly ? [cx - 8 - w] : leftFits ? [cx + 8, cx - 8 - w] : [cx + 8];
        // A line higher only while it stays inside the plot.
        const raised = y(hi) - 14 - LINE_UP_PX >= PAD.top - 6 ? sides.map((x0) => at(x0, LINE_UP_PX)) : [];
        const tier = above ? -1 : isSelected ? 0 : hasLatest ? 1 : state === 'future' ? 3 : 2;
        labels.push({
          g,
          draw,
          tier,
          owner,
          periodMid: periodMid(p.asOf),
          box: at(sides[0]!),
          alts: [...sides.slice(1).map((x0) => at(x0)), ...raised],
        });
      }
      g.addEventListener('click', () => deps.onSelectClaim(p.id));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          deps.onSelectClaim(p.id);
        }
      });
      root.append(g);
      order.push({ g, x: cx, id: p.id, isSelected, state });
    }
    for (const { g, draw, placed } of placeLabels(labels, [...footprintLabels, ...axisLabels], marks)) g.append(...draw(placed));
    order.sort((a, b) => a.x - b.x);
    // One tab stop for the whole chart (the arrow keys walk it): the point that had the focus, else the selected
    // claim, else the latest point reported by the date, else the first. Tab from the chart reaches the slider.
    const stop =
      order.find((o) => o.id === focused) ?? order.find((o) => o.isSelected) ?? order.findLast((o) => o.state !== 'future') ?? order[0];
    if (stop) {
      stop.g.tabIndex = 0;
      if (stop.id === focused) stop.g.focus();
    }
  };

  /** The chart's points from left to right, rebuilt with each drawing. */
  const order: { g: SVGGElement; x: number; id: string; isSelected: boolean; state: string }[] = [];
  const walk = (e: KeyboardEvent) => {
    const i = order.findIndex((o) => o.g === e.target);
    if (i < 0) return;
    const to = rovingIndex(e.key, i, order.length);
    if (to === undefined) return;
    e.preventDefault();
    const next = order[to]!;
    order[i]!.g.tabIndex = -1;
    next.g.tabIndex = 0;
    next.g.focus();
  };
  root.addEventListener('keydown', walk);

  /** A new selection only restyles the points (the chart of a large corpus has thousands of claims). */
  const restyle = (prevId: string | null, id: string | null) => {
    for (const [claim, on] of [
      [prevId, false],
      [id, true],
    ] as const) {
      const g = claim ? pointOf.get(claim) : undefined;
      if (!g) continue;
      g.classList.toggle('selected', on);
      g.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
  };

  deps.store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.reading !== prev.reading) render();
    else if (s.selection !== prev.selection) {
      const claimId = (sel: AppState['selection']) => (sel?.kind === 'claim' ? sel.id : null);
      restyle(claimId(prev.selection), claimId(s.selection));
    }
  });
  onClipsSettled(() => render()); // footprint areas change once they are clipped to the country
  new ResizeObserver(() => {
    if (widthNow() !== renderedWidth) render();
  }).observe(host);
  // Not yet in the page (the viewer creates the chart, then appends it), the host has no width: its first drawing waits
  // for the observer's first report, once it is laid out, instead of drawing a corpus's points twice (~0.1 s each).
  if (host.isConnected) render();
  return host;
}
