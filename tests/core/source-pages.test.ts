// The PDF's source pages: every source after the map page, each once, in the page list's order, wrapped to the page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { sourcePages, SOURCE_PAGES } from '../../src/print/source-pages.ts';
import { linkUri, pdfOfPages } from '../../src/print/pdf.ts';
import { moreSourcesLine } from '../../src/print/source-lines.ts';
import type { SourceRef } from '../../src/print/page-api.ts';

// A fixed-width face: every character half its size wide.
const measure = (t: string, size: number) => [...t].length * size * 0.5;
const A4 = { widthPx: 2339, heightPx: 1654, u: 200 / 96, margin: Math.round(14 * (200 / 96)) };

function corpus(n: number): SourceRef[] {
  return Array.from({ length: n }, (_, i) => ({
    file: `a${i}.txt`,
    outlet: i % 3 ? 'Meduza' : 'Українська правда',
    title: i % 7 === 0 ? `Long title ${i} `.repeat(40).trim() : `Title ${i}: Суджа and Kursk`,
    published: `2024-08-${String((i % 28) + 1).padStart(2, '0')}`,
    url: i % 5 === 0 ? `https://example.org/${'very-long-path-segment-'.repeat(20)}${i}` : `https://example.org/a/${i}`,
  }));
}

const layout = (sources: SourceRef[]) => sourcePages({ sources, dateLabel: '1 Sep 2024', measure, ...A4 });

/** Each source's URL put back together from its link lines on the pages, by source. */
function urlsOf(pages: ReturnType<typeof layout>): string[] {
  const byUrl = new Map<string, string>();
  for (const p of pages) for (const t of p.items) if (t.link) byUrl.set(t.link, (byUrl.get(t.link) ?? '') + t.text);
  return [...byUrl.values()];
}

describe('source pages', () => {
  it('lays N sources out on pages, each once and in order, wrapped to the column, the same every time', () => {
    const sources = corpus(123);
    const pages = layout(sources);
    expect(pages.length).toBeGreaterThan(2);
    // Nothing lost, nothing repeated, the page list's order kept.
    expect(pages.flatMap((p) => p.entries)).toEqual(sources.map((_, i) => i));
    // Long URLs wrapped, and whole again when their lines are joined.
    expect(urlsOf(pages)).toEqual(sources.map((s) => s.url));
    const maxRight = A4.widthPx - A4.margin + 0.01;
    for (const p of pages)
      for (const t of p.items) {
        expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(maxRight);
        expect(t.baseline).toBeLessThanOrEqual(A4.heightPx - A4.margin + 0.01);
      }
    // Long titles wrapped: a title of 40 repeats takes several lines.
    const texts = pages.flatMap((p) => p.items.map((t) => t.text));
    expect(texts.filter((t) => t.includes('Long title 0')).length).toBeGreaterThan(2);
    // Heading and page numbers on every page.
    pages.forEach((p, k) => {
      expect(p.items[0]!.text).toBe('Sources, as reported up to 1 Sep 2024 — 123 articles');
      expect(p.items[p.items.length - 1]!.text).toBe(`Sources ${k + 1}/${pages.length}`);
    });
    expect(layout(sources)).toEqual(pages);
  });

  it('draws untrusted text as plain text and makes links of http(s) addresses only', () => {
    const pages = layout([
      { file: 'x', outlet: 'Out\u001b]0;x\u0007let', title: 'Ti\u202etle\nnext', published: '2024-08-01', url: 'javascript:alert(1)' },
    ]);
    const texts = pages[0]!.items.map((t) => t.text);
    expect(texts).toContain('Out]0;xlet · 1 Aug 2024');
    expect(texts).toContain('“Title next”');
    // The address is printed, but a javascript: address never becomes a link.
    expect(texts).toContain('javascript:alert(1)');
    expect(pages[0]!.items.filter((t) => t.link).map((t) => linkUri(t.link!))).toEqual([null]);
    expect(linkUri('https://пример.рф/путь')).not.toBeNull();
    expect(layout([])).toEqual([]);
  });

  it('the map page list points to them', () => {
    expect(moreSourcesLine(corpus(3), SOURCE_PAGES)).toBe('… and 3 more (listed on the following pages)');
  });

  it('a PDF of a map page and its source pages has a page for each, every http(s) URL a link', { timeout: 60_000 }, async () => {
    const fonts = join(import.meta.dirname, '..', '..', 'data', 'basemap', 'fonts');
    const face = (w: number) =>
      ['latin', 'latin-ext', 'cyrillic'].map((s) => new Uint8Array(readFileSync(join(fonts, `noto-sans-${s}-${w}.woff`))));
    const sources = corpus(40);
    const pages = layout(sources);
    const size = { format: 'png' as const, widthPt: 842, heightPt: 595 };
    const bytes = await pdfOfPages([{ ...size }, ...pages.map((p) => ({ ...size, text: { items: p.items, widthPx: A4.widthPx } }))], 't', {
      regular: face(400),
      bold: face(700),
    });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1 + pages.length);
    const raw = Buffer.from(bytes).toString('latin1');
    const all = [
      raw,
      ...[...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
        try {
          return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
        } catch {
          return '';
        }
      }),
    ].join('\n');
    const uris = new Set([...all.matchAll(/\/URI <([0-9A-Fa-f]+)>/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1')));
    expect([...uris].sort()).toEqual(sources.map((s) => s.url!).sort());
  });
});

describe('source pages as PDF text', () => {
  it('every title and URL can be read back from the PDF pages', { timeout: 60_000 }, async () => {
    const { pageTexts } = await import('../pdf-text-extract.ts');
    const fonts = join(import.meta.dirname, '..', '..', 'data', 'basemap', 'fonts');
    const face = (w: number) =>
      ['latin', 'latin-ext', 'cyrillic'].map((s) => new Uint8Array(readFileSync(join(fonts, `noto-sans-${s}-${w}.woff`))));
    const sources = corpus(12);
    const pages = layout(sources);
    const size = { format: 'png' as const, widthPt: 842, heightPt: 595 };
    const doc = await PDFDocument.load(
      await pdfOfPages(
        pages.map((p) => ({ ...size, text: { items: p.items, widthPx: A4.widthPx } })),
        't',
        { regular: face(400), bold: face(700) },
      ),
    );
    const text = doc
      .getPages()
      .map((p) => pageTexts(doc, p).join(''))
      .join('');
    for (const s of sources) expect(text).toContain(s.url!);
    expect(text).toContain('Title 1: Суджа and Kursk');
  });
});
