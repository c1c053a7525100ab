/** Checks every internal link, asset and #anchor of a built site. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { htmlFilesIn } from '../../src/utils/files.ts';

const load = (file: string, dir: string) => cheerio.load(readFileSync(join(dir, file), 'utf8'));

interface LinkProblem {
  page: string;
  attr: string;
  target: string;
  problem: string;
}

/** Resolves a site URL path (under `base`) to a file in `dir`, or undefined. */
export function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
  return candidates.find((c) => existsSync(join(dir, c)) && statSync(join(dir, c)).isFile());
}

/**
 * Every href/src on every page: resources must be local; links to this site must
 * resolve to a file under the base, and their #fragment to an id on that page.
 * Links to other sites (sources we cite) are allowed on <a> only.
 */
export function checkLinks(
  dir: string,
  base: string,
  origin = 'https://site.invalid',
): { problems: LinkProblem[]; checked: number } {
  const problems: LinkProblem[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) {
      const $ = load(file, dir);
      idsCache.set(
        file,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id')!)
            .get(),
        ),
      );
    }
    return idsCache.get(file)!;
  };
  let checked = 0;
  for (const page of htmlFilesIn(dir)) {
    const $ = load(page, dir);
    const pageUrl = new URL(base + page.replace(/index\.html$/, ''), origin);
    $('[href], [src], [srcset]').each((_, el) => {
      for (const attr of ['href', 'src']) {
        const raw = $(el).attr(attr);
        if (raw === undefined) continue;
        checked++;
        const tag = el.tagName;
        const isCanonicalMeta = tag === 'link' && ['canonical', 'alternate'].includes($(el).attr('rel') ?? '');
        // `origin`: where the build says it is published (SITE_URL), or a stand-in when it was not told.
        const url = new URL(raw, pageUrl);
        // Inline data (the icon) and mail links are not requests to check.
        if (url.protocol === 'mailto:' || url.protocol === 'data:') continue;
        if (url.origin !== origin) {
          if (tag !== 'a' && !isCanonicalMeta)
            problems.push({ page, attr, target: raw, problem: 'resource from another origin' });
          continue;
        }
        const file = fileFor(dir, base, url.pathname);
        if (!file) {
          problems.push({ page, attr, target: raw, problem: `no file for ${url.pathname}` });
          continue;
        }
        const frag = decodeURIComponent(url.hash.slice(1));
        if (frag && file.endsWith('.html') && !idsOf(file).has(frag)) {
          problems.push({ page, attr, target: raw, problem: `no id="${frag}" in ${file}` });
        }
      }
    });
  }
  return { problems, checked };
}
