// The viewer benchmark fails a run on any console error, except the 404s of the optional viewer files a hand-made
// dataset lacks (the viewer probes for them and falls back): round 20's viewer section failed on those five 404s.
import { describe, expect, it } from 'vitest';
import { optionalFileMissing } from '../../bench/viewer/chrome.ts';

const NOT_FOUND = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

describe('bench: console errors that are not faults', () => {
  it('a 404 of an optional viewer file is expected', () => {
    expect(optionalFileMissing(NOT_FOUND, 'http://127.0.0.1:4321/data/generated/places.compact.geojson')).toBe(true);
    expect(optionalFileMissing(NOT_FOUND, 'http://127.0.0.1:4321/data/generated/events.compact.geojson?v=1')).toBe(true);
  });
  it('a 404 of a contract file, another error or an unknown URL is still a fault', () => {
    expect(optionalFileMissing(NOT_FOUND, 'http://127.0.0.1:4321/data/generated/places.geojson')).toBe(false);
    expect(
      optionalFileMissing(
        'Failed to load resource: the server responded with a status of 500',
        'http://127.0.0.1:4321/data/generated/mentions.json',
      ),
    ).toBe(false);
    expect(optionalFileMissing(NOT_FOUND, '')).toBe(false);
  });
});
