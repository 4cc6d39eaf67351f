// Hostile articles: one article's parse time (parseArticle) on texts built to defeat per-sentence bounds, a run of
// place names with no sentence end and one sentence repeated, at growing sizes. Time should grow about linearly with
// length; round 30 found it quadratic (a 64 KB run of names took ~38 s here, under 2 s after the fix). Warm, in process.
//   node --import tsx bench/hostile/run.ts [--only=<part of a kind's name>]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../../src/cli/load-gazetteer.ts';
import type { Gazetteer } from '../../src/core/gazetteer/gazetteer.ts';
import { parseArticle } from '../../src/core/pipeline/article.ts';
import { geoparseCorpus } from '../../src/core/pipeline/builder.ts';
import { sig, type BenchRow, type BenchSection } from '../lib/section.ts';
import { consoleTable } from '../lib/table.ts';

const NAMES = [
  'Bakhmut',
  'Avdiivka',
  'Pokrovsk',
  'Kupiansk',
  'Chasiv Yar',
  'Toretsk',
  'Vuhledar',
  'Kurakhove',
  'Siversk',
  'Lyman',
  'Kherson',
  'Zaporizhzhia',
];
const SENTENCE = 'Russian forces captured the village of Krasnohorivka near Pokrovsk in Donetsk Oblast on Monday, the General Staff said. ';
/** Russian spellings of Ukrainian villages (the root-vowel reader respells them), districts and hromadas named by
 * their centre's adjective (district-centre.ts), an oblast: round 31 found the root-vowel reader filtering every placed
 * mention of the sentence for each word it read (64 KB 5.7 s of 8.3 s in it). */
const CYRILLIC = [
  'Клещеевка',
  'Спорное',
  'Часовоярской громады',
  'Белогорье',
  'Курахівської громади',
  'Работино',
  'Великописаревской громады',
  'Андреевка',
  'Криворожского района',
  'Новопавловской громады',
  'Донецкой области',
  'Шосткинського району',
  'Вольное Поле',
  'Кременской громады',
];
/** Round 47: a Ukrainian count of ground with no settlement, one line: each sentence with no trigger had the article's
 * perspective read again over the whole text (`perspectiveOf`, its null never kept). */
const UK_COUNT = 'За тиждень окупанти просунулися на 25 кв. км, повідомили у Силах оборони. ';
/** Round 47: an English figure in a quotation opened after a colon, with a time phrase, no sentence end: each figure
 * read the text back to its start for the quotation mark and the colon, and each figure beside each phrase read the
 * sentence up to the phrase for a compared term, a record's bar and an event followed (claims/period.ts). */
const COLON_QUOTE = 'over the last week: “Russian forces took 12 km² ';
/** Round 47, second stint: an English area figure and a date in one clause, repeated after an opening bracket with no
 * sentence end: each figure beside each phrase read the gap between them (claims/period.ts, now text-index.ts). */
const BRACKET_DATES = 'Russian forces took 12 km² near Pokrovsk in May, ';
/** Round 48: Russian ground "liberated" with no subject in sentences ended by "!" (no full stop): each figure read the
 * side an earlier sentence named as liberating from the whole text before it, walking back to a full stop for every
 * verb of liberating there (claims/liberated.ts). */
const LIBERATED_BANG = 'В ДНР освобождено 4 кв. км! ';
/** Round 48: an English area figure and a compared term in one clause, no sentence end (claims/comparison-term.ts,
 * figureKind's markers, the events' clause readings). */
const COMPARED = 'Russian forces took 12 km² near Pokrovsk, more than in May 2024, ';
/** Round 49: Russian counts of settlements liberated, one clause after another with no sentence end: each count read
 * the whole sentence's markers (counted.ts) and its clause's three more times (counts.ts). Round 50: and the side named
 * before each count (claims/sides.ts `sideOrEnemyBefore`, now side-matches.ts), the sentence's speakers, first person,
 * peak words and daily-rate words (each per count over the sentence or clause). */
