// Places on the two time axes: a map made on date D shows only the places the articles published by D had named.
// First-reported dates are worked out once per dataset (O(mentions)); each date is then a filter over places.
import { firstReported } from '../../core/claims/visibility.ts';
import type { PlaceFeature } from '../../core/schema.ts';
import type { TimeReading } from '../../core/claims/visibility.ts';
import type { Dataset } from './data.ts';
import { articlesOfPlace } from './mentions.ts';

const memo = new WeakMap<Dataset, Map<string, string>>();

/** Place id → the publication date of the earliest article that names it. */
export function firstReportedDates(dataset: Dataset): Map<string, string> {
  let dates = memo.get(dataset);
  if (!dates) {
    const published = new Map(dataset.report.articles.map((a) => [a.file, a.published]));
    dates = new Map();
    for (const f of dataset.places.features) {
      // Compact places carry no mentions: their articles come from the mention index.
      // The earliest date is the same whether an article is seen once or twice: no set of a busy place's 10,000 files.
      const first = firstReported(articlesOfPlace(dataset.mentions, f), (a) => published.get(a));
      if (first) dates.set(f.properties.id, first);
    }
    memo.set(dataset, dates);
  }
  return dates;
}

/** The places known on `date` (all of them when reading in hindsight). */
export function placesReportedBy(dataset: Dataset, date: string, reading: TimeReading = 'reported'): PlaceFeature[] {
  if (reading === 'described') return dataset.places.features;
  const dates = firstReportedDates(dataset);
  return dataset.places.features.filter((f) => (dates.get(f.properties.id) ?? '') <= date);
}

/** The date a place was first reported on when that is after `date` (the map of `date` does not show it); null when
 * it was known by then, and always when reading in hindsight. */
export function reportedLater(dataset: Dataset, date: string, reading: TimeReading | undefined, id: string): string | null {
  if (reading === 'described') return null;
  const first = firstReportedDates(dataset).get(id);
  return first !== undefined && first > date ? first : null;
}
