// foldMixedScript (src/core/text/mixed-script.ts): look-alikes of the other script in a word, offsets kept.
import { describe, expect, it } from 'vitest';
import { foldMixedScript } from '../../src/core/text/mixed-script.ts';

describe('foldMixedScript', () => {
  it('reads Latin look-alikes inside Cyrillic words as Cyrillic, keeping every offset', () => {
    const text = 'Бои у Алeксандрополя и Тoрецка, Бiлопілля.'; // Latin e, o, i
    const folded = foldMixedScript(text);
    expect(folded).toBe('Бои у Александрополя и Торецка, Білопілля.');
    expect(folded.length).toBe(text.length);
  });

  it('reads Cyrillic look-alikes inside Latin words as Latin, keeping every offset', () => {
    const text = 'Shelling of Nikopol, Dnіpropetrovsk regiоn.'; // Cyrillic і, о
    const folded = foldMixedScript(text);
    expect(folded).toBe('Shelling of Nikopol, Dnipropetrovsk region.');
    expect(folded.length).toBe(text.length);
  });

  it('leaves Latin words, mixed names and text without both scripts as they are', () => {
    expect(foldMixedScript('Russia says Pokrovsk fell.')).toBe('Russia says Pokrovsk fell.');
    const mixed = 'Источник: БрянскToday, канал в Telegram.';
    expect(foldMixedScript(mixed)).toBe(mixed); // d has no Cyrillic twin; Telegram has no Cyrillic letter
    expect(foldMixedScript('Донецк')).toBe('Донецк');
  });
});
