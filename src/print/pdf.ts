// PDF output with pdf-lib: one page per image, page size in points = pixels / dpi * 72, so the image
// prints at the resolution it was rendered at. pdf-lib is loaded on the first PDF export only, so it stays out
// of the viewer's start-up bundle.

export interface PdfPage {
  image: Uint8Array;
  format: 'png' | 'jpeg';
  widthPt: number;
  heightPt: number;
}

export async function pdfOfPages(pages: PdfPage[], title: string): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(title || 'briefmap snapshot');
  doc.setCreator('briefmap');
  doc.setProducer('briefmap (pdf-lib)');
  for (const p of pages) {
    const img = p.format === 'png' ? await doc.embedPng(p.image) : await doc.embedJpg(p.image);
    const page = doc.addPage([p.widthPt, p.heightPt]);
    page.drawImage(img, { x: 0, y: 0, width: p.widthPt, height: p.heightPt });
  }
  return doc.save();
}
