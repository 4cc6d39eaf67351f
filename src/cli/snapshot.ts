// `briefmap snapshot`: drives the built viewer in a headless system Chromium and calls the page's own
// export code (window.__briefmapExport), so a scripted snapshot is the same as one from the dialog.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DistError, ensureDist } from './viewer-dist.ts';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { checkDataDir, DataDirError, serveStatic } from './static-server.ts';
import { parseSnapshotArgs, SNAPSHOT_HELP, UsageError, type SnapshotPlan } from './snapshot-args.ts';
import { NO_SERIES_DATES, packSeries, renderSeries } from '../print/series.ts';
import { describeResult, describeSources, type EncodedResult } from '../print/page-api.ts';

const VIEWPORT = { width: 1400, height: 900 };
const LOAD_TIMEOUT_MS = 120_000;

export class SnapshotError extends Error {}

async function launch(chrome: string): Promise<Browser> {
  if (!existsSync(chrome))
    throw new SnapshotError(
      `Chromium not found at ${chrome}: install it (e.g. apt-get install chromium) or pass --chrome PATH / set CHROME_PATH`,
    );
  try {
    return await launchChromium(chrome);
  } catch (e) {
    throw new SnapshotError(`could not start Chromium at ${chrome}: ${(e as Error).message.split('\n')[0]}`);
  }
}

async function openViewer(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // The snapshot is made from local files only: anything not on our server is refused.
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    return route.abort('blockedbyclient');
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  try {
    await page.waitForFunction(
      // Ready once the data's full check (run after the first idle) has passed too: bad data is refused, not exported.
      () =>
        (window.__briefmap?.firstIdleMs != null && window.__briefmap.dataChecked && window.__briefmapExport) ||
        document.querySelector('.fatal'),
      null,
      { timeout: LOAD_TIMEOUT_MS },
    );
  } catch {
    throw new SnapshotError(
      `the viewer did not finish loading within ${LOAD_TIMEOUT_MS / 1000} s${pageErrors.length ? `: ${pageErrors[0]}` : ''}`,
    );
  }
  const ready = await page.evaluate(() =>
    Boolean(
      window.__briefmap?.firstIdleMs != null &&
      window.__briefmap.dataChecked &&
      window.__briefmapExport &&
      !document.querySelector('.fatal'),
    ),
  );
  if (!ready) {
    const text = await page.evaluate(() => document.querySelector('.fatal')?.textContent ?? '');
    throw new SnapshotError(`the viewer could not start: ${text.trim() || pageErrors[0] || 'unknown error'}`);
  }
  return page;
}

/** A --view or --date the viewer would not use as given (it falls back to its default view or date, or brings a date
 * before the data's first report onto the timeline) is refused: a snapshot of another view or date than the one
 * asked for is a wrong map, and one before any report an empty one (a mistyped year, 1990 for 2024). A date after the
 * data is a snapshot 'as of today', drawn at that date with every report. */
function refuseLinkProblems(plan: SnapshotPlan, problems: { field: string; text: string; afterData?: boolean }[]): void {
  const refused = problems.find((p) => !(p.afterData && plan.args.date));
  if (!refused) return;
  const option = refused.field === 'date' && plan.args.date ? '--date' : '--view';
  throw new SnapshotError(`${option}: ${refused.text.replace(/^The link's /, '').replace(/; [^;]*$/, '')}`);
}

function pageMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0]!;
}

/** The result in one line; with a source list on the page, how much of it the page could name (a long list ends
 * with "… and N more", which a reader of the file alone cannot follow up). */
function describe(r: Omit<EncodedResult, 'base64'>, sources: boolean, bundle = false): string {
  // A PDF lists every source on its pages after the map page.
  const pdf = r.mime === 'application/pdf';
  return `${describeResult(r)}, ${(r.ms / 1000).toFixed(1)} s${sources ? `; ${describeSources(r, bundle && !pdf, pdf ? 'the source pages after the map list them all' : undefined)}` : ''}`;
}

