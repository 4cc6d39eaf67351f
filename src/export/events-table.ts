// events.geojson (settlement control as reported) as one row per event.
import type { EventsCollection } from '../core/schema.ts';
import { articleCells, articleColumns, type ArticleIndex } from './articles.ts';
import type { Column, Table } from './table.ts';

export const eventColumns: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'settlement', type: 'string' },
  { name: 'settlementName', type: 'string' },
  { name: 'action', type: 'string' },
  { name: 'actor', type: 'string' },
  { name: 'holder', type: 'string' },
  { name: 'claimant', type: 'string' },
  { name: 'denied', type: 'bool' },
  // Only part of the settlement taken, held, entered or left: the action is the clause's, the map shows it contested.
  { name: 'part', type: 'bool' },
  { name: 'asOfStart', type: 'string' },
  { name: 'asOfEnd', type: 'string' },
  { name: 'asOfBasis', type: 'string' },
  { name: 'published', type: 'string' },
  { name: 'lat', type: 'double' },
  { name: 'lon', type: 'double' },
  { name: 'precision', type: 'string' },
  { name: 'locatedAt', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'trigger', type: 'string' },
  ...articleColumns,
  { name: 'quote', type: 'string' },
];

export function eventsTable(events: EventsCollection, articles: ArticleIndex): Table {
  const rows = events.features.map((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const who = p.actor ? ` (${p.actor})` : '';
    const part = p.part ? ' (part)' : '';
    return {
      geometry: f.geometry,
      values: {
        id: p.id,
        settlement: p.settlement,
        settlementName: p.settlementName,
        action: p.action,
        actor: p.actor,
        holder: p.holder,
        claimant: p.claimant,
        denied: p.denied,
        part: p.part === true,
        asOfStart: p.asOf.start,
        asOfEnd: p.asOf.end,
        asOfBasis: p.asOfBasis,
        published: p.published,
        lat,
        lon,
        precision: p.precision,
        locatedAt: p.locatedAt ?? null,
        confidence: p.confidence,
        trigger: p.trigger,
        ...articleCells(articles, p.article),
        quote: p.quote,
      },
      label: `${p.settlementName}: ${p.action}${part}${who}${p.denied ? ', denied' : ''}`,
      summary: `${p.quote} (${p.claimant ? `${p.claimant}; ` : ''}${articles.get(p.article)?.outlet ?? p.article}, published ${p.published})`,
    };
  });
  return { name: 'events', columns: eventColumns, rows };
}
