// How the viewer responds with many places: main-thread time of the things a user does (highlight an article,
// type in the search box, open the places list, open a busy popup, move the timeline), and the long tasks
// while loading. Synchronous handler time is what blocks input; `…IdleMs` also waits for the map to redraw
// (including the camera animation to the article's places).
import type { Page } from 'playwright-core';

export interface LongTasks {
  count: number;
  /** Sum of (duration − 50 ms) over long tasks: the Total Blocking Time definition. */
  blockingMs: number;
  maxMs: number;
}

export interface Interactions {
  load: LongTasks;
  articleHighlightSyncMs: number;
  articleHighlightIdleMs: number;
  articleClearSyncMs: number;
  searchKeystrokeMs: number;
  searchKeystrokeMaxMs: number;
  searchResults: number;
  placesPanelOpenMs: number;
  placesPanelRows: number;
  popupHubSyncMs: number;
  popupHubMentions: number;
  dateChangeSyncMs: number;
}

/** Must run before navigation: records every long task from the start. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks that started before `until` (ms since navigation start). */
export async function longTasksUntil(page: Page, until: number): Promise<LongTasks> {
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const before = tasks.filter((t) => t.start < until);
  return {
    count: before.length,
    blockingMs: before.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    maxMs: before.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Each interaction a few times (this machine is shared and noisy); medians, except where the first time differs. */
export async function measureInteractions(page: Page, load: LongTasks, hubPlaceId: string): Promise<Interactions> {
  const article = await page.evaluate(async () => {
    const out = { sync: [] as number[], idle: [] as number[], clear: [] as number[] };
    for (let i = 0; i < 3; i++) {
      const b = document.querySelectorAll<HTMLButtonElement>('.article-button')[i]!;
      let t = performance.now();
      b.click();
      out.sync.push(performance.now() - t);
      await window.__briefmap!.idle();
      out.idle.push(performance.now() - t);
      t = performance.now();
      b.click(); // again: clears the highlight
      out.clear.push(performance.now() - t);
      await window.__briefmap!.idle();
    }
    return out;
  });

  const search = await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#place-search')!;
    const times: number[] = [];
    for (const q of ['n', 'no', 'nov', 'novo', 'k', 'ka', 'kar', 'z', 'zo', 'zor']) {
      input.value = q;
      const t = performance.now();
      input.dispatchEvent(new Event('input'));
      times.push(performance.now() - t);
    }
    const results = document.querySelectorAll('#search-results button.result').length;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    return { times, results };
  });

  const panel = await page.evaluate(async () => {
    const details = document.querySelector<HTMLDetailsElement>('.places-section')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const t = performance.now();
    details.open = true;
    await frame();
    await frame();
    const ms = performance.now() - t;
    const rows = document.querySelectorAll('#places-list li').length;
    details.open = false;
    return { ms, rows };
  });

  const popup = await page.evaluate(async (id) => {
    const store = window.__briefmap!.store;
    const times: number[] = [];
    let mentions = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      store.update({ selection: { kind: 'place', id } });
      times.push(performance.now() - t);
      mentions = document.querySelectorAll('.place-popup .mentions li').length;
      store.update({ selection: null });
      await window.__briefmap!.idle();
    }
    return { times, mentions };
  }, hubPlaceId);

  const dates = await page.evaluate(async () => {
    const store = window.__briefmap!.store;
    const times: number[] = [];
    for (const date of ['2024-09-01', '2024-10-01', '2024-11-01', '2024-12-01', '2024-12-31']) {
      const t = performance.now();
      store.update({ date });
      times.push(performance.now() - t);
      await window.__briefmap!.idle();
    }
    return times;
  });

  return {
    load,
    articleHighlightSyncMs: med(article.sync),
    articleHighlightIdleMs: med(article.idle),
    articleClearSyncMs: med(article.clear),
    searchKeystrokeMs: med(search.times),
    searchKeystrokeMaxMs: Math.max(...search.times),
    searchResults: search.results,
    placesPanelOpenMs: panel.ms,
    placesPanelRows: panel.rows,
    popupHubSyncMs: med(popup.times),
    popupHubMentions: popup.mentions,
    dateChangeSyncMs: med(dates),
  };
}
