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
}

export interface PdfPage {
  image: Uint8Array;
  format: 'png' | 'jpeg';
  widthPt: number;
  heightPt: number;
  /** Text over the image, in page pixels of an image `widthPx` wide. */
  text?: { items: PdfText[]; widthPx: number };
}

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

function colourOf(c: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(c);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16) / 255) as [number, number, number];
  const rgb = /rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(c);
  return rgb ? [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255] : [0, 0, 0];
}

export async function pdfOfPages(pages: PdfPage[], title: string, fonts?: PdfFonts): Promise<Uint8Array> {
  const { PDFDocument, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(title || 'briefmap snapshot');
  doc.setCreator('briefmap');
  doc.setProducer('briefmap (pdf-lib)');
  let faces: { 400: Awaited<ReturnType<typeof doc.embedFont>>; 700: Awaited<ReturnType<typeof doc.embedFont>> } | null = null;
  if (fonts && pages.some((p) => p.text?.items.length)) {
    const fontkit = (await import('@pdf-lib/fontkit')).default;
    doc.registerFontkit(fontkit);
    faces = { 400: await doc.embedFont(fonts.regular, { subset: true }), 700: await doc.embedFont(fonts.bold, { subset: true }) };
  }
  for (const p of pages) {
    const img = p.format === 'png' ? await doc.embedPng(p.image) : await doc.embedJpg(p.image);
    const page = doc.addPage([p.widthPt, p.heightPt]);
    page.drawImage(img, { x: 0, y: 0, width: p.widthPt, height: p.heightPt });
    if (!p.text || !faces) continue;
    const k = p.widthPt / p.text.widthPx;
    for (const t of p.text.items) {
      const [r, g, b] = colourOf(t.color);
      page.drawText(t.text, { x: t.x * k, y: p.heightPt - t.baseline * k, size: t.size * k, font: faces[t.weight], color: rgb(r, g, b) });
    }
  }
  return doc.save();
}
