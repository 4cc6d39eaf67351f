// Function words of the three languages of this reporting, from the maintained stopwords-iso lists: a capitalised one
// at the start of a sentence ("Того же дня", "Так", "Most") is the word, not a place that shares its spelling.
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { normalizeName } from './normalize.ts';

const LANGS = ['en', 'uk', 'ru'] as const;
const lists = stopwordsIso as unknown as Record<(typeof LANGS)[number], string[]>;

export const STOPWORDS: ReadonlySet<string> = new Set(LANGS.flatMap((l) => lists[l].map(normalizeName)));
