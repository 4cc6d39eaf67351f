// Finds the evaluation sets (tests/eval/<set>/ with corpus/ and gold/) and loads them: the articles with the CLI's
// corpus reader (every check the CLI makes), the gold files with their schema, and checks that the two agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../../src/cli/corpus-dir.ts';
import type { Article } from '../../../src/core/schema.ts';
import { parseGold, type GoldArticle } from './gold.ts';

export const evalDir = join(import.meta.dirname, '..');

export interface EvalSet {
  name: string;
  articles: Article[];
  gold: GoldArticle[];
}

/** Names of the sets under dir, in a fixed order: places, control, dev, then the rest alphabetically. */
export function findSets(dir: string = evalDir): string[] {
  const order = ['places', 'control', 'dev'];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'corpus')) && existsSync(join(dir, d.name, 'gold')))
    .map((d) => d.name);
  const rank = (n: string): number => (order.includes(n) ? order.indexOf(n) : order.length);
  // fresh2 … fresh9 before fresh10: numbers in names compare as numbers
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

export function loadGoldDir(goldDir: string): GoldArticle[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(goldDir, f);
      const gold = parseGold(readFileSync(path, 'utf8'), path);
      if (gold.file !== f.replace(/\.json$/, '.txt')) throw new Error(`${path} (file): names ${gold.file}, expected ${f.replace(/\.json$/, '.txt')}`);
      return gold;
    });
}

export function loadSet(name: string, dir: string = evalDir): EvalSet {
  const articles = readCorpus(join(dir, name, 'corpus'));
  const gold = loadGoldDir(join(dir, name, 'gold'));
  const files = new Set(articles.map((a) => a.file));
  for (const g of gold) if (!files.has(g.file)) throw new Error(`${join(dir, name, 'gold')}: ${g.file} has gold but is not in the corpus manifest`);
  const withGold = new Set(gold.map((g) => g.file));
  for (const a of articles) if (!withGold.has(a.file)) throw new Error(`${join(dir, name, 'corpus')}: ${a.file} has no gold file`);
  return { name, articles, gold };
}
