/**
 * The English edition's data for pages (issue #17): the site's translation,
 * checked before the build starts (src/translation/load.ts), its term links
 * chapter by chapter and every use of a term in it (src/translation/terms.ts),
 * each made once per build.
 */
import { loadGlossary } from '../glossary/load.ts';
import { loadUnmarked } from '../glossary/unmarked.ts';
import { loadTranslation, type TranslatedParagraph } from '../translation/load.ts';
import {
  englishOccurrences,
  linkChapterTerms,
  type EnglishOccurrence,
  type LinkedParagraph,
} from '../translation/terms.ts';
import { once } from '../utils/once.ts';

export type { TranslatedParagraph } from '../translation/load.ts';
export type { EnglishOccurrence, LinkedParagraph, Piece } from '../translation/terms.ts';

/** The English of every paragraph, in the report's order. */
function translatedParagraphs(): TranslatedParagraph[] {
  return loadTranslation().paragraphs;
}

/** The English of one chapter's paragraphs, in order. */
export function translationOf(slug: string): TranslatedParagraph[] {
  return translatedParagraphs().filter((p) => p.chapter === slug);
}

/** A chapter's English paragraphs with their term links (the rules of the report's pages). */
export function linkedChapter(slug: string): LinkedParagraph[] {
  return once(`translation-links:${slug}`, () => {
    const glossary = loadGlossary();
    return linkChapterTerms(translationOf(slug), glossary, loadUnmarked(glossary));
  });
}

/** Every use of each glossary term in the English text, by slug. */
export function englishUses(): Map<string, EnglishOccurrence[]> {
  return once('translation-uses', () => englishOccurrences(translatedParagraphs(), loadGlossary()));
}
