// Manifest metadata for generated articles: outlets, headline patterns, publication dates and URLs.
import type { Rng } from './prng.ts';

export const OUTLETS = [
  'Reuters',
  'AFP',
  'Associated Press',
  'BBC News',
  'The Kyiv Independent',
  'Ukrainska Pravda',
  'Meduza',
  'The Guardian',
  'Financial Times',
  'The New York Times',
  'Al Jazeera',
  'Deutsche Welle',
  'Euronews',
  'The Moscow Times',
  'i',
  'EU Today',
] as const;

/** Headlines in the seeds' style besides the seeds' own; their places and figures become slots like any sentence. */
export const EXTRA_TITLES = [
  'Ukraine says it still holds 800 square kilometres of the Kursk region',
  'Russia claims to have retaken villages near Sudzha',
  'North Korean troops deployed near Korenevo, Kyiv says',
  'Fighting intensifies around Sudzha as Russia masses 50,000 troops',
  'Kursk incursion: Ukrainian forces control 1,000 sq km, officials say',
  'Ukraine reports heavy losses among North Korean units near Plekhovo',
  'Russian strikes hit Sumy as battle for Kursk grinds on',
  'How 11,000 North Korean soldiers changed the war in Kursk',
] as const;

/** The Kursk incursion: from the crossing on 6 August 2024 to spring 2025. */
export const PERIOD = { start: '2024-08-06', end: '2025-03-31' } as const;

const DAY_MS = 86_400_000;

/** A publication date in the period, as YYYY-MM-DD. */
export function publishedDate(rng: Rng): string {
  const start = Date.parse(`${PERIOD.start}T00:00:00Z`);
  const days = (Date.parse(`${PERIOD.end}T00:00:00Z`) - start) / DAY_MS;
  return new Date(start + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** The months (0-11) from the start of the period to the publication month, inclusive: what an article may mention. */
export function monthsUpTo(published: string): number[] {
  const [y0, m0] = PERIOD.start.split('-').map(Number) as [number, number];
  const [y1, m1] = published.split('-').map(Number) as [number, number];
  const out: number[] = [];
  for (let k = y0 * 12 + m0 - 1; k <= y1 * 12 + m1 - 1; k++) out.push(k % 12);
  return out;
}

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** A URL under example.com (reserved for examples), unique per article through its index. */
export const articleUrl = (outlet: string, published: string, title: string, index: number): string =>
  `https://example.com/${slug(outlet)}/${published.replaceAll('-', '/')}/${slug(title)}-${index}`;
