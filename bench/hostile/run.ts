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
const KINDS = {
  'place names, no sentence end': (i: number): string => `${NAMES[i % NAMES.length]} `,
  'one sentence repeated': (): string => SENTENCE,
} as const;
const SIZES_KB = [16, 64];

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
  parse(hostileText(KINDS['one sentence repeated'], 4)); // warm up the JIT and the gazetteer's caches
  const rows: BenchRow[] = [];
  const figures: Record<string, number> = {};
  for (const [kind, piece] of Object.entries(KINDS)) {
    const ms: number[] = [];
    for (const kb of SIZES_KB) {
      const text = hostileText(piece, kb);
      const t0 = performance.now();
      parse(text);
      ms.push(performance.now() - t0);
      figures[`${kind}, ${kb} KB`] = ms.at(-1)!;
    }
    SIZES_KB.forEach((kb, i) =>
      rows.push({
        name: `parseArticle, ${kind}, ${kb} KB`,
        value: sig(ms[i]!),
        unit: 'ms',
        comparison: i ? `${sig(ms[i]! / ms[0]!, 2)}× the ${SIZES_KB[0]} KB time for ${kb / SIZES_KB[0]!}× the text` : undefined,
      }),
    );
  }
  return { id: 'hostile', title: 'Hostile articles (one article, warm)', rows, figures };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename)
  process.stdout.write(`${consoleTable([await runHostileBench()])}\n`);
