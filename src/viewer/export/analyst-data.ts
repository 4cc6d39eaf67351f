// "Analyst data" in the export dialog: the loaded data (with any uploaded articles) as CSV, KML, KMZ or
// FlatGeobuf, made by the same src/export functions as `briefmap export`, so the bytes are the same.
import type { Store } from '../app/state.ts';
import { el } from '../ui/dom.ts';
import { exportFormats, type ExportFormat } from '../../export/formats.ts';
import { download } from './download.ts';

const LABELS: Record<ExportFormat, string> = {
  csv: 'CSV (places, claims, events)',
  kml: 'KML (Google Earth)',
  kmz: 'KMZ (zipped KML)',
  fgb: 'FlatGeobuf (QGIS, GDAL)',
};

export function analystDataSection(store: Store): HTMLElement {
  const format = el('select', { id: 'export-data-format' });
  for (const f of exportFormats) format.append(el('option', { value: f }, LABELS[f]));
  format.append(el('option', { value: 'all' }, 'All formats (ZIP)'));
  const bom = el('input', { type: 'checkbox', id: 'export-data-bom', name: 'bom' });
  const button = el('button', { type: 'button', id: 'export-data' }, 'Download analyst data');
  const status = el('p', { class: 'export-status', id: 'export-data-status', role: 'status', 'aria-live': 'polite' });

  button.addEventListener('click', async () => {
    const formats = format.value === 'all' ? [...exportFormats] : [format.value as ExportFormat];
    button.disabled = true;
    try {
      // The writers (papaparse, tokml, flatgeobuf) load on the first download, not with the page.
      const [{ exportFiles }, { asOneDownload }] = await Promise.all([
        import('../../export/export-data.ts'),
        import('../../export/archive.ts'),
      ]);
      const dataset = store.get().dataset;
      await dataset.claimQuotes?.loadAll(); // the claims' quotes, when only the compact claims were read
      const { places, claims, events, report } = dataset;
      const files = exportFiles({ places, claims, events, report }, formats, { bom: bom.checked });
      const file = asOneDownload(files, `briefmap-data-${format.value}`);
      download(file.bytes, file.name, file.mime);
      status.textContent = `Saved ${file.name}: ${places.features.length} places, ${claims.features.length} claims, ${events.features.length} events.`;
    } catch (e) {
      status.textContent = `Export failed: ${(e as Error).message}`;
    } finally {
      button.disabled = false;
    }
  });

  return el(
    'fieldset',
    { class: 'export-data' },
    el('legend', null, 'Analyst data (all places, claims and events, not only the view)'),
    el('div', { class: 'export-field' }, el('label', { for: 'export-data-format' }, 'Format'), format),
    el('label', { class: 'export-check', for: 'export-data-bom' }, bom, ' CSV with byte order mark (Excel)'),
    button,
    status,
  );
}
