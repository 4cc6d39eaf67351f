// PDF output with pdf-lib: one page per image, page size in points = pixels / dpi * 72, so the image prints at the
// resolution it was rendered at. A page may carry text drawn over its image as real text (selectable, searchable)
// in an embedded font: the page furniture of a single export. pdf-lib and fontkit are loaded on the first PDF
// export only, so they stay out of the viewer's start-up bundle.

export interface PdfText {
  x: number; // page pixels
  baseline: number;
  text: string;
  size: number;
  weight: 400 | 700;
  color: string; // #rrggbb or rgba()
  /** An http(s) address the text opens when clicked (a source's URL line): a link annotation over the text. */
  link?: string;
}

export interface PdfPage {
  /** None for a page of text alone (the source pages). */
  image?: Uint8Array;
  format: 'png' | 'jpeg';
  widthPt: number;
  heightPt: number;
  /** Text over the image, in page pixels of an image `widthPx` wide. */
  text?: { items: PdfText[]; widthPx: number };
}

/** Font files per weight, in the order a character is looked for (e.g. Latin, Latin Extended, Cyrillic subsets). */
export interface PdfFonts {
  regular: Uint8Array[];
  bold: Uint8Array[];
}

type Face = { bytes: Uint8Array; chars: Set<number>; font?: import('pdf-lib').PDFFont };

/** Splits text into runs, each in the first face that has its characters (the subsets of one family). */
export function fontRuns<F extends { chars: Set<number> }>(text: string, faces: F[]): Array<{ face: F; text: string }> {
  const runs: Array<{ face: F; text: string }> = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const face = /\s/.test(ch) && runs.length ? runs[runs.length - 1]!.face : (faces.find((f) => f.chars.has(cp)) ?? faces[0]!);
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

function colourOf(c: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(c);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16) / 255) as [number, number, number];
  const rgb = /rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(c);
  return rgb ? [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255] : [0, 0, 0];
}

/** An address safe to make a link of (http or https only: a source's URL is untrusted text), as the hex digits of its
 * ASCII bytes (a hex string needs no escaping), or null. */
export function linkUri(url: string): string | null {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  if (!/^https?:$/.test(new URL(href).protocol)) return null;
  return [...href].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

export async function pdfOfPages(pages: PdfPage[], title: string, fonts?: PdfFonts): Promise<Uint8Array> {
  const { PDFDocument, PDFHexString, rgb } = await import('pdf-lib');
  // No creation or modification date (pdf-lib stamps the clock's): the same snapshot is the same bytes, from the
  // page or the CLI, today or tomorrow. The page itself says the date it shows.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title || 'briefmap snapshot');
  doc.setCreator('briefmap');
  doc.setProducer('briefmap (pdf-lib)');
  let faces: { 400: Face[]; 700: Face[] } | null = null;
  if (fonts && pages.some((p) => p.text?.items.length)) {
    const fontkit = (await import('@pdf-lib/fontkit')).default;
    doc.registerFontkit(fontkit);
    // Character sets from fontkit; a face is embedded only when some text needs it.
    const read = (files: Uint8Array[]): Face[] =>
      files.map((bytes) => ({
        bytes,
        chars: new Set((fontkit.create(bytes as never) as unknown as { characterSet: number[] }).characterSet),
      }));
    faces = { 400: read(fonts.regular), 700: read(fonts.bold) };
  }
  for (const p of pages) {
    const page = doc.addPage([p.widthPt, p.heightPt]);
    if (p.image) {
      const img = p.format === 'png' ? await doc.embedPng(p.image) : await doc.embedJpg(p.image);
      page.drawImage(img, { x: 0, y: 0, width: p.widthPt, height: p.heightPt });
    }
    if (!p.text || !faces) continue;
    const k = p.widthPt / p.text.widthPx;
    for (const t of p.text.items) {
      const [r, g, b] = colourOf(t.color);
      let x = t.x * k;
      const y = p.heightPt - t.baseline * k;
      for (const run of fontRuns(t.text, faces[t.weight])) {
        const font = (run.face.font ??= await doc.embedFont(run.face.bytes, { subset: true }));
        page.drawText(run.text, { x, y, size: t.size * k, font, color: rgb(r, g, b) });
        x += font.widthOfTextAtSize(run.text, t.size * k);
      }
      const uri = t.link && linkUri(t.link);
      if (uri) {
        const rect = [t.x * k, y - 0.3 * t.size * k, x, y + t.size * k];
        const action = { S: 'URI', URI: PDFHexString.of(uri) };
        const annot = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: action });
        page.node.addAnnot(doc.context.register(annot));
      }
    }
  }
  return doc.save();
}

/** One PDF of the pages of several (each a page made by pdfOfPages, text and fonts included), in order: a date
 * series keeps each frame's selectable text. */
export async function mergePdfs(docs: Uint8Array[], title: string): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setTitle(title || 'briefmap snapshot');
  out.setCreator('briefmap');
  out.setProducer('briefmap (pdf-lib)');
  for (const bytes of docs) {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const page of await out.copyPages(doc, doc.getPageIndices())) out.addPage(page);
  }
  return out.save();
}
