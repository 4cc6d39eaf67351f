// The evaluation gold (tests/eval/<set>/gold) against its articles, and the scorer on a hand-made case. Figures of
// the pipeline itself are not tested here: they are measured by `npm run eval`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/core/geo.ts';
import { claimFigures, claimOutcomes } from '../eval/score/claims.ts';
import { eventFigures, eventOutcomes } from '../eval/score/events.ts';
import { buildAllGold as buildFreshGold } from '../eval/fresh/build/gold.ts';
import { buildAllGold as buildFresh2Gold } from '../eval/fresh2/build/gold.ts';
import { buildAllGold as buildFresh3Gold } from '../eval/fresh3/build/gold.ts';
import { buildAllGold as buildFresh4Gold } from '../eval/fresh4/build/gold.ts';
import { buildAllGold as buildFresh5Gold } from '../eval/fresh5/build/gold.ts';
import { buildAllGold as buildFresh6Gold } from '../eval/fresh6/build/gold.ts';
import { buildAllGold as buildFresh7Gold } from '../eval/fresh7/build/gold.ts';
import { buildAllGold as buildFresh8Gold } from '../eval/fresh8/build/gold.ts';
import { buildAllGold as buildFresh9Gold } from '../eval/fresh9/build/gold.ts';
import { buildAllGold as buildFresh10Gold } from '../eval/fresh10/build/gold.ts';
import { buildAllGold as buildFresh11Gold } from '../eval/fresh11/build/gold.ts';
import { buildAllGold as buildFresh12Gold } from '../eval/fresh12/build/gold.ts';
import { buildAllGold as buildFresh13Gold } from '../eval/fresh13/build/gold.ts';
import { buildAllGold as buildFresh14Gold } from '../eval/fresh14/build/gold.ts';
import { buildAllGold as buildFresh15Gold } from '../eval/fresh15/build/gold.ts';
import { buildAllGold as buildFresh16Gold } from '../eval/fresh16/build/gold.ts';
import { buildAllGold as buildFresh17Gold } from '../eval/fresh17/build/gold.ts';
import { buildAllGold as buildFresh18Gold } from '../eval/fresh18/build/gold.ts';
import { buildAllGold as buildFresh19Gold } from '../eval/fresh19/build/gold.ts';
import { buildAllGold as buildFresh20Gold } from '../eval/fresh20/build/gold.ts';
import { buildAllGold as buildFresh21Gold } from '../eval/fresh21/build/gold.ts';
import { buildAllGold as buildFresh22Gold } from '../eval/fresh22/build/gold.ts';
import { buildAllGold as buildFresh23Gold } from '../eval/fresh23/build/gold.ts';
import { buildAllGold as buildFresh24Gold } from '../eval/fresh24/build/gold.ts';
import { buildAllGold as buildFresh25Gold } from '../eval/fresh25/build/gold.ts';
import { buildAllGold as buildFresh26Gold } from '../eval/fresh26/build/gold.ts';
import { buildAllGold as buildFresh27Gold } from '../eval/fresh27/build/gold.ts';
import { buildAllGold as buildFresh28Gold } from '../eval/fresh28/build/gold.ts';
import { buildAllGold as buildFresh29Gold } from '../eval/fresh29/build/gold.ts';
import { buildAllGold as buildFresh30Gold } from '../eval/fresh30/build/gold.ts';
import { buildAllGold as buildFresh31Gold } from '../eval/fresh31/build/gold.ts';
import { buildAllGold as buildFresh32Gold } from '../eval/fresh32/build/gold.ts';
import { buildAllGold as buildFresh33Gold } from '../eval/fresh33/build/gold.ts';
import { buildAllGold as buildFresh34Gold } from '../eval/fresh34/build/gold.ts';
import { buildAllGold as buildFresh35Gold } from '../eval/fresh35/build/gold.ts';
import { buildAllGold as buildFresh36Gold } from '../eval/fresh36/build/gold.ts';
import { buildAllGold as buildFresh37Gold } from '../eval/fresh37/build/gold.ts';
import { buildAllGold as buildFresh38Gold } from '../eval/fresh38/build/gold.ts';
import { buildAllGold as buildFresh39Gold } from '../eval/fresh39/build/gold.ts';
import { buildAllGold as buildFresh40Gold } from '../eval/fresh40/build/gold.ts';
import { buildAllGold as buildFresh41Gold } from '../eval/fresh41/build/gold.ts';
import { buildAllGold as buildFresh42Gold } from '../eval/fresh42/build/gold.ts';
import { buildAllGold as buildFresh43Gold } from '../eval/fresh43/build/gold.ts';
import { buildAllGold as buildFresh44Gold } from '../eval/fresh44/build/gold.ts';
import { buildAllGold as buildFresh45Gold } from '../eval/fresh45/build/gold.ts';
import { buildAllGold as buildFresh46Gold } from '../eval/fresh46/build/gold.ts';
import { buildAllGold as buildFresh47Gold } from '../eval/fresh47/build/gold.ts';
import { buildAllGold as buildFresh48Gold } from '../eval/fresh48/build/gold.ts';
import { buildAllGold as buildFresh49Gold } from '../eval/fresh49/build/gold.ts';
import { buildAllGold as buildFresh50Gold } from '../eval/fresh50/build/gold.ts';
import { buildAllGold as buildFresh51Gold } from '../eval/fresh51/build/gold.ts';
import { buildAllGold as buildFresh52Gold } from '../eval/fresh52/build/gold.ts';
import { buildAllGold as buildFresh53Gold } from '../eval/fresh53/build/gold.ts';
import { buildAllGold as buildFresh54Gold } from '../eval/fresh54/build/gold.ts';
import { buildAllGold as buildFresh55Gold } from '../eval/fresh55/build/gold.ts';
import { buildAllGold as buildFresh56Gold } from '../eval/fresh56/build/gold.ts';
import { buildAllGold as buildFresh57Gold } from '../eval/fresh57/build/gold.ts';
import { buildAllGold as buildFresh58Gold } from '../eval/fresh58/build/gold.ts';
import { buildAllGold as buildFresh59Gold } from '../eval/fresh59/build/gold.ts';
import { buildAllGold as buildFresh60Gold } from '../eval/fresh60/build/gold.ts';
import { buildAllGold as buildFresh61Gold } from '../eval/fresh61/build/gold.ts';
import { buildAllGold as buildFresh62Gold } from '../eval/fresh62/build/gold.ts';
import { buildAllGold as buildFresh63Gold } from '../eval/fresh63/build/gold.ts';
import { buildAllGold as buildFresh64Gold } from '../eval/fresh64/build/gold.ts';
import { buildAllGold as buildFresh65Gold } from '../eval/fresh65/build/gold.ts';
import { buildAllGold as buildFresh66Gold } from '../eval/fresh66/build/gold.ts';
import { buildAllGold as buildFresh67Gold } from '../eval/fresh67/build/gold.ts';
import { buildAllGold as buildFresh68Gold } from '../eval/fresh68/build/gold.ts';
import { buildAllGold as buildFresh69Gold } from '../eval/fresh69/build/gold.ts';
import { buildAllGold as buildFresh70Gold } from '../eval/fresh70/build/gold.ts';
import { overlaps, type GoldArticle } from '../eval/score/gold.ts';
import { figures, outcomes } from '../eval/score/places.ts';
import type { PredictedClaim, PredictedEvent, PredictedMention } from '../eval/score/predictions.ts';
import { evalDir, findSets, loadSet } from '../eval/score/sets.ts';

