// Human wording for claims and dates, shared by the map labels, the chart, the table and popups.
import type {
  AnyAreaClaimProperties,
  AreaClaimProperties,
  ClaimProperties,
  CountClaimProperties,
  Figure,
  Period,
  Qualifier,
  ShareFigureProperties,
} from '../../core/schema.ts';
import { isShareFigure } from '../../core/schema.ts';
import { parseDay } from '../../core/days.ts';
import { countryName } from '../../print/symbols.ts';
import { formatDate, MONTH_ABBREVIATIONS as MONTHS } from '../../print/format-date.ts';

export { formatDate };

/** "town · Kursk Oblast, Russia · 60 mentions in 24 articles": a country by its name, not its ISO code. */
export function placeMeta(p: {
  kind: string;
  admin1?: string | null;
  country: string;
  mentionCount: number;
  articleCount: number;
}): string {
  const where = `${p.admin1 ? `${p.admin1}, ` : ''}${countryName(p.country)}`;
  const mentions = `${p.mentionCount} mention${p.mentionCount === 1 ? '' : 's'} in ${p.articleCount} article${p.articleCount === 1 ? '' : 's'}`;
  return `${p.kind} · ${where} · ${mentions}`;
}

/** How many sources a claim has: its distinct articles (publications), not its quotes. An article that states the
 * figure in its headline and again in its body is one source; "2 sources" read as corroboration. */
export const articleCount = (sources: readonly { article: string }[]): number => new Set(sources.map((x) => x.article)).size;

/** The claims table's source count: a figure published after the date has no source yet, and says why. */
export const sourceCount = (known: number, future: boolean): string =>
  future ? 'published after this date' : `${known} source${known === 1 ? '' : 's'}`;

const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function km2(n: number): string {
  return `${nf.format(n)} km²`;
}

const SYMBOL: Record<Qualifier, string> = {
  exact: '',
  about: '≈ ',
  'at least': '≥ ',
  'more than': '> ',
  'at most': '≤ ',
  'less than': '< ',
  'up to': '≤ ',
  between: '',
};

/** The figure as written when it was not in km²: "(2,700 sq mi)". */
function writtenAs(f: Figure): string {
  if (f.unit === 'km2' || f.unit === 'percent') return '';
  const unit = f.unit === 'mi2' ? 'sq mi' : 'ha';
  const v = f.valueMin !== f.valueMax ? `${nf.format(f.valueMin)}–${nf.format(f.valueMax)}` : nf.format(f.value);
  return ` (${v} ${unit})`;
}

const VERB: Record<AnyAreaClaimProperties['type'] | 'share-lost' | 'share-held', string> = {
  'area-held': 'held by',
  'area-held-peak': 'held at the peak by',
  'area-lost': 'lost by',
  'area-retaken': 'retaken by',
  'area-gained': 'gained by',
  'area-contested': 'contested',
  'share-lost': 'lost by',
  'share-held': 'held by',
};

/** "≈ 800 km² held by UA", "1,200 km² retaken by RU", "≈ 40 % lost by UA", "200 km² contested". */
export function claimHeadline(p: AnyAreaClaimProperties | ShareFigureProperties): string {
  const figure = isShareFigure(p)
    ? p.percentMin !== p.percentMax
      ? `${nf.format(p.percentMin)}–${nf.format(p.percentMax)} %`
      : `${SYMBOL[p.qualifier]}${nf.format(p.percent)} %`
    : `${formatArea(p)}${writtenAs(p.original)}`;
  return p.side ? `${figure} ${VERB[p.type]} ${p.side}` : `${figure} ${VERB[p.type]}`;
}

/** One of what a count counts: "1 settlement", not "1 settlements" (a print of the Sumy front read "1 settlements"). */
const ONE: Record<CountClaimProperties['counts'], string> = {
  settlements: 'settlement',
  troops: 'soldier',
  casualties: 'casualty',
  killed: 'killed',
  wounded: 'wounded',
  recruits: 'recruit',
};

/** "1 settlement", "about 4 settlements", "≥ 1,000 troops": a count's figure and what it counts, singular for one. */
export function countFigure(p: Pick<CountClaimProperties, 'qualifier' | 'value' | 'valueMin' | 'valueMax' | 'counts'>): string {
  const q = p.qualifier === 'exact' ? '' : `${p.qualifier} `;
  const one = p.value === 1 && p.valueMin === 1 && p.valueMax === 1;
  return `${q}${p.value.toLocaleString('en-GB')} ${one ? ONE[p.counts] : p.counts}`;
}

/** "≈ 800 km²", "600–700 km²", "≥ 1,000 km²". */
export function formatArea(p: Pick<AreaClaimProperties, 'qualifier' | 'areaKm2' | 'areaKm2Min' | 'areaKm2Max'>): string {
  if (p.areaKm2Min !== p.areaKm2Max) return `${nf.format(p.areaKm2Min)}–${km2(p.areaKm2Max)}`;
  return `${SYMBOL[p.qualifier]}${km2(p.areaKm2)}`;
}

function part(day: number): string {
  return day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late';
}

/** A period in the words a reader would use: "mid-Dec 2024", "late Aug 2024", "Aug–Sep 2024". */
export function formatPeriod(p: Period): string {
  const [ys, ms, ds] = p.start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = p.end.split('-').map(Number) as [number, number, number];
  if (ys === ye && ms === me) {
    if (ds === 1 && de >= 28) return `${MONTHS[ms - 1]} ${ys}`;
    const mid = Math.round((ds + de) / 2);
    return `${part(mid)}-${MONTHS[ms - 1]} ${ys}`;
  }
  if (ys === ye) return `${MONTHS[ms - 1]}–${MONTHS[me - 1]} ${ys}`;
  return `${MONTHS[ms - 1]} ${ys}–${MONTHS[me - 1]} ${ye}`;
}

/** Who a claim is from: the attribution if the article gives one, else the outlet. */
export function claimSource(p: ClaimProperties, outletOf: (file: string) => string | undefined): string {
  return p.attributedTo ?? outletOf(p.article) ?? p.article;
}

/** "≈ 800 km² · mid-Dec 2024 · a Ukrainian military source" */
export function areaLabel(p: AreaClaimProperties, outletOf: (file: string) => string | undefined): string {
  return `${formatArea(p)} · ${formatPeriod(p.asOf)} · ${claimSource(p, outletOf)}`;
}

/** Midpoint of the period a claim describes, in days since the epoch: where the chart puts it. */
export function periodMid(p: Period): number {
  return (parseDay(p.start) + parseDay(p.end)) / 2;
}
