// Hostile text never becomes markup: an uploaded article whose title and body carry <img onerror> and
// <script> is shown as text and runs nothing; the page ships a CSP; a broken data file is named, not rendered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE_TITLE = 'Kursk <img src=x onerror="window.__xss=1"> report <script>window.__xss=2</script>';
const HOSTILE_TEXT = `${HOSTILE_TITLE}
Ukrainian troops held positions near Sudzha in the Kursk region <img src=x onerror="window.__xss=3">, officials said.
<script>window.__xss=4</script> Fighting continued near Sumy.`;

describe('security', () => {
  it('ships a Content-Security-Policy without unsafe-inline scripts', async () => {
    const v = await openViewer(browser);
    const csp = await v.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain('worker-src');
    await v.page.close();
  });

  it('an uploaded article with <img onerror> and <script> executes nothing', async () => {
    const v = await openViewer(browser);
    await v.page.locator('#upload-input').setInputFiles({ name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE_TEXT) });
    // The text gives no date, so the page asks for one (the file's time is never used).
    const form = v.page.locator('form.upload-date');
    await form.locator('input[type=date]').fill('2024-12-16');
    await form.locator('button[type=submit]').click();
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null, null, { timeout: 60_000 });
    const notice = await v.page.evaluate(() => window.__briefmap!.store.get().notice);
    expect(notice?.tone, notice?.text).toBe('info');
    // The article is listed, with its title as literal text.
    const titles = await v.page.locator('.article-title').allTextContents();
    expect(titles).toContain(HOSTILE_TITLE);
    // Open every popup the upload can produce, so the hostile sentences are rendered too.
    const ids = await v.page.evaluate(() =>
      window
        .__briefmap!.store.get()
        .dataset.places.features.filter((f) => f.properties.mentions.some((m) => m.article === 'hostile.txt'))
        .map((f) => f.properties.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await v.page.evaluate((pid) => window.__briefmap!.store.update({ selection: { kind: 'place', id: pid } }), id);
      await idle(v.page);
    }
    expect(await v.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await v.page.locator('img[src="x"]').count()).toBe(0);
    expect(await v.page.locator('script:not([type="module"])').count()).toBe(0);
    expect(v.blocked).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('names the file and field when a data file does not validate', async () => {
    const page = await browser.newPage();
    // The viewer reads places.compact.geojson when the output has it; a bad places.compact.geojson is the same test.
    await page.route('**/data/generated/places.compact.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.route('**/data/generated/places.geojson', async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      json.features[0].properties.confidence = 2;
      await route.fulfill({ response: res, json });
    });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const { inject } = await import('vitest');
    await page.goto(inject('baseUrl'));
    const alert = page.locator('.fatal[role=alert]');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('places.geojson');
    expect(text).toContain('features[0].properties.confidence');
    await page.close();
  });

  it('names the file and field when the claims fail their full check, which runs after the map is drawn', async () => {
    const page = await browser.newPage();
    // The claims are checked for their shape before the first draw and in full after it (deferred-validation.ts).
    await page.route('**/data/generated/claims.compact.geojson', async (route) => {
      const res = await route.fetch();
      const json = await res.json();
      json.features[1].properties.asOfBasis = 42;
      await route.fulfill({ response: res, json });
    });
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const { inject } = await import('vitest');
    await page.goto(inject('baseUrl'));
    const alert = page.locator('.fatal[role=alert]');
    await alert.waitFor({ timeout: 60_000 });
    const text = await alert.textContent();
    expect(text).toContain('claims.compact.geojson');
    expect(text).toContain('features[1].properties.asOfBasis');
    expect(await page.evaluate(() => window.__briefmap?.dataChecked)).toBe(false);
    await page.close();
  });

  it(
    'names the file and field when the report or the mention index fail their full check after the map is drawn',
    { timeout: 240_000 },
    async () => {
      const { inject } = await import('vitest');
      // The report's articles and the mention index's place entries are checked in full after the first idle.
      const cases = [
        {
          file: 'report.summary.json',
          field: 'articles[1].characters',
          edit: (json: { articles: Record<string, unknown>[] }) => void (json.articles[1]!.characters = -1),
        },
        {
          file: 'mentions.index.json',
          field: '.pages',
          edit: (json: { places: Record<string, { pages: unknown }> }) => void (Object.values(json.places)[0]!.pages = 'x'),
        },
      ];
      for (const c of cases) {
        const page = await browser.newPage();
        await page.route(`**/data/generated/${c.file}`, async (route) => {
          const res = await route.fetch();
          const json = await res.json();
          c.edit(json);
          await route.fulfill({ response: res, json });
        });
        await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
        await page.goto(inject('baseUrl'));
        const alert = page.locator('.fatal[role=alert]');
        await alert.waitFor({ timeout: 60_000 });
        const text = await alert.textContent();
        expect(text).toContain(c.file);
        expect(text).toContain(c.field);
        await page.close();
      }
    },
  );
});
