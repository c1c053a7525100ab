/**
 * `npm run bench:pages [dir] [base]`: what each page of the built site (dist/
 * by default) costs a reader on first visit, as a Markdown table for README.
 * The budget for chapter pages: at most 10 KB of JavaScript before the reader
 * interacts, and a whole transfer at most 2.5 times the page's own text (both gzip).
 */
import { parseArgs } from 'node:util';
import { htmlFilesIn } from '../src/utils/files.ts';
import { fromRoot } from '../src/utils/project.ts';
import { measurePage, ratio, type PageWeight } from './lib/page-weight.ts';
import { JS_BUDGET, RATIO_BUDGET, isChapterPage } from './lib/budget.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [given = 'dist', base = '/'] = positionals;
const dir = fromRoot(given);
const kb = (n: number) => (n / 1024).toFixed(1);
const rows: PageWeight[] = htmlFilesIn(dir).map((page) => measurePage(dir, base, page));

// Pages made from one template in large numbers (glossary entries) get one row: the heaviest of them.
const MANY = 10;
const template = (page: string) => page.replace(/[^/]+\/index\.html$/, '*/index.html');
const counts = new Map<string, number>();
for (const w of rows) counts.set(template(w.page), (counts.get(template(w.page)) ?? 0) + 1);
const shown = rows.filter((w) => {
  const n = counts.get(template(w.page))!;
  if (n <= MANY) return true;
  const heaviest = rows.filter((o) => template(o.page) === template(w.page)).sort((a, b) => ratio(b) - ratio(a))[0];
  return heaviest === w;
});

console.log('| page | HTML | CSS | JS | other files | whole transfer | own text | transfer ÷ text |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const w of shown) {
  const n = counts.get(template(w.page))!;
  const name = `/${w.page.replace(/index\.html$/, '')}` + (n > MANY ? ` (the heaviest of ${n} such pages)` : '');
  console.log(
    `| ${name} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.files)} | ${kb(w.total)} | ${kb(w.text)} | ${ratio(w).toFixed(2)} |`,
  );
}
const chapters = rows.filter((w) => isChapterPage(w.page));
const overJs = chapters.filter((w) => w.js > JS_BUDGET);
const overRatio = chapters.filter((w) => ratio(w) > RATIO_BUDGET);
console.log('');
console.log(
  'KB of gzip (level 9). CSS and JS are inline in the HTML or fetched; "other files" is everything fetched besides the HTML.',
);
console.log(
  `Chapter pages over ${kb(JS_BUDGET)} KB of JavaScript: ${overJs.length ? overJs.map((w) => w.page).join(', ') : 'none'}.`,
);
console.log(
  `Chapter pages over ${RATIO_BUDGET} × their text: ${overRatio.length ? overRatio.map((w) => `${w.page} (${ratio(w).toFixed(2)})`).join(', ') : 'none'}.`,
);
