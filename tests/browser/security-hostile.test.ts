// OWASP XSS payloads everywhere untrusted text reaches the viewer (issue 14): article text and titles, outlets and
// URLs in the data files, mention contexts, overlay file names and properties, a linked style's attribution and the
// permalink hash. Nothing runs, nothing becomes markup, no javascript: link appears. Also: a linked style URL is not
// fetched until the user confirms; hostile uploads and overlays are refused like the CLI refuses them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idle, launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** From the OWASP XSS filter evasion cheat sheet, each setting window.__xss if it ever runs. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  '"><script>window.__xss=4</script>',
  "'><img src=x onerror=window.__xss=5>",
  '<iframe src="javascript:window.top.__xss=6"></iframe>',
  '<a href="javascript:window.__xss=7">click</a>',
  '<body onload=window.__xss=8>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=9>',
  '<details open ontoggle="window.__xss=10">',
  '{{constructor.constructor("window.__xss=11")()}}',
  '<IMG SRC=JaVaScRiPt:window.__xss=12>',
  '<input autofocus onfocus=window.__xss=13>',
  '<object data="data:text/html,<script>parent.__xss=14</script>">',
  '<style>@import "https://attacker.test/x.css";</style>',
  '%3Cscript%3Ewindow.__xss=15%3C/script%3E',
  '\u202e<b onmouseover=window.__xss=16>x</b>',
  '<video><source onerror="window.__xss=17">',
];
const ALL = PAYLOADS.join(' ');

/** Nothing ran, no element carries an event handler, no link goes anywhere but http(s), nothing was injected. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  const bad = await page.evaluate(() => {
    const out: string[] = [];
    for (const e of document.querySelectorAll('*')) {
      for (const a of e.attributes) if (/^on/i.test(a.name)) out.push(`${e.tagName} ${a.name}`);
      if (['IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'MATH', 'BODY'].includes(e.tagName) && e !== document.body) out.push(e.tagName);
      if (
        e.tagName === 'IMG' &&
        !(e as HTMLImageElement).src.startsWith(location.origin) &&
        !(e as HTMLImageElement).src.startsWith('data:')
      )
        out.push(`IMG ${(e as HTMLImageElement).src}`);
      if (e.tagName === 'A' && (e as HTMLAnchorElement).href && !/^https?:$/.test(new URL((e as HTMLAnchorElement).href).protocol))
        out.push(`A ${(e as HTMLAnchorElement).href}`);
    }
    for (const s of document.querySelectorAll('script')) if (s.type !== 'module') out.push('SCRIPT');
    return out;
  });
  expect(bad).toEqual([]);
}

/** A dropped article without a dateline asks for its date: answer the form. */
async function answerDateForm(page: import('playwright-core').Page, date: string): Promise<void> {
  const form = page.locator('form.upload-date').first();
  await form.locator('input[type=date]').fill(date);
  await form.locator('button[type=submit]').click();
}

