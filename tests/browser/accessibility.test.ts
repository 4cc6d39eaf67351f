// The viewer audited by axe-core (WCAG 2.1 A and AA rules) in the states a briefer reaches: the opening page, a place
// popup, a settlement-control popup with a long history, the claims panel with a claim card, the basemap URL form, the
// upload date form, the timeline with its chart folded (1024 × 600) and the export dialog. axe is read from
// node_modules and evaluated in the page (no network). Before round 25 this found: text below 4.5:1 contrast (legend
// notes, greyed "after this date" rows and chart labels), icon-only buttons without a name, a popup close button
// hidden from assistive technology while focusable, headings that skipped levels, and content outside any landmark.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer, plekhovoHistory } from './helpers.ts';
import { CONTROL_SYMBOLS, DISTRICT_RING_COLOUR } from '../../src/print/control-symbols.ts';
import { BASEMAP_COLOURS } from '../../src/viewer/map/basemap/vector-style.ts';
import { contrastRatio, GRAPHIC_CONTRAST_MIN } from '../../src/print/contrast.ts';

const AXE = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Rules switched off, one by one, with the reason. */
const EXCLUDED: Record<string, string> = {
  // The map canvas and its tiles are pictures, not text: axe cannot read their contrast and would report "incomplete"
  // only; it never raises them as violations, so nothing is excluded for them. Kept empty on purpose: any rule
  // switched off must be named here with why.
};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** axe's violations, and the contrast checks axe leaves "incomplete". axe cannot name a background when a canvas or an
 * SVG lies under the text, or when the panel over the map is see-through: over a map that is any colour, so text on
 * the map's own panels must sit on an opaque background (then axe measures it), and text drawn in SVG (the chart) is
 * measured here against the colour of the sheet behind the SVG. */
