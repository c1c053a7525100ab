/**
 * Styles that only matter once a deferred module is in use (the term card,
 * the copy buttons, search marks) travel with that module instead of with
 * every page: the page-weight budget (README "Page weight").
 *
 * They are added as constructed stylesheets (document.adoptedStyleSheets), not
 * <style> elements: a page's Content-Security-Policy allows only the inline
 * styles it was built with (src/integrations/content-security-policy.ts), and
 * does not govern stylesheets a script constructs. Each is added once.
 */
const added = new Set<string>();

export function addStyle(id: string, css: string): void {
  if (added.has(id)) return;
  added.add(id);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
