// Bring your own data: drop (or pick) article .txt files — alone, or with the corpus's manifest.json — geoparsed in
// the browser by the same core code as the CLI, and GeoJSON overlays such as a front-line polygon. An article is dated
// honestly: by its manifest entry, else by its dateline or first full date (core/text/dateline.ts), else by the user
// in a small form; never by the file's modification time. Text from files is only ever handed to the parser and to
// textContent.
import { el } from '../ui/dom.ts';
import { parseOverlay } from '../map/overlay.ts';
import {
  controlCharacterProblem,
  CorpusError,
  EARLIEST_PUBLISHED,
  decodeManifest,
  implausiblePublished,
  latestPublished,
  parseManifest,
  runDate,
  validateArticleText,
} from '../../core/corpus.ts';
import { DropCopies, fileNameProblem, fileTooLarge, overlayTooDeep, uploadRefusal } from './upload-limits.ts';
import { articleMeta } from '../../core/text/dateline.ts';
import { isoDate, type Article, type Manifest } from '../../core/schema.ts';
import type { Dataset } from './data.ts';
import type { Store } from '../app/state.ts';

/** Geoparses articles and merges the result into the dataset. Injected so this module stays about files. */
export type ArticleMerger = (articles: Article[], current: Dataset, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }) => Promise<Dataset>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Overlay bytes → text: UTF-8 only, as for articles (a BOM is dropped). */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes).replace(/^\ufeff/, '');
  } catch {
    throw new Error(`${name}: not valid UTF-8 text`);
  }
}

const safeFileName = (name: string): string => {
  const safe = name.replace(/[\\/]/g, '_');
  return safe.endsWith('.txt') ? safe : `${safe}.txt`;
};

/** An uploaded .txt: its manifest entry if one was dropped with it; else the title from the headline line and the date
 * from the dateline or first full date; `published` is null when the text gives none, or none plausible on `today` (the
 * run's date): "12 March 2099" would stretch the timeline to 2099, so the user is asked, and `undated` says why. */
export function articleFromFile(
  name: string,
  text: string,
  entry?: Manifest['articles'][number],
  today: string = runDate(),
): Omit<Article, 'published'> & { published: string | null; undated?: string } {
  if (entry) return { ...entry, text };
  const meta = articleMeta(text);
  const implausible = meta.published === null ? null : implausiblePublished(meta.published, today);
  // A headline is held to a manifest title's rule (one line of plain text): one with a bidi override or a control
  // character is not taken, and the file's name (checked by the drop) titles the article instead.
  const title = meta.title !== null && controlCharacterProblem(meta.title) === null ? meta.title : name;
  const article = { file: safeFileName(name), title, outlet: 'uploaded file', text };
  return implausible ? { ...article, published: null, undated: implausible } : { ...article, published: meta.published };
}

/** A small form in the upload panel asking for an article's publication date; resolves with it, or null if skipped.
 * `why`: why the text's own date was not taken. A date typed is checked as the text's is, against `today`. */
function askDate(host: HTMLElement, file: string, why: string | undefined, today: string): Promise<string | null> {
  return new Promise((resolve) => {
    const id = `upload-date-${host.querySelectorAll('form.upload-date').length}`;
    const input = el('input', { type: 'date', id, required: true, name: 'published', min: EARLIEST_PUBLISHED, max: latestPublished(today) });
    const skip = el('button', { type: 'button' }, 'Skip this article');
    const form = el(
      'form',
      { class: 'upload-date', 'data-file': file },
      el('label', { for: id }, why ? `“${file}”: its date ${why}. When was it published?` : `“${file}” gives no date. When was it published?`),
      input,
      el('button', { type: 'submit' }, 'Use this date'),
      skip,
    );
    const done = (value: string | null) => {
      form.remove();
      resolve(value);
    };
    // A refusal stays until the date is changed (a custom validity left set would block every later submit).
    input.addEventListener('input', () => input.setCustomValidity(''));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const r = isoDate.safeParse(input.value);
      const refusal = r.success ? implausiblePublished(r.data, today) : 'Enter a real date';
      if (r.success && !refusal) return done(r.data);
      input.setCustomValidity(refusal ?? '');
      input.reportValidity();
    });
    skip.addEventListener('click', () => done(null));
    host.append(form);
    input.focus();
  });
}