const gazetteerDir = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
const layer = (
  name: string,
): { entries: { id: string; country: string; admin1: string | null; lat: number | null; lon: number | null; source: string }[] } =>
  JSON.parse(readFileSync(join(gazetteerDir, `${name}.json`), 'utf8'));

// Where a stated country's points may lie (generous boxes around the countries of this war's reporting).
const countryBox: Record<string, [number, number, number, number]> = {
  UA: [44.0, 22.0, 52.5, 40.3], // south, west, north, east
  RU: [41.0, 19.0, 82.0, 180.0],
  BY: [51.2, 23.1, 56.2, 32.8],
};
const admin1Points = new Map(layer('admin1').entries.map((e) => [`${e.country}|${e.admin1}`, e]));
const geonamesPoints = new Map<string, { lat: number; lon: number }>();
for (const e of layer('theatre').entries)
  if (e.source.startsWith('geonames:') && e.lat !== null && e.lon !== null) geonamesPoints.set(e.source, { lat: e.lat, lon: e.lon });
{
  const cities = JSON.parse(readFileSync(join(gazetteerDir, 'cities.json'), 'utf8')) as { columns: string[]; rows: unknown[][] };
  const col = (n: string): number => cities.columns.indexOf(n);
  for (const r of cities.rows)
    geonamesPoints.set(`geonames:${r[col('geonamesId')]}`, { lat: r[col('lat')] as number, lon: r[col('lon')] as number });
}

