// An uploaded article's date from its dateline is checked against the run's date as a manifest's is: "12 March 2099"
// stretched the viewer's timeline to 2099. Such an article is undated (the page asks), and says why.
import { describe, expect, it } from 'vitest';
import { articleFromFile } from '../../src/viewer/data/upload.ts';

const TODAY = '2026-12-05';
const text = (dateline: string) => `Front update\n\nKYIV, ${dateline} (Wire) - Ukraine holds 700 square kilometres in the Kursk region.`;

describe('an uploaded article’s dateline against the run’s date', () => {
  it('a future dateline leaves the article undated, saying why', () => {
    const a = articleFromFile('future.txt', text('12 March 2099'), undefined, TODAY);
    expect(a.published).toBeNull();
    expect(a.undated).toBe("2099-03-12 is after the run's date 2026-12-05 (UTC): an article cannot be published in the future (a typo?)");
  });

  it('a dateline up to the day after the run’s date is taken', () => {
    expect(articleFromFile('a.txt', text('6 December 2026'), undefined, TODAY)).toMatchObject({ published: '2026-12-06' });
    expect(articleFromFile('b.txt', text('30 November 2024'), undefined, TODAY)).toMatchObject({ published: '2024-11-30' });
    expect(articleFromFile('b.txt', text('30 November 2024'), undefined, TODAY).undated).toBeUndefined();
  });

  it('one day later is refused', () => {
    expect(articleFromFile('c.txt', text('7 December 2026'), undefined, TODAY).published).toBeNull();
  });
});
