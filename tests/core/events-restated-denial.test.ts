// A claim an article denies, told again further on, is denied with it (restated-denial.ts): the same settlement,
// action and actor after a denied report; not a report of another action or side, nor one before the denial unless
// asked.
import { describe, expect, it } from 'vitest';
import { withRestatedDenials } from '../../src/core/events/restated-denial.ts';
import type { ControlEventFeature } from '../../src/core/schema.ts';

const report = (
  start: number,
  action: 'captured' | 'withdrew',
  actor: 'RU' | 'UA',
  holder: 'RU' | 'UA',
  denied: boolean,
  settlement = 'x',
) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [37, 48] },
    properties: { start, end: start + 5, settlement, action, actor, holder, denied },
  }) as unknown as ControlEventFeature;

const deniedFlags = (events: ControlEventFeature[]): boolean[] => events.map((e) => e.properties.denied);

describe('restated denials', () => {
  it('denies a later restatement of a denied claim', () => {
    const events = [report(10, 'captured', 'RU', 'RU', true), report(400, 'captured', 'RU', 'RU', false)];
    withRestatedDenials(events);
    expect(deniedFlags(events)).toEqual([true, true]);
  });
  it('keeps other settlements, actions and sides affirmed', () => {
    const events = [
      report(10, 'captured', 'RU', 'RU', true),
      report(300, 'captured', 'RU', 'RU', false, 'y'),
      report(400, 'withdrew', 'UA', 'RU', false),
      report(500, 'captured', 'UA', 'UA', false),
    ];
    withRestatedDenials(events);
    expect(deniedFlags(events)).toEqual([true, false, false, false]);
  });
  it('keeps a report before the denial affirmed unless every report is reached', () => {
    const events = [report(10, 'captured', 'RU', 'RU', false), report(400, 'captured', 'RU', 'RU', true)];
    withRestatedDenials(events);
    expect(deniedFlags(events)).toEqual([false, true]);
    withRestatedDenials(events, { reach: 'either' });
    expect(deniedFlags(events)).toEqual([true, true]);
  });
});
