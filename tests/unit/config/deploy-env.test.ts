import { describe, expect, it } from 'vitest';
import { deploySettings, SettingError } from '../../../src/config/deploy-env.ts';

function refusal(env: Record<string, string>): SettingError {
  try {
    deploySettings(env);
  } catch (e) {
    expect(e).toBeInstanceOf(SettingError);
    return e as SettingError;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('deploySettings', () => {
  it('has no origin, base / and no channel or publisher when nothing is set', () => {
    expect(deploySettings({})).toEqual({ origin: undefined, base: '/', feedbackUrl: undefined, publisher: undefined });
  });

  it('takes an origin, and a path in SITE_URL as the base', () => {
    expect(deploySettings({ SITE_URL: 'https://report.example.org' })).toMatchObject({
      origin: 'https://report.example.org',
      base: '/',
    });
    expect(deploySettings({ SITE_URL: 'https://someone.github.io/xuhui-2022' })).toMatchObject({
      origin: 'https://someone.github.io',
      base: '/xuhui-2022/',
    });
    expect(
      deploySettings({ SITE_URL: 'https://someone.github.io/xuhui-2022/', BASE_PATH: 'xuhui-2022' }),
    ).toMatchObject({ base: '/xuhui-2022/' });
    expect(deploySettings({ SITE_URL: 'http://localhost:4321' })).toMatchObject({ origin: 'http://localhost:4321' });
    expect(deploySettings({ SITE_URL: 'https://例子.中国' }).origin).toBe('https://xn--fsqu00a.xn--fiqs8s');
  });

  it('normalises a plain BASE_PATH', () => {
    for (const [raw, base] of [
      ['', '/'],
      ['/', '/'],
      ['xuhui-2022', '/xuhui-2022/'],
      ['/a/b.c/', '/a/b.c/'],
      ['/a_b~c-d/', '/a_b~c-d/'],
      ['//evil.example', '/evil.example/'],
    ]) {
      expect(deploySettings({ BASE_PATH: raw! }).base).toBe(base);
    }
  });

  it.each([
    '\\evil.example',
    '/\\evil.example/',
    '/../',
    '/a/../b/',
    '/./',
    '/%2e%2e/',
    "/a$'b/",
    '/a$$b/',
    '/a b/',
    '/a?b/',
    '/a#b/',
    '/a"b<c>/',
    'https://x.org/',
  ])('refuses BASE_PATH=%s, naming the variable', (raw) => {
    const e = refusal({ BASE_PATH: raw });
    expect(e.variable).toBe('BASE_PATH');
    expect(e.message).toMatch(/^BASE_PATH: /);
    expect(e.fix).toMatch(/BASE_PATH=\//);
  });

  it.each([
    'javascript:alert(1)',
    'ftp://x.org',
    'https://exa"mple.org',
    "https://ex'a{m}ple.org",
    'https://x.org/?a=1',
    'https://x.org/#a',
    'https://u:p@x.org',
    'https://x.org/a$b',
    'not a url',
    'https://x.org/a/%2e%2e%2fb',
  ])('refuses SITE_URL=%s, naming the variable', (raw) => {
    const e = refusal({ SITE_URL: raw });
    expect(e.variable).toBe('SITE_URL');
    expect(e.fix).toMatch(/SITE_URL=https:\/\//);
  });

  it('refuses a SITE_URL path that BASE_PATH contradicts', () => {
    expect(refusal({ SITE_URL: 'https://a.org/x', BASE_PATH: '/y/' }).message).toMatch(/disagree/);
  });

  it('accepts an https: page or a mailto: address for FEEDBACK_URL, and nothing else', () => {
    expect(deploySettings({ FEEDBACK_URL: 'https://example.org/issues' }).feedbackUrl).toBe(
      'https://example.org/issues',
    );
    expect(deploySettings({ FEEDBACK_URL: 'mailto:editor@example.org?subject=更正' }).feedbackUrl).toMatch(
      /^mailto:editor@example\.org\?subject=/,
    );
    for (const raw of [
      'http://example.org/issues',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:',
      'mailto:nobody',
      'https://exa"mple.org/',
    ]) {
      expect(refusal({ FEEDBACK_URL: raw }).variable, raw).toBe('FEEDBACK_URL');
    }
  });

  it('takes a publisher name as text, refusing invisible characters and very long names', () => {
    expect(deploySettings({ SITE_PUBLISHER: '  某某新闻实验室 ' }).publisher).toBe('某某新闻实验室');
    expect(deploySettings({ SITE_PUBLISHER: '<script>x</script>' }).publisher).toBe('<script>x</script>');
    for (const raw of ['a\u202Eb', 'a\u0000b', 'a\u200Bb', 'x'.repeat(81)])
      expect(refusal({ SITE_PUBLISHER: raw }).variable).toBe('SITE_PUBLISHER');
  });
});
