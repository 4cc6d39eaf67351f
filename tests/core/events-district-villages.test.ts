// Villages the gazetteer knows with their district or hromada alone (OKTMO/KATOTTG, no point of their own) keep their
// own identity: each is its own place feature at the container's point (precision district), its control events carry
// its own id with `locatedAt` naming the container, and the map colours each village on its own. So is a village no
// layer knows that the text puts near a neighbour or in a district (its name within that container). A report at a
// district with no settlement of its own colours nothing. None of them is in a footprint, whose hull needs points
// where the settlements lie.
import { beforeAll, describe, expect, it } from 'vitest';
import { footprintOf, hasOwnPoint } from '../../src/core/events/footprint.ts';
import { statusAt } from '../../src/core/events/status.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import type { ControlEventFeature, PlaceFeature } from '../../src/core/schema.ts';
import { gazetteer } from './gazetteer-cache.ts';

const ARTICLES = [
  {
    file: 'a.txt',
    published: '2024-08-20',
    text: 'ВСУ заняли Агроном и Бондаревку Суджанского района Курской области, заявил Сырский.',
  },
  {
    file: 'b.txt',
    published: '2025-03-10',
    text: 'Минобороны России сообщило, что российские войска освободили Бондаревку Суджанского района Курской области.',
  },
];

let places: PlaceFeature[] = [];
let events: ControlEventFeature[] = [];
beforeAll(() => {
  const out = geoparseCorpus(
    ARTICLES.map((a) => ({ ...a, title: a.file, outlet: 'fixture' })),
    gazetteer(),
  );
  places = out.places.features;
  events = out.events.features;
}, 60_000);

const byName = (name: string): PlaceFeature | undefined => places.find((p) => p.properties.name === name);

describe('villages known with their district alone', () => {
  it('are place features of their own, at the district point, with precision district', () => {
    const agronom = byName('Agronom');
    const bondarevka = byName('Bondarevka');
    expect(agronom?.properties.id).toMatch(/^oktmo-/);
    expect(bondarevka?.properties.id).toMatch(/^oktmo-/);
    expect(agronom?.properties.id).not.toBe(bondarevka?.properties.id);
    expect(agronom?.properties).toMatchObject({ kind: 'village', precision: 'district', admin1: 'Kursk Oblast' });
    expect(agronom?.geometry.coordinates).toEqual(bondarevka?.geometry.coordinates);
    // the coordinates' provenance is the district's; the village's own codifier entry is in the note
    expect(agronom?.properties.note).toMatch(/^OKTMO \d+.*no point of its own: mapped at Sudzhansky District$/);
  });

  it('carry their own ids into their control events, with the district as locatedAt', () => {
    const ids = new Set(places.map((p) => p.properties.id));
    expect(events.map((e) => [e.properties.settlementName, e.properties.action, e.properties.holder])).toEqual([
      ['Agronom', 'captured', 'UA'],
      ['Bondarevka', 'captured', 'UA'],
      ['Bondarevka', 'liberated', 'RU'],
    ]);
    for (const e of events) {
      expect(ids.has(e.properties.settlement)).toBe(true);
      expect(e.properties.precision).toBe('district');
      expect(e.properties.locatedAt).toBe('dst-ru-sudzhansky');
    }
  });

  it('are coloured one by one on the map, not merged into their district', () => {
    const at = (date: string): Record<string, string> => Object.fromEntries(statusAt(events, date).map((s) => [s.name, s.status]));
    expect(at('2024-08-21')).toEqual({ Agronom: 'UA', Bondarevka: 'UA' });
    expect(at('2025-03-11')).toEqual({ Agronom: 'UA', Bondarevka: 'RU' });
  });

  it('are left out of footprints: the district point is not where they lie', () => {
    const statuses = statusAt(events, '2024-08-21');
    expect(statuses.every((s) => !hasOwnPoint(s))).toBe(true);
    expect(footprintOf(statuses, 'UA', null)).toBeNull();
  });
});

describe('a village no layer knows, put near a neighbour by the text', () => {
  it('is its own place and its own settlement on the map, not the neighbour', () => {
    const text =
      'Russian forces captured the village of Zorvanivka near Yunakivka, the Russian defence ministry said. Ukrainian troops still hold Yunakivka, the regional governor said.';
    const out = geoparseCorpus([{ file: 'n.txt', title: 'n', outlet: 'fixture', published: '2024-11-20', text }], gazetteer());
    const zorvanivka = out.places.features.find((p) => p.properties.name === 'Zorvanivka');
    expect(zorvanivka?.properties).toMatchObject({ id: 'ua-yunakivka~near~zorvanivka', precision: 'near', kind: 'village' });
    const statuses = statusAt(out.events.features, '2024-11-20');
    expect(statuses.map((s) => [s.name, s.status, hasOwnPoint(s)])).toEqual([
      ['Yunakivka', 'UA', true],
      ['Zorvanivka', 'RU', false],
    ]);
  });
});

describe('a report put at a district that names no settlement of its own (no locatedAt)', () => {
  it('is not coloured: the district is not the settlement', () => {
    const e = events[0]!;
    const unknown: ControlEventFeature = {
      ...e,
      properties: { ...e.properties, id: 'x', settlement: 'dst-ru-sudzhansky', settlementName: 'Зорванівка', locatedAt: undefined },
    };
    delete unknown.properties.locatedAt;
    expect(statusAt([unknown], '2024-08-21')).toEqual([]);
  });
});
