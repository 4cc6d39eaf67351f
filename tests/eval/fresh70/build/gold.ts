// The gold of tests/eval/fresh70: its annotations and reference places through the shared builder.
import { join } from 'node:path';
import { buildAllGold as buildSetGold, buildGold as buildArticleGold } from '../../build/gold-builder.ts';
import type { ArticleAnnotation, Gold } from './types.ts';
import { ARTICLES } from './annotations.ts';
import { PLACES } from './places.ts';

export { showGold } from '../../build/gold-builder.ts';
export const FRESH70_SET = join(import.meta.dirname, '..');
export const buildGold = (a: ArticleAnnotation, text: string): Gold => buildArticleGold(a, text, PLACES);
export const buildAllGold = () => buildSetGold(FRESH70_SET, ARTICLES, PLACES);
