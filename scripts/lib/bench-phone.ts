/**
 * The search benchmark's phone figures (scripts/bench-search.ts): for each
 * query, a fresh browser context (empty cache) on an emulated mobile connection
 * (Chrome DevTools network emulation: 150 ms round trip, 1.6 Mbit/s down,
 * 0.75 Mbit/s up) opens `/search/?q=…` on the site served as static files over
 * HTTP/1.1, and measures the time from navigation to the first result on the
 * page (or, for a query with none, to the page saying so), with every request
 * the page made by then and the bytes they carried.
 */
import type { Browser } from 'playwright-core';

export const PHONE = { latency: 150, downloadKbit: 1600, uploadKbit: 750 };

export interface PhoneRun {
  q: string;
  /** Milliseconds from navigation start to the first result shown (or "nothing found"). */
  ms: number;
  /** Requests made by then, the page itself included. */
  requests: number;
  /** Bytes received by then (bodies as sent, with headers). */
  bytes: number;
  /** Requests and bytes once the search has finished (all results checked and shown). */
  requestsDone: number;
  bytesDone: number;
  files: string[];
}

/**
 * Runs in the page before its own scripts: notes when the first result (or the
 * "nothing found" state) is in the document, in ms since navigation start.
 * (A string, so that no helper of the TypeScript compiler ends up in it.)
 */
const WATCH_FOR_FIRST_RESULT = `(() => {
  const seen = () => {
    if (window.__firstResult !== undefined) return;
    const out = document.querySelector('[data-search-output]');
    if (document.querySelector('[data-search-results] li') || (out && out.dataset.state === 'done')) window.__firstResult = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

async function phoneRun(browser: Browser, root: string, q: string): Promise<PhoneRun> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FOR_FIRST_RESULT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latency,
      downloadThroughput: (PHONE.downloadKbit * 1000) / 8,
      uploadThroughput: (PHONE.uploadKbit * 1000) / 8,
    });
    const requests = new Map<string, { url: string; sent: number; done?: number; bytes: number }>();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, sent: e.timestamp, bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) {
        r.done = e.timestamp;
        r.bytes = e.encodedDataLength;
      }
    });
    await page.goto(`${root}search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __firstResult?: number }).__firstResult !== undefined,
      null,
      { timeout: 60_000, polling: 20 },
    );
    const ms = await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult);
    // CDP timestamps are seconds on a monotonic clock; the first request (the page) starts the navigation.
    const firstSent = Math.min(...[...requests.values()].map((r) => r.sent));
    const until = firstSent + ms / 1000;
    const byThen = [...requests.values()].filter((r) => r.sent <= until);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-output]')?.dataset.state === 'done',
      null,
      { timeout: 60_000 },
    );
    await page.waitForLoadState('networkidle');
    const all = [...requests.values()];
    return {
      q,
      ms: Math.round(ms),
      requests: byThen.length,
      bytes: byThen.reduce((s, r) => s + r.bytes, 0),
      requestsDone: all.length,
      bytesDone: all.reduce((s, r) => s + r.bytes, 0),
      files: all.map(
        (r) =>
          `${new URL(r.url).pathname} ${r.bytes} B, ${Math.round((r.sent - firstSent) * 1000)}–${r.done === undefined ? '?' : Math.round((r.done - firstSent) * 1000)} ms`,
      ),
    };
  } finally {
    await context.close();
  }
}

export async function phoneRuns(browser: Browser, root: string, queries: readonly string[]): Promise<PhoneRun[]> {
  const runs: PhoneRun[] = [];
  for (const q of queries) runs.push(await phoneRun(browser, root, q));
  return runs;
}

/** The figures README shows: time to the first result (median, 90th percentile, worst), requests and KB once done. */
export function summarise(runs: readonly PhoneRun[]) {
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? 0;
  const worst = runs.reduce((w, r) => (r.ms > w.ms ? r : w), runs[0]!);
  const mostRequests = runs.reduce((w, r) => (r.requestsDone > w.requestsDone ? r : w), runs[0]!);
  return {
    medianMs: median(runs.map((r) => r.ms)),
    p90Ms: sorted(runs.map((r) => r.ms))[Math.floor(runs.length * 0.9)] ?? 0,
    worst,
    over: runs.filter((r) => r.ms > 1500).length,
    medianRequests: median(runs.map((r) => r.requestsDone)),
    mostRequests,
    medianKb: median(runs.map((r) => r.bytesDone)) / 1024,
    mostKb: Math.max(...runs.map((r) => r.bytesDone)) / 1024,
  };
}
