/**
 * The conversion and qualifier tables of content/translation/README.md, made
 * from the code's own tables (numbers.ts, qualifiers.ts), so the README says
 * exactly what the build checks. `npm run translation:check -- --tables`
 * rewrites the block; a unit test fails when it is out of date.
 */
import { CHINESE_MULTIPLIERS, ENGLISH_ROMAN, ENGLISH_SCALES, MEASURE_WORDS, NOT_NUMBERS } from './numbers.ts';
import { NOT_QUALIFIERS, QUALIFIERS } from './qualifiers.ts';

export const README_FILE = 'content/translation/README.md';
const START = '<!-- translation-tables:start (npm run translation:check -- --tables writes this block) -->';
const END = '<!-- translation-tables:end -->';

const code = (s: string) => `\`${s}\``;

export function formatTables(): string {
  const multipliers = Object.entries(CHINESE_MULTIPLIERS)
    .map(([zh, v]) => `${zh} = ${v.toLocaleString('en-GB')}`)
    .join(', ');
  const lines = [
    '### Numbers: how each side is read',
    '',
    '| the Chinese prints | counts as | the English may write |',
    '| --- | --- | --- |',
    '| Arabic numbers as printed: 5, 5.5, 600, 2022, 3.0 | the same value | 5, 5.5, 600, 2022, 3.0 (thousands with commas: 12,000) |',
    `| an Arabic number with a multiplier (${multipliers}), 多 or 余 in between allowed: 1.2万, 600亿, 930多万 | the number times the multiplier: 12,000; 60,000,000,000; 9,300,000 | 12,000; 60 billion; 9.3 million |`,
    '| N% | N | N% |',
    '| a range 1-2 | two numbers, 1 and 2 | 1-2, 1–2, one or two |',
    '| 第 + a Chinese numeral: 第二, 第三方, 第二轮 | the number: 2, 3 | second, third, 2nd |',
    `| a Chinese numeral before a measure word (${MEASURE_WORDS.join(' ')}): 一年, 五年, 六方面, 一期, 五期, 全州二路 | the number: 1, 5, 6 | one year, five years, six areas, Phase 1 |`,
    '| a magnitude class: 百万级, 千万级, 亿元级, 千亿级, 超亿元 | 1,000,000; 10,000,000; 100,000,000; 100,000,000,000; 100,000,000 | million-yuan, ten-million-yuan, 100-million-yuan, 100-billion-yuan (scale), over 100 million yuan |',
    '| Roman numerals Ⅰ–Ⅻ | 1–12 | II, III … (from II: a lone I, V or X is a letter) |',
    '',
    `English number words count too: the numbers zero to twenty, the tens, the ordinals first to twentieth, and the scale words ${Object.keys(ENGLISH_SCALES).join(', ')}, which multiply the number before them (ten-million, 9.3 million) or stand alone for their value (million-yuan); Roman numerals ${Object.keys(ENGLISH_ROMAN).join(', ').toUpperCase()}.`,
    '',
    'Numbers are compared as values and as a multiset: a number the Chinese prints twice is in the English twice. A Chinese numeral before any other character is not a count (一批 "a number of", 一体化 "integrated", 进一步 "further", 百业 "all industries", 零售 "retail", 红十字会 "Red Cross", 双向 "two-way": write these without a number). Inside a glossary term numbers are part of a name (两个大局, “十四五”规划, 一港一谷一城一湾): both sides leave the term out and the term check holds the English to the entry\'s name; an Arabic number in a form (120急救分站, 轨交23号线) must still be carried by the English name used.',
    '',
    'These phrases hold a numeral the rule would count, but are not counts:',
    '',
    '| phrase | why | English |',
    '| --- | --- | --- |',
    ...NOT_NUMBERS.map((x) => `| ${x.zh} | ${x.why} | ${x.en} |`),
    '',
    '### Qualifiers',
    '',
    'Each occurrence needs a counterpart of its own in the English (one English phrase cannot stand for two qualifiers).',
    '',
    '| the Chinese | counts | English counterparts |',
    '| --- | --- | --- |',
    ...QUALIFIERS.map((q) => `| ${q.zh} | ${q.where ?? 'everywhere'} | ${q.en.map(code).join(', ')} |`),
    '',
    "Left out of the table, although content/indicators.yaml lists them among an indicator's qualifiers:",
    '',
    ...NOT_QUALIFIERS.map((x) => `- ${x.zh}: ${x.why}.`),
  ];
  return lines.join('\n');
}

export function withTables(readme: string, tables: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start)
    throw new Error(`${README_FILE} has no tables block: put the lines\n${START}\n${END}\nwhere the tables go`);
  return `${readme.slice(0, start + START.length)}\n${tables}\n${readme.slice(end)}`;
}
