import type { LiftedBlock } from './displaced-block.ts';
import type { Structure } from './structure.ts';
import { squeeze } from './structure.ts';
import { SourceError } from '../utils/source-error.ts';
import type { Dropped, ReportMeta } from './schema.ts';

const BYLINE = /^—*(\d{4})年(\d{1,2})月(\d{1,2})日在(.+)上$/;

/**
 * Reads the byline that the page break displaced (date and occasion, then the
 * speaker's title and name) and the printing facts the furniture carried.
 */
export function readReportMeta(lifted: LiftedBlock, dropped: Dropped[], structure: Structure): ReportMeta {
  const speakerLine = lifted.byline.at(-1);
  const occasionLines = lifted.byline.slice(0, -1);
  const byline = squeeze(occasionLines.map((l) => l.text).join(''));
  const m = byline.match(BYLINE);
  const speaker = speakerLine?.text.match(/^(\S+)\s+(\S+)$/);
  if (!m || !speaker) {
    throw new SourceError(
      { file: structure.file, line: structure.lineOf(['displaced', 'byline']), anchor: byline },
      'the byline does not read as "———<date>在<occasion>上" followed by a line "<title> <name>"',
      'list the byline lines in printed order, the speaker line last',
    );
  }
  const one = (kind: Dropped['kind']) => dropped.find((d) => d.kind === kind)!;
  const dateLine = one('date-line');
  return {
    delivered: {
      date: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
      occasion: m[4]!,
      byline: byline.replace(/^—+/, ''),
    },
    speaker: { title: speaker[1]!, name: speaker[2]! },
    printed: {
      section: one('masthead').text,
      pageTitle: one('vertical-title').text,
      date: String(dateLine.detail!.date),
      weekday: dateLine.text.slice(-3),
      pages: one('page-numbers').detail!.pages as number[],
      editors: dateLine.detail!.editors as string[],
      continuesOnPage: one('continuation').detail!.page as number,
    },
  };
}
