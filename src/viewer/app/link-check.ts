// What a link asks for that this data does not hold: a date outside the timeline (an empty map with no word why,
// "As reported up to 1 Jan 1800"), a place or claim id or an article file the data does not have. Each is dropped
// or brought onto the timeline, with a one-line message naming the field.
import type { Dataset } from '../data/data.ts';
import { timelineRange } from '../data/control-model.ts';
import { articlesByFile, placesById } from '../data/dataset-index.ts';
import { formatDate } from '../ui/format.ts';
import { quoted, type LinkProblem } from './permalink.ts';
import type { NavState } from './state.ts';

export function checkLinkAgainstData(nav: NavState, dataset: Dataset): { nav: NavState; problems: LinkProblem[] } {
  const out: NavState = { ...nav };
  const problems: LinkProblem[] = [];
  const { start, end } = timelineRange(dataset);
  if (nav.date < start || nav.date > end) {
    out.date = nav.date < start ? start : end;
    problems.push({
      field: 'date',
      text: `The link's date=${nav.date} is ${nav.date < start ? 'before' : 'after'} this data's timeline (${formatDate(start)} – ${formatDate(end)}); ${formatDate(out.date)} is shown.`,
      afterData: nav.date > end,
    });
  }
  const sel = nav.selection;
  if (sel) {
    const found =
      sel.kind === 'place' ? placesById(dataset.places).has(sel.id) : dataset.claims.features.some((f) => f.properties.id === sel.id);
    if (!found) {
      out.selection = null;
      problems.push({
        field: 'sel',
        text: `The link's sel=${quoted(`${sel.kind}:${sel.id}`)} names no ${sel.kind} in this data; nothing is selected.`,
      });
    }
  }
  if (nav.article && !articlesByFile(dataset.report).has(nav.article)) {
    out.article = null;
    problems.push({
      field: 'article',
      text: `The link's article=${quoted(nav.article)} is not an article of this data; no article is highlighted.`,
    });
  }
  return { nav: out, problems };
}
