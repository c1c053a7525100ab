/**
 * `npm run bench:search`: how well the site's search does on real queries, in
 * Chromium, against the built site (dist/). A benchmark, not a test: it prints
 * figures (recorded in README), and fails only if it cannot run.
 *
 * Ground truth comes from the indexed records themselves (the report's
 * paragraphs and the glossary entries, via the same sources the build indexes),
 * with its own reading of the matching rules (src/search/match.ts documents
 * them), so that a mistake there shows up here.
 *
 * - recall: of the records holding the query, the share the page shows;
 * - precision: of the results shown, the share that hold the query;
 * - landing: of the results shown, the share whose link leads to an element
 *   (the #anchor, else <main>) of the built page whose text holds the query;
 * - bytes and time for the first query on a fresh page, and the time of later ones;
 * - on an emulated phone connection (issue #14: 150 ms round trip, 1.6 Mbit/s
 *   down, 0.75 Mbit/s up, empty cache, the site served as static files over
 *   HTTP/1.1 with gzip as hosts serve it), for every query opened as
 *   /search/?q=…: the time to the first result, and requests and bytes
 *   (scripts/lib/bench-phone.ts), beside the figures of the search as it was
 *   before (one request per candidate).
 *
 * For comparison it also runs Pagefind as it comes (its own Chinese
 * segmentation, the same one-record-per-paragraph index, no check), with the
 * query as typed and in quotes.
 *
 * The English edition (issue #17) is measured the same way on /en/search/:
 * English queries (scripts/lib/bench-search-queries.ts, BENCH_QUERIES_EN) over
 * the English records, with the same oracle and landing check.
 *
 * `--no-phone` leaves the phone figures out (they take a few minutes).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launch } from './lib/browser.ts';
import { serve } from './lib/server.ts';
import { fileFor } from './lib/links.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { collectRecords } from '../src/search/build-index.ts';
import { englishSources, siteSources } from '../src/search/sources/index.ts';
import { readTranslation } from '../src/translation/load.ts';
import { BENCH_QUERIES, BENCH_QUERIES_EN } from './lib/bench-search-queries.ts';
import { PHONE, phoneRuns, summarise } from './lib/bench-phone.ts';
import { fromRoot } from '../src/utils/project.ts';

const { values: options } = parseArgs({ options: { 'no-phone': { type: 'boolean', default: false } } });
const DIST = fromRoot('dist');
if (!existsSync(`${DIST}/pagefind/pagefind.js`)) {
  console.error('dist/pagefind/ is missing: run `npm run build` first (npm run bench:search does).');
  process.exit(1);
}

// --- Ground truth: an independent reading of the rules in src/search/match.ts.
const foldText = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Pi}\p{Pf}"'「」『』]/gu, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);
function termPattern(term: string): RegExp {
  const before = /^[0-9]/.test(term) ? '(?<![0-9])(?<![0-9][.,])' : /^[a-z]/.test(term) ? '(?<![a-z0-9])' : '';
  // A number ends whole; a Latin word ends whole, perhaps with an English plural or possessive ending ("s", "es").
  const after = /[0-9]$/.test(term) ? '(?![0-9])(?![.,][0-9])' : /[a-z]$/.test(term) ? '(?:e?s)?(?![a-z0-9])' : '';
  return new RegExp(before + escape(term) + after, 'u');
}
function truthTerms(query: string): RegExp[] {
  const terms = [...query.matchAll(/"([^"]*)"|[^\s"]+/g)].map((m) => foldText(m[1] ?? m[0]).trim()).filter(Boolean);
  return terms.map(termPattern);
}
const holds = (text: string, query: string) => {
  const patterns = truthTerms(query);
  const folded = foldText(text);
  return patterns.length > 0 && patterns.every((p) => p.test(folded));
};

// --- Where results land: the element the link points at, in the built HTML.
const pageCache = new Map<string, cheerio.CheerioAPI>();
function landingText(href: string): string | undefined {
  const u = new URL(href, 'http://x');
  const file = fileFor(DIST, '/', u.pathname);
  if (!file) return undefined;
  if (!pageCache.has(file)) pageCache.set(file, cheerio.load(readFileSync(`${DIST}/${file}`, 'utf8')));
  const $ = pageCache.get(file)!;
  const id = decodeURIComponent(u.hash.slice(1));
  // As the landing highlighter reads it (src/client/highlight-landing.ts): the element the #anchor names,
  // else <main>, and an empty anchor (a map layer's target) counts as none.
  const named = id ? $(`[id="${id}"]`) : undefined;
  const el = (named && named.text().trim() ? named : $('main')).clone();
  el.find('[data-annotation]').remove();
  // Table cells are apart on the screen (as innerText sees them), not one run of text: "rate" | "5.5%".
  el.find('td, th').after(' ');
  return el.length ? el.text() : undefined;
}

const records = await collectRecords(siteSources(loadGlossary()));
const queries = Object.entries(BENCH_QUERIES).flatMap(([group, qs]) => qs.map((q) => ({ group, q })));
// The English edition (issue #17): its own records, searched on /en/search/ with the same oracle.
const recordsEn = await collectRecords(englishSources(loadGlossary(), readTranslation()));
const queriesEn = Object.entries(BENCH_QUERIES_EN).flatMap(([group, qs]) => qs.map((q) => ({ group, q })));

/**
 * The phone figures of the search before issue #14 (the build of 28 November
 * 2026, commit 41abc0f: one Pagefind fragment fetched per candidate, 25 KB index
 * chunks, nothing loaded before the query), measured with the same harness.
 */
