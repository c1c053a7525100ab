/**
 * What a reader or a crawler takes away points where the site is published:
 * a build without SITE_URL writes no made-up host anywhere, a published build
 * writes its own address, and the site promises a corrections channel and names
 * a publisher only when it has them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  listFiles,
  load,
  ROOT_DIST,
  SUB_DIST,
  SUB_ORIGIN,
  SUB_FEEDBACK_URL,
  SUB_PUBLISHER,
  SUB_PATH,
} from '../helpers/dist.ts';

const TEXT = /\.(html|xml|txt|json|csv|webmanifest|js|css|svg)$/;
const LOCAL_HOST = /localhost|127\.0\.0\.1|\[::1\]/;

function filesMentioning(dir: string, pattern: RegExp): string[] {
  return listFiles(dir)
    .filter((f) => TEXT.test(f))
    .filter((f) => pattern.test(readFileSync(join(dir, f), 'utf8')));
}

describe('a build without SITE_URL', () => {
  it('writes no local host address into any file', () => {
    expect(filesMentioning(ROOT_DIST, LOCAL_HOST)).toEqual([]);
  });

  it('writes no absolute address of its own at all: no canonical link, og:url or sitemap', () => {
    const $ = load('chapters/economy/index.html');
    expect($('link[rel="canonical"]').length).toBe(0);
    expect($('meta[property="og:url"]').length).toBe(0);
    expect(listFiles(ROOT_DIST).filter((f) => f.startsWith('sitemap'))).toEqual([]);
  });

  it('promises no corrections channel and names no publisher', () => {
    const $ = load('index.html');
    expect(
      $('.site-footer a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['关于本站与原文来源']);
    const $a = load('about/index.html');
    expect($a('#mistakes').text()).toBe('发现错误');
    expect($a('section:has(#mistakes)').text()).toContain('没有提供接收错误报告的渠道');
    expect($a('section:has(#mistakes) a.link-button').length).toBe(0);
    expect($a('main').text()).not.toContain('发布和维护');
  });
});

describe('a build published at SITE_URL with a path', () => {
  it('writes no local host address into any file', () => {
    expect(filesMentioning(SUB_DIST, LOCAL_HOST)).toEqual([]);
  });

  it('uses the whole SITE_URL, path included, wherever an absolute address is written', () => {
    const $ = load('chapters/economy/index.html', SUB_DIST);
    const page = `${SUB_ORIGIN}${SUB_PATH}chapters/economy/`;
    expect($('link[rel="canonical"]').attr('href')).toBe(page);
    expect($('meta[property="og:url"]').attr('content')).toBe(page);
    expect($('.page-address [data-address]').text()).toBe(page);
    expect($('#cite-gbt-13 .cite-url').text()).toBe(`${page}#p13`);
    const glossary = JSON.parse(readFileSync(join(SUB_DIST, 'glossary.json'), 'utf8'));
    expect(glossary.entries[0].url).toBe(`${SUB_ORIGIN}${SUB_PATH}glossary/${glossary.entries[0].slug}/`);
    // No address anywhere drops the path (the mistake a project page used to get).
    expect(
      filesMentioning(SUB_DIST, new RegExp(`${SUB_ORIGIN.replace(/\./g, '\\.')}/(?!${SUB_PATH.slice(1)})`)),
    ).toEqual([]);
  });

  it('offers the corrections channel it was given and names its publisher', () => {
    const $ = load('index.html', SUB_DIST);
    expect(
      $('.site-footer a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['关于本站与原文来源', '报告错误']);
    const $a = load('about/index.html', SUB_DIST);
    expect($a('section:has(#mistakes) a.link-button').attr('href')).toBe(SUB_FEEDBACK_URL);
    expect($a('main').text()).toContain(`本站由${SUB_PUBLISHER}发布和维护`);
  });
});
