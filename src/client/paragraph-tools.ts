/**
 * The paragraph tools, in the browser (wired up by ParagraphTools.astro): the
 * paragraph's menu (复制链接, 引用), shown where the reader is (a bottom sheet
 * on phones, a popover beside the paragraph's number on wider screens, always
 * fully on screen); filling the reader's access date and address into the
 * citation; copying the link or a citation, and saying so.
 */
import { apaDate, gbtDate } from '../citation/formats.ts';
import { addStyle } from './add-style.ts';
import TOOLS_CSS from './paragraph-tools.css?inline';

/** Below this width the menu is a bottom sheet (the same breakpoint as paragraph-tools.css). */
const SHEET = '(max-width: 39.99rem)';

/** What the menu says, in the page's language (the English edition's pages are lang="en"). */
const TEXT = {
  zh: {
    close: '关闭',
    copyLink: '复制链接',
    cite: '引用',
    title: (n: string) => `第${n}段`,
    linkCopied: (n: string) => `已复制第${n}段的链接`,
    linkIs: (n: string, link: string) => `第${n}段的链接：${link}`,
    copy: '复制',
    copied: '已复制',
    citeCopied: (gbt: boolean) => `已复制${gbt ? 'GB/T 7714格式' : 'APA格式'}的引用`,
    noClipboard: '无法访问剪贴板，请选中文字后复制',
  },
  en: {
    close: 'Close',
    copyLink: 'Copy link',
    cite: 'Cite',
    title: (n: string) => `Paragraph ${n}`,
    linkCopied: (n: string) => `Copied the link to paragraph ${n}`,
    linkIs: (n: string, link: string) => `The link to paragraph ${n}: ${link}`,
    copy: 'Copy',
    copied: 'Copied',
    citeCopied: (gbt: boolean) => `Copied the ${gbt ? 'GB/T 7714' : 'APA'} citation`,
    noClipboard: 'The clipboard is not available: select the text and copy it',
  },
};
const text = () => (document.documentElement.lang.startsWith('en') ? TEXT.en : TEXT.zh);

/**
 * The page's status line, made on first use. A live region is only announced
 * when its content changes after it is in the page, so a new one is given a
 * moment before its first message.
 */
async function statusLine(): Promise<HTMLElement> {
  addStyle('tools-style', TOOLS_CSS);
  const found = document.querySelector<HTMLElement>('[data-copy-status]');
  if (found) return found;
  const status = Object.assign(document.createElement('p'), { className: 'copy-status' });
  status.setAttribute('role', 'status');
  status.dataset.copyStatus = '';
  document.body.append(status);
  await new Promise((r) => setTimeout(r, 100));
  return status;
}

let timer: number | undefined;