const BEFORE = {
  medianMs: 2229,
  p90Ms: 3268,
  worst: '4904 ms (2022年)',
  over: '83 of 83',
  medianRequests: 19,
  mostRequests: '115 (2022年)',
  medianKb: 153,
  mostKb: 239,
};

/** Pagefind as it comes, over the same records: the URLs it returns for each query, as typed and in quotes. */
async function pagefindAsItComes(
  page: Page,
  qs: string[],
): Promise<Map<string, { plain: string[]; quoted: string[] }>> {
  const dir = fromRoot('tmp/bench-search-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { index } = await pagefind.createIndex({});
  for (const r of records) await index!.addCustomRecord({ url: r.url, content: r.text, language: 'zh-cn' });
  await index!.writeFiles({ outputPath: `${dir}/pagefind` });
  await pagefind.close();
  writeFileSync(
    `${dir}/index.html`,
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>baseline</title></head><body></body></html>',
  );
  const served = await serve(dir);
  try {
    await page.goto(served.root);
    const out = new Map<string, { plain: string[]; quoted: string[] }>();
    for (const q of qs) {
      const run = (term: string) =>
        page.evaluate(async (term) => {
          const pf = await import('/pagefind/pagefind.js' as string);
          const { results } = await pf.search(term);
          return Promise.all(results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
        }, term);
      out.set(q, { plain: await run(q), quoted: await run(`"${q.replace(/"/g, '')}"`) });
    }
    return out;
  } finally {
    await served.close();
  }
}

const site = await serve(DIST);
const browser = await launch();
try {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const fetched: { url: string; bytes: number; gzip: number }[] = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      // The browser fetches the icon whenever it likes; it is not part of search.
      if (!res.url().endsWith('/favicon.svg'))
        fetched.push({ url: res.url().replace(site.origin, ''), bytes: body.length, gzip: gzipSync(body).length });
    } catch {
      // redirects and aborted requests have no body
    }
  });

  const t0 = Date.now();
  await page.goto(`${site.root}search/`, { waitUntil: 'networkidle' });
  const pageLoad = Date.now() - t0;
  const pageBytes = fetched.splice(0);

  const runQuery = async (q: string) => {
    const start = Date.now();
    await page.fill('#search-q', q);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(
      (q) => {
        const out = document.querySelector<HTMLElement>('[data-search-output]');
        return out?.dataset.query === q && out.dataset.state === 'done' && !out.hasAttribute('aria-busy');
      },
      q,
      { timeout: 30_000 },
    );
    const ms = Date.now() - start;
    const shown = await page.$$eval('[data-search-results] li.result', (lis) =>
      lis.map((li) => ({
        kind: li.getAttribute('data-kind') ?? '',
        href: li.querySelector('a')!.getAttribute('href')!,
      })),
    );
    const candidates = Number(await page.getAttribute('[data-search-output]', 'data-candidates'));
    return { ms, shown, candidates };
  };

  const rows: {
    group: string;
    q: string;
    truth: number;
    shown: number;
    hit: number;
    landed: number;
    candidates: number;
    ms: number;
    missed: string[];
    wrong: string[];
  }[] = [];
  let first: { ms: number; bytes: number; gzip: number; requests: number; files: string[] } | undefined;
  for (const { group, q } of queries) {
    const { ms, shown, candidates } = await runQuery(q);
    if (!first) {
      await page.waitForTimeout(200);
      const bytes = fetched.splice(0);
      first = {
        ms,
        bytes: bytes.reduce((s, f) => s + f.bytes, 0),
        gzip: bytes.reduce((s, f) => s + Math.min(f.bytes, f.gzip), 0),
        requests: bytes.length,
        files: bytes.map((f) => `${f.url.replace(/\?.*$/, '')} ${f.bytes} (${Math.min(f.bytes, f.gzip)} gzip)`),
      };
    }
    const truth = new Set(records.filter((r) => holds(r.text, q)).map((r) => r.url));
    const shownUrls = shown.map((s) => {
      const u = new URL(s.href, 'http://x');
      return u.pathname + u.hash;
    });
    const landed = shown.filter((s) => holds(landingText(s.href) ?? '', q)).length;
    rows.push({
      group,
      q,
      truth: truth.size,
      shown: shown.length,
      hit: shownUrls.filter((u) => truth.has(u)).length,
      landed,
      candidates,
      ms,
      missed: [...truth].filter((u) => !shownUrls.includes(u)),
      wrong: shownUrls.filter((u) => !truth.has(u)),
    });
  }

  const baseline = await pagefindAsItComes(
    page,
    queries.map((x) => x.q),
  );
  const compare = (pick: (b: { plain: string[]; quoted: string[] }) => string[]) => {
    let truth = 0;
    let shown = 0;
    let hit = 0;
    let landed = 0;
    for (const { q } of queries) {
      const t = new Set(records.filter((r) => holds(r.text, q)).map((r) => r.url));
      const got = pick(baseline.get(q)!);
      truth += t.size;
      shown += got.length;
      hit += got.filter((u) => t.has(u)).length;
      landed += got.filter((u) => holds(landingText(u) ?? '', q)).length;
    }
    return { truth, shown, hit, landed };
  };

  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  const later = rows
    .slice(1)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const median = later[Math.floor(later.length / 2)] ?? 0;
  const p90 = later[Math.floor(later.length * 0.9)] ?? 0;

  console.log(
    `\n${rows.length} queries over ${records.length} records (${[...new Set(records.map((r) => r.kind))].map((k) => `${records.filter((r) => r.kind === k).length} ${k}`).join(', ')})\n`,
  );
  console.log('| query | kind | should find | shown | found | landed | Pagefind gave | ms |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.q} | ${r.group} | ${r.truth} | ${r.shown} | ${r.hit} | ${r.landed} | ${r.candidates} | ${r.ms} |`,
    );
  for (const r of rows.filter((r) => r.missed.length || r.wrong.length)) {
    console.log(`  ${r.q}: missed ${r.missed.join(' ') || '-'}; wrong ${r.wrong.join(' ') || '-'}`);
  }
  console.log(`
recall     ${pct(
    sum((r) => r.hit),
    sum((r) => r.truth),
  )}  (${sum((r) => r.hit)} of ${sum((r) => r.truth)} records holding the query are shown)
precision  ${pct(
    sum((r) => r.hit),
    sum((r) => r.shown),
  )}  (${sum((r) => r.hit)} of ${sum((r) => r.shown)} results shown hold the query)
landing    ${pct(
    sum((r) => r.landed),
    sum((r) => r.shown),
  )}  (${sum((r) => r.landed)} of ${sum((r) => r.shown)} results lead to an element holding the query)
Pagefind alone: ${sum((r) => r.candidates)} results, of which ${pct(
    sum((r) => r.hit),
    sum((r) => r.candidates),
  )} hold the query (the check removes the rest)
queries with no result: ${
    rows
      .filter((r) => r.shown === 0)
      .map((r) => r.q)
      .join(' ') || 'none'
  }

| | recall | precision | landing |
| --- | ---: | ---: | ---: |
${[
  ['Pagefind as it comes, query as typed', compare((b) => b.plain)],
  ['Pagefind as it comes, query in quotes', compare((b) => b.quoted)],
  [
    'this site',
    { truth: sum((r) => r.truth), shown: sum((r) => r.shown), hit: sum((r) => r.hit), landed: sum((r) => r.landed) },
  ],
]
  .map(([name, c]) => {
    const x = c as { truth: number; shown: number; hit: number; landed: number };
    return `| ${name} | ${pct(x.hit, x.truth)} | ${pct(x.hit, x.shown)} | ${pct(x.landed, x.shown)} |`;
  })
  .join('\n')}

search page load: ${pageLoad} ms, ${pageBytes.reduce((s, f) => s + f.bytes, 0)} bytes (${pageBytes.length} requests)
first query on a fresh page: ${first?.ms} ms to results; fetched ${first?.requests} files, ${first?.bytes} bytes as served, ${first?.gzip} bytes with gzip
${first?.files.map((f) => `  ${f}`).join('\n')}
later queries: median ${median} ms, 90th percentile ${p90} ms
`);

  // The English edition: the same checks on /en/search/, over the English records.
  await page.goto(`${site.root}en/search/`, { waitUntil: 'networkidle' });
  const rowsEn: typeof rows = [];
  for (const { group, q } of queriesEn) {
    const { ms, shown, candidates } = await runQuery(q);
    const truth = new Set(recordsEn.filter((r) => holds(r.text, q)).map((r) => r.url));
    const shownUrls = shown.map((s) => {
      const u = new URL(s.href, 'http://x');
      return u.pathname + u.hash;
    });
    rowsEn.push({
      group,
      q,
      truth: truth.size,
      shown: shown.length,
      hit: shownUrls.filter((u) => truth.has(u)).length,
      landed: shown.filter((s) => holds(landingText(s.href) ?? '', q)).length,
      candidates,
      ms,
      missed: [...truth].filter((u) => !shownUrls.includes(u)),
      wrong: shownUrls.filter((u) => !truth.has(u)),
    });
  }
  const sumEn = (f: (r: (typeof rows)[number]) => number) => rowsEn.reduce((s, r) => s + f(r), 0);
  const msEn = rowsEn.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`English edition (/en/search/): ${rowsEn.length} queries over ${recordsEn.length} records (${[...new Set(recordsEn.map((r) => r.kind))].map((k) => `${recordsEn.filter((r) => r.kind === k).length} ${k}`).join(', ')})

| query | kind | should find | shown | found | landed | Pagefind gave | ms |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rowsEn.map((r) => `| ${r.q} | ${r.group} | ${r.truth} | ${r.shown} | ${r.hit} | ${r.landed} | ${r.candidates} | ${r.ms} |`).join('\n')}
${rowsEn
  .filter((r) => r.missed.length || r.wrong.length)
  .map((r) => `  ${r.q}: missed ${r.missed.join(' ') || '-'}; wrong ${r.wrong.join(' ') || '-'}`)
  .join('\n')}
recall     ${pct(
    sumEn((r) => r.hit),
    sumEn((r) => r.truth),
  )}  (${sumEn((r) => r.hit)} of ${sumEn((r) => r.truth)} records holding the query are shown)
precision  ${pct(
    sumEn((r) => r.hit),
    sumEn((r) => r.shown),
  )}  (${sumEn((r) => r.hit)} of ${sumEn((r) => r.shown)} results shown hold the query)
landing    ${pct(
    sumEn((r) => r.landed),
    sumEn((r) => r.shown),
  )}  (${sumEn((r) => r.landed)} of ${sumEn((r) => r.shown)} results lead to an element holding the query)
queries with no result: ${
    rowsEn
      .filter((r) => r.shown === 0)
      .map((r) => r.q)
      .join(' ') || 'none'
  }
time to results: median ${msEn[Math.floor(msEn.length / 2)] ?? 0} ms, 90th percentile ${msEn[Math.floor(msEn.length * 0.9)] ?? 0} ms
`);
  await context.close();

  if (!options['no-phone']) {
    const compressing = await serve(DIST, '/', { compress: true });
    try {
      const runs = await phoneRuns(
        browser,
        compressing.root,
        queries.map((x) => x.q),
      );
      const now = summarise(runs);
      console.log(`On a phone connection (${PHONE.latency} ms round trip, ${PHONE.downloadKbit / 1000} Mbit/s down, ${PHONE.uploadKbit / 1000} Mbit/s up, empty cache, gzip), /search/?q=… opened for each of the ${runs.length} queries:

| | first result: median | 90th percentile | worst | over 1.5 s | requests: median | most | KB: median | most |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| before (one request per candidate, 28 Nov 2026) | ${BEFORE.medianMs} ms | ${BEFORE.p90Ms} ms | ${BEFORE.worst} | ${BEFORE.over} | ${BEFORE.medianRequests} | ${BEFORE.mostRequests} | ${BEFORE.medianKb} | ${BEFORE.mostKb} |
| now | ${now.medianMs} ms | ${now.p90Ms} ms | ${now.worst.ms} ms (${now.worst.q}) | ${now.over} of ${runs.length} | ${now.medianRequests} | ${now.mostRequests.requestsDone} (${now.mostRequests.q}) | ${now.medianKb.toFixed(0)} | ${now.mostKb.toFixed(0)} |

| query | first result | requests by then | KB by then | requests in all | KB in all |
| --- | ---: | ---: | ---: | ---: | ---: |
${runs.map((r) => `| ${r.q} | ${r.ms} ms | ${r.requests} | ${(r.bytes / 1024).toFixed(0)} | ${r.requestsDone} | ${(r.bytesDone / 1024).toFixed(0)} |`).join('\n')}
`);
    } finally {
      await compressing.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
