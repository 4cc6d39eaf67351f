// An English body named by its lower-case head noun as the subject of a verb of saying (events/body-head-speaker.ts).
import { describe, expect, it } from 'vitest';
import { bodyHeadSpeakerIn } from '../../src/core/events/body-head-speaker.ts';

const read = (text: string, sentence: string): string | null => bodyHeadSpeakerIn(sentence, text, text.indexOf(sentence));

describe('bodyHeadSpeakerIn', () => {
  it('reads a capitalised name among the head’s modifiers', () => {
    expect(read('Ukraine’s popular DeepState military blog said X fell.', 'Ukraine’s popular DeepState military blog said X fell.')).toBe(
      'DeepState',
    );
    expect(read('Others disagreed, while the Rybar channel said it held.', 'Others disagreed, while the Rybar channel said it held.')).toBe(
      'Rybar',
    );
  });
  it('points a bare head back to the body of its kind named before', () => {
    const text = 'Soldiers of the 47th Separate Mechanised Brigade raised the flag. "We hold it," the brigade said.';
    expect(read(text, '"We hold it," the brigade said.')).toBe('47th Separate Mechanised Brigade');
    const channel = 'A pro-Russian Telegram channel, Rybar, wrote that. The channel also said it was taken.';
    expect(read(channel, 'The channel also said it was taken.')).toBe('Rybar');
  });
  it('names no one for a head with no body of its kind before it, or one its modifiers do not fit', () => {
    expect(read('Marines raised the flag, the brigade said.', 'Marines raised the flag, the brigade said.')).toBeNull();
    const text = 'The 3rd Assault Brigade advanced. Marines raised the flag, the marine brigade said.';
    expect(read(text, 'Marines raised the flag, the marine brigade said.')).toBeNull();
    expect(read('The ministry said so.', 'The ministry said so.')).toBeNull();
  });
  it('takes no function word, place object or day for a name', () => {
    const a = 'A Ukrainian brigade entered Robotyne. Later the brigade said Russian troops had left Verbove.';
    expect(read(a, 'Later the brigade said Russian troops had left Verbove.')).toBeNull();
    const b = 'In Bakhmut brigade commanders were rotated. "We hold," the brigade said.';
    expect(read(b, '"We hold," the brigade said.')).toBeNull();
    expect(read('He spoke on the channel Monday. The channel said X fell.', 'The channel said X fell.')).toBeNull();
  });
  it('reads a possessive owner as the body, and points neither it nor "one" back', () => {
    const text = "The Rybar channel reported gains. Kadyrov's Telegram channel said units held.";
    expect(read(text, "Kadyrov's Telegram channel said units held.")).toBe('Kadyrov');
    const side = "The Rybar channel reported gains. Ukraine's channel said units held.";
    expect(read(side, "Ukraine's channel said units held.")).toBeNull();
    const one = 'The Rybar channel reported gains. One channel said the town fell.';
    expect(read(one, 'One channel said the town fell.')).toBeNull();
  });
  it('takes a place before a unit’s head for a modifier, not the name (the places the sentence locates)', () => {
    const said = 'Russian troops took Avdiivka, the Donetsk brigade said.';
    expect(bodyHeadSpeakerIn(said, said, 0, ['Avdiivka', 'Donetsk'])).toBeNull();
    expect(bodyHeadSpeakerIn(said, said, 0)).toBe('Donetsk'); // (no place located: read as before)
    const text = `The 1st Donetsk Assault Brigade advanced. ${said}`;
    expect(bodyHeadSpeakerIn(said, text, text.indexOf(said), ['Donetsk'])).toBe('1st Donetsk Assault Brigade');
    const based = 'The 1st Donetsk Assault Brigade advanced. X fell, the Donetsk-based brigade said.';
    expect(bodyHeadSpeakerIn(based.slice(42), based, 42, ['Donetsk'])).toBe('1st Donetsk Assault Brigade');
    // (a hyphened place names no unit when none was named before)
    expect(bodyHeadSpeakerIn(based.slice(42), based.slice(42), 0, ['Donetsk'])).toBeNull();
    // (a channel's place word is left as it was)
    expect(bodyHeadSpeakerIn('X fell, the Donetsk channel said.', 'X fell, the Donetsk channel said.', 0, ['Donetsk'])).toBe('Donetsk');
  });
  it('reads a long generated line in linear time', () => {
    const line = `${'the the brigade of Brigade Third Assault, channel, '.repeat(20000)}the brigade said.`;
    const t0 = performance.now();
    bodyHeadSpeakerIn(line, line, 0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
