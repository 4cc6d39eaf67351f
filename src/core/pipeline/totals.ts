// The report's corpus totals, summed article by article.
import type { Report } from '../schema.ts';
import type { ArticleReport } from './article.ts';

export type Totals = Report['totals'];

export class TotalsTally {
  readonly #t = { articles: 0, mentions: 0, unresolved: 0, lowConfidence: 0, claims: 0, events: 0 };

  add(a: ArticleReport): void {
    this.#t.articles++;
    this.#t.mentions += a.mentions;
    this.#t.unresolved += a.unresolved;
    this.#t.lowConfidence += a.lowConfidence;
    this.#t.claims += a.claims;
    this.#t.events += a.events;
  }

  /** Key order is the report's. */
  totals(places: number): Totals {
    const t = this.#t;
    return {
      articles: t.articles,
      mentions: t.mentions,
      places,
      unresolved: t.unresolved,
      lowConfidence: t.lowConfidence,
      claims: t.claims,
      events: t.events,
    };
  }
}
