// The map's bottom corners (src/viewer/map/controls/bottom-clear.ts): the legend is raised above the attribution and
// scale bar only where they reach into its columns, as the attribution does across a 390 px phone.
import { describe, expect, it } from 'vitest';
import { bottomLift, type Box } from '../../src/viewer/map/controls/bottom-clear.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('bottomLift', () => {
  it('raises the legend above an attribution that spans the map (a 390 px phone)', () => {
    const legend = [box(10, 210, 310, 505)];
    const right = [box(0, 443, 390, 483), box(281, 483, 380, 505)];
    expect(bottomLift(legend, right, 515)).toBe(72);
  });

  it('leaves the legend where it is when the right corner keeps to its side (a desktop map)', () => {
    const legend = [box(370, 290, 710, 690)];
    const right = [box(853, 660, 1400, 678), box(1290, 678, 1390, 700)];
    expect(bottomLift(legend, right, 710)).toBe(0);
  });

  it('counts only the controls in its columns: the folded toggle clears a scale bar at the far right', () => {
    const folded = [box(10, 480, 85, 505)];
    expect(bottomLift(folded, [box(281, 483, 380, 505)], 515)).toBe(0);
    expect(bottomLift(folded, [box(0, 443, 390, 483), box(281, 483, 380, 505)], 515)).toBe(72);
  });

  it('ignores hidden (zero-width) controls and an empty corner', () => {
    expect(bottomLift([box(10, 480, 85, 505)], [box(0, 515, 0, 515)], 515)).toBe(0);
    expect(bottomLift([], [box(0, 443, 390, 483)], 515)).toBe(0);
  });
});
