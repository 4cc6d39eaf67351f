// The text of a PDF page as written by pdf.ts: its content streams' hex glyph strings decoded through each font's
// ToUnicode map (pdf-lib writes subset fonts as glyph ids, so the raw stream does not show the words).
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

function streamText(doc: PDFDocument, ref: unknown): string {
  const s = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (!(s instanceof PDFRawStream)) return '';
  const bytes = s.getContents();
  const filter = s.dict.get(PDFName.of('Filter'));
  return (filter ? inflateSync(Buffer.from(bytes)) : Buffer.from(bytes)).toString('latin1');
}

function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(m[1]!.toUpperCase(), hex(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [a, b, u] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let g = a; g <= b; g++) map.set(g.toString(16).toUpperCase().padStart(m[1]!.length, '0'), String.fromCodePoint(u + g - a));
    }
  return map;
}

/** The page's text runs in drawing order (utf-16 surrogates aside: the page face is Latin and Cyrillic). */
export function pageTexts(doc: PDFDocument, page: PDFPage): string[] {
  const fonts = new Map<string, Map<string, string>>();
  const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = doc.context.lookup(ref);
    if (font instanceof PDFDict) fonts.set(name.asString(), toUnicode(streamText(doc, font.get(PDFName.of('ToUnicode')))));
  }
  const contents = page.node.Contents();
  const parts = contents && 'asArray' in contents ? contents.asArray() : [contents];
  const out: string[] = [];
  for (const part of parts) {
    const text = streamText(doc, part);
    let current = new Map<string, string>();
    for (const m of text.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) current = fonts.get(m[1]) ?? new Map();
      else out.push((m[2]!.match(/.{4}/g) ?? []).map((g) => current.get(g.toUpperCase()) ?? '\ufffd').join(''));
    }
  }
  return out;
}
