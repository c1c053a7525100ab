/**
 * Term previews: hovering a glossary link (after a short delay), focusing it or
 * tapping it shows a small card with the term, pinyin, English, a one-line
 * gloss and a link to the entry. Without this script the term is a plain link.
 * The card is one element at the end of <body>, positioned over the text, so
 * nothing moves; it is announced as the link's description; Escape closes it;
 * focus never enters or is held by it. The card's content is the chapter's
 * print notes (PrintNotes.astro), so each gloss is sent once. This module is
 * loaded on the first interaction with a term (TermPreviews.astro), which it
 * then replays.
 */
import { addStyle } from './add-style.ts';
import CARD_CSS from './term-card.css?inline';
import type { GlossedTerm } from '../reading/print-notes.ts';

/** What a card shows: the term's print note (the same fields), and where its entry is. */
type Preview = Omit<GlossedTerm, 'slug'> & { href: string };

/** The preview of a term link, read from the page's notes; undefined when there is none. */
function previewOf(link: HTMLAnchorElement): Preview | undefined {
  const note = document.querySelector<HTMLElement>(`[data-term-note="${CSS.escape(link.dataset.term ?? '')}"]`);
  const text = (selector: string, root: Element | null = note) => root?.querySelector(selector)?.textContent ?? '';
  if (!note) return undefined;
  return {
    term: text('b'),
    pinyin: text('[lang="zh-Latn-pinyin"]'),
    english: text('[lang="en"]'),
    gloss: note.nextElementSibling?.textContent ?? '',
    href: link.getAttribute('href') ?? link.href,
  };
}

const SHOW_DELAY = 350;
const HIDE_DELAY = 250;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { lang?: string },
  text?: string,
) {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Sets up the previews; `trigger` is the interaction that caused the module to load, replayed.
 * @public Called by the inline loader in TermPreviews.astro (import(src).then((m) => m.setUpTermPreviews(…))), which no tool reads.
 */
export function setUpTermPreviews(trigger?: Event): void {
  addStyle('term-card-style', CARD_CSS);
  const english = document.documentElement.lang.startsWith('en');
  const card = el('div', { id: 'term-card', className: 'term-card', hidden: true });
  card.setAttribute('role', 'tooltip');
  document.body.append(card);

  let current: HTMLAnchorElement | null = null;
  let timer: number | undefined;
  let lastPointer = 'mouse';
  const later = (fn: () => void, ms: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fn, ms);
  };
  const termOf = (t: EventTarget | null) =>
    t instanceof Element ? t.closest<HTMLAnchorElement>('a.term[data-term]') : null;

  function show(link: HTMLAnchorElement) {
    window.clearTimeout(timer);
    const p = previewOf(link);
    if (!p) return;
    if (current && current !== link) current.removeAttribute('aria-describedby');
    if (english) {
      // The English edition: the entry's English name, the Chinese term and its pinyin, the English gloss.
      const head = el('p', { className: 'term-card-head' });
      head.append(
        el('strong', {}, p.english),
        ' ',
        el('span', { lang: 'zh-CN' }, p.term),
        ' ',
        el('span', { lang: 'zh-Latn-pinyin' }, p.pinyin),
      );
      card.replaceChildren(
        head,
        el('p', { className: 'term-card-gloss' }, p.gloss),
        el('a', { className: 'term-card-link', href: p.href }, `Glossary: ${p.english}`),
      );
      card.hidden = false;
      place(link);
      link.setAttribute('aria-describedby', card.id);
      current = link;
      return;
    }
    // A form other than the entry's term (稳字当头 for 稳中求进工作总基调): the card names the form the reader met first.
    const form = link.textContent?.trim() ?? p.term;
    const head = el('p', { className: 'term-card-head' });
    const entry = form === p.term ? head : el('p', { className: 'term-card-entry' }, `词条“${p.term}” `);
    head.append(el('strong', {}, form));
    if (entry !== head) head.append(' ', el('span', { className: 'term-card-form' }, '报告的说法'));
    else head.append(' ');
    entry.append(el('span', { lang: 'zh-Latn-pinyin' }, p.pinyin));
    card.replaceChildren(
      ...(entry === head ? [head] : [head, entry]),
      el('p', { className: 'term-card-en', lang: 'en' }, p.english),
      el('p', { className: 'term-card-gloss' }, p.gloss),
      el('a', { className: 'term-card-link', href: p.href }, `查看“${p.term}”词条`),
    );
    card.hidden = false;
    place(link);
    link.setAttribute('aria-describedby', card.id);
    current = link;
  }

  function hide() {
    window.clearTimeout(timer);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  }

  // Below the term when it fits in the viewport, else above; never past the edges.
  function place(link: HTMLAnchorElement) {
    const r = link.getBoundingClientRect();
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const below = r.bottom + 8 + h <= window.innerHeight || r.top < h + 8;
    const left = Math.min(Math.max(8, r.left), document.documentElement.clientWidth - w - 8);
    card.style.left = `${left + window.scrollX}px`;
    card.style.top = `${(below ? r.bottom + 8 : r.top - h - 8) + window.scrollY}px`;
  }

  document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType));
  document.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse') return;
    const link = termOf(e.target);
    if (link) later(() => show(link), link === current ? 0 : SHOW_DELAY);
    else if (card.contains(e.target as Node)) window.clearTimeout(timer);
  });
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse') return;
    if (termOf(e.target) || card.contains(e.target as Node)) later(hide, HIDE_DELAY);
  });
  document.addEventListener('focusin', (e) => {
    const link = termOf(e.target);
    // Keyboard focus shows the card; a tap's focus is left to the click handler.
    if (link && link.matches(':focus-visible')) show(link);
    else if (current && !card.contains(e.target as Node)) hide();
  });
  document.addEventListener('click', (e) => {
    const link = termOf(e.target);
    // A tap shows the card first; a second tap on the same term follows the link.
    if (link && lastPointer === 'touch' && current !== link) {
      e.preventDefault();
      show(link);
    } else if (!link && current && !card.contains(e.target as Node)) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) hide();
  });
  window.addEventListener('resize', () => current && place(current));

  // Replay what made the module load: a hover starts the delay, keyboard focus shows at once, a tap shows the card.
  const link = termOf(trigger?.target ?? null);
  if (!trigger || !link) return;
  if (trigger instanceof PointerEvent) lastPointer = trigger.pointerType;
  if (trigger.type === 'pointerover' && lastPointer === 'mouse') later(() => show(link), SHOW_DELAY);
  else if (trigger.type === 'focusin' && link.matches(':focus-visible')) show(link);
  else if (trigger.type === 'click') show(link);
}
