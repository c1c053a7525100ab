/**
 * Measurements of what a reader sees, taken in the test browser (issue #12): where things are on
 * the screen, how much of a paragraph is under glossary marks, how far justification stretches a
 * line. Each function runs in the page; the browser tests and the before/after figures use them.
 */
import type { Page } from 'playwright-core';

/** Where an element's top is, in page coordinates (px from the top of the document). */
export function pageTop(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

/** Where an element's bottom is, in page coordinates. */
export function pageBottom(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .last()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

export interface Share {
  paragraph: string;
  share: number;
}

/** For each report paragraph, the share of its characters inside glossary term marks (a.term). */
export function markedShares(page: Page): Promise<Share[]> {
  return page.$$eval('p[data-paragraph]', (ps) =>
    ps.map((p) => {
      const all = (p.textContent ?? '').length;
      const marked = [...p.querySelectorAll('a.term')].reduce((n, a) => n + (a.textContent ?? '').length, 0);
      return { paragraph: p.id, share: all ? marked / all : 0 };
    }),
  );
}

export interface Stretch {
  paragraph: string;
  line: number;
  /** (room on the line − the line's natural width) ÷ natural width, for lines justification stretches. */
  stretch: number;
  text: string;
}

/**
 * How much justification stretches each line of the matched paragraphs: the line's natural
 * width (laid out start-aligned, which breaks the lines at the same places) against the room it
 * has. The last line of a paragraph is not stretched, and lines of a start-aligned paragraph
 * count as 0. Returns every stretched line, worst first.
 */
export function lineStretches(page: Page, selector = 'p[data-paragraph]'): Promise<Stretch[]> {
  return page.$$eval(selector, (ps) => {
    const out: { paragraph: string; line: number; stretch: number; text: string }[] = [];
    for (const p of ps as HTMLElement[]) {
      const align = getComputedStyle(p).textAlign;
      if (align !== 'justify') continue;
      const saved = p.style.textAlign;
      p.style.textAlign = 'start';
      const style = getComputedStyle(p);
      const box = p.getBoundingClientRect();
      const left = box.left + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.paddingRight);
      // Every character's box, grouped into lines by their vertical position.
      const lines: { top: number; left: number; right: number; text: string }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let i = 0; i < n.data.length; i++) {
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          for (const r of range.getClientRects()) {
            if (r.width === 0) continue;
            const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
            if (line) {
              line.left = Math.min(line.left, r.left);
              line.right = Math.max(line.right, r.right);
              line.text += n.data[i];
            } else lines.push({ top: r.top, left: r.left, right: r.right, text: n.data[i]! });
          }
        }
      }
      lines.sort((a, b) => a.top - b.top);
      lines.slice(0, -1).forEach((l, i) => {
        const start = i === 0 ? l.left : left; // the first line's indent is not room to fill
        const natural = l.right - start;
        const room = right - start;
        out.push({ paragraph: p.id, line: i + 1, stretch: (room - natural) / natural, text: l.text });
      });
      p.style.textAlign = saved;
    }
    return out.sort((a, b) => b.stretch - a.stretch);
  });
}
