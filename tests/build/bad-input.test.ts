/**
 * Bad input, end to end: a build on a copy of the project with one damaged
 * input file, or one bad deployment setting, must stop with the file and line
 * (or the variable) and the fix, print no stack trace, and leave no partial
 * output behind: the last good site in the output folder and content/report/
 * are as they were. Every data file and every setting is covered, and so is a
 * build that fails after Astro has started (a page that cannot render). Each
 * stage's refusals are unit-tested one by one in tests/unit/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/utils/files.ts';
import { SEED_FILE, STRUCTURE_FILE } from '../../src/ingest/paths.ts';

let base: string;
const work: string[] = [];

beforeAll(() => {
  // The tracked files only, as in a fresh clone, with this checkout's node_modules.
  base = mkdtempSync(join(tmpdir(), 'bad-input-base-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of tracked) {
    mkdirSync(dirname(join(base, f)), { recursive: true });
    cpSync(f, join(base, f));
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(base, 'node_modules'));
});
afterAll(() => {
  for (const d of [base, ...work]) rmSync(d, { recursive: true, force: true });
});

const digest = (dir: string) =>
  createHash('sha256')
    .update(
      listFiles(dir)
        .map(
          (f) =>
            `${f}:${createHash('sha256')
              .update(readFileSync(join(dir, f)))
              .digest('hex')}`,
        )
        .join('\n'),
    )
    .digest('hex');

interface Damage {
  /** The file to damage, and how; or none for a setting. */
  file?: string;
  damage?: (bytes: Buffer) => Buffer;
  /** A new file to add (a page that cannot render). */
  add?: [string, string];
  env?: Record<string, string>;
  /** `build` (ingest, then the site) or `build:site` (the site from content/report/ as it is). */
  script?: 'build' | 'build:site';
}

/** Damages a fresh copy, builds, and returns what the build said and what it left. */
function buildDamaged({ file, damage, add, env = {}, script = 'build' }: Damage) {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  work.push(dir);
  cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
  if (file && damage) writeFileSync(join(dir, file), damage(readFileSync(join(dir, file))));
  if (add) writeFileSync(join(dir, add[0]), add[1]);
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'previous-build.txt'), 'the last good build');
  const contentBefore = digest(join(dir, 'content/report'));
  const unset = { SITE_URL: '', BASE_PATH: '', FEEDBACK_URL: '', SITE_PUBLISHER: '' };
  const r = spawnSync('npm', ['run', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...unset, ...env, OUT_DIR: 'out', FORCE_COLOR: '0' },
  });
  return {
    status: r.status,
    said: `${r.stdout}\n${r.stderr}`,
    out: readdirSync(join(dir, 'out')),
    // Nothing but the project's own folders and files: no half-built sibling of out/ is left.
    leftovers: readdirSync(dir).filter((f) => /\.(new|old)-\d+$/.test(f)),
    contentUnchanged: digest(join(dir, 'content/report')) === contentBefore,
  };
}

const text = (b: Buffer) => b.toString('utf8');
const replace = (from: string, to: string) => (b: Buffer) => {
  const s = text(b);
  expect(s.includes(from), `fixture: 「${from}」`).toBe(true);
  return Buffer.from(s.replace(from, () => to));
};
const replaceLine = (pattern: RegExp, to: string) => (b: Buffer) => {
  const s = text(b);
  expect(pattern.test(s), `fixture: ${pattern}`).toBe(true);
  return Buffer.from(s.replace(pattern, () => to));
};
const append = (more: string) => (b: Buffer) => Buffer.from(text(b) + more);
/** Raw bytes in place of a piece of text (invalid UTF-8). */
const bytesFor = (from: string, bytes: number[]) => (b: Buffer) => {
  const at = b.indexOf(Buffer.from(from));
  expect(at, `fixture: 「${from}」`).toBeGreaterThanOrEqual(0);
  return Buffer.concat([b.subarray(0, at), Buffer.from(bytes), b.subarray(at + Buffer.byteLength(from))]);
};
const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;
const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length;

const ENTRY = 'content/glossary/wu-xing-jing-ji.yaml';
const BOMB =
  '\nbomb: &a [x, x, x, x, x, x, x, x, x, x]\nb2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nb3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nb4: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
const seedLine = readFileSync(SEED_FILE, 'utf8').split('\n')[208]!;