async function audit(page: Page): Promise<Violation[]> {
  // Wait for CSS transitions (popup fade, details) to end: axe reads computed colours as they are at that moment.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 350)));
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!injected) await page.evaluate(AXE);
  const rules = Object.fromEntries(Object.keys(EXCLUDED).map((id) => [id, { enabled: false }]));
  return page.evaluate(async (r) => {
    type Node = { target: string[]; failureSummary?: string; any?: { data?: { messageKey?: string } }[] };
    type Result = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Result[]; incomplete: Result[] }> } }
    ).axe;
    const res = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: r,
      resultTypes: ['violations', 'incomplete'],
    });
    // Only a background axe could not name because a picture lies under the text counts: the map canvas under a
    // see-through panel. Not counted: text inside an SVG (measured below), text that another element overlaps (the
    // open modal dialog's backdrop over the page) or that is partly scrolled out of a popup's body (axe measures it
    // when scrolled in; the popup's own background is opaque).
    const inSvg = (n: Node) => !!document.querySelector(n.target[0]!)?.closest('svg');
    const underPicture = (n: Node) => (n.any ?? []).some((c) => ['imgNode', 'bgImage', 'bgGradient'].includes(c.data?.messageKey ?? ''));
    // Incomplete results that are faults here: a contrast axe could not measure on HTML text (a see-through panel over
    // the map), and ARIA attributes on an element whose role does not allow them. label-content-name-mismatch stays
    // incomplete by design for icon buttons (the glyph is not text), and is left to axe.
    const unsure = res.incomplete
      .filter((v) => v.id === 'color-contrast' || v.id === 'aria-prohibited-attr')
      .map((v) => ({ ...v, nodes: v.id === 'color-contrast' ? v.nodes.filter((n) => !inSvg(n) && underPicture(n)) : v.nodes }))
      .filter((v) => v.nodes.length > 0);
    const out = [...res.violations, ...unsure].map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: (n.failureSummary ?? '').split('\n').slice(0, 2).join(' ') })),
    }));
    // SVG text: its fill (with every opacity on the way up) over the first opaque background behind the SVG.
    const rgba = (c: string): number[] => {
      const m = c.match(/[\d.]+/g)!.map(Number);
      return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const svgNodes: { target: string[]; summary: string }[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
      const box = t.getBoundingClientRect();
      const cs = getComputedStyle(t);
      if (box.width === 0 || cs.visibility === 'hidden' || !t.textContent?.trim()) continue;
      let alpha = rgba(cs.fill)[3]! * Number(cs.fillOpacity);
      let bgEl: Element | null = t;
      for (let e: Element | null = t; e; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
      let bg = [255, 255, 255, 1];
      for (bgEl = t.closest('svg')!.parentElement; bgEl; bgEl = bgEl.parentElement) {
        const c = rgba(getComputedStyle(bgEl).backgroundColor);
        if (c[3] === 1) {
          bg = c;
          break;
        }
      }
      const fg = rgba(cs.fill)
        .slice(0, 3)
        .map((v, i) => v * alpha + bg[i]! * (1 - alpha));
      const [a, b] = [lum(fg), lum(bg)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const large = parseFloat(cs.fontSize) >= 24 || (parseFloat(cs.fontSize) >= 18.66 && Number(cs.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        svgNodes.push({
          target: [`svg text.${t.getAttribute('class') ?? ''} "${t.textContent.trim()}"`],
          summary: `contrast ${ratio.toFixed(2)}:1`,
        });
    }
    if (svgNodes.length) out.push({ id: 'svg-text-contrast', impact: 'serious', help: 'SVG text contrast', nodes: svgNodes });
    return out;
  }, rules);
}

/** Fails with every violation listed (rule, element, why), so the message says what to fix. */
function expectNone(state: string, violations: Violation[]): void {
  const lines = violations.flatMap((v) => v.nodes.map((n) => `${state}: ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.summary}`));
  expect(lines).toEqual([]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// WCAG 1.4.11: the settlement rings (one symbol table for the map, the page export and both legends) against the
// embedded basemap's land and sea and the white legend and page. axe cannot see into the map canvas, so the ratios are
// computed from the palette itself: round 25's contested amber (#d97706) was 2.8:1 on land.
describe('graphics contrast of the control palette (WCAG 1.4.11)', () => {
  const backgrounds = { land: BASEMAP_COLOURS.land, sea: BASEMAP_COLOURS.sea, page: '#ffffff' };
  const colours = { ...Object.fromEntries(Object.entries(CONTROL_SYMBOLS).map(([k, s]) => [k, s.color])), district: DISTRICT_RING_COLOUR };
  it('every status colour is at least 3:1 against the basemap and the page', () => {
    const low = Object.entries(colours).flatMap(([status, colour]) =>
      Object.entries(backgrounds).flatMap(([bg, against]) => {
        const ratio = contrastRatio(colour, against);
        return ratio < GRAPHIC_CONTRAST_MIN ? [`${status} ${colour} on ${bg} ${against}: ${ratio.toFixed(2)}:1`] : [];
      }),
    );
    expect(low).toEqual([]);
  });
});

// The timeline's control-change ticks are buttons drawn as 3 px bars: they need 3:1 against the track as they are
// rendered (colour and opacity), and their status colour must be the palette's (they kept the replaced amber #d97706,
// and a change after the date was that amber faded to 0.45: 1.9:1).
describe('graphics contrast of the control-change ticks (WCAG 1.4.11)', { timeout: 120_000 }, () => {
  it('every tick, before and after the date, is at least 3:1 on the track, past ones in the palette colour', async () => {
    const v = await openViewer(browser);
    await idle(v.page);
    // The seeds report few change dates: a report copied to four dates months apart, and the date set between them.
    await v.page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      const base = ds.events.features[0]!;
      const copies = ['2024-02-01', '2024-05-01', '2024-08-01', '2024-11-01'].map((day, i) => ({
        ...base,
        properties: { ...base.properties, id: `${base.properties.id}#${i}`, published: day, asOf: { start: day, end: day } },
      }));
      store.update({ dataset: { ...ds, events: { ...ds.events, features: [...ds.events.features, ...copies] } }, date: '2024-06-15' });
    });
    const ticks = v.page.locator('#control-ticks .control-tick');
    await expect.poll(() => v.page.locator('#control-ticks .control-tick.past').count()).toBeGreaterThan(0);
    await expect.poll(() => v.page.locator('#control-ticks .control-tick:not(.past)').count()).toBeGreaterThan(0);
    const drawn = await ticks.evaluateAll((els) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      let back = els[0]!.parentElement;
      while (back && rgb(getComputedStyle(back).backgroundColor)[3] === 0) back = back.parentElement;
      const bg = rgb(getComputedStyle(back ?? document.body).backgroundColor);
      return els.map((e) => {
        const cs = getComputedStyle(e);
        const [r, g, b, a = 1] = rgb(cs.backgroundColor);
        const alpha = a * Number(cs.opacity);
        const mix = [r!, g!, b!].map((c, i) => Math.round(alpha * c + (1 - alpha) * bg[i]!));
        const hex = (cs: number[]) => '#' + cs.map((c) => c.toString(16).padStart(2, '0')).join('');
        return { past: e.classList.contains('past'), colour: hex([r!, g!, b!]), shown: hex(mix), track: hex(bg.slice(0, 3)) };
      });
    });
    const low = drawn
      .filter((t) => contrastRatio(t.shown, t.track) < GRAPHIC_CONTRAST_MIN)
      .map((t) => `${t.past ? 'past' : 'later'} tick ${t.shown} on ${t.track}: ${contrastRatio(t.shown, t.track).toFixed(2)}:1`);
    expect(low).toEqual([]);
    expect(new Set(drawn.filter((t) => t.past).map((t) => t.colour))).toEqual(new Set([CONTROL_SYMBOLS.contested.color]));
    await v.page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', { timeout: 240_000 }, () => {
  it('the opening page', async () => {
    const v = await openViewer(browser, '#date=2024-12-16');
    await idle(v.page);
    expectNone('opening', await audit(v.page));
    // The legend open too (its notes and greyed rows are text on the map).
    await v.page.locator('details.map-legend > summary').click();
    expectNone('legend open', await audit(v.page));
    await v.page.close();
  });

  it('a place popup open', async () => {
    const v = await openViewer(browser, '#map=9/51.19/35.27/0/0&date=2024-12-16');
    await idle(v.page);
    await v.page.locator('#map .maplibregl-canvas').focus();
    for (let i = 0; i < 5 && !(await v.page.evaluate(() => document.activeElement?.classList.contains('place-key'))); i++) {
      await v.page.keyboard.press('Tab');
    }
    await v.page.keyboard.press('Enter');
    await v.page.locator('.maplibregl-popup .mentions li').first().waitFor();
    expectNone('place popup', await audit(v.page));
    await v.page.close();
  });

  it('a settlement-control popup with a long history, greyed reports after the date', async () => {
    const v = await openViewer(browser, '#map=10/51.1/35.333/0/0&date=2024-12-20');
    await plekhovoHistory(v.page);
    await idle(v.page);
    await v.page.locator('.maplibregl-popup .show-all-reports').click();
    await expect.poll(() => v.page.locator('.maplibregl-popup .control-history-list li').count()).toBe(12);
    expectNone('control popup', await audit(v.page));
    await v.page.close();
  });

  it('the claims panel with a claim card', async () => {
    const v = await openViewer(browser, '#date=2024-12-20');
    const rows = v.page.locator('.claims-table tr.claim-row button');
    await rows.first().click();
    // A mapped claim's card opens on the map (a listed-only one opens in the panel, #claim-detail).
    const card = v.page.locator('.maplibregl-popup .claim-popup, #claim-detail:not([hidden])');
    await card.first().waitFor();
    await expect.poll(() => card.first().locator('blockquote').count()).toBeGreaterThan(0);
    expectNone('claim card', await audit(v.page));
    // An earlier date, where later claims in the table are greyed "after this date".
    await v.page.evaluate(() => window.__briefmap!.store.update({ date: '2024-08-20' }));
    await idle(v.page);
    expectNone('claims greyed', await audit(v.page));
    await v.page.close();
  });

  it('the basemap style-URL form, with its error shown', async () => {
    const v = await openViewer(browser);
    await v.page.locator('#basemap-select').selectOption('__custom');
    await v.page.locator('#basemap-url').fill('ftp://example.org/style.json');
    await v.page.locator('.basemap-url button[type=submit]').click();
    expectNone('basemap form', await audit(v.page));
    await v.page.close();
  });

  it('the upload date form', async () => {
    const v = await openViewer(browser);
    await v.page.locator('#upload-input').setInputFiles({
      name: 'note.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('A note\nUkrainian troops held positions near Sudzha in the Kursk region, officials said.'),
    });
    await v.page.locator('form.upload-date').first().waitFor();
    expectNone('upload form', await audit(v.page));
    await v.page.close();
  });

  it('the timeline with the chart folded (1024 × 600)', async () => {
    const v = await openViewer(browser, '#date=2024-12-16', { width: 1024, height: 600 });
    await v.page.getByRole('button', { name: 'Show chart' }).waitFor();
    expectNone('timeline folded', await audit(v.page));
    await v.page.close();
  });

  it('the export dialog', async () => {
    const v = await openViewer(browser);
    await v.page.locator('#export-open').click();
    await v.page.getByRole('dialog', { name: 'Export snapshot' }).waitFor();
    expectNone('export dialog', await audit(v.page));
    await v.page.close();
  });
});
