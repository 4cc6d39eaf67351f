import { EN } from './annotations-en.ts';
import { EN2 } from './annotations-en2.ts';
import { UK } from './annotations-uk.ts';
import { UK2 } from './annotations-uk2.ts';
import { RU } from './annotations-ru.ts';
import { RU2 } from './annotations-ru2.ts';
import { EN3, UK3, RU3 } from './annotations-3.ts';

import type { ArticleAnnotation } from './types.ts';

export const ARTICLES: ArticleAnnotation[] = [...EN, ...EN2, ...EN3, ...UK, ...UK2, ...UK3, ...RU, ...RU2, ...RU3];
