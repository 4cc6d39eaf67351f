// Round 30's hostile-input audit of the corpus boundary (src/core/corpus.ts): manifest strings are one line of plain
// text of a bounded length, text saved as UTF-16/UTF-32 is named as such, and a listed name that differs from a file's
// only in Unicode normalization or case says so. The CLI and the viewer's upload share these messages.
import { describe, expect, it } from 'vitest';
import { checkCorpusFiles, decodeManifest, parseManifest, validateArticleText } from '../../src/core/corpus.ts';

const entry = { file: 'a.txt', title: 'T', outlet: 'O', published: '2024-12-16' };

function refusal(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (err) {
    return (err as Error).message;
  }
}
const parse = (m: unknown): string => refusal(() => parseManifest(JSON.stringify(m), 'manifest.json', { today: '2026-12-05' }));

describe('manifest strings are one line of plain text', () => {
  it('refuses control characters in titles, outlets and URLs, naming the field and the character', () => {
    expect(parse({ articles: [{ ...entry, title: 'Kursk\u001b[31m' }] })).toBe(
      'manifest.json (articles[0].title): contains a control character (U+001B) at index 5: it must be one line of plain text',
    );
    expect(parse({ articles: [{ ...entry, outlet: 'A\u0000' }] })).toMatch(
      /^manifest\.json \(articles\[0\]\.outlet\): contains a control character \(U\+0000\)/,
    );
    expect(parse({ articles: [entry, { ...entry, file: 'b.txt', title: 'line\nbreak' }] })).toMatch(/\(articles\[1\]\.title\): .*U\+000A/);
  });

  it('refuses line breaks and bidi overrides in file names (a\\u202Egnp.txt shows as atxt.png)', () => {
    expect(parse({ articles: [{ ...entry, file: 'a\u202egnp.txt' }] })).toBe(
      'manifest.json (articles[0].file): contains a bidi control character (U+202E) at index 1: it must be one line of plain text',
    );
    expect(parse({ articles: [{ ...entry, file: 'x\nfake.txt' }] })).toMatch(
      /\(articles\[0\]\.file\): contains a control character \(U\+000A\)/,
    );
  });

  it('refuses a title or outlet far longer than any real one', () => {
    expect(parse({ articles: [{ ...entry, title: 'T'.repeat(2_000_000) }] })).toBe(
      'manifest.json (articles[0].title): 2000000 characters is too long (at most 1000)',
    );
    expect(parse({ articles: [{ ...entry, outlet: 'O'.repeat(201) }] })).toMatch(/\(articles\[0\]\.outlet\): 201 characters is too long/);
    expect(parse({ articles: [{ ...entry, title: 'T'.repeat(1000), outlet: 'O'.repeat(200) }] })).toBe('ok');
  });

  it('keeps accepting real metadata: Cyrillic, quotes, an RTL-free title with dashes', () => {
    expect(parse({ articles: [{ ...entry, title: 'ЗСУ звільнили «Кліщіївку» — ISW', outlet: 'Українська правда' }] })).toBe('ok');
  });
});

describe('text saved in another encoding is named', () => {
  const utf16le = (s: string, bom: boolean): Uint8Array => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, 'utf16le')]);

  it('an article in UTF-16LE with a byte-order mark', () => {
    expect(refusal(() => validateArticleText(utf16le('Fighting near Sudzha.', true), 'a.txt'))).toBe(
      'a.txt: not valid UTF-8 text: UTF-16LE text (it starts with that byte-order mark): save it as UTF-8',
    );
  });

  it('an article in UTF-16 without a mark (valid UTF-8 with a NUL in every other byte)', () => {
    expect(refusal(() => validateArticleText(utf16le('Fighting near Sudzha.', false), 'a.txt'))).toBe(
      'a.txt: contains NUL bytes: looks like UTF-16LE text without a byte-order mark: save it as UTF-8',
    );
    // A binary file is still a binary file.
    expect(refusal(() => validateArticleText(Buffer.from('Sudzha\0 text'), 'a.txt'))).toBe(
      'a.txt: contains NUL bytes: a binary file, not an article',
    );
  });

  it('an article in UTF-32 and a manifest in UTF-16BE', () => {
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x53, 0, 0, 0]);
    expect(refusal(() => validateArticleText(utf32, 'a.txt'))).toMatch(/^a\.txt: not valid UTF-8 text: UTF-32LE text/);
    const be = Buffer.from(utf16le('{"articles":[]}', false)).swap16();
    expect(refusal(() => decodeManifest(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'manifest.json'))).toBe(
      'manifest.json: not valid UTF-8 text: UTF-16BE text (it starts with that byte-order mark): save it as UTF-8',
    );
    expect(refusal(() => decodeManifest(be, 'manifest.json'))).toMatch(/^manifest\.json: contains NUL bytes: looks like UTF-16BE text/);
  });
});

describe('a listed file that is missing', () => {
  const manifest = (file: string) => ({ articles: [{ ...entry, file }] });

  it('says when a file differs only in Unicode normalization (NFD names from macOS)', () => {
    expect(refusal(() => checkCorpusFiles(manifest('cafe\u0301.txt'), ['caf\u00e9.txt']))).toBe(
      'manifest.json (articles[0].file): "cafe\u0301.txt" is listed but there is no such file in the corpus folder: a file\'s name differs from it only in Unicode normalization (NFC/NFD): write both the same way',
    );
  });

  it('says when a file differs only in case', () => {
    expect(refusal(() => checkCorpusFiles(manifest('A.txt'), ['a.txt']))).toMatch(
      /"A\.txt" is listed but there is no such file in the corpus folder: "a\.txt" differs from it only in case$/,
    );
    expect(refusal(() => checkCorpusFiles(manifest('b.txt'), ['a.txt']))).toMatch(
      /"b\.txt" is listed but there is no such file in the corpus folder$/,
    );
  });
});

describe('a manifest nested far deeper than any manifest', () => {
  it('is refused before JSON.parse (20 MB of brackets took it 30 s and 1 GB)', () => {
    const deep = `{"articles":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    expect(refusal(() => parseManifest(deep, 'manifest.json'))).toBe(
      'manifest.json: nested deeper than 16 levels at character 27: not a manifest',
    );
  });

  it('counts brackets inside strings as text', () => {
    expect(parse({ articles: [{ ...entry, title: '[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{ \\" [[[[' }] })).toBe('ok');
  });
});
