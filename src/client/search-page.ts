/**
 * The search page: reads ?q= (and ?kind=, ?chapter=), searches as the reader
 * types, keeps the URL in step so a search can be shared, and shows the
 * checked results grouped by kind, each with its place (paragraph number,
 * chapter) and an excerpt with the whole phrase marked. The top of the list is
 * shown as soon as it is checked, with the counts saying "at least" until the
 * rest is. Its markup comes from the page's <template>s (src/pages/search.astro).
 */
import type { Catalogue } from '../search/catalogue.ts';
import { resultExcerpt } from '../search/excerpt.ts';
import { landingUrl } from '../search/landing.ts';
import { visibleQuery } from '../search/match.ts';
import { HAN } from '../i18n/lang.ts';
import { KIND_KEYS, KINDS, type Kind } from '../search/record.ts';
import { arrange, counts, isExactName, matchesFilter, type Filter, type Group, type Hit } from '../search/results.ts';
import { SearchEngine, type Progress } from './search-engine.ts';

const TYPING_PAUSE = 200;

/** What the page says, in its own language (the English edition's search page is lang="en"). */
const TEXT = {
  zh: {
    searching: '正在搜索……',
    failed: '搜索暂时无法使用：搜索索引没有加载成功。请稍后再试，或逐章阅读报告。',
    quoted: (q: string) => `“${q}”`,
    none: (q: string) => `没有找到${q}。请检查用字，或少输入几个字再试。`,
    kind: (k: Kind, n: number) => `${KINDS[k].zh}${n}${KINDS[k].unit}`,
    list: (parts: string[]) => parts.join('、'),
    done: (q: string, list: string, filtered: string) => `${q}：${list}${filtered}。`,
    partial: (q: string, list: string) => `${q}：已找到${list}，还在查找……`,
    filtered: (n: number) => `，当前筛选显示${n}个`,
    count: (atLeast: string, n: number) => `（${atLeast}${n}）`,
    allChapters: '全部章节',
    exact: '名称与所查文字相同',
    group: (k: Kind, n: number) => `${KINDS[k].zh}（${n}${KINDS[k].unit}）`,
    places: (n: number) => `${n}处`,
    onChinesePage: '',
    excerpt: undefined as number | undefined,
  },
  en: {
    searching: 'Searching…',
    failed:
      'Search is not available just now: its index did not load. Please try again later, or read the report chapter by chapter.',
    quoted: (q: string) => `“${q}”`,
    none: (q: string) => `Nothing found for ${q}. Check the spelling, or try fewer words.`,
    kind: (k: Kind, n: number) => `${n} ${n === 1 ? KINDS[k].one : KINDS[k].many}`,
    list: (parts: string[]) => parts.join(', '),
    done: (q: string, list: string, filtered: string) => `${q}: ${list}${filtered}.`,
    partial: (q: string, list: string) => `${q}: found ${list} so far, still looking…`,
    filtered: (n: number) => `; the filter shows ${n}`,
    count: (atLeast: string, n: number) => ` (${atLeast}${n})`,
    allChapters: 'All chapters',
    exact: 'Named as you typed it',
    group: (k: Kind, n: number) => `${KINDS[k].en} (${n})`,
    places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
    onChinesePage: 'a page in Chinese',
    // English needs more characters than Chinese to say as much.
    excerpt: 200 as number | undefined,
  },
};

const isKind = (k: string | null): k is Kind => k !== null && (KIND_KEYS as string[]).includes(k);

