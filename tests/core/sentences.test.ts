import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/core/text/sentences.ts';

const sentences = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('a hard line break inside a sentence', () => {
  it.each([
    ['Войска начали штурм\nгорода Северное. Бои идут.', ['Войска начали штурм\nгорода Северное.', 'Бои идут.']],
    ['Війська почали штурм\nміста Північне. Бої тривають.', ['Війська почали штурм\nміста Північне.', 'Бої тривають.']],
    [
      'Russian troops began the assault\non the town of Northfield. Fighting goes on.',
      ['Russian troops began the assault\non the town of Northfield.', 'Fighting goes on.'],
    ],
    ['«Бои идут», —\nпишут жители.', ['«Бои идут», —\nпишут жители.']],
  ])('does not end a sentence that goes on in lower case: %j', (text, expected) => expect(sentences(text)).toEqual(expected));

  it.each([
    // a trailing ellipsis goes on in lower case, even over a blank line
    [
      'Troops raided the village of Northfield,...\n\nauthorities say. Then they left.',
      ['Troops raided the village of Northfield,...\n\nauthorities say.', 'Then they left.'],
    ],
    ['Войска вошли в Северное…\nи закрепились там.', ['Войска вошли в Северное…\nи закрепились там.']],
    ['Війська увійшли в Північне…\nі закріпилися там.', ['Війська увійшли в Північне…\nі закріпилися там.']],
    // over a run of blank lines too (the first break reads the whole run; the blank lines after it are none of its own)
    ['Войска вошли в Северное…\n\n \n\n\nи закрепились там.', ['Войска вошли в Северное…\n\n \n\n\nи закрепились там.']],
  ])('an ellipsis before lower case is no end: %j', (text, expected) => expect(sentences(text)).toEqual(expected));

  it.each([
    // a headline line, then the body
    ['Russia claims two villages\nRussian forces took them.', ['Russia claims two villages', 'Russian forces took them.']],
    // a blank line after a headline, even before lower case
    ['Сили оборони звільнили Північне\n\nзсу військові', ['Сили оборони звільнили Північне', 'зсу військові']],
    ['Сили оборони звільнили Північне\n\n \n\n\nзсу військові', ['Сили оборони звільнили Північне', 'зсу військові']],
    // a dateline
    ['KYIV, Ukraine —\nRussian forces attacked.', ['KYIV, Ukraine —', 'Russian forces attacked.']],
    // a caption line is a label of its own
    ['Фото: дом в Северном/REUTERS\nроссийские войска взяли Южное.', ['Фото: дом в Северном/REUTERS', 'российские войска взяли Южное.']],
    // list items, closed by ';' or opened by a bullet
    ['Серед них:\nселище Північне;\nсело Південне;', ['Серед них:', 'селище Північне;', 'село Південне;']],
    ['В районах:\n- Северное\nи окрестности', ['В районах:', '- Северное', 'и окрестности']],
    // a closed sentence stays one even when the next line starts in lower case
    ['Обстріляли Північне.\nросійські військові били по селу.', ['Обстріляли Північне.', 'російські військові били по селу.']],
    // a Cyrillic sentence begun in lower case after a full word and its stop; an abbreviation before lower case is none
    [
      'У Северного потери составили 400 человек. на остальных направлениях 1,2 тыс. человек.',
      ['У Северного потери составили 400 человек.', 'на остальных направлениях 1,2 тыс. человек.'],
    ],
    [
      'Біля Північного втрати склали 300 військових. на інших напрямках 1,1 тис. осіб.',
      ['Біля Північного втрати склали 300 військових.', 'на інших напрямках 1,1 тис. осіб.'],
    ],
  ])('stays a sentence end: %j', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('paragraphs run together with no space at a straight quote', () => {
  it.each([
    // the quote opens the next sentence
    [
      'The army was withdrawing, facing attacks."The command gave permission," it said.',
      ['The army was withdrawing, facing attacks.', '"The command gave permission," it said.'],
    ],
    // the quote closes the sentence it ends
    ['He said "we left."They stayed there.', ['He said "we left."', 'They stayed there.']],
    // an abbreviation or a lower-case word after the quote is no end
    ['The "U.S."Army stayed. It left "soon."then came back.', ['The "U.S."Army stayed.', 'It left "soon."then came back.']],
  ])('ends the sentence at the quote: %j', (text, expected) => expect(sentences(text)).toEqual(expected));

  it('stays linear on a long run of such quotes', () => {
    const text = 'a word."Then it went '.repeat(20000);
    const started = performance.now();
    expect(sentences(text).length).toBeGreaterThan(20000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
