/**
 * An entry's explanation as the entry page shows it: paragraphs at blank lines;
 * a line break inside a paragraph is removed in Chinese and becomes a space in
 * English.
 */
export function explanationParagraphs(explanation: string, lang: 'zh' | 'en' = 'zh'): string[] {
  const join = lang === 'en' ? ' ' : '';
  return explanation
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, () => join).trim())
    .filter((p) => p !== '');
}