/** A copy of the first element of a <template>. */
function stamp<T extends Element>(template: HTMLTemplateElement): T {
  return template.content.firstElementChild!.cloneNode(true) as T;
}

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
  const groupTemplate = $<HTMLTemplateElement>('template[data-result-group]');
  const resultTemplate = $<HTMLTemplateElement>('template[data-result]');
  const markTemplate = $<HTMLTemplateElement>('template[data-result-mark]');
  const t = document.documentElement.lang.startsWith('en') ? TEXT.en : TEXT.zh;
  // On the English page: where a query holds Chinese, a link to the same search on the Chinese site.
  const elsewhere = document.querySelector<HTMLElement>('[data-search-elsewhere]');
  const chapterTitles = new Map([...chapterSelect.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  const engine = new SearchEngine(JSON.parse($('[data-search-catalogue]').textContent!) as Catalogue);
  // The page is opened to search: Pagefind starts loading now, not on the first query.
  engine.load().catch(() => {});

  const params = new URLSearchParams(location.search);
  const filter: Filter = {
    kind: isKind(params.get('kind')) ? (params.get('kind') as Kind) : undefined,
    chapter: chapterTitles.has(params.get('chapter') ?? '') ? params.get('chapter')! : undefined,
  };
  input.value = params.get('q') ?? '';
  chapterSelect.value = filter.chapter ?? '';
  for (const radio of kindBox.querySelectorAll<HTMLInputElement>('input[name="kind"]'))
    radio.checked = radio.value === (filter.kind ?? '');

  let hits: Hit[] = [];
  let complete = false;
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
    // The header's language switch leads to the same search in the other edition.
    const other = document.querySelector<HTMLAnchorElement>('.lang-switch');
    if (other) other.search = location.search;
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
    status.textContent = t.searching;
    if (elsewhere) {
      elsewhere.hidden = !HAN.test(query);
      elsewhere.querySelector<HTMLAnchorElement>('a')!.search = `?${new URLSearchParams({ q: query })}`;
    }
    const show = (p: Progress) => {
      if (id !== searchId) return;
      // Until something is found, the page keeps saying it is searching.
      if (!p.done && p.hits.length === 0) return;
      hits = p.hits;
      complete = p.done;
      shown = query;
      output.dataset.candidates = String(p.candidates);
      render();
      output.dataset.state = p.done ? 'done' : 'partial';
    };
    try {
      await engine.search(query, show);
      if (id !== searchId) return;
    } catch {
      if (id !== searchId) return;
      hits = [];
      filterBox.hidden = true;
      resultsBox.replaceChildren();
      status.textContent = t.failed;
      output.dataset.state = 'failed';
    }
    output.dataset.query = query;
    output.removeAttribute('aria-busy');
  }

  function render() {
    const c = counts(hits, filter);
    const all = counts(hits, {});
    const visible = hits.filter((h) => matchesFilter(h, filter));
    const quoted = t.quoted(shown);
    if (hits.length === 0) {
      status.textContent = t.none(quoted);
    } else {
      const parts = t.list(KIND_KEYS.filter((k) => (all.kinds[k] ?? 0) > 0).map((k) => t.kind(k, all.kinds[k]!)));
      const filtered = visible.length < hits.length ? t.filtered(visible.length) : '';
      status.textContent = complete ? t.done(quoted, parts, filtered) : t.partial(quoted, parts);
    }
    filterBox.hidden = hits.length === 0;
    const atLeast = complete ? '' : '≥';
    for (const label of kindBox.querySelectorAll('label')) {
      const radio = label.querySelector('input')!;
      const n = radio.value === '' ? c.all : (c.kinds[radio.value as Kind] ?? 0);
      label.querySelector('[data-count]')!.textContent = t.count(atLeast, n);
      radio.disabled = complete && n === 0 && !radio.checked;
    }
    for (const o of chapterSelect.options) {
      o.text = `${o.value ? chapterTitles.get(o.value) : t.allChapters}${t.count(atLeast, o.value ? (c.chapters[o.value] ?? 0) : c.all)}`;
    }
    resultsBox.replaceChildren(...arrange(visible, shown).map(renderGroup));
  }

  function renderGroup({ kind, hits: groupHits, exact }: Group) {
    const section = stamp<HTMLElement>(groupTemplate);
    section.querySelector('[data-group-title]')!.textContent = exact ? t.exact : t.group(kind, groupHits.length);
    if (kind !== 'chapter' || exact) section.querySelector('[data-group-order]')!.remove();
    section.querySelector('ol')!.append(...groupHits.map((h) => renderHit(h, !!exact)));
    return section;
  }

  function renderHit(hit: Hit, exact: boolean) {
    const li = stamp<HTMLLIElement>(resultTemplate);
    li.dataset.kind = hit.kind;
    const link = li.querySelector('a')!;
    link.href = landingUrl(hit.url, shown);
    link.textContent = hit.title;
    if (hit.pageLang) link.hreflang = hit.pageLang;
    const context = li.querySelector<HTMLElement>('[data-result-context]')!;
    if (hit.context) {
      context.textContent = hit.context;
      if (hit.contextLang) context.lang = hit.contextLang;
    } else context.remove();
    li.querySelector('[data-result-count]')!.textContent =
      hit.pageLang && t.onChinesePage
        ? `${t.places(hit.ranges.length)}, ${t.onChinesePage}`
        : t.places(hit.ranges.length);
    const ex = resultExcerpt(hit, exact && isExactName(hit, shown), t.excerpt);
    const body = li.querySelector<HTMLElement>('[data-result-excerpt]')!;
    // The excerpt's language: English where it holds no Chinese; on the English page, Chinese where it is mostly Chinese.
    const excerpt = ex.segments.map((s) => s.text).join('');
    const han = [...excerpt].filter((c) => HAN.test(c)).length;
    if (han === 0) body.lang = 'en';
    else if (t === TEXT.en && han * 2 > [...excerpt.replace(/\s/g, '')].length) body.lang = 'zh-CN';
    if (ex.cutBefore) body.append('…');
    for (const s of ex.segments) {
      if (!s.marked) {
        body.append(s.text);
        continue;
      }
      const mark = stamp<HTMLElement>(markTemplate);
      mark.textContent = s.text;
      body.append(mark);
    }
    if (ex.cutAfter) body.append('…');
    return li;
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', (e) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), TYPING_PAUSE);
    // While the reader pauses, Pagefind already fetches what the query needs (not pinyin still being composed).
    if (!(e as InputEvent).isComposing) engine.prepare(input.value.trim());
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
