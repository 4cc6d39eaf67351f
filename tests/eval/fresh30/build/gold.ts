// The gold of tests/eval/fresh30: its annotations and reference places through the shared builder, with each event's
// `part` flag (round 31) passed into the gold JSON: the shared builder does not know it yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGold as buildSharedGold } from '../../build/gold-builder.ts';
import type { ArticleAnnotation, Gold } from './types.ts';
import { ARTICLES } from './annotations.ts';
import { PLACES } from './places.ts';

export { showGold } from '../../build/gold-builder.ts';
export const FRESH30_SET = join(import.meta.dirname, '..');

/** The shared gold, then `part: true` on every gold event an annotation marks as a part of its settlement. */
export function buildGold(a: ArticleAnnotation, text: string): Gold {
  const gold = buildSharedGold(a, text, PLACES) as Gold;
  const partStarts = new Set(
    buildSharedGold({ ...a, events: (a.events ?? []).filter((e) => e.part) }, text, PLACES).events.map((e) => e.start),
  );
  return { ...gold, events: gold.events.map((e) => (partStarts.has(e.start) ? { ...e, part: true } : e)) };
}

export function buildAllGold(): { file: string; gold: Gold; json: string; text: string }[] {
  return ARTICLES.map((a) => {
    const text = readFileSync(join(FRESH30_SET, 'corpus', a.file), 'utf8');
    const gold = buildGold(a, text);
    return { file: a.file.replace(/\.txt$/, '.json'), gold, json: JSON.stringify(gold, null, 2) + '\n', text };
  });
}
