/**
 * Hostile text in the hand-written data renders as that text, everywhere it
 * appears, and never as markup or script (audit finding F1: a gloss, a chapter
 * title or a summary line holding `<script>…'…'</script>` ran in the built
 * page, `</style>` stripped a page of its CSS, `$&` and `$'` duplicated pages).
 *
 * One build of a copy of the project, with the same string in a glossary gloss,
 * a chapter title the site gives, a summary line, a zone group's note and an
 * indicator's English label. Then, over every file the build wrote:
 * - every place that holds part of the string holds all of it, exactly, as
 *   text: the pages' text and attribute values (meta tags, titles), the JSON-LD,
 *   /glossary.json, /indicators.json, /indicators.csv and the search records;
 * - no page gained or lost an element or attribute against the normal build
 *   (dist/): the text changed nothing in any page's structure;
 * - in Chromium, the pages that show it run nothing of it (no dialog, no error)
 *   and violate nothing of their Content-Security-Policy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, listFiles, ROOT_DIST } from '../helpers/dist.ts';
import { readCatalogue, readTexts } from '../helpers/pagefind.ts';
import { parsePage } from '../../src/integrations/html-parts.ts';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { watchCsp } from '../helpers/csp.ts';
import { STRUCTURE_FILE } from '../../src/ingest/paths.ts';

/** 40 characters (a summary line's limit), every one the audit found dangerous somewhere. */
const H = `<script>$&$'$\`$$-->{"}'</style></script>`;
/** A piece no page holds otherwise: where it is, H must be whole. */
const PIECE = "$&$'";

const dq = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar

/** Where H is put, each as an edit of one file of the copy. */
const EDITS: [file: string, from: RegExp, to: (line: string) => string][] = [
  ['content/glossary/wu-xing-jing-ji.yaml', /^gloss: (.*)$/m, (v) => `gloss: ${dq(`${v}${H}`)}`],
  [STRUCTURE_FILE, /^    title: (形势与总体要求)$/m, (v) => `    title: ${dq(`${v}${H}`)}`],
  ['content/summaries.yaml', /^(  line: 对未来五年形势的判断.*)$/m, () => `  line: ${dq(H)}`],
  ['content/zones.yaml', /^    note: (报告列出四处.*)$/m, (v) => `    note: ${dq(`${v}${H}`)}`],
  ['content/indicators.yaml', /^  en: "(Regional GDP, average annual growth)"$/m, (v) => `  en: ${dq(`${v}${H}`)}`],
];

let dir: string;
let out: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-text-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of tracked) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(f, join(dir, f));
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  for (const [file, from, to] of EDITS) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const m = from.exec(text);
    if (!m) throw new Error(`fixture: ${file} has no line matching ${from}`);
    writeFileSync(path, text.slice(0, m.index) + to(m[1]!) + text.slice(m.index + m[0].length));
  }
  out = join(dir, 'dist');
  const unset = { SITE_URL: '', BASE_PATH: '', FEEDBACK_URL: '', SITE_PUBLISHER: '', OUT_DIR: '' };
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...unset, FORCE_COLOR: '0' },
  });
  if (r.status !== 0) throw new Error(`the build with hostile text failed:\n${r.stdout}\n${r.stderr}`);
}, 300_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = (s: string, piece: string) => s.split(piece).length - 1;

/** Every string a page shows or carries: text outside scripts and styles, attribute values, and the JSON in data blocks. */
function pageStrings(html: string): string[] {
  const { elements, parts } = parsePage(html);
  const strings: string[] = [];
  for (const el of elements) {
    for (const a of el.attrs) strings.push(a.value);
    if (el.tagName === 'script' || el.tagName === 'style') continue;
    for (const c of el.childNodes) if (c.nodeName === '#text' && 'value' in c) strings.push(c.value);
  }
  for (const p of parts) if (p.kind === 'script' && !p.runs) strings.push(...jsonStrings(JSON.parse(p.text)));
  return strings;
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The cells of an RFC 4180 CSV. */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  const re = /(?:^|,|\r\n)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g;
  for (const m of csv.replace(/^\uFEFF/, '').matchAll(re))
    cells.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
  return cells;
}