const RU_SETTLEMENTS = 'освобождены 12 населенных пунктов, ';
/** Round 50, review: the same counts joined by "и", no comma in the clause: each count read its clause from the start
 * for a daily-rate word (claims/daily-rate.ts: the comma bound fell back to the clause's start). */
const RU_SETTLEMENTS_AND = 'освобождены 12 населенных пунктов и ';
/** Round 49, second stint: an English area figure and a "since" date, joined by "and" with no sentence end: each figure
 * filtered every time phrase of the sentence (claims/period.ts, now kept-phrases.ts read lazily). */
const SINCE_AND = 'Russian forces took 12 km² since May 2024 and ';
/** Round 49, third stint: one English list of area figures joined by commas, no sentence end: each figure sorted the
 * sentence's figures and walked its list again (claims/respectively.ts), and each undated figure was compared with every
 * claim of the article (claims/restated.ts). Round 50: and read the sentence for "now", its clause breaks and anaphors,
 * and the joined figures after it (claims/period.ts, modality.ts, anaphora.ts, joined-figures.ts). */
const FIGURE_LIST = 'Russian forces took ';
/** Round 52: prose with no sentence stop anywhere, one line (every per-sentence bound is the whole text). */
const NO_STOP = 'Russian troops keep attacking Ukrainian positions near Pokrovsk and Kurakhove with drones and artillery and ';
/** Round 52: a shelling list, short paragraphs of place names joined by commas (many sentences, each a list). */
const SHELLED = ['Nikopol', 'Marhanets', 'Kherson', 'Antonivka', 'Bilozerka', 'Kupiansk', 'Vovchansk', 'Lyptsi', 'Zolochiv'];
/** Round 52: Cyrillic words joined by hyphens, no space (one token to the word readers, one sentence). */
const HYPHENED = ['Клещеевка', 'наступление', 'Спорное', 'войска', 'Часов', 'Яр', 'освобождено', 'Курахове', 'громада'];
/** Kinds sized by pieces, not KiB: a piece is a paragraph or a word. */
const PIECES = new Set<string>(['shelling list, short paragraphs of names and commas', 'Cyrillic words joined by hyphens']);
const KINDS: Record<string, { piece: (i: number) => string; sizes: number[] }> = {
  'place names, no sentence end': { piece: (i) => `${NAMES[i % NAMES.length]} `, sizes: [16, 64] },
  'one sentence repeated': { piece: () => SENTENCE, sizes: [16, 64] },
  'district adjectives and root-vowel names, no sentence end': { piece: (i) => `${CYRILLIC[i % CYRILLIC.length]} `, sizes: [64, 128] },
  // round 47: each break of a run of blank lines walked the rest of the run (text/sentences.ts)
  'blank lines': { piece: () => '\n', sizes: [16, 64] },
  'Ukrainian count with no settlement, one line': { piece: () => UK_COUNT, sizes: [16, 64] },
  'figures in quotations after a colon, no sentence end': { piece: () => COLON_QUOTE, sizes: [16, 64] },
  'figures and dates after an opening bracket, no sentence end': {
    piece: (i) => (i ? BRACKET_DATES : `(${BRACKET_DATES}`),
    sizes: [8, 32],
  },
  'agentless liberated ground, sentences ended by "!"': { piece: () => LIBERATED_BANG, sizes: [8, 32] },
  'figures and compared terms in one clause, no sentence end': { piece: () => COMPARED, sizes: [8, 32] },
  'counts of settlements liberated, no sentence end': { piece: () => RU_SETTLEMENTS, sizes: [2, 8] },
  'counts of settlements liberated joined by "и", no comma': { piece: () => RU_SETTLEMENTS_AND, sizes: [2, 8] },
  'figures and "since" dates joined by "and", no sentence end': { piece: () => SINCE_AND, sizes: [8, 32] },
  'a list of area figures joined by commas, no sentence end': {
    piece: (i) => (i ? `${10 + (i % 80)} km², ` : FIGURE_LIST),
    sizes: [8, 32],
  },
  'prose with no sentence stop, one line': { piece: () => NO_STOP, sizes: [50, 200] },
  'shelling list, short paragraphs of names and commas': {
    piece: (i) => `${[0, 1, 2, 3].map((k) => SHELLED[(i + k * 2) % SHELLED.length]).join(', ')}\n`,
    sizes: [1250, 5000],
  },
  'Cyrillic words joined by hyphens': { piece: (i) => `${i ? '-' : ''}${HYPHENED[i % HYPHENED.length]}`, sizes: [1000, 4000] },
};

