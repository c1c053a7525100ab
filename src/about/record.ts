/**
 * What the about page says about the ingest, in words, from the ingest's own
 * record (content/report/report.json → ingest). Pure, so the wording is tested
 * against the numbers.
 */
import type { Dropped, IngestRecord } from '../ingest/schema.ts';

type Kind = Dropped['kind'];

/** Chinese names for the kinds of page furniture the ingest drops. */
export const FURNITURE_NAMES: { [K in Kind]: string } = {
  masthead: '竖排刊头（每个字被提取成一串重复的字符）',
  'vertical-title': '竖排的版面标题（每行一个字）',
  'date-line': '日期和编辑署名行',
  'page-numbers': '版号',
  continuation: '转版提示',
};

/** "第441—453行" or "第792行" */
export function lineSpan([from, to]: readonly [number, number]): string {
  return from === to ? `第${from}行` : `第${from}—${to}行`;
}

/** The six kinds of change, each a sentence with its numbers. */
export function changeSummary(record: IngestRecord): { key: string; text: string }[] {
  const s = record.stats;
  const lifted = record.lifted;
  return [
    {
      key: 'lines',
      text: `提取文本共${s.seedLines}行，其中空行${s.blankLines}行、正文${s.bodyLines}行、版面元素${s.furnitureLines}行，还有被分页插入正文中间的标题、署名等${s.liftedLines}行。`,
    },
    {
      key: 'dropped',
      text: `删去版面元素${record.dropped.length}处共${s.furnitureLines}行：${record.dropped.map((d) => `${FURNITURE_NAMES[d.kind]}（${lineSpan(d.lines)}）`).join('、')}。它们不是报告的文字，但其中的日期、版号和刊名用作本站注明的出处。`,
    },
    {
      key: 'lifted',
      text: `移出${s.liftedLines}行：分页时，${lifted.headings.length}个章节标题、${lifted.byline.length}行报告人署名${lifted.ornaments.length ? `和${lifted.ornaments.length}个零散字符（${lifted.ornaments.map((o) => `“${o.text}”`).join('、')}）` : ''}（${lineSpan(lifted.lines)}）落进了一句话的中间。本站把标题放回各章开头，署名用作报告信息${lifted.ornaments.length ? '，零散字符舍去' : ''}，被隔开的句子（第${lifted.rejoined.before.line}行和第${lifted.rejoined.after.line}行）重新接上。`,
    },
    { key: 'joined', text: `合并断行${s.linesJoined}处：提取文本每行约18个字就硬换行，本站按段落接回。` },
    {
      key: 'spaces',
      text: `删去提取时产生的多余空格${s.spacesRemoved}个（标点、数字和字母两侧的空格），保留${s.spacesKept}个（只有两个拉丁词或数字之间的空格才保留）。`,
    },
    {
      key: 'result',
      text: `结果：${s.chapters}章、${s.paragraphs}段，正文共${s.bodyCharacters}字。除了空格和换行，报告的文字没有任何改动、增加或删减。`,
    },
  ];
}
