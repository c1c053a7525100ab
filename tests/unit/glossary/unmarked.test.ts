import { describe, expect, it } from 'vitest';
import { loadUnmarked, readUnmarked, UNMARKED_FILE } from '../../../src/glossary/unmarked.ts';
import { loadGlossary } from '../../../src/glossary/load.ts';

const glossary = loadGlossary();
const file = 'content/unmarked-terms.yaml';
const read = (text: string) => readUnmarked(text, file, glossary);

describe('the terms left unmarked in running text (content/unmarked-terms.yaml)', () => {
  it('are standard formulas of Party doctrine: entries of the category politics', () => {
    const slugs = loadUnmarked(glossary);
    expect(slugs.size).toBeGreaterThan(5);
    for (const slug of slugs) expect(glossary.bySlug.get(slug)?.category, slug).toBe('politics');
    expect(UNMARKED_FILE).toBe(file);
  });

  it('refuse a slug that is no entry, an entry of another category, or one listed twice, with the line', () => {
    expect(() => read('formulas:\n  - slug: no-such-entry\n    why: x\n')).toThrow(
      /unmarked-terms\.yaml:2: no glossary entry has this slug/,
    );
    expect(() => read('formulas:\n  - slug: wu-xing-jing-ji\n    why: x\n')).toThrow(
      /unmarked-terms\.yaml:2: the entry is of the category \S+, not politics/,
    );
    expect(() =>
      read('formulas:\n  - slug: ke-xue-fa-zhan-guan\n    why: x\n  - slug: ke-xue-fa-zhan-guan\n    why: y\n'),
    ).toThrow(/:4: listed twice/);
    expect(() => read('formulas:\n  - slug: ke-xue-fa-zhan-guan\n')).toThrow(/formulas\.0\.why/);
  });
});
