// Fuzzing the geocode command over corpus folders (issue 14): random manifests (valid, broken, BOM, invalid
// UTF-8), names (Unicode, line breaks, escapes), encodings, file types (folders, FIFOs, symlinks in and out) and
// sizes. Every run either succeeds with a consistent set of outputs or fails with one line, and a failed run
// leaves the output folder exactly as it was.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { errorLine } from '../../src/cli/messages.ts';
import { placesCollectionSchema, reportSchema, claimsCollectionSchema } from '../../src/core/schema.ts';
import { gazetteer } from '../core/gazetteer-cache.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefmap-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Content =
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'dir' }
  | { kind: 'fifo' }
  | { kind: 'link-out' }
  | { kind: 'link-in' }
  | { kind: 'missing' };

const prose = fc
  .array(
    fc.constantFrom('Fighting', 'near', 'Sudzha', 'Kursk', 'U.S.', 'Курській', 'області', '800 sq km', 'in October', '.', '\n', 'Suzha'),
    { maxLength: 40 },
  )
  .map((w) => w.join(' '));
const content: fc.Arbitrary<Content> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.oneof(prose, fc.string({ unit: 'grapheme', maxLength: 200 })).map((text) => ({ kind: 'text' as const, text })),
  },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
  fc.constantFrom<Content>({ kind: 'dir' }, { kind: 'fifo' }, { kind: 'link-out' }, { kind: 'link-in' }, { kind: 'missing' }),
);
const fileName = fc.oneof(
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter((s) => !s.includes('/') && !s.includes('\u0000') && s !== '.' && s !== '..')
    .map((s) => `${s}.txt`),
  fc.constantFrom('a.txt', 'b.txt', 'x\n\u001b[31m.txt', '..txt', 'manifest.txt'),
);
const date = fc.oneof(
  fc.constantFrom('2024-12-16', '0000-01-01', '2024-02-30', '9999-12-31', '1900-01-01', 'yesterday'),
  fc.date({ min: new Date('1850-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const entry = fc.record(
  {
    file: fileName,
    title: fc.oneof(fc.constant('Title'), fc.string({ maxLength: 8 })),
    outlet: fc.oneof(fc.constant('AFP'), fc.constant('  ')),
    published: date,
    url: fc.option(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'not a url'), { nil: undefined }),
  },
  { requiredKeys: ['file', 'title', 'outlet', 'published'] },
);
const manifestForm = fc.constantFrom('json', 'bom', 'invalid-utf8', 'truncated', 'missing', 'dir', 'extra-key');
const anyCase = fc.record({
  articles: fc.array(fc.tuple(entry, content), { minLength: 1, maxLength: 4 }),
  unlisted: fc.option(fc.tuple(fileName, content), { nil: undefined }),
  form: manifestForm,
});
/** Well-formed corpora (distinct names, prose, real dates) with random text: the runs that must succeed. */
const validCase = fc
  .uniqueArray(
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }).filter((s) => /^[\w-]+$/.test(s)),
    { minLength: 1, maxLength: 3 },
  )
  .chain((names) =>
    fc.record({
      articles: fc.tuple(
        ...names.map((name) =>
          fc.tuple(
            fc.record({
              file: fc.constant(`${name}.txt`),
              title: fc.constant('Title'),
              outlet: fc.constant('AFP'),
              published: fc.constant('2024-12-16'),
            }),
            prose.filter((t) => t.trim().length > 0).map((text): Content => ({ kind: 'text', text })),
          ),
        ),
      ),
      unlisted: fc.constant(undefined),
      form: fc.constantFrom('json', 'bom'),
    }),
  );
const corpusCase = fc.oneof(validCase, anyCase, anyCase);

let n = 0;
function build(c: typeof corpusCase extends fc.Arbitrary<infer T> ? T : never): string {
  const dir = join(tmp, `corpus-${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'inside'), 'Fighting near Sudzha.');
  const put = (name: string, what: Content): void => {
    const path = join(dir, name);
    try {
      lstatSync(path);
      return; // a name drawn twice: the first one stands
    } catch {
      /* free */
    }
    if (what.kind === 'text') writeFileSync(path, what.text);
    else if (what.kind === 'bytes') writeFileSync(path, what.bytes);
    else if (what.kind === 'dir') mkdirSync(path);
    else if (what.kind === 'fifo') execFileSync('mkfifo', [path]);
    else if (what.kind === 'link-out') symlinkSync('/etc/hostname', path);
    else if (what.kind === 'link-in') symlinkSync('inside', path);
  };
  for (const [e, what] of c.articles) put(e.file, what);
  if (c.unlisted) put(c.unlisted[0], c.unlisted[1]);
  const manifest = { articles: c.articles.map(([e]) => e), ...(c.form === 'extra-key' ? { extra: 1 } : {}) };
  const json = Buffer.from(JSON.stringify(manifest));
  const path = join(dir, 'manifest.json');
  if (c.form === 'bom') writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]));
  else if (c.form === 'invalid-utf8')
    writeFileSync(path, Buffer.concat([json.subarray(0, 20), Buffer.from([0xc3, 0x28]), json.subarray(20)]));
  else if (c.form === 'truncated') writeFileSync(path, json.subarray(0, Math.floor(json.length / 2)));
  else if (c.form === 'dir') mkdirSync(path);
  else if (c.form !== 'missing') writeFileSync(path, json);
  return dir;
}

/** Every path under `dir` with its type and content (or link target): what "as it was" means. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out.push(`${rel}${name} -> ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.push(`${rel}${name}/`);
        walk(p, `${rel}${name}/`);
      } else out.push(`${rel}${name} = ${readFileSync(p, 'utf8')}`);
    }
  };
  walk(dir, '');
  return out;
}

describe('fuzzed corpus folders', { timeout: 300_000 }, () => {
  it('every run succeeds with consistent outputs or fails with one line, leaving the output folder as it was', async () => {
    const out = join(tmp, 'out');
    let succeeded = 0;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(corpusCase, async (c) => {
        const dir = build(c);
        const before = (() => {
          try {
            return snapshot(out);
          } catch {
            return null;
          }
        })();
        try {
          const run = await geocode(dir, out, undefined, { jobs: 1, gazetteer: gazetteer(), today: '2026-11-30' });
          succeeded++;
          const places = placesCollectionSchema.parse(JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')));
          claimsCollectionSchema.parse(JSON.parse(readFileSync(join(out, 'claims.geojson'), 'utf8')));
          const report = reportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
          expect(report.totals).toEqual(run.totals);
          expect(places.features.length).toBe(report.totals.places);
        } catch (err) {
          if (err instanceof Error && err.name === 'AssertionError') throw err;
          failed++;
          const line = errorLine(err);
          expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
          expect(line.length).toBeGreaterThan(0);
          expect(
            before === null
              ? (() => {
                  try {
                    return snapshot(out);
                  } catch {
                    return null;
                  }
                })()
              : snapshot(out),
          ).toEqual(before);
        }
      }),
      { numRuns: 40, seed: 14 },
    );
    expect(succeeded).toBeGreaterThan(0); // the generator reaches both outcomes
    expect(failed).toBeGreaterThan(0);
  });
});