describe('hostile input in the viewer', { timeout: 240_000 }, () => {
  it('payloads in data titles, outlets, URLs, mention contexts, uploads and overlays stay text', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');
      // Without the compact places and their mention pages the viewer reads places.geojson, whose mention contexts
      // carry the payloads (mention pages are read by byte range, so they cannot be rewritten here).
      if (/\/(places\.compact\.geojson|mentions\.json|mentions\.index\.json)$/.test(url.pathname)) return route.fulfill({ status: 404 });
      if (url.pathname.endsWith('/report.json') || url.pathname.endsWith('/report.summary.json')) {
        const res = await route.fetch();
        const json = await res.json();
        json.articles.forEach((a: Record<string, unknown>, i: number) => {
          a.title = `${PAYLOADS[i % PAYLOADS.length]} title`;
          a.outlet = `${PAYLOADS[(i + 5) % PAYLOADS.length]} outlet`;
          a.url = i % 2 ? 'javascript:window.__xss=30' : 'data:text/html,<script>window.__xss=31</script>';
        });
        return route.fulfill({ response: res, json });
      }
      if (url.pathname.endsWith('/places.geojson')) {
        const res = await route.fetch();
        const json = await res.json();
        for (const f of json.features) for (const m of f.properties.mentions) m.context = `${ALL} ${m.context}`;
        json.features[0].properties.note = ALL;
        return route.fulfill({ response: res, json });
      }
      return route.continue();
    });
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__briefmap?.firstIdleMs != null, null, { timeout: 90_000 });

    // An uploaded article whose title (first line) and body carry every payload.
    await page.locator('#upload-input').setInputFiles({
      name: `${PAYLOADS[1]}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${ALL}\nUkrainian troops held positions near Sudzha in the Kursk region ${ALL}, officials said.`),
    });
    // The text gives no date, so the page asks for one (the file's time is never used).
    await answerDateForm(page, '2024-12-16');
    await page.waitForFunction(() => window.__briefmap!.store.get().notice !== null, null, { timeout: 120_000 });
    expect(await page.evaluate(() => window.__briefmap!.store.get().notice?.tone)).toBe('info');
    // An overlay whose file name and properties carry payloads.
    await page.locator('#upload-input').setInputFiles({
      name: `${PAYLOADS[2]}.geojson`,
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'Feature',
          properties: { name: ALL, description: ALL },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [35, 51.1],
                [35.4, 51.1],
                [35.4, 51.3],
                [35, 51.1],
              ],
            ],
          },
        }),
      ),
    });
    await page.waitForFunction(() => window.__briefmap!.store.get().overlays.length === 1);

    // Render every place popup and the claims: each mention context and article line is drawn.
    const ids = await page.evaluate(() => window.__briefmap!.store.get().dataset.places.features.map((f) => f.properties.id));
    for (const id of ids) await page.evaluate((pid) => window.__briefmap!.store.update({ selection: { kind: 'place', id: pid } }), id);
    await idle(page);
    const titles = await page.locator('.article-title').allTextContents();
    expect(titles).toContain(`${PAYLOADS[0]} title`);
    // The upload's first line is too long to be a headline, so its title is the file's name: a payload too.
    expect(titles).toContain(`${PAYLOADS[1]}.txt`);
    await expect(page.locator('.chart .overlay-label').textContent()).resolves.toContain(PAYLOADS[2]);
    await expectInert(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a permalink hash full of payloads falls back to defaults and runs nothing', async () => {
    const hash = `#map=${encodeURIComponent(PAYLOADS[1]!)}&date=${encodeURIComponent(PAYLOADS[2]!)}&basemap=${encodeURIComponent('javascript:window.__xss=40')}&sel=place:${encodeURIComponent(PAYLOADS[0]!)}&article=${encodeURIComponent(PAYLOADS[3]!)}`;
    const v = await openViewer(browser, hash);
    await idle(v.page);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().basemap)).toBe('embedded');
    await expectInert(v.page);
    expect(v.blocked).toEqual([]);
    await v.page.close();
  });

  it('a linked style URL is fetched only after the user confirms; its attribution shows as text and safe links', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const attacker: string[] = [];
    const attribution = `<img src="https://attacker.test/pixel.png" onerror="window.__xss=50"><a href="https://attacker.test/login">Log in again</a> <a href="javascript:window.__xss=51">x</a> ${PAYLOADS[0]} © Someone`;
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (url.hostname === 'attacker.test') {
        attacker.push(url.href);
        if (url.pathname === '/style.json')
          return route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify({
              version: 8,
              sources: { evil: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution } },
              layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eee' } }],
            }),
          });
      }
      return route.abort('blockedbyclient');
    });
    await page.goto(`${inject('baseUrl')}#basemap=${encodeURIComponent('https://attacker.test/style.json')}`);
    await page.waitForFunction(() => window.__briefmap?.firstIdleMs != null, null, { timeout: 90_000 });
    await idle(page);
    const confirm = page.locator('.basemap-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('attacker.test');
    expect(attacker).toEqual([]); // nothing fetched without consent
    expect(await page.evaluate(() => window.__briefmap!.store.get().basemap)).toBe('embedded');

    await page.locator('.basemap-confirm-load').click();
    await page.waitForFunction(() => window.__briefmap!.store.get().basemap === 'https://attacker.test/style.json');
    await page.waitForFunction(() => document.querySelector('.briefmap-attribution')?.textContent?.includes('Someone'), null, {
      timeout: 60_000,
    });
    expect(attacker).toContain('https://attacker.test/style.json');
    const text = await page.locator('.briefmap-attribution').textContent();
    expect(text).toContain('Log in again');
    expect(text).not.toContain('__xss'); // attribution is HTML: its script element is dropped, never run
    const links = await page
      .locator('.briefmap-attribution a')
      .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.getAttribute('rel')]));
    expect(links).toEqual([['https://attacker.test/login', 'noopener noreferrer']]);
    expect(await page.locator('.briefmap-attribution img, .briefmap-attribution script').count()).toBe(0);
    expect(attacker.filter((u) => u.includes('pixel'))).toEqual([]);
    await expectInert(page);
    await page.close();
  });

  it('uploads with NUL bytes or invalid UTF-8 are refused with the CLI’s messages; huge coordinates are refused without freezing', async () => {
    const v = await openViewer(browser);
    const before = await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.length);
    await v.page.locator('#upload-input').setInputFiles([
      { name: 'nul.txt', mimeType: 'text/plain', buffer: Buffer.from('Fighting near Sudzha.\u0000\u0000') },
      { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x53, 0x75, 0x64, 0x7a, 0x68, 0x61, 0xe9, 0x2e]) },
    ]);
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null);
    const notice = await v.page.evaluate(() => window.__briefmap!.store.get().notice);
    expect(notice?.tone).toBe('error');
    expect(notice?.text).toContain('nul.txt: contains NUL bytes: a binary file, not an article');
    expect(notice?.text).toContain('latin1.txt: not valid UTF-8 text');
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.length)).toBe(before);

    await v.page.evaluate(() => window.__briefmap!.store.update({ notice: null }));
    await v.page.locator('#upload-input').setInputFiles({
      name: 'huge.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from('{"type":"Polygon","coordinates":[[[0,0],[1e308,0],[1e308,1e308],[0,0]]]}'),
    });
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null, null, { timeout: 10_000 });
    const refused = await v.page.evaluate(() => window.__briefmap!.store.get().notice);
    expect(refused?.tone).toBe('error');
    expect(refused?.text).toMatch(/huge\.geojson.*coordinates must be finite longitude\/latitude/);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().overlays.length)).toBe(0);
    expect(await v.page.evaluate(() => 1 + 1)).toBe(2); // the page still answers
    await v.page.close();
  });

  it('a drop too large as a whole is refused unread; a dropped manifest is held to the CLI’s UTF-8 check', async () => {
    const v = await openViewer(browser);
    const before = await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.length);
    // 2,001 files (a folder dropped by mistake): one message pointing to the CLI, no date form, nothing geoparsed.
    await v.page
      .locator('#upload-input')
      .setInputFiles(
        Array.from({ length: 2001 }, (_, i) => ({ name: `a${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from('Fighting.') })),
      );
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null);
    const refused = await v.page.evaluate(() => window.__briefmap!.store.get().notice);
    expect(refused?.tone).toBe('error');
    expect(refused?.text).toMatch(/^2,001 files dropped: the viewer takes at most 2,000 at a time; .*briefmap geocode/);
    expect(await v.page.locator('form.upload-date').count()).toBe(0);

    // A manifest in Latin-1 ("Sudzh\xe9" as its title) is refused as the CLI refuses it, not read with U+FFFD.
    await v.page.evaluate(() => window.__briefmap!.store.update({ notice: null }));
    const manifest = Buffer.concat([
      Buffer.from('{"articles":[{"file":"x.txt","title":"Sudzh'),
      Buffer.from([0xe9]),
      Buffer.from('","outlet":"Wire","published":"2024-10-01"}]}'),
    ]);
    await v.page.locator('#upload-input').setInputFiles([{ name: 'manifest.json', mimeType: 'application/json', buffer: manifest }]);
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null, null, { timeout: 60_000 });
    const notice = await v.page.evaluate(() => window.__briefmap!.store.get().notice);
    expect(notice?.tone).toBe('error');
    expect(notice?.text).toContain('manifest.json: not valid UTF-8 text');
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.length)).toBe(before);
    await v.page.close();
  });

  it('geoparsing a dropped article runs in a worker, reports progress and can be cancelled', async () => {
    const v = await openViewer(browser);
    const big = 'Ukrainian troops held positions near Sudzha in the Kursk region, officials said. '.repeat(6000); // ~500 kB
    await v.page.locator('#upload-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
    await answerDateForm(v.page, '2024-12-16');
    await v.page.locator('.geoparse-status').waitFor();
    // The main thread stays free while the worker parses: a timer fires on time.
    const lag = await v.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          setTimeout(() => resolve(performance.now() - t0 - 50), 50);
        }),
    );
    expect(lag).toBeLessThan(1000);
    await v.page.locator('.geoparse-cancel').click();
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice?.text.includes('cancelled'));
    expect(await v.page.locator('.geoparse-status').count()).toBe(0);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.some((a) => a.file === 'big.txt'))).toBe(
      false,
    );
    await v.page.close();
  });
});
