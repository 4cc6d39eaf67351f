import { EN } from './annotations-en.mjs';
import { UK } from './annotations-uk.mjs';
import { RU } from './annotations-ru.mjs';

export const ARTICLES = [...EN, ...UK, ...RU];
