// Integrity of the held-out control evaluation set (tests/eval/control): every gold file must fit its article
// exactly, so a broken hand edit fails here instead of silently skewing `npm run eval`. This test reads the gold to
// validate it; it measures nothing and tunes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkCorpusFiles, parseManifest, validateArticleText } from '../../src/core/corpus.ts';
import { isoDate, manifestSchema } from '../../src/core/schema.ts';
import { buildAllGold } from '../eval/control/build/gold.ts';

const SET = join(import.meta.dirname, '..', 'eval', 'control');
const CORPUS = join(SET, 'corpus');
const GOLD = join(SET, 'gold');

const span = { start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) };
const period = z.strictObject({ start: isoDate, end: isoDate });
const side = z.enum(['UA', 'RU', 'DPRK']);
const coordSource = z
  .string()
  .regex(/^(geonames:\d+|wikipedia:[a-z]{2,3}:.+|naturalearth:admin[01]:[A-Z0-9-]+)$/, 'unknown provenance prefix');

const place = z.strictObject({
  ...span,
  name: z.string().min(1),
  kind: z.enum(['country', 'region', 'district', 'city', 'town', 'village', 'other']),
  country: z.string().regex(/^[A-Z]{2}$/),
  admin1: z.string().min(1).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  coordSource: coordSource.nullable(),
  coordNote: z.string().min(1).optional(),
  precision: z.enum(['exact', 'near', 'district', 'region']),
});
const marked = z.strictObject({ ...span, why: z.string().min(1) });
const claim = z.strictObject({
  ...span,
  kind: z.enum(['area-held', 'area-held-peak', 'area-lost', 'area-retaken', 'share-lost', 'area-gained', 'area-contested', 'count']),
  value: z.number().positive(),
  unit: z.enum(['km2', 'mi2', 'percent', 'settlements', 'troops', 'killed', 'wounded', 'casualties']),
  holder: z.enum(['UA', 'RU']).nullable(),
  claimant: z.string().min(1).nullable(),
  asOf: period,
  note: z.string().min(1).optional(),
});
const event = z.strictObject({
  ...span,
  settlement: z.string().min(1),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  coordSource: coordSource.nullable(),
  action: z.enum(['captured', 'liberated', 'entered', 'cleared', 'withdrew', 'fighting', 'controls']),
  actor: side,
  claimant: z.string().min(1).nullable(),
  denied: z.boolean(),
  part: z.literal(true).optional(), // only part of the settlement (the gold format's part convention)
  asOf: period,
  note: z.string().min(1).optional(),
});
const goldSchema = z.strictObject({
  file: z.string().regex(/^[a-z]{2}-\d{2}\.txt$/),
  language: z.enum(['en', 'uk', 'ru']),
  url: z.url(),
  published: isoDate,
  notes: z.string().min(1),
  places: z.array(place).min(1),
  traps: z.array(marked),
  skipped: z.array(marked),
  claims: z.array(claim),
  events: z.array(event),
});
type Gold = z.infer<typeof goldSchema>;

// The theatre of the Kursk incursion and its recapture: Kursk, Belgorod and Sumy oblasts and their borders.
const THEATRE = { south: 49.5, north: 53, west: 33, east: 38.5 };
const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);

const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')));
const goldFiles = readdirSync(GOLD)
  .filter((f) => f.endsWith('.json'))
  .sort();
