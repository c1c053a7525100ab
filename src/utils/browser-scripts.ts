/**
 * Browser modules that a page loads only when the reader needs them (term
 * previews, paragraph tools, search-landing highlight). They are bundled here
 * with esbuild and served as /scripts/<name>.<hash>.js by
 * src/pages/scripts/[file].ts, and pages load them with a plain dynamic
 * import() from a few inline lines: no module graph, so no preload helper and
 * no script file at all on a page until it is used. The hash in the name lets
 * hosts cache them for good.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { url } from './url.ts';

/** Entry files, relative to the project root (the build runs there; this module is bundled elsewhere). */
export const BROWSER_SCRIPTS = {
  'term-preview': 'src/scripts/term-preview.ts',
  'paragraph-tools': 'src/reading/paragraph-tools.ts',
  'highlight-landing': 'src/scripts/highlight-landing.ts',
} as const;

export type BrowserScript = keyof typeof BROWSER_SCRIPTS;

const bundles = new Map<BrowserScript, Promise<{ code: string; file: string }>>();

/** The module's code and its file name (with a content hash), bundled once per build. */
export function bundleScript(name: BrowserScript): Promise<{ code: string; file: string }> {
  if (!bundles.has(name)) {
    bundles.set(
      name,
      build({
        entryPoints: [resolve(BROWSER_SCRIPTS[name])],
        bundle: true,
        format: 'esm',
        minify: true,
        target: 'es2022',
        write: false,
        legalComments: 'none',
        charset: 'utf8',
        // The modules share helpers with the pages (src/utils/url.ts) that read the base path.
        define: { 'import.meta.env': JSON.stringify({ BASE_URL: import.meta.env.BASE_URL, SITE: import.meta.env.SITE }) },
      }).then((r) => {
        const code = r.outputFiles[0]!.text;
        return { code, file: `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js` };
      }),
    );
  }
  return bundles.get(name)!;
}

/** Where a page imports the module from (base path included). */
export async function scriptUrl(name: BrowserScript): Promise<string> {
  return url(`/scripts/${(await bundleScript(name)).file}`);
}
