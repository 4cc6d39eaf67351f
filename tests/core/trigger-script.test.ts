// The script a trigger pattern's matches need (lexicon.ts scriptOf): sentences without it are not searched. Only the
// literal letters of the pattern count: escapes (\p{L}, \s), group syntax and capture names are no letters.
import { describe, expect, it } from 'vitest';
import { scriptOf, TRIGGERS } from '../../src/core/events/lexicon.ts';

describe('scriptOf', () => {
  it('reads the literal letters of a pattern', () => {
    expect(scriptOf(String.raw`captur(?:ed|ing)(?=\s+\p{Lu})`)).toBe('latin');
    expect(scriptOf(String.raw`(?<=\s)звільни\p{L}*\s+(?:\p{L}+\s+){0,2}`)).toBe('cyrillic');
    expect(scriptOf(String.raw`(?<cap0>\p{L})\p{L}*`)).toBeUndefined(); // no literal letter: every sentence
    expect(scriptOf(String.raw`advanced|просунулися`)).toBeUndefined(); // both scripts: every sentence
  });

  it('gives most triggers one script, and every trigger one that its own pattern agrees with', () => {
    const scripts = TRIGGERS.map((t) => t.script);
    expect(scripts.filter((s) => s === 'latin').length).toBeGreaterThan(40);
    expect(scripts.filter((s) => s === 'cyrillic').length).toBeGreaterThan(80);
    // a Latin trigger never matches a Cyrillic-only sentence, nor a Cyrillic one a Latin-only sentence
    const samples = ['Российские войска освободили Бондаревку.', 'Russian forces captured Bondarevka near Sudzha.'];
    for (const t of TRIGGERS) {
      if (!t.script) continue;
      const other = t.script === 'latin' ? samples[0]! : samples[1]!;
      t.re.lastIndex = 0;
      expect(t.re.test(other)).toBe(false);
      t.re.lastIndex = 0;
    }
  });
});