/** The strings that hold any part of H must hold all of it, as often: returns how many times H is whole. */
function expectWhole(where: string, strings: string[]): number {
  let whole = 0;
  for (const s of strings) {
    const n = count(s, H);
    expect(count(s, PIECE), `${where}: 「${s.slice(0, 120)}」`).toBe(n);
    expect(count(s, '</style></script>'), `${where}: 「${s.slice(0, 120)}」`).toBe(n);
    whole += n;
  }
  return whole;
}

describe('hostile text in the data', () => {
  it('is whole, as text, in every page, meta tag and JSON-LD that shows it', () => {
    const shown = new Map<string, number>();
    for (const page of htmlFiles(out)) {
      const n = expectWhole(page, pageStrings(readFileSync(join(out, page), 'utf8')));
      if (n > 0) shown.set(page, n);
    }
    // Where each piece of text must appear, at least.
    expect(shown.get('glossary/wu-xing-jing-ji/index.html')).toBeGreaterThanOrEqual(3); // description, og:description, JSON-LD
    expect(shown.get('chapters/outlook/index.html')).toBeGreaterThanOrEqual(6); // <title>, og:title, description, og:description, h1, JSON-LD
    expect(shown.get('index.html')).toBeGreaterThanOrEqual(1); // the chapter list with its summary line
    expect(shown.get('maps/index.html')).toBeGreaterThanOrEqual(1); // the group's note
    expect(shown.get('indicators/index.html')).toBeGreaterThanOrEqual(1); // the English label
    expect(shown.size).toBeGreaterThanOrEqual(10);
  });

  it('is whole in the data files and the search records', () => {
    expect(
      expectWhole('glossary.json', jsonStrings(JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')))),
    ).toBeGreaterThanOrEqual(1);
    expect(
      expectWhole('indicators.json', jsonStrings(JSON.parse(readFileSync(join(out, 'indicators.json'), 'utf8')))),
    ).toBe(1);
    expect(expectWhole('indicators.csv', csvCells(readFileSync(join(out, 'indicators.csv'), 'utf8')))).toBe(1);
    // The search records' texts ship in the files the search page's catalogue names; the catalogue holds their names.
    const catalogue = readCatalogue(out);
    const records = catalogue.files.flatMap((f) => readTexts(out, f.file));
    const n = expectWhole('search records', [
      ...records.flatMap((r) => [r.title, r.text, r.context ?? '']),
      ...catalogue.files.flatMap((f) => f.names.flat()),
    ]);
    expect(n).toBeGreaterThanOrEqual(3); // the glossary entry, the indicator, the chapter
    // Nothing else the build wrote holds a piece of it outside these.
    const seen = listFiles(out).filter(
      (f) => /\.(?:xml|txt|webmanifest|js)$/.test(f) && readFileSync(join(out, f), 'utf8').includes(PIECE),
    );
    expect(seen).toEqual([]);
  });

  it('leaves every page with the same elements and attributes as the normal build', () => {
    const shape = (file: string) =>
      parsePage(readFileSync(file, 'utf8')).elements.map(
        (e) => `${e.tagName}[${e.attrs.map((a) => a.name).join(',')}]`,
      );
    const pages = htmlFiles(out);
    expect(pages.sort()).toEqual(htmlFiles(ROOT_DIST).sort());
    for (const page of pages) expect(shape(join(out, page)), page).toEqual(shape(join(ROOT_DIST, page)));
  });

  it('runs nothing in Chromium and violates no Content-Security-Policy', async () => {
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    const browser = await launch();
    const csp = watchCsp(browser);
    const site = await serve(out, '/');
    try {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      for (const path of ['', 'chapters/outlook/', 'glossary/wu-xing-jing-ji/', 'maps/', 'indicators/', 'chapters/']) {
        await page.goto(site.root + path);
        await page.waitForLoadState('load');
        // Hover a term link where there is one: the preview card shows the gloss.
        const term = page.locator('a.term[data-term="wu-xing-jing-ji"]').first();
        if (await term.count()) await term.hover();
        expect(await page.evaluate(() => document.styleSheets.length), path).toBeGreaterThan(0);
      }
      expect({ dialogs, errors, csp: csp.take() }).toEqual({ dialogs: [], errors: [], csp: [] });
      await context.close();
    } finally {
      await site.close();
      await browser.close();
    }
  }, 120_000);
});
