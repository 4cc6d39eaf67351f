// `briefmap snapshot` arguments: parsed with node:util, validated with zod, turned into page export options.
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDate } from '../core/schema.ts';
import { boundsSchema, FORMATS, type ExportOptionsInput } from '../print/options.ts';
import { MAX_DPI, MIN_DPI, SIZE_IDS } from '../print/sizes.ts';

/** The page sizes the CLI takes, as the help and an unknown size's message name them ("current" is the viewer's window). */
const CLI_SIZES = SIZE_IDS.filter((s) => s !== 'current').join(' | ');

export const SNAPSHOT_HELP = `Usage: briefmap snapshot --out FILE [options]

Renders the built viewer (dist/) in a headless system Chromium and writes a print-ready snapshot.

  --view VIEW        a permalink (URL or "#map=zoom/lat/lon/..&date=..") or a bbox "west,south,east,north"
                     (default: the viewer's default view)
  --date YYYY-MM-DD  show the claims as of this date (default: the permalink's date, else the latest)
  --size SIZE        ${CLI_SIZES} (default a4-landscape)
  --width N --height N --unit mm|px   the page for --size custom (default unit mm)
  --dpi N            ${MIN_DPI}–${MAX_DPI} (default 200)
  --format F         png | jpeg | pdf (default: from the --out extension, else png)
  --out FILE         where to write (.png, .jpg, .pdf; .zip for --series or --bundle)
  --series           one frame per claim date at the same view (per control-report date with no claim):
                     a ZIP of images (png/jpeg) or a multi-page PDF
  --every N          with --series: one frame every N days instead of per claim date
  --all-claims       with --series: use the dates of all claims, not only the area-held ones
  --bundle           a ZIP of the image, the visible data (GeoJSON) and manifest.json
  --title TEXT       page title (default: the corpus title: the manifest's, else its main regions and dates)
  --subtitle TEXT    page subtitle
  --no-legend --no-scale-bar --no-north-arrow --no-date-stamp --no-sources
  --data DIR         the output of briefmap geocode to show (default: the data the viewer was built with)
  --dist DIR         the built viewer (default: ./dist, rebuilt with Vite when missing or older than the sources)
  --chrome PATH      Chromium/Chrome binary (default: $CHROME_PATH, else /usr/bin/chromium)
  --quiet            no progress on stderr
  -h, --help
`;

const cliSchema = z.strictObject({
  out: z.string().min(1, '--out FILE is required'),
  view: z.string().optional(),
  date: isoDate.optional(),
  // The sizes named as the help names them: zod's own message listed "current" (the viewer's window, not for the CLI).
  size: z
    .enum(SIZE_IDS, { message: `one of ${CLI_SIZES}` })
    .refine((s) => s !== 'current', '--size current needs a browser window; use a4-landscape, slide, custom, ...')
    .default('a4-landscape'),
  width: z.coerce.number().positive().optional(),
  height: z.coerce.number().positive().optional(),
  unit: z.enum(['mm', 'px']).default('mm'),
  // Said in the briefer's terms, not zod's ("Too big: expected number to be <=300").
  dpi: z.coerce
    .number({ error: `a number of dots per inch, ${MIN_DPI}–${MAX_DPI}` })
    .int(`a whole number of dots per inch, ${MIN_DPI}–${MAX_DPI}`)
    .min(MIN_DPI, `${MIN_DPI}–${MAX_DPI} dots per inch (screen ${MIN_DPI}, print 200–300)`)
    .max(MAX_DPI, `${MIN_DPI}–${MAX_DPI} dots per inch (screen ${MIN_DPI}, print 200–300)`)
    .default(200),
  format: z.enum(FORMATS).optional(),
  series: z.boolean().default(false),
  every: z.coerce.number().int().min(1).max(366).optional(),
  allClaims: z.boolean().default(false),
  bundle: z.boolean().default(false),
  title: z.string().max(200).optional(),
  subtitle: z.string().max(300).default(''),
  legend: z.boolean(),
  scaleBar: z.boolean(),
  northArrow: z.boolean(),
  dateStamp: z.boolean(),
  sources: z.boolean(),
  data: z.string().optional(),
  dist: z.string().optional(),
  chrome: z.string().min(1),
  quiet: z.boolean().default(false),
});
export type SnapshotArgs = z.output<typeof cliSchema>;

export interface SnapshotPlan {
  args: SnapshotArgs;
  format: 'png' | 'jpeg' | 'pdf';
  /** Hash to open the viewer with (view, date, basemap...). */
  hash: string;
  options: ExportOptionsInput;
}

export class UsageError extends Error {}

function formatFromOut(out: string): 'png' | 'jpeg' | 'pdf' | undefined {
  const ext = out.toLowerCase().split('.').pop();
  return ext === 'png' ? 'png' : ext === 'jpg' || ext === 'jpeg' ? 'jpeg' : ext === 'pdf' ? 'pdf' : undefined;
}

/** The file's extension must say what it holds: otherwise `--out map.gif` would silently be a PNG, `--out a.png --format
 * pdf` a PDF named .png, and `--series --out a.png` a ZIP of images named .png (what a briefer then cannot open). */