/** Says what happened in the page's status line (visible, and read out by screen readers). */
async function say(message: string) {
  const status = await statusLine();
  status.textContent = message;
  status.classList.add('shown');
  clearTimeout(timer);
  timer = window.setTimeout(() => status.classList.remove('shown'), 4000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The reader's today, in the reader's time zone, as YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A site path as the address the reader is at: on whatever host serves the
 * page, under its base, the link a reader copies or cites points there.
 */
function addressOf(path: string, here: string = location.href): string {
  return new URL(path, here).href;
}

/**
 * Today's date and the reader's address replace the citation's placeholders, and each citation
 * gets its copy button (made here: without JavaScript there is nothing to press, and the page
 * does not carry them).
 */
function prepareCitation(cite: HTMLElement) {
  const format = { gbt: gbtDate, apa: apaDate } as const;
  const date = today();
  for (const el of cite.querySelectorAll<HTMLElement>('.access-date[data-style]')) {
    const style = el.dataset.style;
    if (style === 'gbt' || style === 'apa') el.textContent = format[style](date);
  }
  for (const el of cite.querySelectorAll<HTMLElement>('.cite-url[data-path]'))
    el.textContent = addressOf(el.dataset.path!);
  for (const note of cite.querySelectorAll<HTMLElement>('.access-note')) note.hidden = true;
  const page = document.documentElement.lang;
  for (const citation of cite.querySelectorAll<HTMLElement>('.cite-text[id]')) {
    if (citation.nextElementSibling?.matches('button[data-copy]')) continue;
    const button = el('button', { type: 'button', className: 'copy' }, text().copy);
    button.dataset.copy = citation.id;
    // The button speaks the page's language, also beside a citation in the other one.
    if ((citation.closest<HTMLElement>('[lang]')?.lang ?? page) !== page) button.lang = page;
    citation.after(button);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  text?: string,
) {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Menu {
  root: HTMLElement;
  title: HTMLElement;
  copyLink: HTMLButtonElement;
  cite: HTMLButtonElement;
  citeArea: HTMLElement;
  /** The paragraph's number that opened the menu. */
  opener?: HTMLElement;
  /** The citation shown in the menu, and where it came from. */
  shown?: { cite: HTMLElement; home: Node | null; next: Node | null };
  /** When the menu last closed, and for which number (a tap on the open menu's own number closes it). */
  closed?: { opener?: HTMLElement; at: number };
}

/** Puts the citation shown in the menu back where it lives, under its paragraph's number. */
function restore(m: Menu) {
  if (!m.shown) return;
  m.shown.home?.insertBefore(m.shown.cite, m.shown.next);
  m.shown = undefined;
}

let menu: Menu | undefined;

/** The page's one menu, made on first use: a popover (light dismiss, Escape, the top layer). */
function theMenu(): Menu {
  if (menu) return menu;
  addStyle('tools-style', TOOLS_CSS);
  const root = el('div', { id: 'para-menu', className: 'para-menu' });
  root.setAttribute('popover', 'auto');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', 'para-menu-title');
  const title = el('p', { id: 'para-menu-title', className: 'para-menu-title' });
  const t = text();
  const close = el('button', { type: 'button', className: 'para-menu-close' }, t.close);
  const copyLink = el('button', { type: 'button', className: 'para-menu-action' }, t.copyLink);
  const cite = el('button', { type: 'button', className: 'para-menu-action' }, t.cite);
  cite.setAttribute('aria-expanded', 'false');
  const citeArea = el('div', { className: 'para-menu-cite', id: 'para-menu-cite', hidden: true });
  cite.setAttribute('aria-controls', citeArea.id);
  const head = el('div', { className: 'para-menu-head' });
  head.append(title, close);
  const actions = el('div', { className: 'para-menu-actions' });
  actions.append(copyLink, cite);
  root.append(head, actions, citeArea);
  document.body.append(root);
  const m: Menu = { root, title, copyLink, cite, citeArea };

  close.addEventListener('click', () => root.hidePopover());
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (button) void copyCitation(button);
  });
  copyLink.addEventListener('click', async () => {
    const opener = m.opener;
    if (!opener) return;
    root.hidePopover();
    // The paragraph's site path, as its citation holds it.
    const path =
      opener.closest('.para')?.querySelector<HTMLElement>('.cite-url[data-path]')?.dataset.path ??
      `#${opener.closest('.para')?.querySelector('[data-paragraph]')?.id}`;
    const link = addressOf(path);
    const n = opener.firstChild?.textContent?.trim() ?? '';
    await say((await copy(link)) ? t.linkCopied(n) : t.linkIs(n, link));
  });
  cite.addEventListener('click', () => {
    if (!m.citeArea.hidden) return;
    showCitation(m);
  });
  // Closing (a button, Escape, a tap elsewhere): focus, if it was in the menu, goes back to the
  // paragraph's number (before the citation moves, which would drop it), and the citation goes
  // back under the number.
  root.addEventListener('beforetoggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed') {
      if (root.contains(document.activeElement)) m.opener?.focus({ preventScroll: true });
      restore(m);
      m.closed = { opener: m.opener, at: performance.now() };
    }
  });
  window.addEventListener('resize', () => m.root.matches(':popover-open') && place(m));
  menu = m;
  return m;
}

function showCitation(m: Menu) {
  const cite = m.opener?.closest('.para')?.querySelector<HTMLElement>('.cite');
  if (!cite) return;
  prepareCitation(cite);
  m.shown = { cite, home: cite.parentNode, next: cite.nextSibling };
  m.citeArea.replaceChildren(cite);
  m.citeArea.hidden = false;
  m.cite.setAttribute('aria-expanded', 'true');
  place(m);
}

/**
 * Where the menu goes: on phones a bottom sheet (its place is CSS's); on wider screens beside the
 * paragraph's number, moved up or left as far as needed to be wholly on screen.
 */
function place(m: Menu) {
  const s = m.root.style;
  if (matchMedia(SHEET).matches || !m.opener) {
    s.left = s.top = '';
    return;
  }
  const r = m.opener.getBoundingClientRect();
  const gap = 8;
  const w = m.root.offsetWidth;
  const h = m.root.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  s.left = `${Math.max(gap, Math.min(r.right + gap, vw - w - gap))}px`;
  s.top = `${Math.max(gap, Math.min(r.top, vh - h - gap))}px`;
}

/**
 * The paragraph's number was tapped or clicked: its menu opens where the reader is.
 * @public Called by the inline loader in ParagraphTools.astro (import(src).then((m) => m.openMenu(…))), which no tool reads.
 */
export function openMenu(number: HTMLElement) {
  const m = theMenu();
  // A tap on the open menu's own number: the tap outside already closed it, and it stays closed.
  if (m.closed?.opener === number && performance.now() - m.closed.at < 400) return;
  if (m.root.matches(':popover-open')) m.root.hidePopover();
  m.opener = number;
  m.title.textContent = text().title(number.firstChild?.textContent?.trim() ?? '');
  m.citeArea.replaceChildren();
  m.citeArea.hidden = true;
  m.cite.setAttribute('aria-expanded', 'false');
  m.root.showPopover();
  place(m);
  m.copyLink.focus({ preventScroll: true });
}

/** A citation's copy button (shown only in the menu) was pressed. */
async function copyCitation(button: HTMLButtonElement) {
  const t = text();
  const done = await copy(document.getElementById(button.dataset.copy!)?.textContent ?? '');
  if (done) {
    // The status line may be under the sheet: the button says it too.
    button.textContent = t.copied;
    window.setTimeout(() => (button.textContent = t.copy), 2000);
  }
  await say(done ? t.citeCopied(button.dataset.copy!.startsWith('cite-gbt')) : t.noClipboard);
}
