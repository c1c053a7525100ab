// Reads the deployment settings from the environment, with readable errors.
// Plain JS (with JSDoc types) because astro.config.mjs imports it before any
// TypeScript tooling runs.

/**
 * BASE_PATH: where the site lives on its host, e.g. `/` or `/some/sub/path/`.
 * @param {Record<string, string | undefined>} env
 * @returns {string} always with a leading and a trailing slash
 */
export function basePath(env) {
  const raw = (env.BASE_PATH ?? '').trim();
  if (raw === '' || raw === '/') return '/';
  if (/[?#\s]|:\/\//.test(raw)) {
    throw new Error(`BASE_PATH=${JSON.stringify(raw)} is not a path: give only the path part, e.g. BASE_PATH=/some/sub/path/`);
  }
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * SITE_URL: the public origin, e.g. `https://example.org`. Used for canonical
 * URLs and citations; defaults to a localhost origin for local builds.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteUrl(env) {
  const raw = (env.SITE_URL ?? '').trim();
  if (raw === '') return 'http://localhost:4321';
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(raw)} is not a URL: give the origin, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL=${JSON.stringify(raw)} must be an http(s) URL`);
  }
  return url.origin;
}

/**
 * FEEDBACK_URL: where readers report a mistake (an issue tracker, a form or a
 * mailto: address). Optional; the about page says what to report either way.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export function feedbackUrl(env) {
  const raw = (env.FEEDBACK_URL ?? '').trim();
  if (raw === '') return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`FEEDBACK_URL=${JSON.stringify(raw)} is not a URL: give e.g. FEEDBACK_URL=https://example.org/issues or FEEDBACK_URL=mailto:editor@example.org`);
  }
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) {
    throw new Error(`FEEDBACK_URL=${JSON.stringify(raw)} must be an http(s) or mailto: address`);
  }
  return url.href;
}
