// A crafted link: a field given twice is read once and said so; the view's numbers are decimals as formatHash writes
// them (not hex, binary, exponents or spaces) and a view of more than five parts is refused, not cut to five.
import { describe, expect, it } from 'vitest';
import { formatHash, readHash } from '../../src/viewer/app/permalink.ts';
import type { NavState } from '../../src/viewer/app/state.ts';

const defaults: NavState = {
  view: { zoom: 5, lat: 48, lon: 35, bearing: 0, pitch: 0 },
  date: '2024-08-20',
  basemap: 'embedded',
  selection: null,
  article: null,
};

describe('a field given twice', () => {
  it('is read from its first value, and the link problem says so', () => {
    const r = readHash('#date=2024-08-06&map=6/51.2/35.3&date=2024-08-10&map=0/0/0/0/0&date=x', defaults);
    expect(r.nav.date).toBe('2024-08-06');
    expect(r.nav.view).toEqual({ zoom: 6, lat: 51.2, lon: 35.3, bearing: 0, pitch: 0 });
    expect(r.problems).toEqual([
      { field: 'map', text: 'The link gives map 2 times; only the first is read.' },
      { field: 'date', text: 'The link gives date 3 times; only the first is read.' },
    ]);
  });

  it('is not said of unknown keys such as __proto__, which are ignored', () => {
    const r = readHash('#__proto__=1&__proto__=2&constructor=x', defaults);
    expect(r).toEqual({ nav: defaults, problems: [] });
  });
});

describe('the view’s numbers', () => {
  it('in hex, binary, exponent form, Infinity or with spaces are refused', () => {
    for (const map of ['0x5/48/35', '5/0b110000/35', '5/48/3.5e1', '5/48/Infinity', '5/ 48/35', '5/+48/35']) {
      const r = readHash(`#map=${encodeURIComponent(map)}`, defaults);
      expect(r.nav.view, map).toEqual(defaults.view);
      expect(r.problems.map((p) => p.field)).toEqual(['map']);
    }
  });

  it('in more than five parts are refused, not cut to five', () => {
    const r = readHash('#map=6/51/35/0/0/7', defaults);
    expect(r.nav.view).toEqual(defaults.view);
    expect(r.problems[0]!.text).toBe(
      "The link's map=6/51/35/0/0/7 is not a view (zoom 0-22/latitude/longitude/bearing/pitch); the map opens on its default view.",
    );
  });

  it('as formatHash writes them are read back exactly, negative and fractional included', () => {
    const nav: NavState = { ...defaults, view: { zoom: 7.25, lat: -33.86882, lon: -151.20929, bearing: -12.5, pitch: 40 } };
    expect(readHash(formatHash(nav), defaults)).toEqual({ nav, problems: [] });
    expect(readHash('#map=6/51/35', defaults).nav.view).toEqual({ zoom: 6, lat: 51, lon: 35, bearing: 0, pitch: 0 });
    expect(readHash('#map=6./.5/35', defaults).nav.view).toEqual({ zoom: 6, lat: 0.5, lon: 35, bearing: 0, pitch: 0 });
  });
});