async function run(plan: SnapshotPlan, log: (s: string) => void): Promise<void> {
  const out = resolve(plan.args.out);
  if (!existsSync(dirname(out))) throw new SnapshotError(`the folder of --out does not exist: ${dirname(out)}`);
  // Chromium first: a missing browser is the most common setup problem and the cheapest to report.
  if (!existsSync(plan.args.chrome))
    throw new SnapshotError(
      `Chromium not found at ${plan.args.chrome}: install it (e.g. apt-get install chromium) or pass --chrome PATH / set CHROME_PATH`,
    );
  const dataDir = plan.args.data ? resolve(plan.args.data) : undefined;
  if (dataDir)
    try {
      checkDataDir(dataDir);
    } catch (e) {
      throw e instanceof DataDirError ? new SnapshotError(e.message) : e;
    }
  let dist: string;
  try {
    dist = await ensureDist(plan.args.dist, log, dataDir);
  } catch (e) {
    throw e instanceof DistError ? new SnapshotError(e.message) : e;
  }
  const browser = await launch(plan.args.chrome);
  const server = await serveStatic(dist, dataDir ? { dataDir } : {});
  try {
    const page = await openViewer(browser, server.url + 'index.html' + plan.hash);
    refuseLinkProblems(plan, await page.evaluate(() => window.__briefmapExport!.linkProblems()));
    const title = plan.args.title ?? (await page.evaluate(() => window.__briefmapExport!.corpusTitle().title));
    const options = { ...plan.options, title, permalinkBase: 'index.html' };
    try {
      if (plan.args.series) {
        const seriesOpts = { everyDays: plan.args.every ?? 0, claimTypes: plan.args.allClaims ? ('all' as const) : ('area-held' as const) };
        const dates = await page.evaluate((s) => window.__briefmapExport!.seriesDates(s), seriesOpts);
        if (dates.length === 0) throw new SnapshotError(NO_SERIES_DATES);
        // A PDF series is the single export's PDF pages joined (page text stays real text); otherwise images.
        const frameFormat: 'png' | 'jpeg' | 'pdf' = plan.format === 'jpeg' ? 'jpeg' : plan.format === 'pdf' ? 'pdf' : 'png';
        const frames = await renderSeries(dates, async (date, i) => {
          const r = await page.evaluate((o) => window.__briefmapExport!.render(o), { ...options, format: frameFormat, date });
          log(`frame ${i + 1}/${dates.length} ${date}: ${describe(r, options.sources !== false)}`);
          return { date, bytes: Buffer.from(r.base64, 'base64'), format: frameFormat, widthPt: r.widthPt, heightPt: r.heightPt };
        });
        const { bytes } = await packSeries(frames, plan.format === 'pdf' ? 'pdf' : 'zip', title);
        writeFileAtomic(out, bytes);
        log(`wrote ${out} (${dates.length} ${plan.format === 'pdf' ? 'pages' : 'frames'})`);
      } else if (plan.args.bundle) {
        const r = await page.evaluate((o) => window.__briefmapExport!.bundle(o), options);
        writeFileAtomic(out, Buffer.from(r.base64, 'base64'));
        log(`wrote ${out}: ${r.image.filename}, visible.geojson, manifest.json; ${describe(r.image, options.sources !== false, true)}`);
      } else {
        const r = await page.evaluate((o) => window.__briefmapExport!.render(o), options);
        writeFileAtomic(out, Buffer.from(r.base64, 'base64'));
        log(`wrote ${out}: ${describe(r, options.sources !== false)}`);
      }
    } catch (e) {
      if (e instanceof SnapshotError) throw e;
      throw new SnapshotError(`export failed: ${pageMessage(e)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function snapshotCommand(argv: string[]): Promise<void> {
  const fail = (message: string): never => {
    process.stderr.write(`briefmap snapshot: ${message}\n`);
    process.exit(1);
  };
  let plan: SnapshotPlan | 'help';
  try {
    plan = parseSnapshotArgs(argv);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')))
      return fail(e.message);
    throw e;
  }
  if (plan === 'help') {
    process.stdout.write(SNAPSHOT_HELP);
    return;
  }
  const quiet = plan.args.quiet;
  const log = (s: string) => {
    if (!quiet) process.stderr.write(`${s}\n`);
  };
  try {
    await run(plan, log);
  } catch (e) {
    if (e instanceof SnapshotError) return fail(e.message);
    throw e;
  }
}
