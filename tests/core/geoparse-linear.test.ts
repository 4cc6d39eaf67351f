// A giant sentence (thousands of names run together without a full stop) is read in windows: each name's evidence
// holds at most 2 × MATE_WINDOW mates, so the work grows linearly with the sentence, and the output for a short
// sentence is what it was (all its names are within one window). No timing: the mates are counted.
import { describe, expect, it } from 'vitest';
import { geoparseArticle, MATE_WINDOW, mateWindows } from '../../src/core/geoparse/geoparse.ts';
import { spotNames } from '../../src/core/geoparse/spot.ts';
import { sentenceSpans } from '../../src/core/text/sentences.ts';
import { tokenize } from '../../src/core/text/tokens.ts';
import { gazetteer } from './gazetteer-cache.ts';

const NAMES = ['Sudzha', 'Plekhovo', 'Kursk', 'Sumy', 'Belgorod', 'Glushkovo', 'Rylsk', 'Korenevo'];

describe('geoparse on one giant sentence', () => {
  it('gives each name a bounded number of sentence mates', () => {
    const g = gazetteer();
    const text = `Shelling hit ${Array.from({ length: 4000 }, (_, i) => NAMES[i % NAMES.length]).join(', ')} and more`;
    const spots = spotNames(text, tokenize(text), g);
    expect(spots.length).toBe(4000);
    const windows = mateWindows(spots, sentenceSpans(text));
    const mates = windows.reduce((n, w) => n + w.evidence.sentenceMates.length, 0);
    expect(mates).toBeLessThanOrEqual(2 * MATE_WINDOW * spots.length);
    // Every name is still read and placed.
    const parsed = geoparseArticle(text, g);
    expect(parsed.mentions.filter((m) => m.status === 'resolved').length).toBe(4000);
  });
  it('reads a short sentence with every other name as a mate', () => {
    const g = gazetteer();
    const text = 'Shelling hit Sudzha, Plekhovo and Kursk. Sumy was quiet.';
    const windows = mateWindows(spotNames(text, tokenize(text), g), sentenceSpans(text));
    expect(windows.map((w) => w.evidence.sentenceMates.length)).toEqual([2, 2, 2, 0]);
  });
});
