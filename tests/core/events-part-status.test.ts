// Part of a settlement on the map: a report that a side took, holds or left only part of a settlement keeps the
// action the clause states and its side (for the popup), flagged `part`, and the map shows the settlement contested
// until a later report on the whole of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractControlEvents } from '../../src/core/events/extract.ts';
import { statusAt } from '../../src/core/events/status.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import type { ControlEventFeature } from '../../src/core/schema.ts';
import { gazetteer } from './gazetteer-cache.ts';

const read = (published: string, text: string, file: string): ControlEventFeature[] => {
  const g = gazetteer();
  const article = { file, title: file, outlet: 'fixture', published, text };
  return extractControlEvents({ article, parsed: geoparseArticle(text, g), gazetteer: g });
};
const summary = (e: ControlEventFeature): string =>
  `${e.properties.settlementName}:${e.properties.action}:${e.properties.holder}:${e.properties.denied}:${e.properties.part ?? false}`;

let partThenWhole: ControlEventFeature[] = [];
let partHeld: ControlEventFeature[] = [];
let partDenied: ControlEventFeature[] = [];
beforeAll(() => {
  partThenWhole = [
    ...read('2024-05-10', 'Russian forces captured the eastern part of Vovchansk, the Russian defence ministry said.', 'a.txt'),
    ...read('2024-05-20', 'Russian forces captured Vovchansk, the Russian defence ministry said on Monday.', 'b.txt'),
  ];
  partHeld = read('2024-05-10', 'Ukrainian forces still control the northern part of Vovchansk, the General Staff said.', 'c.txt');
  partDenied = read(
    '2024-05-10',
    "Russia's defence ministry said its troops had captured the eastern part of Kupiansk. Ukraine's General Staff denied this.",
    'd.txt',
  );
}, 60_000);

describe('part of a settlement', () => {
  it('a part captured is contested with the captor on the event, until the whole is captured', () => {
    expect(partThenWhole.map(summary)).toEqual(['Vovchansk:captured:RU:false:true', 'Vovchansk:captured:RU:false:false']);
    const before = statusAt(partThenWhole, '2024-05-12')[0]!;
    expect(before.status).toBe('contested');
    expect(before.latest.properties.holder).toBe('RU');
    expect(statusAt(partThenWhole, '2024-05-21')[0]!.status).toBe('RU');
  });

  it('a part held is contested', () => {
    expect(partHeld.map(summary)).toEqual(['Vovchansk:controls:UA:false:true']);
    expect(statusAt(partHeld, '2024-05-10')[0]!.status).toBe('contested');
  });

  it('a part claimed and denied is contested, the claim kept', () => {
    expect(partDenied.map(summary)).toEqual(['Kupiansk:captured:RU:true:true']);
    const s = statusAt(partDenied, '2024-05-10')[0]!;
    expect(s.status).toBe('contested');
    expect(s.latest.properties.part).toBe(true);
  });

  it('shows the side that holds part when the option is off', () => {
    expect(statusAt(partHeld, '2024-05-10', { partContests: false })[0]!.status).toBe('UA');
  });
});
