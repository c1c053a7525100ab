import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../../src/glossary/load.ts';
import { expectRefusal } from '../../helpers/ingest-fixture.ts';
import { entry, file, lineIn, paragraphs } from './fixtures.ts';

const sanjiu = (extra: Record<string, unknown> = {}) =>
  file(
    'san-jiu-bian-san-xin',
    entry({
      term: '三旧变三新',
      forms: ['“三旧”变“三新”'],
      pinyin: 'sān jiù biàn sān xīn',
      english: 'three olds into three news',
      category: 'urban-renewal',
      ...extra,
    }),
  );

describe('buildGlossary', () => {
  it('reads valid entries and finds every occurrence, longest form first', () => {
    const g = buildGlossary(
      [
        file('wu-xing-jing-ji', entry()),
        sanjiu(),
        file(
          'san-jiu',
          entry({ term: '三旧', forms: ['三旧'], pinyin: 'sān jiù', english: 'three olds', category: 'urban-renewal' }),
        ),
      ],
      paragraphs,
    );
    expect(g.entries.map((e) => e.slug)).toEqual(['wu-xing-jing-ji', 'san-jiu-bian-san-xin', 'san-jiu']);
    expect(g.occurrences.get('san-jiu-bian-san-xin')!.map((o) => o.n)).toEqual([1, 2]);
    // The bare 三旧 only counts where it stands alone, not inside “三旧”变“三新”.
    expect(g.occurrences.get('san-jiu')!.map((o) => [o.n, o.sentence])).toEqual([[1, '三旧小区要改造。']]);
    expect(g.occurrences.get('wu-xing-jing-ji')!.map((o) => o.sentence)).toEqual([
      '加快“三旧”变“三新”步伐，发展“五型经济”。',
      '全面推动“三旧”变“三新”，打造“五型经济”标杆区，提升“两极三区”能级。',
    ]);
  });

  it('finds the paragraph of a defining quote', () => {
    const g = buildGlossary(
      [file('wu-xing-jing-ji', entry({ reportDefines: { kind: 'enumerates', quote: '打造“五型经济”标杆区' } }))],
      paragraphs,
    );
    expect(g.definedIn.get('wu-xing-jing-ji')).toBe(2);
  });

  it('refuses a form that occurs nowhere in the report, at that form', () => {
    const f = file('wu-xing-jing-ji', entry({ forms: ['五型经济', '六型经济'] }));
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, '六型经济') },
      /occurs nowhere/,
    );
  });

  it('accepts a form that occurs nowhere when the entry is background', () => {
    expect(() =>
      buildGlossary([file('x', entry({ forms: ['六型经济'], background: true }))], paragraphs),
    ).not.toThrow();
  });

  it('refuses a form that only ever occurs inside a longer form of another entry', () => {
    const f = file('san-xin', entry({ term: '三新', forms: ['三新'], pinyin: 'sān xīn', english: 'three news' }));
    expectRefusal(
      () => buildGlossary([sanjiu(), f], paragraphs),
      { file: f.file, line: lineIn(f, '- 三新') },
      /only occurs inside a longer form/,
    );
  });

  it('refuses two entries claiming the same form', () => {
    const a = file('wu-xing-jing-ji', entry());
    const b = file('wu-xing', entry({ term: '五型' }));
    expectRefusal(
      () => buildGlossary([a, b], paragraphs),
      { file: b.file, line: lineIn(b, '- 五型经济') },
      /already claimed by content\/glossary\/wu-xing-jing-ji\.yaml/,
    );
  });

  it('refuses a related entry that does not exist', () => {
    const f = file('wu-xing-jing-ji', entry({ related: ['si-da-gong-neng'] }));
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, 'si-da-gong-neng') },
      /no glossary entry has this slug/,
    );
    expect(() => buildGlossary([f], paragraphs, { pendingSlugs: new Set(['si-da-gong-neng']) })).not.toThrow();
  });

  it.each(['term', 'gloss', 'glossEn', 'explanation', 'english', 'category'])(
    'refuses an entry without %s',
    (field) => {
      const fields = entry();
      delete fields[field];
      const f = file('wu-xing-jing-ji', fields);
      expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, new RegExp(field));
    },
  );

  it('refuses an empty required field, at its line', () => {
    const f = file('wu-xing-jing-ji', entry({ gloss: '  ' }));
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, 'gloss:') },
      /gloss: must not be empty/,
    );
  });

  it.each([
    ['wu xing jingji', /needs tone marks/],
    ['wu3 xing2 jing1ji4', /tone/],
  ])('refuses pinyin without tone marks (%s)', (pinyin, message) => {
    const f = file('wu-xing-jing-ji', entry({ pinyin }));
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file, line: lineIn(f, 'pinyin:') }, message);
  });

  it('refuses a source that is not of standing', () => {
    const f = file(
      'wu-xing-jing-ji',
      entry({ sources: [{ url: 'http://outofmemory.cn/zaji/1.html', title: 't', publisher: 'p', kind: 'media' }] }),
    );
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, 'outofmemory') },
      /not a source of standing/,
    );
  });

  it('refuses an entry without sources unless it rests on the report alone', () => {
    const f = file('wu-xing-jing-ji', entry({ sources: [] }));
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, /cite at least one source/);
    expect(() =>
      buildGlossary([file('wu-xing-jing-ji', entry({ sources: [], basis: 'report' }))], paragraphs),
    ).not.toThrow();
  });

  it('refuses an official English rendering without its source', () => {
    const f = file('wu-xing-jing-ji', entry({ englishStatus: 'official' }));
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, /englishSource/);
  });

  it('refuses a defining quote that is not in the report', () => {
    const f = file('wu-xing-jing-ji', entry({ reportDefines: { kind: 'defines', quote: '五型经济是指' } }));
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, 'quote:') },
      /not in the report/,
    );
  });

  it('refuses a file name that is not a slug', () => {
    expectRefusal(
      () => buildGlossary([file('五型经济', entry())], paragraphs),
      { file: 'content/glossary/五型经济.yaml' },
      /not an ASCII slug/,
    );
  });

  it('refuses an unknown field (a typo would otherwise be silently ignored)', () => {
    const f = file('wu-xing-jing-ji', entry({ glos: 'x' }));
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, /glos/);
  });
});