// The held-out sets; tests/eval/dev holds tuning articles with span-only gold (no sourced coordinates), scored by
// its own tests/eval/dev/score.ts.
const sets = findSets().filter((s) => s !== 'dev');

describe('evaluation gold', () => {
  it('finds the held-out set', () => {
    expect(sets).toContain('places');
  });

  for (const name of sets) {
    describe(name, () => {
      const set = loadSet(name); // the CLI's corpus reader, gold schema, manifest ↔ gold agreement
      const manifest = new Map(set.articles.map((a) => [a.file, a]));

      for (const gold of set.gold) {
        const article = manifest.get(gold.file)!;
        it(`${gold.file}: every span slices to its text`, () => {
          for (const s of [...gold.places, ...gold.traps, ...gold.skipped, ...gold.claims, ...(gold.events ?? [])]) {
            expect(s.end, `${s.text}@${s.start}`).toBeGreaterThan(s.start);
            expect(article.text.slice(s.start, s.end), `${s.text}@${s.start}`).toBe(s.text);
          }
        });

        it(`${gold.file}: place spans are in order and never overlap, nor overlap a trap`, () => {
          gold.places.forEach((p, i) => {
            const next = gold.places[i + 1];
            if (next) expect(p.end, `${p.text}@${p.start} / ${next.text}@${next.start}`).toBeLessThanOrEqual(next.start);
            for (const t of gold.traps) expect(overlaps(p, t), `${p.text}@${p.start} overlaps trap ${t.text}`).toBe(false);
          });
        });

        it(`${gold.file}: every event names a settlement at one of the gold place spans`, () => {
          for (const e of gold.events ?? []) {
            const place = gold.places.find((p) => p.start === e.start && p.end === e.end);
            expect(place, `${e.text}@${e.start}`).toBeDefined();
            expect(e.asOf.end <= gold.published, `${e.text}: asOf after publication`).toBe(true);
          }
        });

        it(`${gold.file}: url and date agree with the manifest`, () => {
          expect(gold.url).toBe(article.url);
          expect(gold.published).toBe(article.published);
        });

        it(`${gold.file}: coordinates are plausible for the stated country, region and source`, () => {
          for (const p of gold.places) {
            if (p.lat === null || p.lon === null) continue; // unlocated: the parser requires a coordNote
            const label = `${p.text} → ${p.name}`;
            const box = countryBox[p.country];
            if (box) {
              expect(p.lat, label).toBeGreaterThanOrEqual(box[0]);
              expect(p.lat, label).toBeLessThanOrEqual(box[2]);
              expect(p.lon, label).toBeGreaterThanOrEqual(box[1]);
              expect(p.lon, label).toBeLessThanOrEqual(box[3]);
            }
            const region = p.kind === 'country' ? undefined : admin1Points.get(`${p.country}|${p.admin1}`);
            if (region && region.lat !== null && region.lon !== null)
              expect(
                distanceKm({ lat: p.lat, lon: p.lon }, { lat: region.lat, lon: region.lon }),
                `${label} far from ${p.admin1}`,
              ).toBeLessThan(300);
            const sourced = p.coordSource ? geonamesPoints.get(p.coordSource) : undefined;
            if (sourced && p.coordSource)
              expect(distanceKm({ lat: p.lat, lon: p.lon }, sourced), `${label} differs from ${p.coordSource}`).toBeLessThan(1);
          }
        });
      }

      if (
        name === 'places' ||
        name === 'fresh' ||
        name === 'fresh3' ||
        name === 'fresh4' ||
        name === 'fresh5' ||
        name === 'fresh6' ||
        name === 'fresh7' ||
        name === 'fresh8' ||
        name === 'fresh9' ||
        name === 'fresh10' ||
        name === 'fresh11' ||
        name === 'fresh12' ||
        name === 'fresh13' ||
        name === 'fresh14' ||
        name === 'fresh15' ||
        name === 'fresh16' ||
        name === 'fresh17' ||
        name === 'fresh18' ||
        name === 'fresh19' ||
        name === 'fresh20' ||
        name === 'fresh21' ||
        name === 'fresh22' ||
        name === 'fresh23' ||
        name === 'fresh24' ||
        name === 'fresh25' ||
        name === 'fresh26' ||
        name === 'fresh27' ||
        name === 'fresh28' ||
        name === 'fresh29' ||
        name === 'fresh30' ||
        name === 'fresh31' ||
        name === 'fresh32' ||
        name === 'fresh33' ||
        name === 'fresh34' ||
        name === 'fresh35' ||
        name === 'fresh36' ||
        name === 'fresh37' ||
        name === 'fresh38' ||
        name === 'fresh39' ||
        name === 'fresh40' ||
        name === 'fresh41' ||
        name === 'fresh42' ||
        name === 'fresh43' ||
        name === 'fresh44' ||
        name === 'fresh45' ||
        name === 'fresh46' ||
        name === 'fresh47' ||
        name === 'fresh48' ||
        name === 'fresh49' ||
        name === 'fresh50' ||
        name === 'fresh51' ||
        name === 'fresh52' ||
        name === 'fresh53' ||
        name === 'fresh54' ||
        name === 'fresh55' ||
        name === 'fresh56' ||
        name === 'fresh57' ||
        name === 'fresh58' ||
        name === 'fresh59' ||
        name === 'fresh60' ||
        name === 'fresh61' ||
        name === 'fresh62'
      )
        it('has at least five articles in each of English, Ukrainian and Russian', () => {
          for (const lang of ['en', 'uk', 'ru']) expect(set.gold.filter((g) => g.language === lang).length, lang).toBeGreaterThanOrEqual(5);
        });
      if (['fresh2', 'fresh63', 'fresh64', 'fresh65', 'fresh66', 'fresh67', 'fresh68', 'fresh69', 'fresh70'].includes(name))
        it('has four articles in each of English, Ukrainian and Russian', () => {
          for (const lang of ['en', 'uk', 'ru']) expect(set.gold.filter((g) => g.language === lang).length, lang).toBe(4);
        });
    });
  }

  // The hand-built sets: no article shared with another held-out set, and gold/ is what their builder writes.
  const built: [string, typeof buildFreshGold][] = [
    ['fresh', buildFreshGold],
    ['fresh2', buildFresh2Gold],
    ['fresh3', buildFresh3Gold],
    ['fresh4', buildFresh4Gold],
    ['fresh5', buildFresh5Gold],
    ['fresh6', buildFresh6Gold],
    ['fresh7', buildFresh7Gold],
    ['fresh8', buildFresh8Gold],
    ['fresh9', buildFresh9Gold],
    ['fresh10', buildFresh10Gold],
    ['fresh11', buildFresh11Gold],
    ['fresh12', buildFresh12Gold],
    ['fresh13', buildFresh13Gold],
    ['fresh14', buildFresh14Gold],
    ['fresh15', buildFresh15Gold],
    ['fresh16', buildFresh16Gold],
    ['fresh17', buildFresh17Gold],
    ['fresh18', buildFresh18Gold],
    ['fresh19', buildFresh19Gold],
    ['fresh20', buildFresh20Gold],
    ['fresh21', buildFresh21Gold],
    ['fresh22', buildFresh22Gold],
    ['fresh23', buildFresh23Gold],
    ['fresh24', buildFresh24Gold],
    ['fresh25', buildFresh25Gold],
    ['fresh26', buildFresh26Gold],
    ['fresh27', buildFresh27Gold],
    ['fresh28', buildFresh28Gold],
    ['fresh29', buildFresh29Gold],
    ['fresh30', buildFresh30Gold],
    ['fresh31', buildFresh31Gold],
    ['fresh32', buildFresh32Gold],
    ['fresh33', buildFresh33Gold],
    ['fresh34', buildFresh34Gold],
    ['fresh35', buildFresh35Gold],
    ['fresh36', buildFresh36Gold],
    ['fresh37', buildFresh37Gold],
    ['fresh38', buildFresh38Gold],
    ['fresh39', buildFresh39Gold],
    ['fresh40', buildFresh40Gold],
    ['fresh41', buildFresh41Gold],
    ['fresh42', buildFresh42Gold],
    ['fresh43', buildFresh43Gold],
    ['fresh44', buildFresh44Gold],
    ['fresh45', buildFresh45Gold],
    ['fresh46', buildFresh46Gold],
    ['fresh47', buildFresh47Gold],
    ['fresh48', buildFresh48Gold],
    ['fresh49', buildFresh49Gold],
    ['fresh50', buildFresh50Gold],
    ['fresh51', buildFresh51Gold],
    ['fresh52', buildFresh52Gold],
    ['fresh53', buildFresh53Gold],
    ['fresh54', buildFresh54Gold],
    ['fresh55', buildFresh55Gold],
    ['fresh56', buildFresh56Gold],
    ['fresh57', buildFresh57Gold],
    ['fresh58', buildFresh58Gold],
    ['fresh59', buildFresh59Gold],
    ['fresh60', buildFresh60Gold],
    ['fresh61', buildFresh61Gold],
    ['fresh62', buildFresh62Gold],
    ['fresh63', buildFresh63Gold],
    ['fresh64', buildFresh64Gold],
    ['fresh65', buildFresh65Gold],
    ['fresh66', buildFresh66Gold],
    ['fresh67', buildFresh67Gold],
    ['fresh68', buildFresh68Gold],
    ['fresh69', buildFresh69Gold],
    ['fresh70', buildFresh70Gold],
  ];
  for (const [name, build] of built) {
    it(`${name} shares no article URL with the other held-out sets`, () => {
      if (!sets.includes(name)) return;
      const others = new Set(sets.filter((s) => s !== name).flatMap((s) => loadSet(s).articles.flatMap((a) => (a.url ? [a.url] : []))));
      for (const a of loadSet(name).articles) expect(others.has(a.url ?? ''), `${name}: ${a.url}`).toBe(false);
    });

    it(`${name}: the gold files are what tests/eval/${name}/build writes from the hand annotations`, () => {
      if (!sets.includes(name)) return;
      const goldDir = join(evalDir, name, 'gold');
      for (const { file, json } of build())
        expect(readFileSync(join(goldDir, file), 'utf8'), `${file}: run npx tsx tests/eval/${name}/build/build-gold.ts`).toBe(json);
    });
  }

  // The rule writers' own sets (places, claims and events dev) against every held-out set, by article: the same report
  // in another language edition or its AMP page (censor.net/ua/news/3517324 and /ru/news/3517324) is the same text.
  // (`sets` leaves dev out, so the places dev set is read from its manifest like the other two.)
  for (const dev of ['corpus', 'claims', 'events/corpus'])
    it(`held-out sets share no article with the ${dev === 'corpus' ? 'places' : dev.split('/')[0]} dev set (tests/eval/dev/${dev})`, () => {
      const manifest = JSON.parse(readFileSync(join(evalDir, 'dev', dev, 'manifest.json'), 'utf8')) as { articles: { url?: string }[] };
      const keys = new Set(manifest.articles.flatMap((a) => (a.url ? [articleKey(a.url)] : [])));
      for (const s of sets.filter((x) => x !== 'dev'))
        for (const a of loadSet(s).articles) expect(keys.has(articleKey(a.url ?? '')), `${s}: ${a.url}`).toBe(false);
    });

  it('reads the same article behind language editions and AMP pages', () => {
    expect(articleKey('https://censor.net/ua/news/3517324/x')).toBe(articleKey('https://censor.net/ru/news/3517324/x'));
    expect(articleKey('https://www.example.com/news/1/amp/')).toBe(articleKey('https://example.com/news/1'));
    expect(articleKey('https://example.com/news/1')).not.toBe(articleKey('https://example.com/news/2'));
    expect(articleKey('http://example.com/news/index.php?id=1')).not.toBe(articleKey('http://example.com/news/index.php?id=2'));
    expect(articleKey('https://example.com/?p=7&utm_source=x')).toBe(articleKey('https://m.example.com/?p=7'));
  });

  it('evalDir points at tests/eval', () => {
    expect(evalDir.endsWith(join('tests', 'eval'))).toBe(true);
  });
});

