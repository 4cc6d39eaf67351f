// Hostile articles: one article's parse time (parseArticle) on texts built to defeat per-sentence bounds, a run of
// place names with no sentence end and one sentence repeated, at growing sizes. Time should grow about linearly with
// length; round 30 found it quadratic (a 64 KB run of names took ~38 s here, under 2 s after the fix). Warm, in process.
//   node --import tsx bench/hostile/run.ts
import { resolve } from 'node:path';
import { loadGazetteer } from '../../src/cli/load-gazetteer.ts';
import { parseArticle } from '../../src/core/pipeline/article.ts';
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
};

/** A text of `kb` KiB made of the kind's pieces. */
function hostileText(piece: (i: number) => string, kb: number): string {
  let text = '';
  for (let i = 0; text.length < kb * 1024; i++) text += piece(i);
  return text.slice(0, kb * 1024);
}

export async function runHostileBench(): Promise<BenchSection> {
  const gazetteer = loadGazetteer();
  const parse = (text: string): void =>
    void parseArticle({ file: 'hostile.txt', title: 'hostile', outlet: 'bench', published: '2024-01-01', text }, gazetteer);
  parse(hostileText(KINDS['one sentence repeated']!.piece, 4)); // warm up the JIT and the gazetteer's caches
  const rows: BenchRow[] = [];
  const figures: Record<string, number> = {};
  for (const [kind, { piece, sizes }] of Object.entries(KINDS)) {
    const ms: number[] = [];
    for (const kb of sizes) {
      const text = hostileText(piece, kb);
      const t0 = performance.now();
      parse(text);
      ms.push(performance.now() - t0);
      figures[`${kind}, ${kb} KB`] = ms.at(-1)!;
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
  return { id: 'hostile', title: 'Hostile articles (one article, warm)', rows, figures };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename)
  process.stdout.write(`${consoleTable([await runHostileBench()])}\n`);
