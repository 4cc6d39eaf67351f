// Control events, fixture by fixture (Turf manner): tests/fixtures/events/in/*.json (an article) →
// out/*.json (the events read from it). Regenerate on purpose only: UPDATE_GOLDENS=1 npx vitest run tests/core/events-fixtures.test.ts
import { extractControlEvents } from '../../src/core/events/extract.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { describeFixtures } from './fixture-runner.ts';
import { gazetteer } from './gazetteer-cache.ts';

function summarize(name: string, input: { published: string; text: string }): unknown {
  const article = { file: `${name}.txt`, title: name, outlet: 'fixture', published: input.published, text: input.text };
  const parsed = geoparseArticle(article.text, gazetteer());
  return extractControlEvents({ article, parsed, gazetteer: gazetteer() }).map(({ properties: p }) => ({
    settlement: p.settlement,
    name: input.text.slice(p.start, p.end),
    action: p.action,
    actor: p.actor,
    holder: p.holder,
    claimant: p.claimant,
    denied: p.denied,
    // (only on a part of the settlement: the other goldens stay as they were)
    ...(p.part ? { part: p.part } : {}),
    precision: p.precision,
    asOf: p.asOf,
    trigger: p.trigger,
    // (only where the general clause reading gave the event: the other goldens stay as they were)
    ...(p.reading ? { reading: p.reading } : {}),
  }));
}

describeFixtures<{ published: string; text: string }>('control event fixtures', 'events', summarize, () => void gazetteer());