describe('scorer on a hand-made case', () => {
  // "Sudzha and Plekhovo, said Astra; fighting on the Seym near Kyiv."
  const text = 'Sudzha and Plekhovo, said Astra; fighting on the Seym near Kyiv.';
  const at = (s: string): { start: number; end: number; text: string } => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const place = (s: string, lat: number, lon: number) => ({
    ...at(s),
    name: s,
    kind: 'village' as const,
    country: 'RU',
    admin1: 'Kursk Oblast',
    lat,
    lon,
    coordSource: 'geonames:1',
    precision: 'exact' as const,
  });
  const gold: GoldArticle = {
    file: 'a.txt',
    language: 'en',
    url: 'https://example.org/a',
    published: '2024-08-14',
    notes: '',
    places: [place('Sudzha', 51.1976, 35.2726), place('Plekhovo', 51.1, 35.3333), { ...place('Kyiv', 50.4547, 30.5238), kind: 'city' }],
    traps: [{ ...at('Astra'), why: 'Telegram channel' }],
    skipped: [{ ...at('Seym'), why: 'river' }],
    claims: [
      {
        ...at('said'),
        kind: 'area-held',
        value: 100,
        unit: 'km2',
        holder: 'UA',
        claimant: null,
        asOf: { start: '2024-08-14', end: '2024-08-14' },
      },
    ],
    events: [
      {
        ...at('Sudzha'),
        settlement: 'Sudzha',
        lat: 51.1976,
        lon: 35.2726,
        coordSource: 'geonames:486816',
        action: 'captured',
        actor: 'UA',
        claimant: null,
        denied: false,
        asOf: { start: '2024-08-14', end: '2024-08-14' },
      },
    ],
  };
  const predicted = (s: string, lat: number, lon: number): PredictedMention => ({
    article: 'a.txt',
    ...at(s),
    placeId: s,
    name: s,
    kind: 'village',
    precision: 'exact',
    lat,
    lon,
  });
  const mentions = [
    predicted('Sudzha', 51.1976, 35.2726), // right place
    predicted('Plekhovo', 55.0, 35.3333), // right span, ~433 km off
    predicted('Astra', 50, 30), // on a trap
    predicted('Seym', 51, 34), // on a skipped span: neither reward nor penalty
    predicted('fighting', 50, 30), // on nothing
  ];

  it('places: recall 2/3, precision 2/4, Acc@161 1/2, median over exact settlements', () => {
    const o = outcomes([{ set: 't', gold }], mentions, [
      { article: 'a.txt', ...at('Kyiv'), status: 'unresolved', reason: 'no entry', placeId: null },
    ]);
    const f = figures(o.gold, o.predictions);
    expect(f).toMatchObject({ gold: 3, matched: 2, predictions: 5, scored: 4, truePositives: 2, within161: 1, settlementsMeasured: 2 });
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.precision).toBeCloseTo(0.5);
    expect(f.acc161).toBeCloseTo(0.5);
    expect(f.medianKm).toBeCloseTo(distanceKm({ lat: 55, lon: 35.3333 }, { lat: 51.1, lon: 35.3333 }) / 2, 3);
    expect(o.gold.find((g) => g.gold.text === 'Kyiv')!.why).toBe('spotted, not located: no entry');
    expect(o.predictions.map((p) => p.status)).toEqual(['match', 'match', 'trap', 'skipped', 'nothing']);
  });

  it('claims: a match by overlapping figure spans, then kind, value, period and holder', () => {
    const claim = (over: Partial<PredictedClaim>): PredictedClaim => ({
      article: 'a.txt',
      ...at('said'),
      kind: 'area-held',
      value: 100.2,
      unit: 'km2',
      holder: 'UA',
      asOf: { start: '2024-08-14', end: '2024-08-14' },
      claimant: null,
      ...over,
    });
    const c = claimOutcomes(
      [{ set: 't', gold }],
      [claim({ asOf: { start: '2024-08-01', end: '2024-08-14' } }), claim({ ...at('Seym'), kind: 'count', unit: 'troops' })],
    );
    const f = claimFigures(c.pairs, [...c.predictionsBySet.get('t')!]);
    expect(f).toMatchObject({
      gold: 1,
      matched: 1,
      recall: 1,
      predictions: 2,
      truePositives: 1,
      precision: 0.5,
      kindAccuracy: 1,
      valueAccuracy: 1,
      periodAccuracy: 0,
      holderAccuracy: 1,
      claimant: { agreed: 1, gold: 0, predicted: 0, same: 0, bothNone: 1 },
    });
    expect(c.unmatched.map((u) => u.prediction.text)).toEqual(['Seym']);
  });

  it('claims: the claimant is counted on matched claims as for events, unmatched ones aside', () => {
    const said = (claimant: string | null) => ({ ...gold, claims: [{ ...gold.claims[0]!, claimant }] });
    const claim = (claimant: string | null, where = 'said'): PredictedClaim => ({
      article: 'a.txt',
      ...at(where),
      kind: 'area-held',
      value: 100,
      unit: 'km2',
      holder: 'UA',
      asOf: { start: '2024-08-14', end: '2024-08-14' },
      claimant,
    });
    const figure = (g: string | null, ps: PredictedClaim[]) => {
      const c = claimOutcomes([{ set: 't', gold: said(g) }], ps);
      return claimFigures(c.pairs, [...c.predictionsBySet.get('t')!]).claimant;
    };
    expect(figure('Valery Gerasimov (Russian General Staff)', [claim('Герасимов')])).toEqual({
      agreed: 1,
      gold: 1,
      predicted: 1,
      same: 1,
      bothNone: 0,
    });
    expect(figure('Минобороны России', [claim('Министерство обороны РФ')])).toMatchObject({ agreed: 1, same: 1 });
    expect(figure('Oleksandr Syrskyi', [claim('Однако')])).toEqual({ agreed: 0, gold: 1, predicted: 1, same: 0, bothNone: 0 });
    expect(figure('Oleksandr Syrskyi', [claim(null)])).toEqual({ agreed: 0, gold: 1, predicted: 0, same: 0, bothNone: 0 });
    expect(figure(null, [claim('DeepState')])).toEqual({ agreed: 0, gold: 0, predicted: 1, same: 0, bothNone: 0 });
    // an unmatched prediction (on "Seym") is no pair: the gold claim is missed and nothing is counted
    expect(figure('DeepState', [claim('DeepState', 'Seym')])).toEqual({ agreed: 0, gold: 0, predicted: 0, same: 0, bothNone: 0 });
  });

  /** The pipeline's reading of the gold event: Sudzha captured by UA, whole, with no claimant; `over` changes it. */
  const event = (over: Partial<PredictedEvent>): PredictedEvent => ({
    article: 'a.txt',
    ...at('Sudzha'),
    lat: 51.1976,
    lon: 35.2726,
    action: 'captured',
    actor: 'UA',
    part: false,
    claimant: null,
    ...over,
  });

  it('events: same action and actor on the settlement span, or within 5 km in the same sentence', () => {
    const near = event({ ...at('Plekhovo'), lat: 51.2, lon: 35.28 }); // same sentence, under 5 km from Sudzha
    const wrongActor = event({ actor: 'RU' });
    expect(eventFigures(eventOutcomes([{ set: 't', gold, text }], [near]))).toMatchObject({
      gold: 1,
      matched: 1,
      predictions: 1,
      truePositives: 1,
    });
    expect(eventFigures(eventOutcomes([{ set: 't', gold, text }], [wrongActor]))).toMatchObject({
      matched: 0,
      truePositives: 0,
      precision: 0,
    });
    // one prediction answers one gold event at most
    const twice = {
      ...gold,
      events: [gold.events![0]!, { ...gold.events![0]!, ...at('Plekhovo'), settlement: 'Plekhovo', lat: 51.1, lon: 35.3333 }],
    };
    expect(eventFigures(eventOutcomes([{ set: 't', gold: twice, text }], [event({})]))).toMatchObject({
      gold: 2,
      matched: 1,
      truePositives: 1,
    });
    // a part of the settlement is matched on the action as the whole is; its agreement is counted apart
    const partGold = { ...gold, events: [{ ...gold.events![0]!, part: true }] };
    expect(eventFigures(eventOutcomes([{ set: 't', gold: partGold, text }], [event({}), event({ part: true })]))).toMatchObject({
      matched: 1,
      part: { agreed: 0, gold: 1, predicted: 0, both: 0 },
    });
    expect(eventFigures(eventOutcomes([{ set: 't', gold: partGold, text }], [event({ part: true })]))).toMatchObject({
      matched: 1,
      part: { agreed: 1, gold: 1, predicted: 1, both: 1 },
    });
  });

  it('events: the claimant agrees when both name none or one person or body, a gold "Name (Body)" by either part', () => {
    const said = (claimant: string | null) => ({ ...gold, events: [{ ...gold.events![0]!, claimant }] });
    const figure = (g: string | null, p: string | null) =>
      eventFigures(eventOutcomes([{ set: 't', gold: said(g), text }], [event({ claimant: p })])).claimant;
    expect(figure(null, null)).toEqual({ agreed: 1, gold: 0, predicted: 0, same: 0, bothNone: 1 });
    expect(figure('Valery Gerasimov (Russian General Staff)', 'Герасимов')).toMatchObject({ agreed: 1, same: 1 });
    expect(figure('Valery Gerasimov (Russian General Staff)', 'the Russian General Staff')).toMatchObject({ agreed: 1 });
    expect(figure('Минобороны России', 'Министерство обороны РФ')).toMatchObject({ agreed: 1 });
    expect(figure('Oleksandr Syrskyi', 'Однако')).toMatchObject({ agreed: 0, gold: 1, predicted: 1, same: 0 });
    expect(figure(null, 'Ramstein')).toMatchObject({ agreed: 0, predicted: 1 });
    expect(figure('Oleksandr Syrskyi', null)).toMatchObject({ agreed: 0, gold: 1, predicted: 0 });
  });
});

/** An article's identity across its editions: the host without www./m./amp., the path without language segments,
 * "amp" parts, the query and a trailing slash; a query parameter that names the article itself (index.php?id=…,
 * ?p=…, B92's world.php?…&nav_id=…) stays, as one script serves every article of such a site. */
const ARTICLE_PARAMS = ['id', 'p', 'nid', 'news_id', 'nav_id'];
function articleKey(url: string): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^(www|m|amp)\./, '');
    const path = u.pathname
      .split('/')
      .filter((part) => part && !/^(ua|uk|ru|en|rus|ukr|eng|amp)$/i.test(part))
      .join('/');
    const named = ARTICLE_PARAMS.flatMap((k) => (u.searchParams.has(k) ? [`${k}=${u.searchParams.get(k)}`] : []));
    return `${host}/${path}${named.length ? `?${named.join('&')}` : ''}`;
  } catch {
    return url;
  }
}