function checkOutName(out: string, format: string, asked: string | undefined, many: '--series' | '--bundle' | null): void {
  const ext = extname(out).slice(1).toLowerCase();
  if (!ext) return; // no extension: the format alone decides
  const zip = many === '--bundle' || (many === '--series' && format !== 'pdf');
  if (!['png', 'jpg', 'jpeg', 'pdf', 'zip'].includes(ext))
    throw new UsageError(`--out ${out}: briefmap does not write .${ext} (.png, .jpg or .pdf; .zip for --series or --bundle)`);
  if (zip && ext !== 'zip')
    throw new UsageError(
      `--out ${out}: ${many} writes a ZIP file; name it .zip${many === '--series' ? ' (or use --format pdf for one PDF)' : ''}`,
    );
  if (!zip && ext === 'zip')
    throw new UsageError(`--out ${out}: a single ${format.toUpperCase()} is written; .zip is for --series or --bundle`);
  const implied = formatFromOut(out);
  if (asked && implied && implied !== asked && !zip) throw new UsageError(`--out ${out}: ends in .${ext} but --format is ${asked}`);
}

/** "#map=..&date=.." from a full URL, a bare hash or "map=..." */
function hashOf(view: string): string {
  const i = view.indexOf('#');
  const h = i >= 0 ? view.slice(i + 1) : view;
  if (!/(^|&)map=/.test(h))
    throw new UsageError(`--view is neither a permalink with "map=zoom/lat/lon" nor a bbox "west,south,east,north": ${view}`);
  return h;
}

export function parseSnapshotArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): SnapshotPlan | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      view: { type: 'string' },
      date: { type: 'string' },
      size: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      unit: { type: 'string' },
      dpi: { type: 'string' },
      format: { type: 'string' },
      series: { type: 'boolean' },
      every: { type: 'string' },
      'all-claims': { type: 'boolean' },
      bundle: { type: 'boolean' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      'no-legend': { type: 'boolean' },
      'no-scale-bar': { type: 'boolean' },
      'no-north-arrow': { type: 'boolean' },
      'no-date-stamp': { type: 'boolean' },
      'no-sources': { type: 'boolean' },
      data: { type: 'string' },
      dist: { type: 'string' },
      chrome: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see briefmap snapshot --help)`);
  const parsed = cliSchema.safeParse({
    out: values.out ?? '',
    view: values.view,
    date: values.date,
    size: values.size,
    width: values.width,
    height: values.height,
    unit: values.unit,
    dpi: values.dpi,
    format: values.format === 'jpg' ? 'jpeg' : values.format,
    series: values.series,
    every: values.every,
    allClaims: values['all-claims'],
    bundle: values.bundle,
    title: values.title,
    subtitle: values.subtitle,
    legend: !values['no-legend'],
    scaleBar: !values['no-scale-bar'],
    northArrow: !values['no-north-arrow'],
    dateStamp: !values['no-date-stamp'],
    sources: !values['no-sources'],
    data: values.data,
    dist: values.dist,
    chrome: values.chrome ?? env.CHROME_PATH ?? '/usr/bin/chromium',
    quiet: values.quiet,
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new UsageError(`${i.path.length ? `--${String(i.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ` : ''}${i.message}`);
  }
  const args = parsed.data;
  if (args.series && args.bundle) throw new UsageError('--series and --bundle cannot be combined');
  if (args.every !== undefined && !args.series) throw new UsageError('--every only applies to --series');
  if (args.size === 'custom' && (!args.width || !args.height)) throw new UsageError('--size custom needs --width and --height');
  const format = args.format ?? formatFromOut(args.out) ?? 'png';
  checkOutName(args.out, format, args.format, args.series || args.bundle ? (args.bundle ? '--bundle' : '--series') : null);

  let hash = '';
  let bounds: [number, number, number, number] | undefined;
  if (args.view) {
    const nums = args.view.split(',').map((s) => Number(s.trim()));
    if (nums.length === 4 && nums.every((n) => Number.isFinite(n))) {
      const b = boundsSchema.safeParse(nums);
      if (!b.success) throw new UsageError(`--view bbox: ${b.error.issues[0]!.message}`);
      bounds = b.data;
    } else hash = hashOf(args.view);
  }
  const params = new URLSearchParams(hash);
  if (args.date) params.set('date', args.date);
  const finalHash = params.toString() ? `#${params.toString().replaceAll('%2F', '/').replaceAll('%3A', ':')}` : '';

  const options: ExportOptionsInput = {
    format,
    size: args.size,
    dpi: args.dpi,
    customWidth: args.width,
    customHeight: args.height,
    customUnit: args.unit,
    title: args.title,
    subtitle: args.subtitle,
    legend: args.legend,
    scaleBar: args.scaleBar,
    northArrow: args.northArrow,
    dateStamp: args.dateStamp,
    sources: args.sources,
    date: args.date,
    bounds,
  };
  return { args, format, hash: finalHash, options };
}
