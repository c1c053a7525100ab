/**
 * Styles that only matter once a deferred module is in use (the term card,
 * the copy buttons, search marks) travel with that module instead of with
 * every page: the page-weight budget (README "Page weight").
 */
export function addStyle(id: string, css: string): void {
  if (document.getElementById(id)) return;
  const style = document.createElement('style');
  style.id = id;
  style.textContent = css;
  document.head.append(style);
}
