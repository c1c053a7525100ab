/** An entry's explanation as the entry page shows it: paragraphs at blank lines, line breaks inside a paragraph removed. */
export function explanationParagraphs(explanation: string): string[] {
  return explanation.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, '').trim()).filter((p) => p !== '');
}
