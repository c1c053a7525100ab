import type { Paragraph } from './schema.ts';

/**
 * Escapes text for MDX so that it is read back exactly: every ASCII punctuation
 * character gets a backslash (CommonMark allows that for all of them), which
 * also disarms MDX's `{…}` expressions and `<…>` JSX. CJK text needs nothing.
 */
function escapeMdx(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

/**
 * One paragraph as an MDX line. The bold lead-in is Markdown `**…**`: closing
 * `**` right after 。 and before a CJK character only parses as strong with
 * remark-cjk-friendly, which the site's Markdown processor runs.
 */
export function paragraphMdx(p: Paragraph): string {
  const body = p.lead ? `**${escapeMdx(p.lead)}**${escapeMdx(p.text.slice(p.lead.length))}` : escapeMdx(p.text);
  return `<Paragraph n={${p.n}}>${body}</Paragraph>`;
}
