// Declension measured on gazetteer names the rules were not written against: every curated Cyrillic name of a class
// below is declined with an independent table of case endings (from the grammars, not from declension.ts), put into a
// sentence, and the spotter must find the entry. A sampled property, so a new entry of a known class is tested too.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer, IndexedEntry } from '../../src/core/gazetteer/gazetteer.ts';
import { spotNames } from '../../src/core/geoparse/spot.ts';
import { tokenize } from '../../src/core/text/tokens.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerDir } from '../../src/cli/load-gazetteer.ts';
import { gazetteer } from './gazetteer-cache.ts';

/** [nominative ending, genitive, locative, instrumental] for one word class; first match wins. */
type Row = [RegExp, string, string, string];
const RU: Row[] = [
  [/(?<=[кгх])а$/, 'и', 'е', 'ой'],
  [/(?<=[жшчщ])а$/, 'и', 'е', 'ей'],
  [/а$/, 'ы', 'е', 'ой'],
  [/(ово|ево|ино|ыно)$/, '$1', '$1', '$1'], // indeclinable usage
  [/([бвгдзклмнпрстфх])$/, '$1а', '$1е', '$1ом'],
];
const UK: Row[] = [
  [/ка$/, 'ки', 'ці', 'кою'],
  [/(?<=[жшчщ])а$/, 'і', 'і', 'ею'],
  [/а$/, 'и', 'і', 'ою'],
  [/ів$/, 'ова', 'ові', 'овом'],
  [/([бвгдзклмнпрстфх])$/, '$1а', '$1і', '$1ом'],
];
/** Two-word adjective + noun names: the adjective's endings agree with a feminine or masculine noun. */
const RU_ADJ: Row[] = [
  [/ая$/, 'ой', 'ой', 'ой'],
  [/ый$/, 'ого', 'ом', 'ым'],
];
const UK_ADJ: Row[] = [
  [/ня$/, 'ньої', 'ній', 'ньою'],
  [/а$/, 'ої', 'ій', 'ою'],
];

function decline(word: string, rows: Row[], slot: 1 | 2 | 3): string | null {
  for (const row of rows) if (row[0].test(word)) return word.replace(row[0], row[slot]);
  return null;
}

/** The genitive, locative and instrumental of a one- or two-word name, or null when no row of the table fits. */
function forms(name: string, lang: 'ru' | 'uk'): string[] | null {
  const words = name.split(' ');
  const nouns = lang === 'ru' ? RU : UK;
  const adjs = lang === 'ru' ? RU_ADJ : UK_ADJ;
  const out: string[] = [];
  for (const slot of [1, 2, 3] as const) {
    const noun = decline(
      words.at(-1)!,
      lang === 'ru' && words.length === 2 && /ый$/.test(words[0]!) ? [[/([бвгдзклмнпрстфх])$/, '$1а', '$1е', '$1ом']] : nouns,
      slot,
    );
    const adj = words.length === 2 ? decline(words[0]!, adjs, slot) : '';
    if (noun === null || adj === null || words.length > 2) return null;
    out.push(adj ? `${adj} ${noun}` : noun);
  }
  return out;
}

const lang = (name: string): 'ru' | 'uk' | null => (/[іїєґ]/i.test(name) ? 'uk' : /[ыэъё]/i.test(name) ? 'ru' : null);

let g: Gazetteer;
let cases: { entry: IndexedEntry; name: string; form: string }[] = [];
beforeAll(() => {
  g = gazetteer();
  const theatre = JSON.parse(readFileSync(join(gazetteerDir, 'theatre.json'), 'utf8')) as { entries: { id: string }[] };
  for (const { id } of theatre.entries) {
    const entry = g.byId(id)!;
    for (const name of [entry.ru, entry.uk, ...entry.aliases].filter((n): n is string => !!n && /[а-яіїє]/i.test(n))) {
      // A name whose letters do not tell the language is declined by the table of its country.
      const l = lang(name) ?? (entry.country === 'UA' ? 'uk' : 'ru');
      for (const form of forms(name, l) ?? []) if (form !== name) cases.push({ entry, name, form });
    }
  }
  cases = [...new Map(cases.map((c) => [`${c.entry.id}|${c.form}`, c])).values()];
}, 120_000);

describe('declension on curated names (independent ending table)', () => {
  it('has cases of every class to test', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it('the spotter finds every sampled case form of a gazetteer name', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.constantFrom('Бої тривали біля X, кажуть.', 'Обстріляли X вночі.', 'У районі X стріляли.'),
        (k, frame) => {
          const { entry, form } = cases[k]!;
          const text = frame.replace('X', form);
          const spots = spotNames(text, tokenize(text), g);
          expect(
            spots.some((s) => s.text === form && s.entries.some((e) => e.id === entry.id)),
            `${form} (${entry.id}) in "${text}"`,
          ).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
