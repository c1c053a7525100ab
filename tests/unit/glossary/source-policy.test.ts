import { describe, expect, it } from 'vitest';
import { refusedSource } from '../../../src/glossary/source-policy.ts';

describe('refusedSource', () => {
  it.each([
    'https://www.shanghai.gov.cn/nw12344/20210730/x.html',
    'http://www.xinhuanet.com/english/2020-11/03/c_139488445.htm',
    'https://thepaper.cn/newsDetail_forward_9648555',
    'https://en.wikipedia.org/wiki/Two_Establishments',
  ])('accepts a publisher of standing: %s', (url) => {
    expect(refusedSource(url)).toBeUndefined();
  });

  it.each([
    ['http://outofmemory.cn/zaji/5793043.html', /reposts or aggregates/],
    ['https://m.fx361.cc/news/2021/0121/1.html', /reposts or aggregates/],
    ['https://www.sohu.com/a/123', /reposts or aggregates/],
    ['http://124.42.81.250:8082/x', /bare IP/],
    ['https://m.thepaper.cn/baijiahao_13348216', /澎湃号/],
    ['https://eng.yidaiyilu.gov.cn./p/158014.html', /ends with a dot/],
    ['not a url', /not a web address/],
  ])('refuses %s', (url, why) => {
    expect(refusedSource(url)).toMatch(why);
  });
});
