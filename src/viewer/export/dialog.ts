// The export dialog: format, size, DPI, title, toggles; single image, date series or reproducible bundle.
// Built with createElement/textContent only (see ../dom.ts). Non-modal, so the preview frame on the map
// stays visible; Escape closes it and focus returns to the button that opened it.
import { el } from '../ui/dom.ts';
import { FORMATS, exportOptionsSchema, type ExportOptions, type ExportOptionsInput } from '../../print/options.ts';
import { MAX_DPI, MIN_DPI, SIZE_IDS, SIZE_LABELS, SizeError } from '../../print/sizes.ts';
import { plan, type ExportTarget } from './session.ts';
import { exportBundle, exportImage, exportSeries, planSeries } from './exporter.ts';
import { createFramePreview } from './frame-preview.ts';
import { download } from './download.ts';
import { titleOf } from '../data/title.ts';
import { describeResult, describeSources } from '../../print/page-api.ts';
import { formatDate } from '../ui/format.ts';
import { analystDataSection } from './analyst-data.ts';

let uid = 0;

function field(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || `export-f${++uid}`;
  control.id = id;
  return el('div', { class: 'export-field' }, el('label', { for: id }, label), control);
}

function checkbox(label: string, name: string, checked = true): { input: HTMLInputElement; node: HTMLElement } {
  const input = el('input', { type: 'checkbox', name, id: `export-${name}`, checked });
  return { input, node: el('label', { class: 'export-check', for: `export-${name}` }, input, ` ${label}`) };
}

export interface ExportDialog {
  element: HTMLDialogElement;
  open(opener: HTMLElement): void;
  close(): void;
}

