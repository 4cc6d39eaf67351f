import { EN } from './annotations-en.mjs';
import { EN2 } from './annotations-en2.mjs';
import { UK } from './annotations-uk.mjs';
import { UK2 } from './annotations-uk2.mjs';
import { RU } from './annotations-ru.mjs';
import { RU2 } from './annotations-ru2.mjs';
import { EN3, UK3, RU3 } from './annotations-3.mjs';

export const ARTICLES = [...EN, ...EN2, ...EN3, ...UK, ...UK2, ...UK3, ...RU, ...RU2, ...RU3];
