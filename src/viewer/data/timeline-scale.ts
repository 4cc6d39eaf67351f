// The dataset's timeline axis (time-scale.ts): its span (timelineRange) with every date the data holds, so only
// stretches no article, claim or event falls in are collapsed. Once per dataset: the slider, the chart and the control
// ticks all ask.
import { parseDay } from '../../core/days.ts';
import type { Dataset } from './data.ts';
import { timelineRange } from './control-model.ts';
import { timeScale, type TimeScale } from './time-scale.ts';

const scales = new WeakMap<Dataset, TimeScale>();

export function timelineScale(d: Dataset): TimeScale {
  let scale = scales.get(d);
  if (!scale) scales.set(d, (scale = timeScale(timelineRange(d), datesOf(d))));
  return scale;
}

function* datesOf(d: Dataset): Iterable<number> {
  for (const a of d.report.articles) yield parseDay(a.published);
  for (const { properties: p } of [...d.claims.features, ...d.events.features]) {
    yield parseDay(p.published);
    yield parseDay(p.asOf.start);
    yield parseDay(p.asOf.end);
  }
}

/** The date the viewer opens on: the last article's publication, so every report is on the map and the latest
 * figures are not faded as stale by the month-end padding the axis adds after it (the seeds' last article is 8 Feb
 * 2025; their axis ends on 28 Feb). The axis's end when there is no article. */
export function latestReport(d: Dataset): string {
  let latest = '';
  for (const a of d.report.articles) if (a.published > latest) latest = a.published;
  const { end } = timelineRange(d);
  return latest && latest < end ? latest : end;
}
