/**
 * The report's numeric targets (content/indicators.yaml), validated and checked
 * row by row against the report text: the quote is in exactly one paragraph
 * (which becomes the row's paragraph), the number as printed and every
 * qualifier are in the quote, and the kind fits the chapter.
 */
import { indicatorsFileSchema, KIND_CHAPTERS, KINDS, type IndicatorData } from './schema.ts';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { MEASURE_WORDS, paragraphHolding, sentenceHolding, wordsNotInReport } from '../checks/report-text.ts';
import { printsNumber } from '../checks/numbers.ts';
import { readTextFile } from '../utils/text-file.ts';
import { once } from '../utils/once.ts';
import type { ParagraphText } from '../ingest/schema.ts';
import { readReport } from '../ingest/report-files.ts';
import { INDICATORS_FILE } from '../config/content-files.ts';

export interface Indicator extends IndicatorData {
  paragraph: number;
  chapter: string;
  /** The number with its unit as the report prints it, e.g. "5%", "1-2个", "930多万平方米". */
  printedValue: string;
}

const CHINESE_NUMERALS: Record<number, string> = {
  1: '一',
  2: '二',
  3: '三',
  4: '四',
  5: '五',
  6: '六',
  7: '七',
  8: '八',
  9: '九',
  10: '十',
  1000: '千',
};

/**
 * How a value may be written in the report: digits (and a hyphenated range), a
 * small Chinese numeral, or 倍增 ("to double") for 2 times.
 */
export function writtenForms(value: IndicatorData['value'], unit = ''): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return [`${value[0]}-${value[1]}`];
  const forms = [String(value)];
  if (CHINESE_NUMERALS[value]) forms.push(CHINESE_NUMERALS[value]!);
  if (unit === '倍' && value === 2) forms.push('倍增');
  return forms;
}

/** The value plus unit as printed, when no `printed:` overrides it. */
function defaultPrinted(r: Pick<IndicatorData, 'value' | 'unit'>): string {
  return `${writtenForms(r.value)[0] ?? ''}${r.unit}`;
}

const FIX = 'correct that field; the comments at the top of content/indicators.yaml describe every field';

export function buildIndicators(text: string, file: string, paragraphs: ParagraphText[]): Indicator[] {
  const source = parseYaml(text, file);
  const rows = validate(indicatorsFileSchema, source, FIX);
  const at = (i: number, field: string, anchor?: string) => ({ file, line: source.lineOf([i, field]), anchor });
  const ids = new Map<string, number>();

  const out = rows.map((r, i): Indicator => {
    if (ids.has(r.id))
      throw new SourceError(
        at(i, 'id', r.id),
        `this id is already used by row ${ids.get(r.id)! + 1}`,
        'give every row its own id',
      );
    ids.set(r.id, i);

    const p = paragraphHolding(paragraphs, r.quote, at(i, 'quote'));
    // The label is the report's own words, so it can never say the opposite of its quote.
    const added = wordsNotInReport(r.indicator, r.quote, sentenceHolding(p.text, r.quote));
    if (added.length > 0) {
      throw new SourceError(
        at(i, 'indicator', r.indicator),
        `the label says ${added.map((w) => `「${w}」`).join('、')}, which the report does not print in the quote's sentence`,
        `name the indicator in the report's words, from the quote or its sentence (a label may add only ${MEASURE_WORDS.join('、')})`,
      );
    }

    const printedValue = r.printed ?? defaultPrinted(r);
    if (!printsNumber(r.quote, printedValue)) {
      throw new SourceError(
        at(i, r.printed ? 'printed' : 'value', printedValue),
        `the quote does not contain the number as printed (「${printedValue}」)`,
        r.printed
          ? 'copy `printed:` exactly from the quote'
          : 'check value and unit against the quote; if the report writes the number differently (一年, 930多万平方米), give it as `printed:`',
      );
    }
    const forms = writtenForms(r.value, r.unit);
    if (forms.length > 0 && !forms.some((f) => printsNumber(printedValue, f))) {
      throw new SourceError(
        at(i, 'value', String(r.value)),
        `the value does not match the number printed (「${printedValue}」)`,
        'make `value` the number the report prints',
      );
    }
    r.qualifiers.forEach((q, j) => {
      if (!r.quote.includes(q)) {
        throw new SourceError(
          { file, line: source.lineOf([i, 'qualifiers', j]), anchor: q },
          'this qualifier is not in the quote',
          'list only words the quote prints (左右, 以上, 力争 …), or lengthen the quote',
        );
      }
    });
    const allowed = KIND_CHAPTERS[r.kind];
    if (!allowed.includes(p.chapter)) {
      throw new SourceError(
        at(i, 'kind', r.kind),
        `a ${KINDS[r.kind].en.toLowerCase()} cannot come from paragraph ${p.n} (chapter ${p.chapter})`,
        `check the kind: ${r.kind} belongs to ${allowed.join(', ')}`,
      );
    }
    return { ...r, paragraph: p.n, chapter: p.chapter, printedValue };
  });

  out.forEach((r, i) => {
    if (r.compare === undefined) return;
    const other = out.find((o) => o.id === r.compare);
    if (!other || other === r || other.kind === r.kind || other.compare !== r.id) {
      throw new SourceError(
        at(i, 'compare', r.compare),
        !other ? 'no row has this id' : 'a comparison pairs two rows of different kinds that name each other',
        'set `compare:` on both rows, each naming the other (e.g. the five-year average and the 2022 target of the same indicator)',
      );
    }
  });
  return out;
}

/** content/indicators.yaml, checked against the report; once per build (src/utils/once.ts). */
export function loadIndicators(): Indicator[] {
  return once('indicators', () =>
    buildIndicators(readTextFile(INDICATORS_FILE), INDICATORS_FILE, readReport().paragraphs),
  );
}