export function createUpload(store: Store, mergeArticles: ArticleMerger, dropTarget: HTMLElement): HTMLElement {
  let overlayCount = 0;
  const input = el('input', { type: 'file', id: 'upload-input', multiple: true, accept: '.txt,.geojson,.json,text/plain,application/geo+json,application/json' });
  const zone = el(
    'section',
    { class: 'panel-section upload', 'aria-labelledby': 'upload-h' },
    el('h2', { id: 'upload-h' }, 'Bring your own'),
    el('p', { class: 'muted' }, 'Drop article .txt files (with their manifest.json if you have one) or GeoJSON overlays (e.g. a front-line polygon) anywhere, or pick them:'),
    el('label', { for: 'upload-input', class: 'file-label' }, 'Choose files…'),
    input,
  );

  const handle = async (files: File[]) => {
    // A drop too large as a whole is refused before any file is read.
    const refusal = uploadRefusal(files);
    if (refusal) {
      store.update({ notice: { tone: 'error', text: refusal } });
      return;
    }
    const articles: Article[] = [];
    const overlays = [...store.get().overlays];
    const messages: string[] = [];
    let failed = false;
    // A manifest.json dropped with its .txt files dates and names them (checked like the CLI's, one-line messages).
    let manifest: Manifest | null = null;
    const manifestFile = files.find((f) => f.name === 'manifest.json');
    const manifestTooLarge = manifestFile && fileTooLarge(manifestFile);
    if (manifestTooLarge) {
      messages.push(manifestTooLarge);
      failed = true;
    } else if (manifestFile) {
      try {
        // The CLI's checks of the bytes too: valid UTF-8 only (a title must not silently become U+FFFD).
        manifest = parseManifest(decodeManifest(new Uint8Array(await manifestFile.arrayBuffer()), manifestFile.name), manifestFile.name);
        const dropped = new Set(files.map((f) => f.name));
        const missing = manifest.articles.findIndex((a) => !dropped.has(a.file));
        if (missing >= 0) messages.push(`manifest.json (articles[${missing}].file): "${manifest.articles[missing]!.file}" was not dropped with it`);
      } catch (e) {
        messages.push(e instanceof CorpusError ? e.message : `manifest.json: ${(e as Error).message}`);
        failed = true;
      }
    }
    const entries = new Map((manifest?.articles ?? []).map((a) => [a.file, a]));
    const copies = new DropCopies();
    for (const file of files) {
      if (file === manifestFile) continue;
      if (file.name === 'manifest.json') {
        // Two folders dropped at once: one manifest dates the drop; the other is not read as an overlay.
        messages.push('manifest.json: a second manifest in this drop, not read: drop one corpus at a time');
        failed = true;
        continue;
      }
      const badName = fileNameProblem(file.name);
      if (badName) {
        messages.push(badName);
        failed = true;
        continue;
      }
      const tooLarge = fileTooLarge(file);
      if (tooLarge) {
        messages.push(tooLarge);
        failed = true;
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const copyOf = copies.earlierCopy(file.name, bytes);
      if (copyOf !== null) {
        messages.push(`${file.name}: the same bytes as ${copyOf === file.name ? 'another file of that name' : copyOf} in this drop, read once`);
        continue;
      }
      if (/\.(geo)?json$/i.test(file.name)) {
        try {
          const text = decodeUtf8(bytes, file.name);
          const deep = overlayTooDeep(file.name, text);
          if (deep) throw new Error(deep);
          const o = parseOverlay(file.name, text, `overlay-${++overlayCount}`);
          overlays.push(o);
          messages.push(`${file.name}: overlay of ${Math.round(o.areaKm2).toLocaleString('en-GB')} km²`);
        } catch (e) {
          messages.push((e as Error).message);
          failed = true;
        }
      } else if (/\.txt$/i.test(file.name) || file.type.startsWith('text/')) {
        let text: string;
        try {
          // The CLI's own check of article bytes (UTF-8, no NUL, not empty, size): one function for both.
          text = validateArticleText(bytes, file.name);
        } catch (e) {
          messages.push((e as Error).message);
          failed = true;
          continue;
        }
        const today = runDate();
        const { undated, ...found } = articleFromFile(file.name, text, entries.get(file.name), today);
        const published = found.published ?? (await askDate(zone, found.file, undated, today));
        if (published === null) {
          messages.push(`${file.name}: no date given, skipped`);
          continue;
        }
        articles.push({ ...found, published });
      } else {
        messages.push(`${file.name}: not a .txt or .geojson file, skipped`);
        failed = true;
      }
    }
    let dataset = store.get().dataset;
    if (articles.length > 0) {
      // Geoparsing runs in a worker: show progress and offer to cancel.
      const controller = new AbortController();
      const bar = el('progress', { class: 'geoparse-progress', max: String(articles.length), value: '0' });
      const label = el('span', { class: 'geoparse-label' }, `Geoparsing 0/${articles.length}…`);
      const cancel = el('button', { type: 'button', class: 'geoparse-cancel' }, 'Cancel');
      cancel.addEventListener('click', () => controller.abort());
      const progress = el('div', { class: 'geoparse-status', role: 'status' }, label, bar, cancel);
      zone.append(progress);
      try {
        const before = dataset.places.features.length;
        dataset = await mergeArticles(articles, dataset, {
          signal: controller.signal,
          onProgress: (done, total) => {
            bar.value = done;
            label.textContent = `Geoparsing ${done}/${total}…`;
          },
        });
        messages.push(`${articles.length} article${articles.length === 1 ? '' : 's'} geoparsed; ${dataset.places.features.length - before} new place${dataset.places.features.length - before === 1 ? '' : 's'}`);
      } catch (e) {
        messages.push(controller.signal.aborted ? 'geoparsing cancelled: nothing was added' : `geoparsing failed: ${(e as Error).message}`);
        failed = !controller.signal.aborted;
      } finally {
        progress.remove();
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
