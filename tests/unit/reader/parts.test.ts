import { describe, expect, it } from 'vitest';
import { chapterParts, leadsOf, trimHead } from '../../../src/reading/parts.ts';
import { paragraphsOf as of } from '../../helpers/report-data.ts';

describe('chapter parts', () => {
  it('are the area heading and the run-in heads, in the report’s words, each at its paragraph', () => {
    expect(chapterParts(of('economy'))).toEqual([
      { n: 12, kind: 'heading', label: '着力推动经济高质量发展' },
      { n: 13, kind: 'lead', label: '构建“5+4+X”产业布局' },
      { n: 14, kind: 'lead', label: '强化科创策源功能' },
      { n: 15, kind: 'lead', label: '提升招商营商能级' },
    ]);
  });

  it('are none for a chapter without heads', () => {
    expect(chapterParts(of('outlook'))).toEqual([]);
  });

  it('give the five goals from the goals chapter’s lead-ins (paragraphs 4–8)', () => {
    expect(leadsOf(of('five-year-goals'))).toEqual([
      { n: 4, label: '核心竞争力跃上新高度' },
      { n: 5, label: '自主创新发展汇聚新动能' },
      { n: 6, label: '人民城市建设展现新气象' },
      { n: 7, label: '城区软实力实现新提升' },
      { n: 8, label: '现代化治理取得新进步' },
    ]);
  });

  it('trim only the introducing dash and the closing stop', () => {
    expect(trimHead('———核心竞争力跃上新高度。')).toBe('核心竞争力跃上新高度');
    expect(trimHead('构建“5+4+X”产业布局。')).toBe('构建“5+4+X”产业布局');
    expect(trimHead('实施15分钟社区生活圈提升计划')).toBe('实施15分钟社区生活圈提升计划');
  });
});
