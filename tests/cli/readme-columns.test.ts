// README's "Columns." paragraph lists every column of the analyst exports in order: a column added to a table without the README
// saying so (events' `locatedAt` was missing until round 20) is caught here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimColumns } from '../../src/export/claims-table.ts';
import { eventColumns } from '../../src/export/events-table.ts';
import { placeColumns } from '../../src/export/places-table.ts';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The column names README gives after `**<table>**:`, up to the next table's label: every backticked list, split on commas. */
function readmeColumns(table: string, next: string | null): string[] {
  const start = readme.indexOf(`**${table}**:`);
  expect(start, `README has no **${table}**: column list`).toBeGreaterThan(0);
  const end = next ? readme.indexOf(`**${next}**:`, start) : readme.indexOf('\n\n', start);
  const text = readme.slice(start, end);
  const names: string[] = [];
  // Only the lists before a parenthesis that explains them: `(...)` asides hold backticked words that are not columns.
  for (const m of text.replace(/\([^()]*\)/g, '').matchAll(/`([^`]+)`/g)) names.push(...m[1]!.split(',').map((n) => n.trim()));
  return names.filter((n) => /^[a-zA-Z][a-zA-Z0-9]*$/.test(n));
}

describe('README lists the analyst exports’ columns', () => {
  it('places', () => expect(readmeColumns('places', 'claims')).toEqual(placeColumns.map((c) => c.name)));
  it('claims', () => expect(readmeColumns('claims', 'events')).toEqual(claimColumns.map((c) => c.name)));
  it('events', () => expect(readmeColumns('events', null)).toEqual(eventColumns.map((c) => c.name)));
});