describe('the review record', () => {
  const url = 'https://www.shanghai.gov.cn/x.html';
  const review = (sources: unknown[], extra: Record<string, unknown> = {}) => ({
    date: '2026-11-29',
    method: 'statements',
    statements: 5,
    sources,
    ...extra,
  });

  it('is accepted when it names each cited source once', () => {
    const g = buildGlossary(
      [
        file(
          'wu-xing-jing-ji',
          entry({
            review: review([{ url, verdict: 'supports' }], {
              corrections: [{ kind: 'unsupported', note: '删去一句。' }],
            }),
          }),
        ),
      ],
      paragraphs,
    );
    expect(g.entries[0]!.review?.corrections[0]?.kind).toBe('unsupported');
  });

  it('is required: an entry nobody has fact-checked is refused', () => {
    const f = file('wu-xing-jing-ji', entry({ review: undefined }));
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, /review/);
  });

  it('refuses a review that leaves out a cited source', () => {
    const f = file('wu-xing-jing-ji', entry({ review: review([]) }));
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, /names each cited source once/);
  });

  it('refuses a review that names a source the entry does not cite', () => {
    const f = file(
      'wu-xing-jing-ji',
      entry({
        review: review([
          { url, verdict: 'supports' },
          { url: 'https://example.org/', verdict: 'partly' },
        ]),
      }),
    );
    expectRefusal(() => buildGlossary([f], paragraphs), { file: f.file }, /names each cited source once/);
  });

  it('refuses a verdict that the source does not support the entry', () => {
    const f = file('wu-xing-jing-ji', entry({ review: review([{ url, verdict: 'no' }]) }));
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, 'verdict: no') },
      /does not support the entry is not cited/,
    );
  });
});

describe('the English explanation', () => {
  it('is translated paragraph by paragraph: as many paragraphs as the Chinese', () => {
    expect(() =>
      buildGlossary(
        [
          file(
            'wu-xing-jing-ji',
            entry({ explanation: '第一段。\n\n第二段。', explanationEn: 'First.\nStill first.\n\nSecond.' }),
          ),
        ],
        paragraphs,
      ),
    ).not.toThrow();
    const f = file('wu-xing-jing-ji', entry({ explanation: '第一段。\n\n第二段。', explanationEn: 'Only one.' }));
    expectRefusal(
      () => buildGlossary([f], paragraphs),
      { file: f.file, line: lineIn(f, 'explanationEn:') },
      /paragraph by paragraph/,
    );
  });
});
