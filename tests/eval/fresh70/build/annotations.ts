import { EN } from './annotations-en.ts';
import { UK } from './annotations-uk.ts';
import { RU } from './annotations-ru.ts';
import type { ArticleAnnotation } from './types.ts';

export const ARTICLES: ArticleAnnotation[] = [...EN, ...UK, ...RU];
