import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import {
  apaCitation,
  apaDate,
  apaInText,
  apaTranslationCitation,
  apaTranslationInText,
  gbtCitation,
  gbtDate,
  gbtTranslationCitation,
  type CitationInput,
} from '../../../src/citation/formats.ts';
import { reportNames } from '../../../src/config/site.ts';
import { meta } from '../../helpers/report-data.ts';

const url = 'https://example.org/xuhui/chapters/urban-layout/#p17';
const input: CitationInput = { meta, names: reportNames, paragraph: 17, url };

describe('GB/T 7714-2015 citation', () => {
  it('cites the report as a newspaper text read online, with pages, access date and URL', () => {
    expect(gbtCitation(input, gbtDate('2025-03-09'))).toBe(
      '钟晓咏. 政府工作报告: 今后五年主要目标和2022年工作任务[N/OL]. 2022年徐汇区“两会”专题报道, 2022-01-10(4-5)[2025-03-09]. https://example.org/xuhui/chapters/urban-layout/#p17.',
    );
  });

  it('takes every fact from the metadata: a different page or date shows', () => {
    const moved = { ...input, meta: { ...meta, printed: { ...meta.printed, pages: [6], date: '2022-01-11' } } };
    expect(gbtCitation(moved, '2025-03-09')).toContain('2022-01-11(6)[2025-03-09]');
  });
});

describe('APA 7 citation', () => {
  it('romanises the author, translates the title in brackets, gives pages, retrieval date and URL', () => {
    expect(apaCitation(input, apaDate('2025-03-09'))).toBe(
      'Zhong, X. (2022, January 10). 政府工作报告: 今后五年主要目标和2022年工作任务 [Government work report: Main goals for the next five years and work tasks for 2022]. 2022年徐汇区“两会”专题报道, 4–5. Retrieved March 9, 2025, from https://example.org/xuhui/chapters/urban-layout/#p17',
    );
  });

  it('cites in the text with the paragraph as locator', () => {
    expect(apaInText(input)).toBe('(Zhong, 2022, para. 17)');
  });
});

describe('a paragraph of the English edition (the site’s unofficial translation)', () => {
  const english = {
    ...input,
    url: 'https://example.org/xuhui/en/chapters/urban-layout/#p17',
    translator: 'Xuhui 2022 Report Explained',
  };

  it('in APA 7: the original author, the English title, the site as translator and publisher, the address, and the original work', () => {
    expect(apaTranslationCitation(english, apaDate('2025-03-09'))).toBe(
      'Zhong, X. (n.d.). Government work report: Main goals for the next five years and work tasks for 2022 (Xuhui 2022 Report Explained, Trans.; unofficial translation). Xuhui 2022 Report Explained. Retrieved March 9, 2025, from https://example.org/xuhui/en/chapters/urban-layout/#p17 (Original work published 2022 as 政府工作报告: 今后五年主要目标和2022年工作任务, 2022年徐汇区“两会”专题报道, pp. 4–5)',
    );
    expect(apaTranslationInText(english)).toBe('(Zhong, 2022/n.d., para. 17)');
  });

  it('in GB/T 7714-2015: an online English text with its translator, and the newspaper text it translates', () => {
    expect(gbtTranslationCitation(english, gbtDate('2025-03-09'))).toBe(
      'ZHONG X. Government work report: main goals for the next five years and work tasks for 2022: unofficial English translation[EB/OL]. Xuhui 2022 Report Explained, trans. [2025-03-09]. https://example.org/xuhui/en/chapters/urban-layout/#p17. Translation of: 钟晓咏. 政府工作报告: 今后五年主要目标和2022年工作任务[N]. 2022年徐汇区“两会”专题报道, 2022-01-10(4-5).',
    );
  });
});

describe('dates', () => {
  it('are written as each style wants', () => {
    expect(gbtDate('2024-12-01')).toBe('2024-12-01');
    expect(apaDate('2024-12-01')).toBe('December 1, 2024');
  });

  it('refuse anything but an ISO date', () => {
    expect(() => apaDate('1 Dec 2024')).toThrow(/ISO date/);
    expect(() => gbtDate('2024-1-1')).toThrow(/ISO date/);
  });
});

describe('the romanised speaker name', () => {
  it('is the pinyin of the name in the report metadata (family name first)', () => {
    const syllables = pinyin(meta.speaker.name, { toneType: 'none', type: 'array' });
    expect(reportNames.speakerFamilyEn.toLowerCase()).toBe(syllables[0]);
    expect(reportNames.speakerGivenEn.toLowerCase()).toBe(syllables.slice(1).join(''));
  });
});
