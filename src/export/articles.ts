// Article metadata by manifest file name, from report.json: the exports name each source by title and outlet,
// not only by its file name.
import type { Report } from '../core/schema.ts';

export interface ArticleRef {
  title: string;
  outlet: string;
  url: string | null;
}

export type ArticleIndex = ReadonlyMap<string, ArticleRef>;

export function articleIndex(report: Pick<Report, 'articles'> | null): ArticleIndex {
  const index = new Map<string, ArticleRef>();
  for (const a of report?.articles ?? []) index.set(a.file, { title: a.title, outlet: a.outlet, url: a.url ?? null });
  return index;
}

/** The four article columns every claim and event row carries. */
export function articleCells(
  index: ArticleIndex,
  file: string,
): { article: string; articleTitle: string | null; outlet: string | null; url: string | null } {
  const ref = index.get(file);
  return { article: file, articleTitle: ref?.title ?? null, outlet: ref?.outlet ?? null, url: ref?.url ?? null };
}

export const articleColumns = [
  { name: 'article', type: 'string' },
  { name: 'articleTitle', type: 'string' },
  { name: 'outlet', type: 'string' },
  { name: 'url', type: 'string' },
] as const;
