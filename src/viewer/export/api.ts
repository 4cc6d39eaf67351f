// The page API the CLI (and tests) drive: the same export code as the dialog, results as base64.
import { exportBundle, exportImage, exportSeries, planSeries } from './exporter.ts';
import type { ExportTarget } from './session.ts';
import { toBase64 } from '../../print/base64.ts';
import { titleOf } from '../data/title.ts';
import type { LinkProblem } from '../app/permalink.ts';

export function installExportApi(target: ExportTarget, linkProblems: readonly LinkProblem[] = []): void {
  window.__briefmapExport = {
    async render(options) {
      const { bytes, ...rest } = await exportImage(target, options);
      return { ...rest, base64: toBase64(bytes) };
    },
    async bundle(options) {
      const r = await exportBundle(target, options);
      const { bytes: _image, ...image } = r.image;
      return { base64: toBase64(r.bytes), filename: r.filename, mime: r.mime, image };
    },
    async series(options, series) {
      const r = await exportSeries(target, options, series);
      return { base64: toBase64(r.bytes), filename: r.filename, mime: r.mime, dates: r.dates };
    },
    seriesDates: (series) => planSeries(target, series),
    corpusTitle: () => titleOf(target.store.get().dataset),
    linkProblems: () => linkProblems.map((p) => ({ ...p })),
  };
}
