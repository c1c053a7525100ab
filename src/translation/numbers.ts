/**
 * The numbers of a paragraph, read the same way from the Chinese and from its
 * English, so that the two can be compared as values: 1.2万 and 12,000 are both
 * 12000, 600亿 and 60 billion are both 6e10, 第二 and "second" are both 2.
 *
 * Every conversion is written once, in the tables below; the README of
 * content/translation/ prints them (src/translation/tables.ts renders them and a
 * unit test keeps the README in step). No imports but types: pure functions.
 */

/** One number found in a text: its value, the characters that print it, and where. */
export interface FoundNumber {
  value: number;
  written: string;
  at: number;
}

/** Chinese multipliers written after an Arabic number (1.2万, 600亿, 930多万). */
export const CHINESE_MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_NUMERAL = /[〇零一二两三四五六七八九十百千万亿]+/g;

/**
 * Words after which a Chinese numeral counts as a number (一年, 六方面, 四大,
 * 一期, 千亿级, 亿元). A numeral before any other character is not a count
 * (一批 "a number of", 一体化 "integrated", 进一步 "further", 百业 "all industries").
 */
export const MEASURE_WORDS: readonly string[] = [
  '方面',
  '年',
  '个',
  '次',
  '届',
  '轮',
  '期',
  '大',
  '型',
  '级',
  '元',
  '项',
  '家',
  '条',
  '座',
  '幢',
  '台',
  '套',
  '户',
  '处',
  '件',
  '岁',
  '分',
  '路',
];

/**
 * Phrases whose numeral the rule above would count but which are not counts:
 * they are left out on the Chinese side, and their English carries no number.
 */
export const NOT_NUMBERS: readonly { zh: string; why: string; en: string }[] = [
  {
    zh: '第一动力',
    why: 'a fixed formula: innovation as the primary (not the first in a count) driving force',
    en: 'the primary driving force',
  },
  { zh: '新一轮', why: '"a new round": 一 is the article, not a count', en: 'a new round' },
  { zh: '三家里', why: 'part of a place name (Sanjiali), written in pinyin', en: 'Sanjiali' },
];

/** Roman numerals as the report prints them (Ⅲ类水体), one character each. */
const ROMAN_CHARS: Readonly<Record<string, number>> = {
  Ⅰ: 1,
  Ⅱ: 2,
  Ⅲ: 3,
  Ⅳ: 4,
  Ⅴ: 5,
  Ⅵ: 6,
  Ⅶ: 7,
  Ⅷ: 8,
  Ⅸ: 9,
  Ⅹ: 10,
  Ⅺ: 11,
  Ⅻ: 12,
};

/** The value of a run of Chinese numerals (十九 19, 二十 20, 百万 1e6, 千亿 1e11, 亿 1e8), or undefined if it is not one number. */
export function chineseNumeralValue(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in CN_DIGITS) {
      if (digit !== undefined) return undefined; // 十四五: two digits in a row is a name, not a number
      digit = CN_DIGITS[ch]!;
    } else if (ch in CN_UNITS) {
      section += (digit ?? 1) * CN_UNITS[ch]!;
      digit = undefined;
    } else if (ch === '万' || ch === '亿') {
      const unit = ch === '万' ? 1e4 : 1e8;
      const head = section + (digit ?? 0) || 1;
      if (unit === 1e8) {
        total = (total + head) * unit;
      } else {
        total += head * unit;
      }
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Blanks out the given [start, end) spans (UTF-16 indexes) of `text`, keeping its length so that positions stay. */
export function blank(text: string, spans: readonly (readonly [number, number])[], fill = '\u25a1'): string {
  const units = text.split('');
  for (const [s, e] of spans) for (let i = s; i < e; i++) units[i] = fill;
  return units.join('');
}

function spansOf(text: string, phrase: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + phrase.length))
    out.push([i, i + phrase.length]);
  return out;
}

const ARABIC_CN = /(\d+(?:\.\d+)?)(?:[多余]?([万亿]))?/g;

/**
 * The numbers the Chinese prints. Arabic numbers as printed, times 万 or 亿
 * when one follows (930多万 is 9.3 million); Roman numerals (Ⅲ); Chinese
 * numerals after 第 (第二 2) or before a measure word (一年, 六方面, 百万级,
 * 亿元), except the phrases in NOT_NUMBERS. A range 1-2 is two numbers. The
 * caller blanks out what is not to be read (glossary forms) beforehand.
 */
