import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { isolated, joinBodyScripts } from '../../../src/integrations/join-scripts.ts';
import { parsePage } from '../../../src/integrations/html-parts.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const scripts = (html: string) => parsePage(html).parts.filter((p) => p.kind === 'script');

describe('joinBodyScripts', () => {
  it('joins the inline classic scripts of <body> into the last one, in order, and touches nothing else', () => {
    const html = page(
      '<script>var theme=1</script>',
      '<p>a</p><script>const a=1;log(a)</script><p>b</p><script type="module">m()</script><script type="application/ld+json">{"x":"</p>"}</script><script>const a=2;log(a)</script><p>c</p>',
    );
    const out = joinBodyScripts(html);
    const after = scripts(out);
    expect(after.map((s) => s.attrs.get('type') ?? '')).toEqual(['', 'module', 'application/ld+json', '']);
    expect(after[0]!.text).toBe('var theme=1');
    expect(after[3]!.text).toBe(isolated('const a=1;log(a)') + isolated('const a=2;log(a)'));
    expect(out).toContain('<p>a</p><p>b</p>');
    // The same const twice runs, each in its own block, in the original order.
    const logged: number[] = [];
    runInNewContext(after[3]!.text, { log: (x: number) => logged.push(x) });
    expect(logged).toEqual([1, 2]);
  });

  it('keeps the parts apart: one that throws does not stop the next, and its error is still thrown later', () => {
    const out = joinBodyScripts(page('', '<script>boom()</script><script>log(2)</script>'));
    const logged: number[] = [];
    const later: (() => void)[] = [];
    runInNewContext(scripts(out)[0]!.text, {
      log: (x: number) => logged.push(x),
      setTimeout: (f: () => void) => later.push(f),
      boom: () => {
        throw new Error('boom');
      },
    });
    expect(logged).toEqual([2]);
    expect(() => later[0]!()).toThrow('boom');
  });

  it('leaves a page with one or no body script, and scripts with attributes or in <head>, as they are', () => {
    for (const html of [
      page('<script>a()</script><script>b()</script>', '<p>x</p><script>c()</script>'),
      page('', '<script src="/x.js"></script><script data-x>d()</script><script>e()</script>'),
    ]) {
      expect(joinBodyScripts(html)).toBe(html);
    }
  });

  it('is not fooled by text that looks like a script', () => {
    const html = page(
      '',
      '<p title="<script>x()</script>">&lt;script&gt;y()&lt;/script&gt;</p><script>a()</script><!-- <script>z()</script> --><script>b()</script>',
    );
    const out = joinBodyScripts(html);
    expect(out).toContain('<p title="<script>x()</script>">&lt;script&gt;y()&lt;/script&gt;</p>');
    expect(out).toContain('<!-- <script>z()</script> -->');
    expect(scripts(out).map((s) => s.text)).toEqual([isolated('a()') + isolated('b()')]);
  });
});
