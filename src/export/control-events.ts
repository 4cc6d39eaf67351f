// The shape of events.geojson (settlement control as reported), as defined by the `events` branch in
// src/core/schema.ts (`controlEventPropertiesSchema`). That branch is not on main yet, so the exports read the file
// with this copy; once it lands, this file becomes a re-export of the core schema (same names, same shape).
import { z } from 'zod';
import { isoDate, periodSchema, precisionSchema } from '../core/schema.ts';

export const controlActions = ['captured', 'liberated', 'entered', 'cleared', 'withdrew', 'fighting', 'controls'] as const;
export const sideSchema = z.enum(['UA', 'RU', 'DPRK']);

export const controlEventPropertiesSchema = z.strictObject({
  type: z.literal('control'),
  id: z.string(),
  article: z.string(),
  published: isoDate,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  trigger: z.string(),
  settlement: z.string(),
  settlementName: z.string(),
  precision: precisionSchema,
  action: z.enum(controlActions),
  actor: sideSchema.nullable(),
  holder: sideSchema.nullable(),
  claimant: z.string().nullable(),
  denied: z.boolean(),
  asOf: periodSchema,
  asOfBasis: z.string(),
  confidence: z.number().min(0).max(1),
});
export type ControlEventProperties = z.infer<typeof controlEventPropertiesSchema>;

export const controlEventFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: controlEventPropertiesSchema,
});
export const eventsCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(controlEventFeatureSchema),
});
export type ControlEventFeature = z.infer<typeof controlEventFeatureSchema>;
export type EventsCollection = z.infer<typeof eventsCollectionSchema>;
