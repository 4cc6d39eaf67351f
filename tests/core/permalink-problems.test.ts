// What a link asks for that is not used (src/viewer/app/permalink.ts readHash, link-check.ts): each bad field falls
// back on its own and is named in a one-line message; a date off the data's timeline is brought onto it and a
// selection or article the data does not hold is dropped, each with its message.
import { describe, expect, it } from 'vitest';
import { readHash } from '../../src/viewer/app/permalink.ts';
import { checkLinkAgainstData } from '../../src/viewer/app/link-check.ts';
import type { NavState } from '../../src/viewer/app/state.ts';
import type { Dataset } from '../../src/viewer/data/data.ts';

const defaults: NavState = {
  view: { zoom: 7.5, lat: 51.35, lon: 35.55, bearing: 0, pitch: 0 },
  date: '2024-09-01',
  basemap: 'embedded',
  selection: null,
  article: null,
};

const dataset = {
  places: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'ru-sudzha' } }] },
  claims: { type: 'FeatureCollection', features: [] },
  events: { type: 'FeatureCollection', features: [] },
  report: {
    articles: [
      { file: 'a.txt', published: '2024-08-10' },
      { file: 'b.txt', published: '2024-09-20' },
    ],
  },
} as unknown as Dataset;

describe('link problems', () => {
  it('names each field it does not use, with its value quoted short and on one line', () => {
    const { nav, problems } = readHash(
      '#map=abc/999/x&date=2024-02-30&basemap=javascript:alert(1)&sel=nonsense&reading=later&legend=<img src=x onerror=alert(1)>&article=' +
        'x'.repeat(400),
      defaults,
    );
    expect(nav).toEqual(defaults);
    expect(problems.map((p) => p.field)).toEqual(['map', 'date', 'basemap', 'sel', 'article', 'reading', 'legend']);
    expect(problems[1]!.text).toBe("The link's date=2024-02-30 is not a calendar date (YYYY-MM-DD); the latest report is shown.");
    expect(problems.every((p) => p.text.startsWith(`The link's ${p.field}=`) && !p.text.includes('\n') && p.text.length < 200)).toBe(true);
    expect(problems[4]!.text).toContain('x'.repeat(39) + '…');
  });

  it('refuses a style URL that carries a user name or password, and keeps one that does not', () => {
    const creds = readHash('#basemap=' + encodeURIComponent('https://user:secret@tiles.example.org/style.json'), defaults);
    expect(creds.nav.basemap).toBe('embedded');
    expect(creds.problems.map((p) => p.field)).toEqual(['basemap']);
    const plain = readHash('#basemap=' + encodeURIComponent('https://tiles.example.org/style.json'), defaults);
    expect(plain.problems).toEqual([]);
    expect(plain.nav.basemap).toBe('https://tiles.example.org/style.json');
  });

  it('reports nothing for a good link or an empty one', () => {
    expect(readHash('', defaults).problems).toEqual([]);
    const good = readHash('#map=8/51.2/35.3/0/0&date=2024-08-15&basemap=positron&sel=place:ru-sudzha&reading=described', defaults);
    expect(good.problems).toEqual([]);
    expect(checkLinkAgainstData(good.nav, dataset).problems).toEqual([]);
  });

  it('brings a date off the timeline onto it, and drops a selection or article the data does not hold', () => {
    const before = checkLinkAgainstData({ ...defaults, date: '1800-01-01' }, dataset);
    expect(before.nav.date).toBe('2024-08-01');
    expect(before.problems).toEqual([
      {
        field: 'date',
        text: "The link's date=1800-01-01 is before this data's timeline (1 Aug 2024 – 30 Sep 2024); 1 Aug 2024 is shown.",
        afterData: false,
      },
    ]);
    const after = checkLinkAgainstData({ ...defaults, date: '2099-01-01' }, dataset);
    expect(after.nav.date).toBe('2024-09-30');
    expect(after.problems.map((p) => p.afterData)).toEqual([true]);
    const missing = checkLinkAgainstData(
      { ...defaults, selection: { kind: 'place', id: 'ua-nowhere' }, article: '../../etc/passwd' },
      dataset,
    );
    expect(missing.nav.selection).toBeNull();
    expect(missing.nav.article).toBeNull();
    expect(missing.problems.map((p) => p.text)).toEqual([
      "The link's sel=place:ua-nowhere names no place in this data; nothing is selected.",
      "The link's article=../../etc/passwd is not an article of this data; no article is highlighted.",
    ]);
  });
});
