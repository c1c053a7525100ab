/**
 * Bad input gets a clear error: every damaged seed or structure file below is
 * refused with the file, the line and what to do.
 */
import { describe, expect, it } from 'vitest';
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

const withStructure = (from: string, to: string) => () =>
  runIngest({ structure: replaceOnce(structureText, from, to) });
const withSeed = (from: string, to: string) => () => runIngest({ seed: replaceOnce(seedText, from, to) });

describe('a damaged seed', () => {
  it('is refused when it is not UTF-8, at the line of the bad byte', () => {
    const bytes = new TextEncoder().encode(seedText);
    const at = new TextEncoder().encode(seedText.split('\n').slice(0, 4).join('\n') + '\n').length + 3;
    const broken = new Uint8Array([...bytes.slice(0, at), 0xff, ...bytes.slice(at)]);
    expectRefusal(() => runIngest({ seed: broken }), { file: SEED_FILE, line: 5 }, /not valid UTF-8/);
  });

  it.each([[''], ['\n\n   \n']])('is refused when empty (%j)', (seed) => {
    expectRefusal(() => runIngest({ seed }), { file: SEED_FILE }, /empty/);
  });

  it('is refused when text follows the continuation note that no furniture rule accounts for', () => {
    const seed = `${seedText}\n\n多出来的一行字\n`;
    expectRefusal(
      () => runIngest({ seed }),
      { file: SEED_FILE, line: seedText.split('\n').length + 2 },
      /after the continuation note/,
    );
  });

  it('is refused when its furniture differs from the structure file', () => {
    expectRefusal(
      withSeed('2022 年 1 月 10 日 星期一', '2022 年 1 月 11 日 星期二'),
      { file: SEED_FILE, line: 827 },
      /date-line does not match/,
    );
  });

  it('is refused when furniture the structure file expects is missing', () => {
    expectRefusal(
      withSeed('\n04 05\n', '\n\n'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'pageNumbers:') },
      /expects this page-numbers/,
    );
  });

  it('is refused when the displaced block holds a line nobody accounts for', () => {
    expectRefusal(
      withSeed('着力优化城区功能格局', '着力优化城区功能布局'),
      { file: SEED_FILE, line: 448 },
      /displaced block/,
    );
  });

  it('is refused when a stray short line sits in the body', () => {
    expectRefusal(withSeed('社会发展新局面。\n', '社会发展新局面。\n\n7\n'), { file: SEED_FILE, line: 25 }, /debris/);
  });
});

describe('a damaged structure file', () => {
  it('is refused when it is not YAML', () => {
    expectRefusal(withStructure('furniture:\n', 'furniture: [\n'), { file: STRUCTURE_FILE }, /not valid YAML/);
  });

  it('is refused when a required field is missing, at that entry', () => {
    const line = lineOf(structureText, 'titleEn: Main goals');
    expectRefusal(
      withStructure('    titleEn: Main goals for the next five years\n', ''),
      { file: STRUCTURE_FILE, line: line - 2 },
      /titleEn/,
    );
  });

  it('is refused when it describes another seed', () => {
    expectRefusal(
      withStructure('seed: xuhui-2022', 'seed: other-2022'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'seed: xuhui') },
      /describes/,
    );
  });

  it('is refused when an anchor is missing from the seed', () => {
    expectRefusal(
      withStructure('- 综合考虑各方面因素', '- 综合考虑各方面因子'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, '综合考虑各方面因素') },
      /does not occur/,
    );
  });

  it('is refused when an anchor is ambiguous', () => {
    expectRefusal(
      withStructure('- 综合考虑各方面因素', '- 经济社会'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, '综合考虑各方面因素') },
      /more than once/,
    );
  });

  it('is refused when a heading is placed twice', () => {
    expectRefusal(
      withStructure('heading: 着力厚植城区软实力', 'heading: 着力推动经济高质量发展'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'heading: 着力厚植城区软实力') },
      /placed twice/,
    );
  });

  it('is refused when a paragraph split falls inside a sentence', () => {
    expectRefusal(
      withStructure('      - lead: 全力提升交通功能。', '      - 集聚一批顶尖品牌\n      - lead: 全力提升交通功能。'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'lead: 全力提升交通功能。') },
      /inside a sentence/,
    );
  });

  it('is refused when the layout shows a paragraph break it does not list', () => {
    expectRefusal(withStructure('      - 综合考虑各方面因素\n', ''), { file: SEED_FILE, line: 183 }, /does not list/);
  });

  it('is refused when it declares a break the layout does not show, unless confirmed', () => {
    const add = (extra: string) =>
      replaceOnce(
        structureText,
        '      - lead: 全力提升交通功能。',
        `      - 徐汇滨江，要建设卓越水岸${extra}\n      - lead: 全力提升交通功能。`,
      );
    expectRefusal(
      () => runIngest({ structure: add('') }),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'lead: 全力提升交通功能。') },
      /does not show one/,
    );
    const confirmed = add('').replace(
      '- 徐汇滨江，要建设卓越水岸',
      '- starts: 徐汇滨江，要建设卓越水岸\n        confirm: the printed page says so',
    );
    expect(runIngest({ structure: confirmed }).paragraphs).toHaveLength(28);
  });

  it('is refused when it rejects a break the layout does not show (a stale entry)', () => {
    expectRefusal(
      withStructure('notBreaks:\n', 'notBreaks:\n  - after: 在高质量发展中促进共同富裕，\n    reason: test\n'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'notBreaks:') + 1 },
      /does not show one/,
    );
  });

  it('is refused when a lead-in is not the whole first sentence', () => {
    expectRefusal(
      withStructure('lead: 强化科创策源功能。', 'lead: 强化科创策源'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'lead: 强化科创策源功能。') },
      /whole first sentence/,
    );
  });

  it('is refused when a paragraph opens with a run-in head it does not mark', () => {
    expectRefusal(
      withStructure('- lead: 强化科创策源功能。', '- 强化科创策源功能。'),
      { file: SEED_FILE, line: 323 },
      /bold lead-in/,
    );
  });

  it('is refused when the byline does not read as date, occasion and speaker', () => {
    // Without the space, the speaker line no longer separates title and name.
    expectRefusal(
      withSeed('上海市徐汇区区长 钟晓咏', '上海市徐汇区区长钟晓咏'),
      { file: STRUCTURE_FILE, line: lineOf(structureText, 'byline:') + 1 },
      /byline does not read/,
    );
  });

  it('is refused when chapters are out of reading order', () => {
    const a = structureText.indexOf('  - slug: urban-layout');
    const b = structureText.indexOf('  - slug: quality-of-life');
    const c = structureText.indexOf('  - slug: soft-power');
    const swapped =
      structureText.slice(0, a) + structureText.slice(b, c) + structureText.slice(a, b) + structureText.slice(c);
    expectRefusal(() => runIngest({ structure: swapped }), { file: STRUCTURE_FILE }, /comes before/);
  });
});
