import { describe, expect, it } from 'vitest';
import { buildGlossary, loadGlossary } from '../../../src/glossary/load.ts';
import { glossaryNotes } from '../../../src/reading/print-notes.ts';

// Two fixture entries, the way the glossary writes them, over fixture paragraphs.
const entry = (term: string, form: string, gloss: string) => `term: ${term}
forms: [${form}]
pinyin: xú huì
english: x
englishStatus: descriptive
category: economy
gloss: ${gloss}
glossEn: x
explanation: x
explanationEn: x
basis: report
review: { date: 2026-11-29, method: statements, statements: 3 }
`;
const paragraphs = [
  { n: 1, chapter: 'one', text: '发展五型经济。' },
  { n: 2, chapter: 'two', text: '打造邻里汇，发展五型经济。' },
  { n: 3, chapter: 'two', text: '新建39家邻里汇。' },
];
const glossary = buildGlossary(
  [
    { file: 'content/glossary/wu-xing-jing-ji.yaml', text: entry('五型经济', '五型经济', '五种类型的经济。') },
    { file: 'content/glossary/lin-li-hui.yaml', text: entry('邻里汇', '邻里汇', '社区综合服务场所。') },
  ],
  paragraphs,
);

describe('print notes for glossary terms', () => {
  it('list each term the chapter uses once, with its gloss and paragraphs, by the paragraph that first uses it', () => {
    expect(glossaryNotes(glossary.entries, glossary.occurrences, [2, 3])).toEqual([
      {
        slug: 'wu-xing-jing-ji',
        term: '五型经济',
        pinyin: 'xú huì',
        english: 'x',
        gloss: '五种类型的经济。',
        paragraphs: [2],
      },
      {
        slug: 'lin-li-hui',
        term: '邻里汇',
        pinyin: 'xú huì',
        english: 'x',
        gloss: '社区综合服务场所。',
        paragraphs: [2, 3],
      },
    ]);
    const later = [{ slug: 'x', term: 'X', pinyin: 'x', english: 'x', gloss: 'x' }, ...glossary.entries];
    const occurrences = new Map<string, { n: number }[]>([...glossary.occurrences, ['x', [{ n: 3 }]]]);
    expect(glossaryNotes(later, occurrences, [2, 3]).map((n) => n.slug)).toEqual([
      'wu-xing-jing-ji',
      'lin-li-hui',
      'x',
    ]);
  });

  it('leave out terms used only in other chapters', () => {
    expect(glossaryNotes(glossary.entries, glossary.occurrences, [1]).map((n) => n.term)).toEqual(['五型经济']);
  });

  it('are empty when no term occurs, so the page has no notes section', () => {
    expect(glossaryNotes(glossary.entries, glossary.occurrences, [])).toEqual([]);
    expect(glossaryNotes([], new Map(), [1, 2, 3])).toEqual([]);
  });

  it('work with the real glossary as it stands', () => {
    const real = loadGlossary();
    const notes = glossaryNotes(
      real.entries,
      real.occurrences,
      Array.from({ length: 27 }, (_, i) => i + 1),
    );
    expect(notes.length).toBe(real.entries.filter((e) => (real.occurrences.get(e.slug) ?? []).length > 0).length);
  });
});