const golds: { file: string; gold: Gold; text: string }[] = goldFiles.map((f) => {
  const parsed = goldSchema.safeParse(JSON.parse(readFileSync(join(GOLD, f), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${f} (${issue?.path.join('.') ?? ''}): ${issue?.message ?? 'invalid'}`);
  }
  return { file: f, gold: parsed.data, text: readFileSync(join(CORPUS, parsed.data.file), 'utf8') };
});

const allSpans = (g: Gold) => [...g.places, ...g.traps, ...g.skipped, ...g.claims, ...g.events];
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('held-out control gold (tests/eval/control)', () => {
  it('has one gold file per manifest article, with the same url and publication date', () => {
    expect(goldFiles.map((f) => f.replace(/\.json$/, '.txt'))).toEqual(manifest.articles.map((a) => a.file).sort());
    for (const { file, gold } of golds) {
      const entry = manifest.articles.find((a) => a.file === gold.file);
      expect(entry, file).toBeDefined();
      expect(gold.file, file).toBe(file.replace(/\.json$/, '.txt'));
      expect(gold.url, file).toBe(entry?.url);
      expect(gold.published, file).toBe(entry?.published);
    }
  });

  it('is a corpus briefmap reads: the manifest and every article pass the corpus checks', () => {
    const parsed = parseManifest(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'), 'manifest.json');
    checkCorpusFiles(
      parsed,
      readdirSync(CORPUS).filter((f) => f.endsWith('.txt')),
    );
    for (const a of parsed.articles) {
      expect(validateArticleText(readFileSync(join(CORPUS, a.file)), a.file).length, a.file).toBeGreaterThan(0);
    }
  });

  it('holds exactly the gold the hand annotations in build/ produce (edit build/, never gold/)', () => {
    const built = buildAllGold();
    expect(built.map((b) => b.file).sort()).toEqual(goldFiles);
    for (const { file, json } of built) {
      expect(readFileSync(join(GOLD, file), 'utf8'), `${file}: run npx tsx tests/eval/control/build/build-gold.ts`).toBe(json);
    }
  });

  it('covers English, Ukrainian and Russian, and the language matches the script of the text', () => {
    const languages = new Set(golds.map((g) => g.gold.language));
    expect([...languages].sort()).toEqual(['en', 'ru', 'uk']);
    for (const { file, gold, text } of golds) {
      const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
      const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
      expect(gold.language === 'en' ? latin > cyrillic : cyrillic > latin, file).toBe(true);
      if (gold.language === 'uk') expect(/[іїєґ]/iu.test(text), `${file}: no Ukrainian letters`).toBe(true);
      if (gold.language === 'ru') expect(/[ыэъё]/iu.test(text), `${file}: no Russian letters`).toBe(true);
    }
  });

  it('slices every span to its text', () => {
    for (const { file, gold, text } of golds) {
      for (const s of allSpans(gold)) {
        expect(s.end, `${file} ${s.text}`).toBeGreaterThan(s.start);
        expect(s.end, `${file} ${s.text}`).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end), `${file} @${s.start}`).toBe(s.text);
      }
    }
  });

  it('keeps places, traps and skipped spans apart', () => {
    for (const { file, gold } of golds) {
      const marks = [...gold.places, ...gold.traps, ...gold.skipped].sort((a, b) => a.start - b.start);
      marks.forEach((m, i) => {
        const prev = marks[i - 1];
        if (prev) expect(overlaps(prev, m), `${file}: "${prev.text}" / "${m.text}"`).toBe(false);
      });
    }
  });

  it('gives every located place a cited source, and every unlocated one a reason', () => {
    for (const { file, gold } of golds) {
      for (const p of gold.places) {
        const located = p.lat !== null && p.lon !== null;
        expect(p.lat === null, `${file} ${p.text}: lat and lon must both be set or both null`).toBe(p.lon === null);
        if (located) expect(p.coordSource, `${file} ${p.text}`).not.toBeNull();
        else {
          expect(p.coordSource, `${file} ${p.text}`).toBeNull();
          expect(p.coordNote, `${file} ${p.text}: unlocated without a reason`).toBeTruthy();
        }
        if (p.kind === 'country') expect(p.admin1, `${file} ${p.text}`).toBeNull();
      }
    }
  });

  it('places every settlement of the theatre inside the theatre', () => {
    for (const { file, gold } of golds) {
      for (const p of gold.places) {
        if (!SETTLEMENT_KINDS.has(p.kind) || p.lat === null || p.lon === null) continue;
        if (p.admin1 !== 'Kursk Oblast' && p.admin1 !== 'Sumy Oblast' && p.admin1 !== 'Belgorod Oblast') continue;
        expect(p.lat, `${file} ${p.text}`).toBeGreaterThan(THEATRE.south);
        expect(p.lat, `${file} ${p.text}`).toBeLessThan(THEATRE.north);
        expect(p.lon, `${file} ${p.text}`).toBeGreaterThan(THEATRE.west);
        expect(p.lon, `${file} ${p.text}`).toBeLessThan(THEATRE.east);
      }
    }
  });

  it('gives one place one set of coordinates across the whole set', () => {
    const seen = new Map<string, string>();
    for (const { file, gold } of golds) {
      for (const p of gold.places) {
        const key = `${p.name}|${p.kind}|${p.country}`;
        const value = `${p.lat},${p.lon},${p.coordSource}`;
        if (!seen.has(key)) seen.set(key, value);
        expect(value, `${file} ${p.text} (${key})`).toBe(seen.get(key));
      }
    }
  });

  it('anchors every event on a settlement mention, with the same coordinates, in the theatre', () => {
    for (const { file, gold } of golds) {
      for (const e of gold.events) {
        const p = gold.places.find((q) => q.start === e.start && q.end === e.end);
        expect(p, `${file} event "${e.text}" is not a gold place span`).toBeDefined();
        expect(SETTLEMENT_KINDS.has(p!.kind), `${file} ${e.text}: events are about settlements`).toBe(true);
        expect(e.settlement, `${file} ${e.text}`).toBe(p!.name);
        expect([e.lat, e.lon, e.coordSource], `${file} ${e.text}`).toEqual([p!.lat, p!.lon, p!.coordSource]);
        if (e.lat !== null && e.lon !== null) {
          expect(e.lat > THEATRE.south && e.lat < THEATRE.north, `${file} ${e.text} lat ${e.lat}`).toBe(true);
          expect(e.lon > THEATRE.west && e.lon < THEATRE.east, `${file} ${e.text} lon ${e.lon}`).toBe(true);
        }
      }
    }
  });

  it('dates every claim and event to a period that ends by publication', () => {
    for (const { file, gold } of golds) {
      for (const x of [...gold.claims, ...gold.events]) {
        expect(x.asOf.start <= x.asOf.end, `${file} ${x.text}: asOf starts after it ends`).toBe(true);
        expect(x.asOf.end <= gold.published, `${file} ${x.text}: asOf ends after publication`).toBe(true);
      }
    }
  });

  it('gives claims units that fit their kind', () => {
    const areaUnits = new Set(['km2', 'mi2']);
    for (const { file, gold } of golds) {
      for (const c of gold.claims) {
        if (c.kind === 'count') expect(areaUnits.has(c.unit) || c.unit === 'percent', `${file} ${c.text}`).toBe(false);
        else if (c.kind === 'share-lost') expect(c.unit, `${file} ${c.text}`).toBe('percent');
        else expect(areaUnits.has(c.unit), `${file} ${c.text}`).toBe(true);
        if (c.unit === 'percent') expect(c.value, `${file} ${c.text}`).toBeLessThanOrEqual(100);
        if (c.unit !== 'percent') {
          // The figure phrase states the value: thousands separators (comma, space) dropped, a decimal comma read
          // as a point; words such as "тис." multiply it, so those are left to the annotator.
          const figure = c.text
            .replace(/(\d)[,\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')
            .match(/\d+(?:[.,]\d+)?/)?.[0]
            ?.replace(',', '.');
          if (figure && !/тис|тыс|thousand/i.test(c.text)) expect(Number(figure), `${file} ${c.text}`).toBe(c.value);
        }
      }
    }
  });
});