/** Every damaged data file: `where` is the file:line (or file) the refusal must name. */
const DATA: (Damage & { what: string; where: string; message: RegExp })[] = [
  {
    what: 'a seed that is not UTF-8',
    file: SEED_FILE,
    damage: (b) => Buffer.concat([b.subarray(0, 10), Buffer.from([0xff]), b.subarray(10)]),
    where: `${SEED_FILE}:1:`,
    message: /not valid UTF-8/,
  },
  {
    what: 'a seed with a NUL byte inside a paragraph (S4)',
    file: SEED_FILE,
    damage: replace(seedLine, `${seedLine.slice(0, 4)}\0${seedLine.slice(4)}`),
    where: `${SEED_FILE}:209:`,
    message: /column 5: .*U\+0000 \(NUL\)/,
  },
  {
    what: 'a seed with a right-to-left override (S11)',
    file: SEED_FILE,
    damage: replace(seedLine, `${seedLine.slice(0, 2)}\u202E${seedLine.slice(2)}`),
    where: `${SEED_FILE}:209:`,
    message: /column 3: .*RIGHT-TO-LEFT OVERRIDE/,
  },
  {
    what: 'a seed with one line duplicated, still valid text (S8)',
    file: SEED_FILE,
    damage: replace(`${seedLine}\n`, `${seedLine}\n${seedLine}\n`),
    where: `${SEED_FILE}:`,
    message: /SHA-256/,
  },
  {
    what: 'a structure file whose anchor is not in the seed',
    file: STRUCTURE_FILE,
    damage: replace('- 综合考虑各方面因素', '- 综合考虑各方面因子'),
    where: `${STRUCTURE_FILE}:${lineOf(STRUCTURE_FILE, '综合考虑各方面因素')}:`,
    message: /does not occur/,
  },
  {
    what: 'a structure file with invalid UTF-8 in a title (Y11)',
    file: STRUCTURE_FILE,
    damage: bytesFor('The outlook', [0xff, 0xfe]),
    where: `${STRUCTURE_FILE}:${lineOf(STRUCTURE_FILE, 'The outlook')}:`,
    message: /not valid UTF-8/,
  },
  {
    what: 'a structure file with an alias bomb (Y1)',
    file: STRUCTURE_FILE,
    damage: append(BOMB),
    where: `${STRUCTURE_FILE}:${lineCount(STRUCTURE_FILE) + 2}:`,
    message: /aliases|alias/i,
  },
  {
    what: 'a glossary entry whose pinyin has no tone marks',
    file: ENTRY,
    damage: replaceLine(/^pinyin: .*$/m, 'pinyin: wu xing jingji'),
    where: `${ENTRY}:${lineOf(ENTRY, 'pinyin:')}:`,
    message: /tone marks/,
  },
  {
    what: 'a glossary entry whose englishSource is a javascript: address (G3)',
    file: ENTRY,
    damage: replaceLine(/^englishSource: .*$/m, 'englishSource: "javascript:alert(document.domain)"'),
    where: `${ENTRY}:${lineOf(ENTRY, 'englishSource:')}:`,
    message: /http\(s\) address/,
  },
  {
    what: 'a glossary entry whose englishSource is a data: address (G4)',
    file: ENTRY,
    damage: replaceLine(/^englishSource: .*$/m, 'englishSource: "data:text/html,<script>alert(1)</script>"'),
    where: `${ENTRY}:${lineOf(ENTRY, 'englishSource:')}:`,
    message: /http\(s\) address/,
  },
  {
    what: 'a glossary form that is only punctuation (G7)',
    file: ENTRY,
    damage: replace('  - “五型经济”\n', '  - “五型经济”\n  - 。\n'),
    where: `${ENTRY}:${lineOf(ENTRY, '“五型经济”') + 1}:`,
    message: /a form needs a letter/,
  },
  {
    what: 'a glossary entry with invalid UTF-8 (G12)',
    file: ENTRY,
    damage: bytesFor('它说的不是', [0xff, 0xfe, 0xfd]),
    where: `${ENTRY}:${lineOf(ENTRY, '它说的不是')}:`,
    message: /not valid UTF-8/,
  },
  {
    what: 'a glossary entry with an alias bomb (G10)',
    file: ENTRY,
    damage: append(BOMB),
    where: `${ENTRY}:`,
    message: /alias/i,
  },
  {
    what: 'zone data naming a glossary entry that does not exist',
    file: 'content/zones.yaml',
    damage: replace('glossary: dong-xi-nan-bei-si-da-zhan-yi', 'glossary: dong-xi-nan-bei'),
    where: 'content/zones.yaml:',
    message: /dong-xi-nan-bei/,
  },
  {
    what: 'zone data citing a javascript: address (Z7)',
    file: 'content/zones.yaml',
    damage: replaceLine(/url: "https?:[^"]*"/, 'url: "javascript:alert(1)"'),
    where: `content/zones.yaml:${lineOf('content/zones.yaml', 'url: "http')}:`,
    message: /http\(s\) address/,
  },
  {
    what: 'an indicator whose quote is not in the report',
    file: 'content/indicators.yaml',
    damage: replace('quote: "地区生产总值年均增长5%左右"', 'quote: "地区生产总值年均增长6%左右"'),
    where: `content/indicators.yaml:${lineOf('content/indicators.yaml', 'quote: "地区生产总值年均增长5%左右"')}:`,
    message: /quote/i,
  },
  {
    what: 'an indicator whose label says the opposite of its quote (I7)',
    file: 'content/indicators.yaml',
    damage: replace('indicator: "地区生产总值年均增长"', 'indicator: "地区生产总值年均下降"'),
    where: `content/indicators.yaml:${lineOf('content/indicators.yaml', 'indicator: "地区生产总值年均增长"')}:`,
    message: /「下降」/,
  },
  {
    what: 'summaries with a chapter given twice (U2)',
    file: 'content/summaries.yaml',
    damage: append('\noutlook:\n  line: x\n  zh: x\n  en: x\n'),
    where: `content/summaries.yaml:${lineCount('content/summaries.yaml') + 1}:`,
    message: /Map keys must be unique/,
  },
  {
    what: 'a summary line that is too long (U3a)',
    file: 'content/summaries.yaml',
    damage: replaceLine(/^  line: 对未来五年形势的判断.*$/m, `  line: ${'长'.repeat(41)}`),
    where: `content/summaries.yaml:${lineOf('content/summaries.yaml', 'line: 对未来五年形势的判断')}:`,
    message: /40 characters/,
  },
  {
    what: 'an English paragraph that drops a qualifier the Chinese prints (左右 → about)',
    file: 'content/translation/en.yaml',
    damage: replace('about 86 years', '86 years'),
    where: `content/translation/en.yaml:${lineOf('content/translation/en.yaml', '- n: 6') + 2}:`,
    message: /「左右」/,
  },
  {
    what: 'an ingested report edited by hand (the site is built from content/report/ as it is)',
    file: 'content/report/paragraphs.json',
    damage: replace('地区生产总值年均增长5%左右', '地区生产总值年均增长6%左右'),
    script: 'build:site',
    where: 'content/report/paragraphs.json:',
    message: /differs from what the seed and the structure file give/,
  },
];