export function chineseNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  let rest = blank(
    text,
    NOT_NUMBERS.flatMap((x) => spansOf(text, x.zh)),
  );
  for (const m of rest.matchAll(ARABIC_CN)) {
    const multiplier = m[2] ? CHINESE_MULTIPLIERS[m[2]]! : 1;
    found.push({ value: Number(m[1]) * multiplier, written: m[0], at: m.index });
  }
  rest = blank(
    rest,
    [...rest.matchAll(ARABIC_CN)].map((m) => [m.index, m.index + m[0].length] as const),
  );
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch in ROMAN_CHARS) found.push({ value: ROMAN_CHARS[ch]!, written: ch, at: i });
  }
  for (const m of rest.matchAll(CN_NUMERAL)) {
    const start = m.index;
    const end = start + m[0].length;
    const ordinal = rest[start - 1] === '第';
    const measure = MEASURE_WORDS.find((w) => rest.startsWith(w, end));
    if (!ordinal && measure === undefined) continue;
    const value = chineseNumeralValue(m[0]);
    if (value === undefined) continue;
    found.push({ value, written: `${ordinal ? '第' : ''}${m[0]}${measure ?? ''}`, at: ordinal ? start - 1 : start });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** English number words and their values; ordinals count as their number ("second" is 2). */
const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};

/** English scale words: they multiply the number before them, or stand for themselves alone ("million-yuan"). */
export const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/** Roman numerals as English writes them (Class III), from II up: a lone I, V or X is a letter, not a number. */
export const ENGLISH_ROMAN: Readonly<Record<string, number>> = { ii: 2, iii: 3, iv: 4, vi: 6, vii: 7, viii: 8, ix: 9 };

const EN_TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?![\p{L}\d])|[\p{L}]+/gu;

/**
 * The numbers an English text prints. The text is normalised (lower case,
 * one kind of dash: src/glossary/english-names.ts); blanked spans are skipped.
 * Digits (12,000, 5.5, 11th), number words and ordinals (five, second), and a
 * following scale word (60 billion, 9.3 million, ten-million) make one number;
 * a scale word alone ("million-yuan") is its own value; Roman numerals from II.
 * A range 1-2 is two numbers.
 */
export function englishNumbers(text: string): FoundNumber[] {
  const tokens = [...text.matchAll(EN_TOKEN)].map((m) => ({
    text: m[0],
    digits: m[1],
    at: m.index,
    end: m.index + m[0].length,
  }));
  const found: FoundNumber[] = [];
  // Tokens join into one number only across a space or a hyphen.
  const joined = (a: { end: number }, b: { at: number }) => b.at - a.end === 1 && /[ -]/.test(text[a.end]!);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | undefined;
    if (t.digits !== undefined) value = Number(t.digits.replace(/,/g, ''));
    else if (t.text in ENGLISH_NUMBER_WORDS) value = ENGLISH_NUMBER_WORDS[t.text]!;
    else if (t.text in ENGLISH_SCALES) value = undefined;
    else if (t.text in ENGLISH_ROMAN) {
      found.push({ value: ENGLISH_ROMAN[t.text]!, written: t.text, at: t.at });
      continue;
    } else continue;
    // A number of words and scales: twenty-one, ten million, 9.3 million, one hundred.
    let total = 0;
    let current = value ?? 0;
    let j = i;
    if (value === undefined) current = ENGLISH_SCALES[t.text]!;
    while (j + 1 < tokens.length && joined(tokens[j]!, tokens[j + 1]!)) {
      const next = tokens[j + 1]!.text;
      const prevWord = tokens[j]!.text;
      if (next in ENGLISH_SCALES) {
        const scale = ENGLISH_SCALES[next]!;
        if (scale === 100) current *= scale;
        else {
          total += current * scale;
          current = 0;
        }
      } else if (
        tokens[j + 1]!.digits === undefined &&
        next in ENGLISH_NUMBER_WORDS &&
        ENGLISH_NUMBER_WORDS[next]! < 10 &&
        ENGLISH_NUMBER_WORDS[prevWord] !== undefined &&
        ENGLISH_NUMBER_WORDS[prevWord]! >= 20 &&
        ENGLISH_NUMBER_WORDS[prevWord]! % 10 === 0
      ) {
        current += ENGLISH_NUMBER_WORDS[next]!; // twenty-one
      } else break;
      j++;
    }
    const last = tokens[j]!;
    found.push({ value: total + current, written: text.slice(t.at, last.end), at: t.at });
    i = j;
  }
  return found;
}

/** A value as the messages print it: 12000 as 12,000, 6e10 as 60,000,000,000. */
export function formatValue(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 6 });
}

/** Values compare equal when they agree to 9 significant digits (9.3 × 10^6 and 930 × 10^4). */
export function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The numbers each side has that the other lacks, as multisets: a number the
 * Chinese prints twice must be in the English twice.
 */
export function compareNumbers(
  zh: readonly FoundNumber[],
  en: readonly FoundNumber[],
): { missing: FoundNumber[]; extra: FoundNumber[] } {
  const left = [...en];
  const missing: FoundNumber[] = [];
  for (const z of zh) {
    const k = left.findIndex((e) => sameValue(e.value, z.value));
    if (k === -1) missing.push(z);
    else left.splice(k, 1);
  }
  return { missing, extra: left };
}
