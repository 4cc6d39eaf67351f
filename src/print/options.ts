// The export options, validated the same way whether they come from the dialog, the page API or the CLI.
import { z } from 'zod';
import { isoDate } from '../core/schema.ts';
import { MAX_DPI, MIN_DPI, SIZE_IDS } from './sizes.ts';

export const FORMATS = ['png', 'jpeg', 'pdf'] as const;
export type ImageFormat = (typeof FORMATS)[number];

export const boundsSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-85).max(85), z.number().min(-180).max(180), z.number().min(-85).max(85)])
  .refine(([w, s, e, n]) => w < e && s < n, 'bounds must be west,south,east,north with west < east and south < north');

export const exportOptionsSchema = z.strictObject({
  format: z.enum(FORMATS).default('png'),
  size: z.enum(SIZE_IDS).default('a4-landscape'),
  customWidth: z.number().positive().optional(),
  customHeight: z.number().positive().optional(),
  customUnit: z.enum(['mm', 'px']).default('mm'),
  dpi: z.number().int().min(MIN_DPI).max(MAX_DPI).default(150),
  title: z.string().max(200).default(''),
  subtitle: z.string().max(300).default(''),
  legend: z.boolean().default(true),
  scaleBar: z.boolean().default(true),
  northArrow: z.boolean().default(true),
  dateStamp: z.boolean().default(true),
  sources: z.boolean().default(true),
  /** Render the claims as of this date instead of the timeline's. */
  date: isoDate.optional(),
  /** Show exactly this extent instead of the preview frame on the live map. */
  bounds: boundsSchema.optional(),
  /** Base for the permalink written into the manifest (the CLI passes the served viewer URL). */
  permalinkBase: z.string().max(2000).optional(),
});
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;
export type ExportOptions = z.output<typeof exportOptionsSchema>;

export const seriesOptionsSchema = z.strictObject({
  /** 0 = one frame per claim date; N > 0 = one frame every N days between the first and last claim date. */
  everyDays: z.number().int().min(0).max(366).default(0),
  /** Which claims define the dates: area-held claims (the territorial sequence) or all claims. */
  claimTypes: z.enum(['area-held', 'all']).default('area-held'),
  container: z.enum(['zip', 'pdf']).default('zip'),
});
export type SeriesOptionsInput = z.input<typeof seriesOptionsSchema>;
export type SeriesOptions = z.output<typeof seriesOptionsSchema>;

export const MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', pdf: 'application/pdf' };
export const EXTENSION: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', pdf: 'pdf' };
