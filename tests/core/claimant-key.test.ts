// The control legend (on the map and in an export) names each claimant once: the Kursk articles spell Russia's
// defence ministry three ways and the legend read "reported by The Russian Defense Ministry, Russia's Defence
// Ministry, Russia's Defense Ministry", three sources where there is one.
import { describe, expect, it } from 'vitest';
import { claimantKey, groupClaimants } from '../../src/print/claimant-key.ts';
import { claimantsByStatus } from '../../src/viewer/data/control-model.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import type { SettlementStatus } from '../../src/core/events/status.ts';

describe('one claimant, several spellings', () => {
  it('folds case, a leading "the", the possessive, -ence/-ense and the country word’s form', () => {
    const k = claimantKey("Russia's Defense Ministry");
    expect(claimantKey('The Russian Defense Ministry')).toBe(k);
    expect(claimantKey('Russia’s Defence Ministry')).toBe(k);
    expect(claimantKey('Ukrainian General Staff')).toBe(claimantKey("Ukraine's General Staff"));
  });
  it('keeps different claimants apart', () => {
    expect(claimantKey("Russia's defence minister")).not.toBe(claimantKey("Russia's defence ministry"));
    expect(claimantKey('Russian forces')).not.toBe(claimantKey("Russia's Defence Ministry"));
    expect(claimantKey('Syrskyi')).not.toBe(claimantKey('Syrian'));
  });
  it('lists each once under its most frequent spelling, by the group’s total', () => {
    const counts = new Map([
      ['The Russian Defense Ministry', 2],
      ["Russia's Defence Ministry", 1],
      ["Russia's Defense Ministry", 3],
      ['Syrskyi', 4],
      ['AFP', 1],
    ]);
    expect(groupClaimants(counts)).toEqual(["Russia's Defense Ministry", 'Syrskyi', 'AFP']);
  });
  it("the legend's claimants of a status: one name for the ministry", () => {
    const report = (claimant: string) => ({ properties: { claimant, article: 'a.txt' } });
    const statuses = [
      { status: 'RU', latest: report('The Russian Defense Ministry'), contradicting: [] },
      { status: 'RU', latest: report("Russia's Defence Ministry"), contradicting: [] },
      { status: 'RU', latest: report("Russia's Defense Ministry"), contradicting: [] },
      { status: 'RU', latest: report("Russia's Defense Ministry"), contradicting: [] },
    ] as unknown as SettlementStatus[];
    const state = { dataset: { report: { articles: [] } } } as unknown as Pick<AppState, 'dataset'>;
    expect([...claimantsByStatus(state, statuses).values()]).toEqual([["Russia's Defense Ministry"]]);
  });
});

describe('one claimant, several languages', () => {
  it('lists a speaker named in three scripts, with and without title and given name, once', () => {
    const counts = new Map([
      ['Сирський', 2],
      ['Сырский', 1],
      ["Ukraine's Commander-in-Chief Oleksandr Syrskyi", 1],
      ['Syrskyi', 3],
      ['Минобороны России', 2],
      ['Міноборони РФ', 1],
    ]);
    expect(groupClaimants(counts)).toEqual(['Syrskyi', 'Минобороны России']);
  });
  it('keeps two given names of one surname apart', () => {
    expect(
      groupClaimants(
        new Map([
          ['Oleksandr Syrskyi', 2],
          ['Ivan Syrskyi', 1],
          ['Syrskyi', 1],
        ]),
      ),
    ).toHaveLength(2);
  });
});

describe('a claimant as the legend reads it', () => {
  it('lower-cases an article capitalised by its sentence, not a title’s', () => {
    expect(groupClaimants(new Map([['The defense ministry', 2]]))).toEqual(['the defense ministry']);
    expect(groupClaimants(new Map([['The Hindu (AFP)', 1]]))).toEqual(['The Hindu (AFP)']);
  });
});
