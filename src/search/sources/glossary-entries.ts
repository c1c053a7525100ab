import type { Glossary } from '../../glossary/load.ts';
import { explanationParagraphs } from '../../glossary/explanation.ts';
import type { RecordSource } from '../record.ts';

/**
 * Every glossary entry, landing on its page. The text is what the entry page
 * shows of the entry itself (term, pinyin, English, gloss, explanation), not
 * the report sentences it quotes: those are found as report text.
 */
export function glossaryEntries(glossary: Pick<Glossary, 'entries' | 'occurrences'>): RecordSource {
  return {
    kind: 'glossary',
    records() {
      return glossary.entries.map((e) => ({
        kind: 'glossary',
        url: `/glossary/${e.slug}/`,
        title: e.term,
        text: [e.term, e.pinyin, e.english, e.gloss, ...explanationParagraphs(e.explanation), e.glossEn].join(' '),
        lead: [e.term, e.pinyin, e.english].join(' ').length,
        chapters: [...new Set((glossary.occurrences.get(e.slug) ?? []).map((o) => o.chapter))],
        names: [...new Set([e.term, ...e.forms])],
        context: e.english,
        contextLang: 'en',
      }));
    },
  };
}
