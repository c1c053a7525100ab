/**
 * content/translation/en.yaml: the site's own English translation of the
 * report, one entry per paragraph, in the report's order.
 */
import { z } from 'zod';
import { text } from '../checks/parts.ts';

const translatedParagraphSchema = z
  .object({
    /** The paragraph's number in the report (content/report/paragraphs.json). */
    n: z.number().int().positive(),
    /** The bold run-in head, in English: only where the Chinese paragraph has one (its `lead`). */
    lead: text.optional(),
    /** The rest of the paragraph, in English (after the lead, if there is one). */
    text,
  })
  .strict();

export const translationFileSchema = z.array(translatedParagraphSchema).min(1, 'list the paragraphs, one entry each');

export type TranslatedParagraphData = z.infer<typeof translatedParagraphSchema>;
