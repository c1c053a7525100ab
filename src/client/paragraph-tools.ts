/**
 * The paragraph tools, in the browser (wired up by ParagraphTools.astro):
 * copying a paragraph's permalink, filling the reader's access date into a
 * citation when its panel opens, and copying a citation.
 */
import { apaDate, gbtDate } from '../citation/formats.ts';
import { addStyle } from './add-style.ts';
import TOOLS_CSS from './paragraph-tools.css?inline';

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
 * The margin number was clicked: it still goes to the paragraph; the permalink is copied on top.
 * @public Called by the inline loader in ParagraphTools.astro (import(src).then((m) => m.copyLink(…))), which no tool reads.
 */
export async function copyLink(number: HTMLAnchorElement) {
  const link = addressOf(number.dataset.permalink!);
  const n = number.textContent?.trim();
  await say((await copy(link)) ? `已复制第${n}段的链接` : `第${n}段的链接：${link}`);
}

/**
 * A citation panel opened: today's date and the reader's address replace the placeholders, and the copy buttons appear.
 * @public Called by the inline loader in ParagraphTools.astro (import(src).then((m) => m.prepareCitation(…))), which no tool reads.
 */
export function prepareCitation(panel: HTMLElement) {
  addStyle('tools-style', TOOLS_CSS);
  const format = { gbt: gbtDate, apa: apaDate } as const;
  const date = today();
  for (const el of panel.querySelectorAll<HTMLElement>('.access-date[data-style]')) {
    const style = el.dataset.style;
    if (style === 'gbt' || style === 'apa') el.textContent = format[style](date);
  }
  for (const el of panel.querySelectorAll<HTMLElement>('.cite-url[data-path]')) el.textContent = addressOf(el.dataset.path!);
  for (const note of panel.querySelectorAll<HTMLElement>('.access-note')) note.hidden = true;
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
}

/**
 * A citation's copy button was pressed.
 * @public Called by the inline loader in ParagraphTools.astro (import(src).then((m) => m.copyCitation(…))), which no tool reads.
 */
export async function copyCitation(button: HTMLButtonElement) {
  const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
  await say((await copy(text)) ? `已复制${button.dataset.what}` : '无法访问剪贴板，请选中文字后复制');
}
