/**
 * The report's qualifiers: the words that say how exact a figure is (左右
 * about, 多 over), which way it is bounded (以上 at least, 以内 within, 不低于
 * no less than), how firmly it is promised (力争 strive to, 计划 plan) and how
 * far a goal is to be reached (达到 reach, 迈向 towards, 基本 largely). Each
 * qualifier the Chinese prints needs one counterpart of its own in the English,
 * from the one table below. Drawn from the report's text and from the
 * `qualifiers:` of content/indicators.yaml (see content/translation/README.md
 * for those this table leaves out, and why).
 */
import { normaliseEnglish, phraseSpans } from '../glossary/english-names.ts';

export interface Qualifier {
  /** The qualifier as the report prints it. */
  zh: string;
  /** Where it counts, when not everywhere it occurs (超 only before a number). */
  pattern: RegExp;
  /** When it counts, in words (for the README), if `pattern` narrows it. */
  where?: string;
  /** English counterparts: one of them must stand in the English for each occurrence. */
  en: readonly string[];
}

const NUMBER_AFTER = '(?=[0-9〇零一二两三四五六七八九十百千万亿])';

export const QUALIFIERS: readonly Qualifier[] = [
  { zh: '左右', pattern: /左右/g, en: ['about', 'around', 'approximately'] },
  { zh: '以上', pattern: /以上/g, en: ['or more', 'or higher', 'or above', 'at least', 'above', 'over', 'more than'] },
  { zh: '不低于', pattern: /不低于/g, en: ['no less than', 'not less than', 'at least'] },
  { zh: '小于', pattern: /小于/g, en: ['less than', 'below', 'under'] },
  { zh: '多于', pattern: /多于/g, en: ['more than', 'over'] },
  { zh: '以内', pattern: /以内/g, en: ['within'] },
  {
    zh: '超',
    pattern: new RegExp(`超${NUMBER_AFTER}`, 'g'),
    where: 'before a number (超400, 超亿元), not in 超前',
    en: ['over', 'more than', 'exceeding'],
  },
  { zh: '多', pattern: /(?<=[0-9])多/g, where: 'right after a number (930多万)', en: ['over', 'more than'] },
  {
    zh: '余',
    pattern: /(?<=[0-9])余/g,
    where: 'right after a number (1000余户), not in 剩余',
    en: ['over', 'more than'],
  },
  { zh: '力争', pattern: /力争/g, en: ['strive', 'strives', 'striving'] },
  { zh: '力保', pattern: /力保/g, en: ['make every effort', 'do everything possible'] },
  { zh: '计划', pattern: /计划/g, en: ['plan', 'planned', 'planning'] },
  { zh: '达到', pattern: /达到/g, en: ['reach', 'reaches', 'reaching', 'reached'] },
  { zh: '保持在', pattern: /保持在/g, en: ['stay at', 'stays at', 'remain at', 'remains at', 'kept at', 'held at'] },
  { zh: '提升至', pattern: /提升至/g, en: ['raised to', 'rise to', 'rises to', 'increased to'] },
  { zh: '迈向', pattern: /迈向/g, en: ['towards', 'toward'] },
  {
    zh: '基本',
    pattern: /基本(?=完成)/g,
    where: 'in 基本完成 (largely complete), not in 基本框架 (basic framework)',
    en: ['largely', 'basically', 'substantially'],
  },
  { zh: '初步', pattern: /初步/g, en: ['initially', 'initial', 'preliminary'] },
];

/**
 * Words the indicators record as qualifiers that this table leaves out, and
 * why: they are the ordinary verbs of the report, not words about a figure.
 */
export const NOT_QUALIFIERS: readonly { zh: string; why: string }[] = [
  {
    zh: '增加',
    why: 'the verb of the figure itself ("10 more buildings"), not a word about how exact or binding it is',
  },
  { zh: '推进实施', why: "the report's ordinary verb of action (推进 occurs in almost every paragraph)" },
  { zh: '启动并基本完成', why: '启动 is the ordinary verb "start"; its 基本 is in the table' },
];

/** One occurrence of a qualifier in the Chinese. */
export interface QualifierUse {
  qualifier: Qualifier;
  at: number;
}

/** Every qualifier the Chinese prints, in text order. */
export function chineseQualifiers(zh: string): QualifierUse[] {
  return QUALIFIERS.flatMap((q) => [...zh.matchAll(q.pattern)].map((m) => ({ qualifier: q, at: m.index }))).sort(
    (a, b) => a.at - b.at,
  );
}

/**
 * The qualifiers of `zh` that have no counterpart of their own in `en`. Each
 * English counterpart serves one Chinese qualifier (a maximum matching: "at
 * least" may stand for 以上 or for 不低于, not for both at once).
 */
export function unmatchedQualifiers(zh: string, en: string): QualifierUse[] {
  const uses = chineseQualifiers(zh);
  const text = normaliseEnglish(en);
  // Every counterpart span in the English; a span inside a longer one ("more than" in "no more than") is the longer one's.
  const phrases = [...new Set(QUALIFIERS.flatMap((q) => q.en))].map((p) => normaliseEnglish(p));
  const all = phrases.flatMap((p) => phraseSpans(text, p).map(([s, e]) => ({ phrase: p, s, e })));
  const spans = all.filter((a) => !all.some((b) => b !== a && b.s <= a.s && b.e >= a.e && b.e - b.s > a.e - a.s));
  const accepts = (u: QualifierUse, k: number) => u.qualifier.en.some((p) => normaliseEnglish(p) === spans[k]!.phrase);
  const owner = new Array<number>(spans.length).fill(-1);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (let k = 0; k < spans.length; k++) {
      if (seen[k] || !accepts(uses[i]!, k)) continue;
      seen[k] = true;
      if (owner[k] === -1 || augment(owner[k]!, seen)) {
        owner[k] = i;
        return true;
      }
    }
    return false;
  };
  return uses.filter((_, i) => !augment(i, new Array<boolean>(spans.length).fill(false)));
}
