// The layering the code relies on: the CLI never imports the viewer, print code never imports the viewer or the
// CLI, and the core imports neither them nor Node. Read from the import statements of every source file.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|mts|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** Every module a file imports (static, dynamic, re-export), relative ones resolved to repo paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith('.') ? relative(root, resolve(dirname(file), s)) : s));
}

function offenders(dir: string, forbidden: (spec: string) => boolean): string[] {
  return sources(join(root, dir)).flatMap((f) =>
    importsOf(f)
      .filter(forbidden)
      .map((s) => `${relative(root, f)} → ${s}`),
  );
}

describe('layering', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    expect(importsOf(join(root, 'src/cli/snapshot.ts'))).toContain('src/print/series.ts');
  });
  it('src/cli imports nothing from src/viewer', () => {
    expect(offenders('src/cli', (s) => s.startsWith('src/viewer'))).toEqual([]);
  });
  it('src/print imports neither the viewer, the CLI nor MapLibre', () => {
    expect(offenders('src/print', (s) => s.startsWith('src/viewer') || s.startsWith('src/cli') || s.startsWith('maplibre-gl'))).toEqual([]);
  });
  it('src/core imports no Node API, no viewer, CLI or print code', () => {
    expect(offenders('src/core', (s) => s.startsWith('node:') || /^src\/(viewer|cli|print)/.test(s))).toEqual([]);
  });
});