export function createExportDialog(target: ExportTarget): ExportDialog {
  const preview = createFramePreview(target.map);
  const format = el('select', { id: 'export-format' });
  for (const f of FORMATS) format.append(el('option', { value: f }, f.toUpperCase()));
  const size = el('select', { id: 'export-size' });
  for (const s of SIZE_IDS) size.append(el('option', { value: s }, SIZE_LABELS[s]));
  size.value = 'a4-landscape';
  const customW = el('input', { type: 'number', id: 'export-custom-w', min: '1', step: 'any', value: '250' });
  const customH = el('input', { type: 'number', id: 'export-custom-h', min: '1', step: 'any', value: '180' });
  const customUnit = el(
    'select',
    { id: 'export-custom-unit', 'aria-label': 'Custom size unit' },
    el('option', { value: 'mm' }, 'mm'),
    el('option', { value: 'px' }, 'px'),
  );
  const custom = el(
    'fieldset',
    { class: 'export-custom', hidden: true },
    el('legend', null, 'Custom size'),
    field('Width', customW),
    field('Height', customH),
    field('Unit', customUnit),
  );
  const dpi = el('input', { type: 'number', id: 'export-dpi', min: String(MIN_DPI), max: String(MAX_DPI), step: '1', value: '200' });
  const title = el('input', { type: 'text', id: 'export-title', maxlength: '200', value: titleOf(target.store.get().dataset).title });
  const subtitle = el('input', { type: 'text', id: 'export-subtitle', maxlength: '300', value: '' });
  const toggles = [
    checkbox('Legend', 'legend'),
    checkbox('Scale bar', 'scaleBar'),
    checkbox('North arrow', 'northArrow'),
    checkbox('Date stamp', 'dateStamp'),
    checkbox('Source list', 'sources'),
  ];
  const every = el('input', { type: 'number', id: 'export-every', min: '0', max: '366', step: '1', value: '0' });
  const summary = el('p', { class: 'export-summary', id: 'export-summary' });
  const status = el('p', { class: 'export-status', id: 'export-status', role: 'status', 'aria-live': 'polite' });
  const exportBtn = el('button', { type: 'submit', class: 'primary' }, 'Export image');
  const seriesBtn = el('button', { type: 'button', id: 'export-series' }, 'Export date series');
  const bundleBtn = el('button', { type: 'button', id: 'export-bundle' }, 'Export bundle (ZIP)');
  const closeBtn = el('button', { type: 'button', class: 'export-close', 'aria-label': 'Close export dialog' }, '×');

  const form = el(
    'form',
    { method: 'dialog', class: 'export-form' },
    field('Format', format),
    field('Size', size),
    custom,
    field(`Resolution (DPI, ${MIN_DPI}–${MAX_DPI})`, dpi),
    field('Title', title),
    field('Subtitle', subtitle),
    el(
      'fieldset',
      { class: 'export-toggles' },
      el('legend', null, 'Show on the page'),
      ...toggles.map((t) => t.node),
      el('p', { class: 'muted' }, 'Map attribution is always included.'),
    ),
    summary,
    el('div', { class: 'export-actions' }, exportBtn, bundleBtn),
    el(
      'fieldset',
      { class: 'export-series' },
      el('legend', null, 'Date series (same view, one frame per date)'),
      field('Every N days (0 = one frame per claim date, or per control-report date with no claim)', every),
      seriesBtn,
    ),
    status,
    analystDataSection(target.store),
  );
  const dialog = el(
    'dialog',
    { class: 'export-dialog', 'aria-labelledby': 'export-h', id: 'export-dialog' },
    el('div', { class: 'export-head' }, el('h2', { id: 'export-h' }, 'Export snapshot'), closeBtn),
    form,
  );
  document.body.append(dialog);
  let opener: HTMLElement | null = null;
  let busy = false;

  const read = (): ExportOptions => {
    const input: ExportOptionsInput = {
      format: format.value as ExportOptions['format'],
      size: size.value as ExportOptions['size'],
      dpi: Math.round(Number(dpi.value)),
      title: title.value.trim(),
      subtitle: subtitle.value.trim(),
      customWidth: Number(customW.value) || undefined,
      customHeight: Number(customH.value) || undefined,
      customUnit: customUnit.value as 'mm' | 'px',
    };
    for (const t of toggles) (input as Record<string, unknown>)[t.input.name] = t.input.checked;
    return exportOptionsSchema.parse(input);
  };

  const seriesInput = () => ({
    everyDays: Math.max(0, Math.round(Number(every.value) || 0)),
    container: format.value === 'pdf' ? ('pdf' as const) : ('zip' as const),
  });

  const refresh = () => {
    custom.hidden = size.value !== 'custom';
    try {
      const opts = read();
      const p = plan(target.map, opts);
      const mm = `${Math.round(p.page.widthMm)} × ${Math.round(p.page.heightMm)} mm`;
      const dates = planSeries(target, seriesInput());
      summary.textContent = `Page: ${p.page.widthPx} × ${p.page.heightPx} px at ${p.page.dpi} dpi (${mm}). Date: ${formatDate(target.store.get().date)}. Series: ${dates.length} frame${dates.length === 1 ? '' : 's'}.`;
      preview.show(p.frame, `${SIZE_LABELS[opts.size]} · ${p.page.widthPx}×${p.page.heightPx} px`);
      exportBtn.disabled = busy;
    } catch (e) {
      const message =
        e instanceof SizeError
          ? e.message
          : e instanceof Error && 'issues' in e
            ? 'Check the values: DPI must be a whole number between 96 and 300.'
            : String(e);
      summary.textContent = message;
      preview.hide();
      exportBtn.disabled = true;
    }
  };

  const run = async (label: string, job: (opts: ExportOptions) => Promise<string>) => {
    if (busy) return;
    let opts: ExportOptions;
    try {
      opts = read();
    } catch {
      status.textContent = 'The options are not valid.';
      return;
    }
    busy = true;
    for (const b of [exportBtn, seriesBtn, bundleBtn]) b.disabled = true;
    status.textContent = `${label}…`;
    const t0 = performance.now();
    try {
      const done = await job(opts);
      status.textContent = `${done} (${((performance.now() - t0) / 1000).toFixed(1)} s)`;
    } catch (e) {
      status.textContent = `Export failed: ${(e as Error).message}`;
    } finally {
      busy = false;
      for (const b of [exportBtn, seriesBtn, bundleBtn]) b.disabled = false;
    }
  };

  /** The result, and with a source list on the page how much of it the page names (as the CLI says). */
  const achieved = (
    r: Parameters<typeof describeResult>[0] & Parameters<typeof describeSources>[0],
    opts: ExportOptions,
    bundle = false,
  ): string => `${describeResult(r)}${opts.sources ? `; ${describeSources(r, bundle, '“Export bundle (ZIP)” lists them all')}` : ''}`;

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run('Rendering', async (opts) => {
      const r = await exportImage(target, opts);
      download(r.bytes, r.filename, r.mime);
      return `Saved ${r.filename}: ${achieved(r, opts)}`;
    });
  });
  bundleBtn.addEventListener(
    'click',
    () =>
      void run('Rendering bundle', async (opts) => {
        const r = await exportBundle(target, opts);
        download(r.bytes, r.filename, r.mime);
        return `Saved ${r.filename}: ${achieved(r.image, opts, true)}`;
      }),
  );
  seriesBtn.addEventListener(
    'click',
    () =>
      void run('Rendering series', async (opts) => {
        const r = await exportSeries(target, opts, seriesInput(), (done, total, date) => {
          status.textContent = `Rendering series: frame ${done} of ${total} (${formatDate(date)})…`;
        });
        download(r.bytes, r.filename, r.mime);
        return `Saved ${r.filename}: ${r.dates.length} frames`;
      }),
  );
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  target.map.on('resize', () => dialog.open && refresh());
  const unsubscribe = target.store.subscribe((s, prev) => {
    if (dialog.open && (s.date !== prev.date || s.dataVersion !== prev.dataVersion)) refresh();
  });
  void unsubscribe;

  const close = () => {
    if (!dialog.open) return;
    dialog.close();
  };
  dialog.addEventListener('close', () => {
    preview.hide();
    opener?.focus();
  });
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  closeBtn.addEventListener('click', close);

  return {
    element: dialog,
    open(from) {
      opener = from;
      if (!dialog.open) dialog.show();
      refresh();
      format.focus();
    },
    close,
  };
}