/** Every setting, with values the audit found accepted, half-built or crashing. */
const SETTINGS: { what: string; env: Record<string, string>; where: string }[] = [
  { what: 'SITE_URL javascript: (E1)', env: { SITE_URL: 'javascript:alert(1)' }, where: 'SITE_URL:' },
  { what: 'SITE_URL with an impossible host (E2)', env: { SITE_URL: 'https://exa"mple.org' }, where: 'SITE_URL:' },
  {
    what: 'SITE_URL and BASE_PATH disagreeing',
    env: { SITE_URL: 'https://example.org/a', BASE_PATH: '/b/' },
    where: 'SITE_URL:',
  },
  { what: 'BASE_PATH .. (E6)', env: { BASE_PATH: '/../' }, where: 'BASE_PATH:' },
  { what: 'BASE_PATH with .. inside (E7)', env: { BASE_PATH: '/a/../b/' }, where: 'BASE_PATH:' },
  { what: 'BASE_PATH with a backslash (E8)', env: { BASE_PATH: '\\evil.example' }, where: 'BASE_PATH:' },
  { what: "BASE_PATH with $' (E10)", env: { BASE_PATH: "/a$'b/" }, where: 'BASE_PATH:' },
  { what: 'BASE_PATH with %2e%2e (E12)', env: { BASE_PATH: '/%2e%2e/' }, where: 'BASE_PATH:' },
  { what: 'FEEDBACK_URL javascript: (E13)', env: { FEEDBACK_URL: 'javascript:alert(1)' }, where: 'FEEDBACK_URL:' },
  {
    what: 'FEEDBACK_URL data: (E16)',
    env: { FEEDBACK_URL: 'data:text/html,<script>alert(1)</script>' },
    where: 'FEEDBACK_URL:',
  },
  { what: 'SITE_PUBLISHER with a bidi override', env: { SITE_PUBLISHER: '某\u202E编辑部' }, where: 'SITE_PUBLISHER:' },
];

type Result = ReturnType<typeof buildDamaged>;

function expectRefusedCleanly(r: Result, where: string) {
  expect(r.status).not.toBe(0);
  expect(r.said).toContain(where);
  expect(r.said).toMatch(/fix: /);
  // The message, not a stack trace: no "    at …" lines, no "Unable to load your Astro config".
  expect(r.said).not.toMatch(/^\s+at \S/m);
  expect(r.said).not.toMatch(/Unable to load your Astro config/);
  expect(r.out).toEqual(['previous-build.txt']);
  expect(r.leftovers).toEqual([]);
  expect(r.contentUnchanged).toBe(true);
}

describe('a build with damaged input stops, says where and what to do, and leaves nothing half-made', () => {
  it.each(DATA)(
    '$what',
    ({ what: _, where, message, ...damage }) => {
      const r = buildDamaged(damage);
      expectRefusedCleanly(r, where);
      expect(r.said).toMatch(message);
    },
    120_000,
  );
});

describe('a build with a bad deployment setting stops before anything is built, naming the variable', () => {
  it.each(SETTINGS)(
    '$what',
    ({ env, where }) => {
      expectRefusedCleanly(buildDamaged({ env, script: 'build:site' }), where);
    },
    120_000,
  );
});

describe('a build that fails after Astro has started', () => {
  it('leaves the last good site as it was', () => {
    const r = buildDamaged({
      add: ['src/pages/broken.astro', '---\nthrow new Error("this page cannot render");\n---\n<p>never</p>\n'],
      script: 'build:site',
    });
    expect(r.status).not.toBe(0);
    expect(r.said).toMatch(/this page cannot render/);
    expect(r.said).toMatch(/out\/ is as it was/);
    expect(r.out).toEqual(['previous-build.txt']);
    expect(r.leftovers).toEqual([]);
  }, 180_000);
});
