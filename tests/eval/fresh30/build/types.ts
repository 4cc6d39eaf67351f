// The annotation and gold types of every hand-annotated set: one definition in tests/eval/build/types.ts. This set adds
// `part` (round 31's convention: an event on only part of a settlement keeps its action and is marked `part: true`)
// until the shared schema carries it.
import type { ArticleAnnotation as SharedArticle, EventItem as SharedEventItem, Gold as SharedGold, GoldEvent as SharedGoldEvent } from '../../build/types.ts';

export type * from '../../build/types.ts';
export type EventItem = SharedEventItem & { part?: boolean };
export type ArticleAnnotation = Omit<SharedArticle, 'events'> & { events?: EventItem[] };
export type GoldEvent = SharedGoldEvent & { part?: boolean };
export type Gold = Omit<SharedGold, 'events'> & { events: GoldEvent[] };
