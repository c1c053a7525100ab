/**
 * The search page: reads ?q= (and ?kind=, ?chapter=), searches as the reader
 * types, keeps the URL in step so a search can be shared, and shows the
 * checked results grouped by kind, each with its place (paragraph number,
 * chapter) and an excerpt with the whole phrase marked.
 */
import { excerptAround } from '../search/excerpt.ts';
import { landingUrl } from '../search/landing.ts';
import { HAN, visibleQuery } from '../search/match.ts';
import { KIND_KEYS, KINDS, type Kind } from '../search/record.ts';
import { arrange, counts, matchesFilter, type Filter, type Group, type Hit } from '../search/results.ts';
import { indexedKinds, searchChecked } from './search-engine.ts';

const TYPING_PAUSE = 200;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const isKind = (k: string | null): k is Kind => k !== null && (KIND_KEYS as string[]).includes(k);

export function startSearchPage(): void {
  const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#search-q');
  const output = $<HTMLElement>('[data-search-output]');
  const status = $<HTMLElement>('[data-search-status]');
  const filterBox = $<HTMLElement>('[data-search-filters]');
  const kindBox = $<HTMLElement>('[data-kind-options]');
  const chapterSelect = $<HTMLSelectElement>('[data-chapter-filter]');
  const resultsBox = $<HTMLElement>('[data-search-results]');
  const chapterTitles = new Map([...chapterSelect.options].filter((o) => o.value).map((o) => [o.value, o.text]));

  const params = new URLSearchParams(location.search);
  const filter: Filter = {
    kind: isKind(params.get('kind')) ? (params.get('kind') as Kind) : undefined,
    chapter: chapterTitles.has(params.get('chapter') ?? '') ? params.get('chapter')! : undefined,
  };
  input.value = params.get('q') ?? '';
  chapterSelect.value = filter.chapter ?? '';

  let hits: Hit[] = [];
  let kindsInIndex: Kind[] = [];
  let shown = '';
  let searchId = 0;
  let timer: number | undefined;

  function syncUrl() {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (filter.kind) next.set('kind', filter.kind);
    if (filter.chapter) next.set('chapter', filter.chapter);
    const search = next.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  async function run() {
    window.clearTimeout(timer);
    const id = ++searchId;
    const query = visibleQuery(input.value).trim();
    syncUrl();
    if (query === '') {
      output.hidden = true;
      return;
    }
    output.hidden = false;
    output.dataset.state = 'searching';
    output.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索……';
    try {
      const [checked, kinds] = await Promise.all([searchChecked(query), indexedKinds()]);
      if (id !== searchId) return;
      hits = checked.hits;
      kindsInIndex = KIND_KEYS.filter((k) => kinds[k]);
      shown = query;
      output.dataset.candidates = String(checked.candidates);
      render();
      output.dataset.state = 'done';
    } catch {
      if (id !== searchId) return;
      hits = [];
      filterBox.hidden = true;
      resultsBox.replaceChildren();
      status.textContent = '搜索暂时无法使用：搜索索引没有加载成功。请稍后再试，或逐章阅读报告。';
      output.dataset.state = 'failed';
    }
    output.dataset.query = query;
    output.removeAttribute('aria-busy');
  }

  function render() {
    const c = counts(hits, filter);
    const visible = hits.filter((h) => matchesFilter(h, filter));
    const quoted = `“${shown}”`;
    if (hits.length === 0) {
      status.textContent = `没有找到${quoted}。请检查用字，或少输入几个字再试。`;
    } else {
      const parts = KIND_KEYS.filter((k) => (counts(hits, {}).kinds[k] ?? 0) > 0).map((k) => `${KINDS[k].zh}${counts(hits, {}).kinds[k]}${KINDS[k].unit}`);
      const filtered = visible.length < hits.length ? `，当前筛选显示${visible.length}个` : '';
      status.textContent = `${quoted}：${parts.join('、')}${filtered}。`;
    }
    filterBox.hidden = hits.length === 0;
    renderKindOptions(c.kinds, c.all);
    for (const o of chapterSelect.options) {
      o.text = o.value ? `${chapterTitles.get(o.value)}（${c.chapters[o.value] ?? 0}）` : `全部章节（${c.all}）`;
    }
    resultsBox.replaceChildren(...arrange(visible, shown).map(renderGroup));
  }

  function renderKindOptions(kindCounts: Partial<Record<Kind, number>>, all: number) {
    const option = (value: string, label: string, n: number) => {
      const radio = el('input', { type: 'radio', name: 'kind', value, checked: (filter.kind ?? '') === value, disabled: n === 0 && (filter.kind ?? '') !== value });
      return el('label', {}, radio, `${label}（${n}）`);
    };
    kindBox.replaceChildren(option('', '全部', all), ...kindsInIndex.map((k) => option(k, KINDS[k].zh, kindCounts[k] ?? 0)));
  }

  function renderGroup({ kind, hits: groupHits, exact }: Group) {
    const heading = el('h2', {}, exact ? '名称与所查文字相同' : `${KINDS[kind].zh}（${groupHits.length}${KINDS[kind].unit}）`);
    if (kind === 'chapter' && !exact) heading.append(el('span', { className: 'result-context' }, '按报告顺序'));
    return el('section', { className: 'result-group' }, heading, el('ol', { className: 'result-list' }, ...groupHits.map(renderHit)));
  }

  function renderHit(hit: Hit) {
    const head = el('p', { className: 'result-head' }, el('a', { href: landingUrl(hit.url, shown) }, hit.title));
    if (hit.context) head.append(el('span', { className: 'result-context', lang: hit.contextLang ?? '' }, hit.context));
    head.append(el('span', { className: 'result-count' }, `${hit.ranges.length}处`));
    const ex = excerptAround(hit.text, hit.ranges);
    const body = el('p', { className: 'result-excerpt' });
    if (!HAN.test(ex.segments.map((s) => s.text).join(''))) body.lang = 'en';
    if (ex.cutBefore) body.append('…');
    for (const s of ex.segments) body.append(s.marked ? el('mark', { className: 'search-hit' }, s.text) : s.text);
    if (ex.cutAfter) body.append('…');
    const li = el('li', { className: 'result' }, head, body);
    li.dataset.kind = hit.kind;
    return li;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), TYPING_PAUSE);
  });
  kindBox.addEventListener('change', (e) => {
    const value = (e.target as HTMLInputElement).value;
    filter.kind = isKind(value) ? value : undefined;
    syncUrl();
    render();
  });
  chapterSelect.addEventListener('change', () => {
    filter.chapter = chapterSelect.value || undefined;
    syncUrl();
    render();
  });
  if (input.value.trim()) void run();
}
