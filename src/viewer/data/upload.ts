// Bring your own data: drop (or pick) article .txt files, geoparsed in the browser by the same core code
// as the CLI, and GeoJSON overlays such as a front-line polygon. Text from files is only ever handed to
// the parser and to textContent.
import { el } from '../ui/dom.ts';
import { parseOverlay } from '../map/overlay.ts';
import type { Article } from '../../core/schema.ts';
import type { Dataset } from './data.ts';
import type { Store } from '../app/state.ts';

/** Geoparses articles and merges the result into the dataset. Injected so this module stays about files. */
export type ArticleMerger = (articles: Article[], current: Dataset) => Promise<Dataset>;

const MAX_BYTES = 5_000_000;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An uploaded .txt has no manifest entry: its first non-empty line is the title, the file date the publication date. */
export function articleFromFile(file: File, text: string): Article {
  const firstLine = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? file.name;
  const safeName = file.name.replace(/[\\/]/g, '_');
  const published = Number.isFinite(file.lastModified) && file.lastModified > 0 ? new Date(file.lastModified).toISOString().slice(0, 10) : today();
  return {
    file: safeName.endsWith('.txt') ? safeName : `${safeName}.txt`,
    title: firstLine.slice(0, 200),
    outlet: 'uploaded file',
    published,
    text,
  };
}

export function createUpload(store: Store, mergeArticles: ArticleMerger, dropTarget: HTMLElement): HTMLElement {
  let overlayCount = 0;
  const input = el('input', { type: 'file', id: 'upload-input', multiple: true, accept: '.txt,.geojson,.json,text/plain,application/geo+json,application/json' });
  const zone = el(
    'section',
    { class: 'panel-section upload', 'aria-labelledby': 'upload-h' },
    el('h2', { id: 'upload-h' }, 'Bring your own'),
    el('p', { class: 'muted' }, 'Drop article .txt files or GeoJSON overlays (e.g. a front-line polygon) anywhere, or pick them:'),
    el('label', { for: 'upload-input', class: 'file-label' }, 'Choose files…'),
    input,
  );

  const handle = async (files: File[]) => {
    const articles: Article[] = [];
    const overlays = [...store.get().overlays];
    const messages: string[] = [];
    let failed = false;
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        messages.push(`${file.name}: larger than 5 MB, skipped`);
        failed = true;
        continue;
      }
      const text = await file.text();
      if (/\.(geo)?json$/i.test(file.name)) {
        try {
          const o = parseOverlay(file.name, text, `overlay-${++overlayCount}`);
          overlays.push(o);
          messages.push(`${file.name}: overlay of ${Math.round(o.areaKm2).toLocaleString('en-GB')} km²`);
        } catch (e) {
          messages.push((e as Error).message);
          failed = true;
        }
      } else if (/\.txt$/i.test(file.name) || file.type.startsWith('text/')) {
        articles.push(articleFromFile(file, text));
      } else {
        messages.push(`${file.name}: not a .txt or .geojson file, skipped`);
        failed = true;
      }
    }
    let dataset = store.get().dataset;
    if (articles.length > 0) {
      try {
        const before = dataset.places.features.length;
        dataset = await mergeArticles(articles, dataset);
        messages.push(`${articles.length} article${articles.length === 1 ? '' : 's'} geoparsed; ${dataset.places.features.length - before} new place${dataset.places.features.length - before === 1 ? '' : 's'}`);
      } catch (e) {
        messages.push(`geoparsing failed: ${(e as Error).message}`);
        failed = true;
      }
    }
    store.update({ dataset, overlays, notice: { tone: failed ? 'error' : 'info', text: messages.join(' · ') } });
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void handle(files);
  });
  dropTarget.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropTarget.classList.add('dragging');
  });
  dropTarget.addEventListener('dragleave', (e) => {
    if (e.target === dropTarget) dropTarget.classList.remove('dragging');
  });
  dropTarget.addEventListener('drop', (e) => {
    e.preventDefault();
    dropTarget.classList.remove('dragging');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length) void handle(files);
  });
  return zone;
}