/** A text of `kb` KiB made of the kind's pieces (or of `kb` pieces, for the kinds sized by pieces). */
function hostileText(piece: (i: number) => string, kb: number, pieces = false): string {
  let text = '';
  if (pieces) {
    for (let i = 0; i < kb; i++) text += piece(i);
    return text;
  }
  for (let i = 0; text.length < kb * 1024; i++) text += piece(i);
  return text.slice(0, kb * 1024);
}

/** Round 52: a corpus folder of `n` one-line articles, read through the CLI's corpus reader and geoparsed whole. */
function manifestCorpus(n: number, gazetteer: Gazetteer): number {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-corpus-'));
  try {
    const articles = Array.from({ length: n }, (_, i) => ({
      file: `a${i}.txt`,
      title: `Article ${i}`,
      outlet: `outlet${i % 7}`,
      published: '2024-01-01',
    }));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles }));
    articles.forEach((a, i) => writeFileSync(join(dir, a.file), `${NAMES[i % NAMES.length]} was shelled on Monday, the governor said.\n`));
    const t0 = performance.now();
    geoparseCorpus(readCorpus(dir, { today: '2024-01-02' }), gazetteer);
    const ms = performance.now() - t0;
    process.stderr.write(`manifest, ${n}: ${Math.round(ms)} ms\n`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `only`: run just the kinds whose name holds it ("manifest" for the corpus reader), e.g. `-- --only=hyphens`. */
export async function runHostileBench(only?: string): Promise<BenchSection> {
  const gazetteer = loadGazetteer();
  const parse = (text: string): void =>
    void parseArticle({ file: 'hostile.txt', title: 'hostile', outlet: 'bench', published: '2024-01-01', text }, gazetteer);
  parse(hostileText(KINDS['one sentence repeated']!.piece, 4)); // warm up the JIT and the gazetteer's caches
  const rows: BenchRow[] = [];
  const figures: Record<string, number> = {};
  for (const [kind, { piece, sizes }] of Object.entries(KINDS)) {
    if (only !== undefined && !kind.includes(only)) continue;
    const ms: number[] = [];
    for (const kb of sizes) {
      const text = hostileText(piece, kb, PIECES.has(kind));
      const t0 = performance.now();
      parse(text);
      ms.push(performance.now() - t0);
      figures[`${kind}, ${kb} KB`] = ms.at(-1)!;
      process.stderr.write(`${kind}, ${kb}: ${Math.round(ms.at(-1)!)} ms\n`); // (progress: a slow shape shows itself)
    }
    sizes.forEach((kb, i) =>
      rows.push({
        name: `parseArticle, ${kind}, ${kb} KB`,
        value: sig(ms[i]!),
        unit: 'ms',
        comparison: i ? `${sig(ms[i]! / ms[0]!, 2)}× the ${sizes[0]} KB time for ${kb / sizes[0]!}× the text` : undefined,
      }),
    );
  }
  const corpus = only === undefined || 'manifest'.includes(only) ? [500, 2000].map((n) => manifestCorpus(n, gazetteer)) : [];
  corpus.forEach((_, i) => {
    const n = [500, 2000][i]!;
    figures[`manifest of one-line articles, ${n} articles`] = corpus[i]!;
    rows.push({
      name: `readCorpus + geoparseCorpus, manifest of ${n} one-line articles`,
      value: sig(corpus[i]!),
      unit: 'ms',
      comparison: i ? `${sig(corpus[i]! / corpus[0]!, 2)}× the 500-article time for 4× the articles` : undefined,
    });
  });
  return { id: 'hostile', title: 'Hostile articles (one article, warm)', rows, figures };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename)
  process.stdout.write(`${consoleTable([await runHostileBench(process.argv.find((a) => a.startsWith('--only='))?.slice(7))])}\n`);
