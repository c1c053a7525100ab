/**
 * The deployment settings, read from the environment and checked before
 * anything is built (astro.config.mjs calls `deploySettings` first). A bad value
 * stops the build with a message that names the variable and says what to give
 * instead; nothing in dist/ is touched.
 *
 * - SITE_URL: where the site is published, `https://example.org` or, for a
 *   project page, `https://someone.github.io/xuhui-2022`. A path in it is the
 *   site's base (BASE_PATH may then be left out, or must say the same).
 *   Optional: without it the build writes no absolute address anywhere (no
 *   canonical link, og:url or sitemap), and what a reader copies or prints is
 *   built from the address the reader is at.
 * - BASE_PATH: where the site lives on its host, `/` by default.
 * - FEEDBACK_URL: where readers report a mistake, an https: page or a mailto:
 *   address. Optional: without it the site offers no channel.
 * - SITE_PUBLISHER: who runs the site, shown on /about/. Optional.
 */

export interface DeploySettings {
  /** The public origin (scheme, host, port), when SITE_URL is set. */
  origin?: string;
  /** Always with a leading and a trailing slash, e.g. `/` or `/xuhui-2022/`. */
  base: string;
  feedbackUrl?: string;
  publisher?: string;
}

/** A setting the build refuses: the variable, what is wrong, what to give. */
export class SettingError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
    readonly fix: string,
  ) {
    super(`${variable}: ${problem}\n  fix: ${fix}`);
    this.name = 'SettingError';
  }
}

type Env = Record<string, string | undefined>;

/** A URL path segment a static host serves as is: no dots alone, no escapes, no separators. */
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
/** A DNS host name (already lower-cased and punycoded by the URL parser) or an IPv4 address. */
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Control, bidirectional and zero-width characters have no place in a name shown on a page. */
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

const quoted = (value: string) => JSON.stringify(value);

/** `/a/b/` from "a/b", "/a/b/" or "/": each segment checked. */
function normalisePath(variable: string, raw: string, example: string): string {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  for (const segment of trimmed.split('/')) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new SettingError(
        variable,
        `${quoted(raw)} is not a plain path: the part ${quoted(segment)} may only hold letters, digits and . _ ~ - (not alone as . or .., no %-escapes, backslashes or $)`,
        `give the path where the site lives, e.g. ${example}`,
      );
    }
  }
  return `/${trimmed}/`;
}

function basePath(env: Env): string {
  return normalisePath('BASE_PATH', (env.BASE_PATH ?? '').trim(), 'BASE_PATH=/xuhui-2022/');
}

/** SITE_URL split into its origin and its path (the base it implies), or undefined when unset. */
function siteUrl(env: Env): { origin: string; path: string } | undefined {
  const raw = (env.SITE_URL ?? '').trim();
  if (raw === '') return undefined;
  const fix =
    'give the address the site is published at, e.g. SITE_URL=https://report.example.org or SITE_URL=https://someone.github.io/xuhui-2022';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingError('SITE_URL', `${quoted(raw)} is not a web address`, fix);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SettingError('SITE_URL', `${quoted(raw)} must start with https:// (or http://)`, fix);
  if (!HOST.test(url.hostname)) throw new SettingError('SITE_URL', `${quoted(url.hostname)} is not a host name`, fix);
  if (url.username || url.password)
    throw new SettingError(
      'SITE_URL',
      'an address with a user name or password would be printed in every citation',
      fix,
    );
  if (url.search || url.hash || raw.includes('?') || raw.includes('#'))
    throw new SettingError('SITE_URL', `${quoted(raw)} has a query or a fragment`, fix);
  return {
    origin: url.origin,
    path: normalisePath('SITE_URL', url.pathname, 'SITE_URL=https://someone.github.io/xuhui-2022'),
  };
}

function feedbackUrl(env: Env): string | undefined {
  const raw = (env.FEEDBACK_URL ?? '').trim();
  if (raw === '') return undefined;
  const fix =
    'give an https: page (an issue tracker or a form) or a mailto: address, e.g. FEEDBACK_URL=mailto:editor@example.org';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingError('FEEDBACK_URL', `${quoted(raw)} is not an address`, fix);
  }
  if (url.protocol === 'https:') {
    if (!HOST.test(url.hostname))
      throw new SettingError('FEEDBACK_URL', `${quoted(url.hostname)} is not a host name`, fix);
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    if (!/^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(decodeURIComponent(url.pathname)))
      throw new SettingError('FEEDBACK_URL', `${quoted(raw)} names no e-mail address`, fix);
    return url.href;
  }
  throw new SettingError('FEEDBACK_URL', `${quoted(raw)} is neither an https: page nor a mailto: address`, fix);
}

function sitePublisher(env: Env): string | undefined {
  const raw = (env.SITE_PUBLISHER ?? '').trim();
  if (raw === '') return undefined;
  const fix = 'give the name of the person or organisation that runs the site, e.g. SITE_PUBLISHER="某某新闻实验室"';
  if (INVISIBLE.test(raw))
    throw new SettingError('SITE_PUBLISHER', 'holds control, bidirectional or zero-width characters', fix);
  if ([...raw].length > 80) throw new SettingError('SITE_PUBLISHER', 'is longer than 80 characters', fix);
  return raw;
}

/** All deployment settings, each checked; the path of SITE_URL and BASE_PATH must agree. */
export function deploySettings(env: Env): DeploySettings {
  const site = siteUrl(env);
  let base = basePath(env);
  const baseGiven = (env.BASE_PATH ?? '').trim() !== '';
  if (site && site.path !== '/') {
    if (!baseGiven) base = site.path;
    else if (base !== site.path) {
      throw new SettingError(
        'SITE_URL',
        `its path ${site.path} and BASE_PATH=${base} disagree`,
        'give the path once: in SITE_URL (and leave BASE_PATH unset) or in BASE_PATH',
      );
    }
  }
  return { origin: site?.origin, base, feedbackUrl: feedbackUrl(env), publisher: sitePublisher(env) };
}

let current: DeploySettings | undefined;

/** This build's settings (process.env), checked once. */
export function buildSettings(): DeploySettings {
  return (current ??= deploySettings(process.env));
}
