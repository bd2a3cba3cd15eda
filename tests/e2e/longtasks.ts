import type { Page } from '@playwright/test';

/** Long tasks (over 50 ms) on the main thread from now on, in ms (PerformanceObserver `longtask`). */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __longObserved?: boolean };
    w.__long = [];
    // One observer per page: a second would report every task twice.
    if (w.__longObserved) return;
    w.__longObserved = true;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}

/** Open a view from the main menu (no reload) and wait until `ready` holds and the page is idle; its long tasks. */
export async function openView(page: Page, view: string, ready: () => Promise<void>): Promise<number[]> {
  const longTasks = await watchLongTasks(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: view }).click();
  await ready();
  // Let the work that follows the first paint (rows added a slice at a time) run out.
  await page.evaluate(
    () => new Promise<void>((res) => requestIdleCallback(() => requestIdleCallback(() => res()), { timeout: 5000 })),
  );
  return longTasks();
}

/**
 * A view's long tasks when opened from a freshly loaded Översikt, tried up to `tries` times: the
 * attempt with the shortest longest task. A busy machine (CI's, another build's) only ever adds to a
 * task, so the best of a few fresh opens is the page's own cost; a view whose work really exceeds a
 * budget exceeds it in every attempt, and the test still fails.
 */
export async function bestOpen(
  page: Page,
  view: string,
  ready: () => Promise<void>,
  budget: number,
  tries = 3,
): Promise<{ best: number[]; all: number[][] }> {
  const all: number[][] = [];
  for (let i = 0; i < tries; i++) {
    await page.goto('./#/oversikt');
    await page.getByRole('heading', { level: 1 }).waitFor();
    all.push(await openView(page, view, ready));
    if (Math.max(0, ...all[all.length - 1]) <= budget) break;
  }
  const best = all.reduce((a, b) => (Math.max(0, ...b) < Math.max(0, ...a) ? b : a));
  return { best, all };
}
