// Area-held claims: "1,400 square kilometers", "between 600 sq km and 700 sq km", "about a thousand square
// kilometres", "1000 кв. км" — with holder, region, the period the figure describes, and who states it.
import * as turf from '@turf/turf';
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import { round6 } from '../geo.ts';
import type { AreaClaimProperties, ClaimFeature, Period } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { attributionIn } from './attribution.ts';
import { articleFocus, locatedMentions, placesForFigures, regionOf, sentencePhrases, sentencesMatching, sentenceText, type ClaimContext } from './context.ts';
import type { TimePhrase } from './dates.ts';
import { HAS_NUMBER, NUMBER_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';

const UNIT = String.raw`(?:square\s(?:kilomet(?:er|re)s?|km)|sq\.?\s?kms?(?!\p{L})|km²|km2(?!\p{L})|kilomet(?:er|re)s?\ssquared|кв\.?\s?км(?!\p{L})|квадратн\p{L}*\sкіломет\p{L}*|квадратн\p{L}*\sкиломет\p{L}*|км²|км2)`;
const N = `(${NUMBER_PATTERN})`;
const Q = `(?:(${QUALIFIER_PATTERN})\\s)?`;
/** A range: "between 600 sq km and 700 sq km", "600-700 km²", "from 600 to 700 sq km", "від 600 до 700 кв. км". */
const RANGE = new RegExp(String.raw`(?:between|from|від|от)?\s?${N}(?:\s?${UNIT})?\s?(?:and|to|-|–|до)\s?${N}\s?${UNIT}`, 'giu');
const SINGLE = new RegExp(String.raw`${Q}${N}\s?${UNIT}`, 'giu');

const HOLDING = /\b(hold|holds|held|holding|control|controls|controlled|controlling|occup\p{L}*|seiz\p{L}*|captur\p{L}*|gain\p{L}*|territory|land|under\s\p{L}+\scontrol)|контрол\p{L}*|утриму\p{L}*|удержива\p{L}*|окуп\p{L}*|оккуп\p{L}*|займа\p{L}*/iu;
const SIDES: [RegExp, string][] = [
  [/\b(ukrain\p{L}*|kyiv|kiev)|україн\p{L}*|украин\p{L}*|зсу|всу/iu, 'UA'],
  [/\b(russia\p{L}*|moscow|kremlin)|росі\p{L}*|росси\p{L}*|рф\b/iu, 'RU'],
];
const EXPLICIT_HOLDER: [RegExp, string][] = [
  [/under\s(?:ukrainian|kyiv['’]s)\scontrol|ukrainian[-\s](?:held|controlled)|held\sby\s(?:ukraine|ukrainian)/i, 'UA'],
  [/under\s(?:russian|moscow['’]s)\scontrol|russian[-\s](?:held|controlled|occupied)|held\sby\s(?:russia|russian)/i, 'RU'],
];
const AROUND = /\b(around|surrounding|near|centred on|centered on|salient|pocket|bridgehead|area of|district of)\s(?:the\s)?(?:town\s|village\s|city\s)?(?:of\s)?$/i;
const EARLIER = /\b(earlier|previous|previously|initial|initially|at (?:its|the) (?:peak|height))\b/i;

interface Figure {
  start: number;
  end: number;
  min: number;
  max: number;
  qualifier: AreaClaimProperties['qualifier'];
}

/** Every unit above contains one of these (matched with the same flags, so with the same case folding). */
const UNIT_HINT = /km|sq|kilomet|кв|км/iu;

function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(RANGE)) {
    const a = parseNumber(m[1]!);
    const b = parseNumber(m[2]!);
    if (a === null || b === null || a >= b) continue;
    out.push({ start: m.index, end: m.index + m[0].length, min: a, max: b, qualifier: 'between' });
  }
  for (const m of text.matchAll(SINGLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((f) => start < f.end && end > f.start)) continue;
    const v = parseNumber(m[2]!);
    if (v === null || v <= 0) continue;
    const qualifier = qualifierOf(m[1]);
    out.push({ start, end, min: v, max: v, qualifier });
  }
  return out.sort((a, b) => a.start - b.start);
}

function holderOf(text: string, regionCountry: string | undefined): { holder: string; basis: string } {
  for (const [re, side] of EXPLICIT_HOLDER) if (re.test(text)) return { holder: side, basis: 'stated' };
  const named = SIDES.filter(([re]) => re.test(text)).map(([, s]) => s);
  // In an incursion the side holding ground in a region is the one that does not own it.
  const foreign = named.filter((s) => s !== regionCountry);
  if (foreign.length === 1) return { holder: foreign[0]!, basis: 'the side named that does not own the region' };
  if (named.length === 1) return { holder: named[0]!, basis: 'the only side named' };
  return { holder: regionCountry === 'RU' ? 'UA' : 'RU', basis: 'the side opposite the region’s country' };
}

/** The time phrase that belongs to a figure: the nearest one after it before the next figure, else the nearest before it. */
function periodFor(fig: Figure, figs: readonly Figure[], phrases: readonly TimePhrase[], sentenceStart: number, ctx: ClaimContext): { period: Period; basis: string } {
  const next = figs.find((f) => f.start > fig.start);
  const prev = [...figs].reverse().find((f) => f.start < fig.start);
  const after = phrases.find((p) => p.start >= fig.end && (!next || p.start < next.start));
  if (after) return { period: after.period, basis: `“${after.text}”` };
  const before = [...phrases].reverse().find((p) => p.end <= fig.start && (!prev || p.start > prev.end));
  if (before) return { period: before.period, basis: `“${before.text}”` };
  const local = ctx.article.text.slice(prev ? prev.end : sentenceStart, fig.start);
  if (EARLIER.test(local)) {
    const start = earliestRegionDate(ctx);
    return {
      period: { start: start ?? ctx.article.published, end: ctx.article.published },
      basis: start ? 'an earlier claim: after the start the article gives for the fighting there, before publication' : 'an earlier claim, before publication',
    };
  }
  return { period: { start: ctx.article.published, end: ctx.article.published }, basis: 'present tense: the publication date' };
}

const earliestDates = new WeakMap<ClaimContext, string | null>();

/** The earliest date given in any sentence that names the article's focus region ("since … in August"); the same for
 * every figure of the article, so found once. */
function earliestRegionDate(ctx: ClaimContext): string | null {
  let earliest = earliestDates.get(ctx);
  if (earliest === undefined) {
    earliest = findEarliestRegionDate(ctx);
    earliestDates.set(ctx, earliest);
  }
  return earliest;
}

function findEarliestRegionDate(ctx: ClaimContext): string | null {
  const focus = articleFocus(ctx);
  const region = focus && regionOf(ctx, focus.entry);
  if (!region) return null;
  let earliest: string | null = null;
  for (const s of ctx.parsed.sentences) {
    const inRegion = locatedMentions(ctx, s).some((m) => regionOf(ctx, m.entry)?.id === region.id);
    if (!inRegion) continue;
    for (const p of sentencePhrases(ctx, s)) if (!earliest || p.period.start < earliest) earliest = p.period.start;
  }
  return earliest;
}

function regionFor(ctx: ClaimContext, sentence: Span): IndexedEntry | undefined {
  const here = placesForFigures(ctx, sentence).filter((m) => m.entry.kind !== 'country');
  for (const m of here) {
    const r = regionOf(ctx, m.entry);
    if (r) return r;
  }
  const focus = articleFocus(ctx);
  return focus && regionOf(ctx, focus.entry);
}

export function extractAreaClaims(ctx: ClaimContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const { article } = ctx;
  const hasNumber = sentencesMatching(ctx, HAS_NUMBER); // every figure has a number and a unit
  const { sentences } = ctx.parsed;
  for (let k = 0; k < sentences.length; k++) {
    if (!hasNumber[k]) continue;
    const sentence = sentences[k]!;
    const text = sentenceText(ctx, sentence);
    if (!UNIT_HINT.test(text)) continue;
    const figs = figuresIn(text).map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start }));
    if (figs.length === 0 || !HOLDING.test(text)) continue;
    const region = regionFor(ctx, sentence);
    if (!region || region.lon === null) continue;
    const { holder } = holderOf(text, region.country);
    // Centre: a settlement the text says the area lies around, else the region's curated anchor, else the region.
    const named = locatedMentions(ctx, sentence).find(
      (m) =>
        m.entry.kind !== 'country' &&
        m.entry.kind !== 'region' &&
        regionOf(ctx, m.entry)?.id === region.id &&
        AROUND.test(ctx.article.text.slice(Math.max(sentence.start, m.start - 30), m.start)),
    );
    const anchor = named?.entry ?? ctx.gazetteer.anchor(region.id, holder)?.entry ?? region;
    if (anchor.lon === null) continue;
    const attributedTo = attributionIn(text);
    const phrases = sentencePhrases(ctx, sentence);
    for (const fig of figs) {
      const { period, basis } = periodFor(fig, figs, phrases, sentence.start, ctx);
      const area = (fig.min + fig.max) / 2;
      const circle = turf.circle([anchor.lon, anchor.lat], Math.sqrt(area / Math.PI), { steps: 64, units: 'kilometers' });
      out.push({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: circle.geometry.coordinates.map((ring) => ring.map(([x, y]) => [round6(x!), round6(y!)] as [number, number])) },
        properties: {
          type: 'area-held',
          id: `${article.file}:${fig.start}`,
          article: article.file,
          published: article.published,
          quote: text,
          start: fig.start,
          end: fig.end,
          attributedTo,
          asOf: period,
          asOfBasis: basis,
          holder,
          region: region.id,
          anchor: anchor.id,
          areaKm2: area,
          areaKm2Min: fig.min,
          areaKm2Max: fig.max,
          qualifier: fig.qualifier,
        },
      });
    }
  }
  return out;
}
