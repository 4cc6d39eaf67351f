// Which Cyrillic language an article and its sentences are written in: Ukrainian outlets also publish in Russian, and
// a Russian rule ("…, освободив X": an adverbial participle) must not read a Ukrainian past tense ("звільнив").
import type { Article } from '../schema.ts';
import { UKRAINIAN_LETTERS } from './lexicon.ts';

/** Letters only Russian writes. */
const RUSSIAN_LETTERS = /[ыэъё]/iu;

/** Whether an article is written in Ukrainian: more letters only Ukrainian writes than letters only Russian writes. */
const ukrainianArticleText = (text: string): boolean => (text.match(/[іїєґ]/giu)?.length ?? 0) > (text.match(/[ыэъё]/giu)?.length ?? 0);

/** The same, counted once per article (the actor is read trigger by trigger). */
const ukrainianArticles = new WeakMap<Article, boolean>();
export function isUkrainianArticle(article: Article): boolean {
  let ukrainian = ukrainianArticles.get(article);
  if (ukrainian === undefined) ukrainianArticles.set(article, (ukrainian = ukrainianArticleText(article.text)));
  return ukrainian;
}

/** A sentence is Ukrainian when it has a letter only Ukrainian writes, or, in a Ukrainian article, none only Russian
 * writes: "Сили оборони контролюють Куп'янськ" has neither і nor ї, and its "-ють" is no Russian infinitive. */
export const ukrainianSentence = (text: string, ukrainianArticle: boolean): boolean =>
  UKRAINIAN_LETTERS.test(text) || (ukrainianArticle && !RUSSIAN_LETTERS.test(text));
