/**
 * Bad input, end to end: `npm run build` on a copy of the project with one
 * damaged input file must stop with the file, the line and the fix, and leave
 * no partial output behind: the output folder and content/report/ are as they
 * were. (Each stage's refusals are unit-tested one by one in tests/unit/.)
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
    .update(listFiles(dir).map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('\n'))
    .digest('hex');

/** Damages one file of a fresh copy, builds, and returns what the build said and what it left. */
function buildDamaged(file: string, damage: (bytes: Buffer) => Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
  work.push(dir);
  cpSync(base, dir, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(dir, file), damage(readFileSync(join(dir, file))));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'previous-build.txt'), 'the last good build');
  const contentBefore = digest(join(dir, 'content/report'));
  const r = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, OUT_DIR: 'out', FORCE_COLOR: '0' } });
  return {
    status: r.status,
    said: `${r.stdout}\n${r.stderr}`,
    out: readdirSync(join(dir, 'out')),
    contentUnchanged: digest(join(dir, 'content/report')) === contentBefore,
  };
}

const replace = (from: string, to: string) => (b: Buffer) => {
  const s = b.toString('utf8');
  expect(s.includes(from), `fixture: 「${from}」`).toBe(true);
  return Buffer.from(s.replace(from, to));
};
const lineOf = (file: string, needle: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a build with damaged input stops, says where and what to do, and leaves nothing half-made', () => {
  it.each([
    {
      what: 'a seed that is not UTF-8',
      file: SEED_FILE,
      damage: (b: Buffer) => Buffer.concat([b.subarray(0, 10), Buffer.from([0xff]), b.subarray(10)]),
      where: `${SEED_FILE}:1:`,
      message: /not valid UTF-8/,
    },
    {
      what: 'a structure file whose anchor is not in the seed',
      file: STRUCTURE_FILE,
      damage: replace('- 综合考虑各方面因素', '- 综合考虑各方面因子'),
      where: `${STRUCTURE_FILE}:${lineOf(STRUCTURE_FILE, '综合考虑各方面因素')}:`,
      message: /does not occur/,
    },
    {
      what: 'a glossary entry whose pinyin has no tone marks',
      file: 'content/glossary/wu-xing-jing-ji.yaml',
      damage: (b: Buffer) => Buffer.from(b.toString('utf8').replace(/^pinyin: .*$/m, 'pinyin: wu xing jingji')),
      where: `content/glossary/wu-xing-jing-ji.yaml:${lineOf('content/glossary/wu-xing-jing-ji.yaml', 'pinyin:')}:`,
      message: /tone marks/,
    },
    {
      what: 'zone data naming a glossary entry that does not exist',
      file: 'content/zones.yaml',
      damage: replace('glossary: dong-xi-nan-bei-si-da-zhan-yi', 'glossary: dong-xi-nan-bei'),
      where: 'content/zones.yaml:',
      message: /dong-xi-nan-bei/,
    },
    {
      what: 'an indicator whose quote is not in the report',
      file: 'content/indicators.yaml',
      damage: replace('quote: "地区生产总值年均增长5%左右"', 'quote: "地区生产总值年均增长6%左右"'),
      where: `content/indicators.yaml:${lineOf('content/indicators.yaml', 'quote: "地区生产总值年均增长5%左右"')}:`,
      message: /quote/i,
    },
  ])('$what', ({ file, damage, where, message }) => {
    const r = buildDamaged(file, damage);
    expect(r.status).not.toBe(0);
    expect(r.said).toContain(where);
    expect(r.said).toMatch(message);
    expect(r.said).toMatch(/fix: /);
    expect(r.out).toEqual(['previous-build.txt']);
    expect(r.contentUnchanged).toBe(true);
  }, 120_000);
});
