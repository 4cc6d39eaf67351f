// The Turf-style fixture loop shared by the geoparse, claims and events fixtures: every tests/fixtures/<area>/in/*.json
// goes through `summarize` and is compared with out/<same name>. Goldens are rewritten on purpose only, with
// UPDATE_GOLDENS=1 (review each diff before committing it).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const update = process.env.UPDATE_GOLDENS === '1';

/** `warm` runs once before the fixtures (the gazetteer load, first compiles), outside their time budgets. */
export function describeFixtures<In>(title: string, area: string, summarize: (name: string, input: In) => unknown, warm: () => void): void {
  const root = join(import.meta.dirname, '..', 'fixtures', area);
  describe(title, () => {
    beforeAll(warm, 120_000);
    for (const f of readdirSync(join(root, 'in'))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const name = f.replace(/\.json$/, '');
      it(name, () => {
        const actual = summarize(name, JSON.parse(readFileSync(join(root, 'in', f), 'utf8')) as In);
        const outPath = join(root, 'out', f);
        if (update) {
          mkdirSync(join(root, 'out'), { recursive: true });
          writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
        }
        expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
      });
    }
  });
}
