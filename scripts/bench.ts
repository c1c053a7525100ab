/**
 * `npm run bench`: one command that builds the site from clean and reports,
 * as Markdown: the time of each build stage (ingest, Astro's pages, search
 * indexing, page slimming), the page weights and JavaScript per page
 * (scripts/bench-pages.ts) and the search figures (scripts/bench-search.ts).
 * A benchmark for README, not a test: timings vary with the machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { rmSync } from 'node:fs';
import { fromRoot, PROJECT_ROOT } from '../src/utils/project.ts';

function run(cmd: string, args: string[]): { ms: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  }
  return { ms, out: r.stdout + r.stderr };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** A stage's own timing, from the line its integration logs: "… in 123 ms". */
const logged = (out: string, name: string) =>
  Number(out.match(new RegExp(`\\[${name}\\][^\\n]* in (\\d+) ms`))?.[1] ?? NaN);

// From clean: no previous output, no content-layer cache.
for (const dir of ['dist', '.astro', 'node_modules/.astro']) rmSync(fromRoot(dir), { recursive: true, force: true });

const ingest = run('npx', ['tsx', 'scripts/ingest.ts']);
const astro = run('npx', ['astro', 'build']);
const indexMs = logged(astro.out, 'search-index');
const slimMs = logged(astro.out, 'slim-pages');

const lines = [
  `## Build (from clean, ${cpus().length} cores, Node ${process.version})`,
  '',
  '| stage | time |',
  '| --- | ---: |',
  `| ingest (seed → content/report/) | ${s(ingest.ms)} |`,
  `| Astro (check data, render ${astro.out.match(/(\d+) page\(s\) built/)?.[1] ?? '?'} pages) | ${s(astro.ms - indexMs - slimMs)} |`,
  `| search indexing (Pagefind) | ${s(indexMs)} |`,
  `| page slimming (unused CSS, inline scripts) | ${s(slimMs)} |`,
  `| **total** | **${s(ingest.ms + astro.ms)}** |`,
  '',
  '## Page weights and JavaScript per page',
  '',
  execFileSync('npx', ['tsx', 'scripts/bench-pages.ts'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .replace(/^> .*\n/gm, '')
    .trim(),
  '',
  '## Search',
  '',
  run('npx', ['tsx', 'scripts/bench-search.ts']).out.trim(),
];
console.log(lines.join('\n'));
