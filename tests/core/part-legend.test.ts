// A settlement is contested when its latest report covers only part of it (status.ts `partContests`); the legend row
// that explains the contested mark names that reason with the others, in the viewer and on the page alike.
import { describe, expect, it } from 'vitest';
import { controlLegendLabel } from '../../src/print/control-symbols.ts';
import { statusAt } from '../../src/core/events/status.ts';
import { reportWords } from '../../src/viewer/ui/panels/report-words.ts';
import type { ControlEventFeature } from '../../src/core/schema.ts';

const event = (part: boolean): ControlEventFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [37.6, 48.6] },
  properties: {
    type: 'control',
    id: 'a.txt:10',
    article: 'a.txt',
    published: '2025-03-13',
    quote: 'Russian forces captured the eastern part of X.',
    start: 40,
    end: 41,
    trigger: 'captured',
    settlement: 'gn-1',
    settlementName: 'X',
    precision: 'exact',
    action: 'captured',
    actor: 'RU',
    holder: 'RU',
    claimant: null,
    denied: false,
    ...(part ? { part: true as const } : {}),
    asOf: { start: '2025-03-12', end: '2025-03-13' },
    asOfBasis: 'the publication date',
    confidence: 0.8,
  },
});

describe('part of a settlement in the legend and the report line', () => {
  it('a part taken makes the settlement contested, and the contested legend row names that reason', () => {
    expect(statusAt([event(true)], '2025-03-20')[0]!.status).toBe('contested');
    expect(controlLegendLabel('contested', [])).toMatch(/only part of the settlement/);
  });

  it('the report line says part, the whole settlement’s does not', () => {
    expect(reportWords('captured', 'RU', true)).toBe('part of it captured by Russia');
    expect(reportWords('withdrew', 'UA', true)).toBe('Ukraine withdrew from part of it');
    expect(reportWords('controls', null, true)).toBe('part of it under control');
    expect(reportWords('captured', 'RU')).toBe('captured by Russia');
  });
});
