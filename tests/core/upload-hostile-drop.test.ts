// A drop is checked as the CLI checks a corpus folder: a file name or headline carrying a bidi override or a control
// character is not shown as given, a file dropped twice is read once, and an overlay nested thousands deep is refused
// before JSON.parse. Each refusal is one line naming the file.
import { describe, expect, it } from 'vitest';
import { articleFromFile } from '../../src/viewer/data/upload.ts';
import { DropCopies, fileNameProblem, MAX_OVERLAY_DEPTH, overlayTooDeep } from '../../src/viewer/data/upload-limits.ts';

const TODAY = '2026-12-05';
const body = 'KYIV, 30 November 2024 (Wire) - Ukraine holds 700 square kilometres in the Kursk region.';

describe('a dropped file’s name', () => {
  it('is refused with a bidi override, a line break, an escape or a NUL, quoted escaped on one line', () => {
    expect(fileNameProblem('report\u202Etxt.exe.txt')).toBe(
      'report\\u202etxt.exe.txt: the file name contains a bidi control character (U+202E) at index 6: rename the file',
    );
    for (const name of ['a\nb.txt', 'a\u001b[31mb.txt', 'a\u0000b.txt', 'a\u2066b.txt']) {
      const problem = fileNameProblem(name);
      expect(problem).toMatch(/: the file name contains a (bidi )?control character \(U\+[0-9A-F]{4}\) at index 1: rename the file$/);
      expect(problem).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('is taken as it is when it is plain text, in any script', () => {
    for (const name of ['en-01.txt', 'Зведення ЗСУ 12.03.txt', 'сводка (копия).geojson', 'front line.json'])
      expect(fileNameProblem(name)).toBeNull();
  });
});

describe('an uploaded article’s headline', () => {
  it('with a bidi override or a control character does not title the article: its file name does', () => {
    expect(articleFromFile('front.txt', `Front \u202Eetadpu\n\n${body}`, undefined, TODAY).title).toBe('front.txt');
    expect(articleFromFile('front.txt', `Front\u0007 update\n\n${body}`, undefined, TODAY).title).toBe('front.txt');
  });

  it('of plain text still titles it', () => {
    expect(articleFromFile('front.txt', `Front update\n\n${body}`, undefined, TODAY).title).toBe('Front update');
  });
});

describe('a file dropped twice', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('is found by its bytes, under its own name or another', () => {
    const copies = new DropCopies();
    expect(copies.earlierCopy('a.txt', bytes(body))).toBeNull();
    expect(copies.earlierCopy('a.txt', bytes(body))).toBe('a.txt');
    expect(copies.earlierCopy('a copy.txt', bytes(body))).toBe('a.txt');
  });

  it('is not a file of the same size with other bytes, nor an empty file', () => {
    const copies = new DropCopies();
    expect(copies.earlierCopy('a.txt', bytes('abc'))).toBeNull();
    expect(copies.earlierCopy('b.txt', bytes('abd'))).toBeNull();
    expect(copies.earlierCopy('e1.txt', bytes(''))).toBeNull();
    expect(copies.earlierCopy('e2.txt', bytes(''))).toBeNull();
  });
});

describe('an overlay’s nesting', () => {
  it('deeper than the limit is refused before parsing, naming the file and where', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(overlayTooDeep('deep.geojson', deep)).toBe(
      `deep.geojson: nested deeper than ${MAX_OVERLAY_DEPTH} levels at character ${MAX_OVERLAY_DEPTH}: not GeoJSON, refused`,
    );
  });

  it('of a real polygon collection passes, brackets inside strings not counted', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [35, 48],
                  [36, 48],
                  [36, 49],
                  [35, 48],
                ],
              ],
            ],
          },
        },
      ],
    };
    expect(overlayTooDeep('front.geojson', JSON.stringify(fc))).toBeNull();
  });
});
