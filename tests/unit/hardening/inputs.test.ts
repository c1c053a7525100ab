/**
 * The security audit's build-side findings (../shared/research/
 * security-audit-2026-11-29.md), one test each, at the unit that refuses them:
 * every one of these inputs was accepted, or crashed without a file name, on
 * the audited commit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  SEED_FILE,
  STRUCTURE_FILE,
  expectRefusal,
  lineOf,
  replaceOnce,
  runIngest,
  seedText,
  structureText,
} from '../../helpers/ingest-fixture.ts';
import { parseYaml } from '../../../src/utils/yaml-data.ts';
import { decodeUtf8 } from '../../../src/utils/text-file.ts';
import { findForbidden } from '../../../src/checks/characters.ts';
import { httpUrl, webAddressProblem } from '../../../src/checks/parts.ts';
import { wordsNotInReport, sentenceHolding } from '../../../src/checks/report-text.ts';
import { buildGlossary } from '../../../src/glossary/load.ts';
import { refusedSource } from '../../../src/glossary/source-policy.ts';
import { buildIndicators } from '../../../src/indicators/load.ts';
import { INDICATORS_FILE } from '../../../src/config/content-files.ts';
import { csvField } from '../../../src/indicators/export.ts';
import { paragraphs } from '../../helpers/report-data.ts';
import { entry, file, lineIn, paragraphs as tinyReport } from '../glossary/fixtures.ts';

const seedLine = seedText.split('\n')[208]!;
const withSeedLine = (to: string) => () => runIngest({ seed: replaceOnce(seedText, `${seedLine}\n`, `${to}\n`) });

describe('the seed (S4, S8, S11)', () => {
  it.each([
    ['a NUL byte', '\0', /column 5: the text holds U\+0000 \(NUL\)/],
    ['another C0 control', '\x07', /column 5: .*U\+0007/],
    ['a right-to-left override', '\u202E', /column 5: .*U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/],
    ['a left-to-right isolate', '\u2066', /column 5: .*U\+2066/],
    ['a zero-width space', '\u200B', /column 5: .*U\+200B/],
    ['a byte-order mark inside the text', '\uFEFF', /column 5: .*U\+FEFF/],
  ])('refuses %s with its line and column', (_, c, message) => {
    expectRefusal(
      withSeedLine(`${seedLine.slice(0, 4)}${c}${seedLine.slice(4)}`),
      { file: SEED_FILE, line: 209 },
      message,
    );
  });

  it('accepts tabs and CR LF line ends in the text itself (they are not refused as controls)', () => {
    expect(findForbidden('a\tb\r\nc\rd\n')).toBeUndefined();
  });

  it('refuses a seed whose every line is valid but one is duplicated, by its SHA-256', () => {
    const err = expectRefusal(withSeedLine(`${seedLine}\n${seedLine}`), { file: SEED_FILE }, /SHA-256/);
    expect(err.message).toContain(`${STRUCTURE_FILE}:${lineOf(structureText, 'seedSha256:')}`);
  });

  it('records the SHA-256 of the seed in the structure file', () => {
    const sha = createHash('sha256').update(readFileSync(SEED_FILE)).digest('hex');
    expect(structureText).toContain(`seedSha256: ${sha}\n`);
  });

  it("refuses a structure file without the seed's SHA-256", () => {
    expectRefusal(
      () => runIngest({ structure: structureText.replace(/^seedSha256: .*\n/m, '') }),
      { file: STRUCTURE_FILE },
      /seedSha256/,
    );
  });
});

describe('YAML files (Y1, G10, Y11, G12)', () => {
  const BOMB =
    'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';

  it('refuses an alias bomb naming the file and the line of the first alias, not with a stack', () => {
    expectRefusal(
      () => parseYaml(BOMB, 'content/x.yaml'),
      { file: 'content/x.yaml', line: 2 },
      /not usable YAML: .*alias/i,
    );
  });

  it('refuses invalid UTF-8 with the line of the bad byte, never turning it into U+FFFD', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('a: 1\nb: 甲'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('\n'),
    ]);
    expectRefusal(
      () => decodeUtf8(bytes, 'content/x.yaml', 'save as UTF-8'),
      { file: 'content/x.yaml', line: 2 },
      /not valid UTF-8/,
    );
  });

  it('refuses control and bidi characters in any YAML file, with line and column', () => {
    expectRefusal(
      () => parseYaml('a: 1\nb: 徐\u202E汇\n', 'content/x.yaml'),
      { file: 'content/x.yaml', line: 2 },
      /column 5: .*RIGHT-TO-LEFT OVERRIDE/,
    );
    expectRefusal(
      () => parseYaml('a: "x\\0"\nb: \u0000\n', 'content/x.yaml'),
      { file: 'content/x.yaml', line: 2 },
      /NUL/,
    );
  });
});

describe('addresses from data (G3, G4, G5, Z7)', () => {
  it.each([
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https:example.org/x',
    'https:///example.org',
    '//example.org/x',
    '/chapters/',
    'https://user:pw@example.org/',
    'https://exa"mple.org/',
    'https://example.org/a b',
    'https://example.org\\@evil.example/',
    'https://localhost/x',
    'ftp://example.org/x',
  ])('refuses %s', (address) => {
    expect(webAddressProblem(address)).toBeDefined();
    expect(httpUrl.safeParse(address).success).toBe(false);
    expect(refusedSource(address)).toBeDefined();
  });

  it.each([
    'https://www.shanghai.gov.cn/x.html?id=1#a',
    'http://english.scio.gov.cn/x.htm',
    'https://zh.wikipedia.org/wiki/%E5%90%B4',
  ])('accepts %s', (address) => {
    expect(webAddressProblem(address)).toBeUndefined();
  });

  it('refuses a glossary englishSource that is not http(s), at its line', () => {
    const f = file('wu-xing-jing-ji', entry({ englishStatus: 'official', englishSource: 'javascript:alert(1)' }));
    expectRefusal(
      () => buildGlossary([f], tinyReport),
      { file: f.file, line: lineIn(f, 'englishSource') },
      /englishSource: must be an http\(s\) address/,
    );
  });
});

describe('glossary forms (G7)', () => {
  it.each([['。'], ['“”'], ['五'], ['—']])('refuses the form %j, at its line', (form) => {
    const f = file('wu-xing-jing-ji', entry({ forms: ['五型经济', form] }));
    expectRefusal(
      () => buildGlossary([f], tinyReport),
      { file: f.file },
      /a form (needs a letter|is at least two characters)/,
    );
  });
});

describe('indicator labels (I7)', () => {
  const yaml = readFileSync(INDICATORS_FILE, 'utf8');

  it('accepts all the site’s rows: every label is in the words of its quote or sentence', () => {
    expect(buildIndicators(yaml, INDICATORS_FILE, paragraphs).length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['地区生产总值年均增长', '地区生产总值年均下降', '下降'],
    ['地区生产总值年均增长', '地区生产总值年均减少', '减少'],
    ['城镇调查失业率', '城镇调查就业率', '就'],
    ['新增绿地', '减少绿地', '减少'],
  ])('refuses %s relabelled %s', (from, to, word) => {
    const text = replaceOnce(yaml, `indicator: "${from}"`, `indicator: "${to}"`);
    expectRefusal(
      () => buildIndicators(text, INDICATORS_FILE, paragraphs),
      { file: INDICATORS_FILE, line: lineOf(yaml, `indicator: "${from}"`) },
      new RegExp(`「${word}」`),
    );
  });

  it('reads a label in pieces of the quote, its sentence and the measure words', () => {
    expect(wordsNotInReport('新增公共泊位', '2000个公共泊位', '新增300个共享停车泊位、2000个公共泊位')).toEqual([]);
    expect(wordsNotInReport('启动成套改造（面积）', '启动147幢、21.75万平方米成套改造', '')).toEqual([]);
    expect(wordsNotInReport('地区生产总值年均下降', '地区生产总值年均增长5%左右', '')).toEqual(['下降']);
    expect(sentenceHolding('甲。乙丙；丁', '丙')).toBe('乙丙');
  });
});

describe('the indicators CSV (I6)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/","GDP")', `"'=HYPERLINK(""http://evil.example/"",""GDP"")"`],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['1-2', '1-2'],
    ['GDP, growth', '"GDP, growth"'],
  ])('writes the cell %j as text: %s', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('leaves numbers as numbers', () => {
    expect(csvField(5)).toBe('5');
    expect(csvField(null)).toBe('');
  });
});
