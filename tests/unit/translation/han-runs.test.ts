import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hanRuns } from '../../../src/i18n/lang.ts';

describe('hanRuns', () => {
  it('finds each run of Chinese in English text, digits and Chinese punctuation inside a run', () => {
    const runs = hanRuns(
      'Translation of: 钟晓咏. 政府工作报告: 今后五年主要目标和2022年工作任务[N]. 2022年徐汇区“两会”专题报道, 2022',
    );
    expect(runs.filter((r) => r.zh).map((r) => r.text)).toEqual([
      '钟晓咏',
      '政府工作报告',
      '今后五年主要目标和2022年工作任务',
      '年徐汇区“两会”专题报道',
    ]);
  });
  it('leaves English quotes, brackets and spaces outside', () => {
    expect(hanRuns("“The Party's 20th Congress” (党的二十大) is")).toEqual([
      { text: "“The Party's 20th Congress” (", zh: false },
      { text: '党的二十大', zh: true },
      { text: ') is', zh: false },
    ]);
  });
  it('gives back the text unchanged when joined', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '汇', '“', '”', '，', '1', '.') }), (s) => {
        expect(
          hanRuns(s)
            .map((r) => r.text)
            .join(''),
        ).toBe(s);
      }),
    );
  });
});
