// The snapshot's line says how much of the source list the page could name: a long list ends "… and N more" on the
// page, which a reader of the file alone cannot follow up, so the CLI says where the whole list is.
import { describe, expect, it } from 'vitest';
import { describeSources } from '../../src/print/page-api.ts';

const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ file: `a${i}.txt`, outlet: `O${i}`, title: `T${i}`, published: '2024-08-10' }));

describe('the snapshot line on sources', () => {
  it('says when the page names them all', () => {
    expect(describeSources({ sources: refs(9), sourcesNamed: 9 }, false)).toBe('9 sources, all named on the page');
    expect(describeSources({ sources: refs(1), sourcesNamed: 1 }, false)).toBe('1 source, all named on the page');
    expect(describeSources({ sources: [], sourcesNamed: 0 }, false)).toBe('no article behind what is shown');
  });

  it('says how many it names of how many, and where the whole list is', () => {
    expect(describeSources({ sources: refs(120), sourcesNamed: 40 }, false)).toBe(
      'the page names 40 of 120 sources; --bundle lists them all',
    );
    // The export dialog names its own button.
    expect(describeSources({ sources: refs(120), sourcesNamed: 40 }, false, '“Export bundle (ZIP)” lists them all')).toBe(
      'the page names 40 of 120 sources; “Export bundle (ZIP)” lists them all',
    );
    expect(describeSources({ sources: refs(120), sourcesNamed: 40 }, true)).toBe(
      "the page names 40 of 120 sources; the bundle's manifest.json lists them all",
    );
  });
});
