/**
 * Browser modules that a page loads only when the reader needs them (term
 * previews, paragraph tools, search-landing highlight). A component imports
 * one with the suffix `?on-demand`:
 *
 *   import termPreview from '../client/term-preview.ts?on-demand';
 *   const src = url(termPreview); // "/scripts/term-preview.<hash>.js", under the base path
 *
 * and loads it with a plain dynamic import() from a few inline lines: no
 * module graph, so no preload helper and no script file at all on a page until
 * it is used. (Astro inlines a processed script only when it imports nothing,
 * so its own lazy import would cost a request on every page.) The module is
 * bundled here with esbuild, named with esbuild's content hash (hosts may
 * cache it for good), served by `astro dev` and written into the build's
 * output. A `.css?inline` import in such a module is its CSS, minified, as a
 * string (as Vite reads the same import), for styles that only matter once the
 * module runs.
 */
import { readFileSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, transform, type Plugin as EsbuildPlugin } from 'esbuild';
import { PROJECT_ROOT } from '../utils/project.ts';

const SUFFIX = '?on-demand';
const VIRTUAL = '\0on-demand:';
/** Where the modules are served and written, under the site's base path. */
const FOLDER = 'scripts';

interface Bundle {
  /** File name with esbuild's content hash, e.g. term-preview.ABCD1234.js */
  file: string;
  code: string;
  /** Every source file the bundle was made from. */
  inputs: string[];
}

/** `import css from './x.css?inline'`: the stylesheet, minified, as the module's default export (a string). */
const cssAsText: EsbuildPlugin = {
  name: 'css-as-text',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, async (args) => {
      const found = await b.resolve(args.path.slice(0, -'?inline'.length), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      return { path: found.path, namespace: 'css-as-text' };
    });
    b.onLoad({ filter: /.*/, namespace: 'css-as-text' }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text', watchFiles: [args.path] };
    });
  },
};

async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: PROJECT_ROOT,
    entryNames: '[name].[hash]',
    outdir: FOLDER,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [cssAsText],
  });
  const [out] = result.outputFiles;
  if (!out) throw new Error(`esbuild wrote nothing for ${entry}`);
  // Nothing defines import.meta.env here: a module that needs the base path gets it from the page.
  if (out.text.includes('import.meta.env'))
    throw new Error(`${entry}: an on-demand module cannot read import.meta.env (it is bundled outside Vite)`);
  const inputs = Object.keys(result.metafile.inputs).map((input) =>
    resolve(PROJECT_ROOT, input.replace(/^css-as-text:/, '')),
  );
  return { file: basename(out.path), code: out.text, inputs };
}

export function onDemandModules(): AstroIntegration {
  /** Entry file → its bundle; made once per build, again in `astro dev` when a source changes. */
  const bundles = new Map<string, Promise<Bundle>>();
  let serving = false;
  const bundleOf = (entry: string) => {
    if (serving || !bundles.has(entry)) bundles.set(entry, bundle(entry));
    return bundles.get(entry)!;
  };

  return {
    name: 'on-demand-modules',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        serving = command === 'dev';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'on-demand-modules',
                enforce: 'pre',
                async resolveId(source, importer) {
                  if (!source.endsWith(SUFFIX)) return null;
                  const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
                  if (!resolved) return null;
                  return VIRTUAL + resolved.id;
                },
                async load(id) {
                  if (!id.startsWith(VIRTUAL)) return null;
                  const { file, inputs } = await bundleOf(id.slice(VIRTUAL.length));
                  for (const input of inputs) this.addWatchFile(input);
                  return `export default ${JSON.stringify(`/${FOLDER}/${file}`)};`;
                },
                configureServer(server) {
                  // `astro dev`: /scripts/<file> (under any base path) is the module's latest bundle.
                  server.middlewares.use((req, res, next) => {
                    const path = (req.url ?? '').split('?')[0]!;
                    if (!path.includes(`/${FOLDER}/`)) return next();
                    Promise.all(bundles.values()).then((all) => {
                      const found = all.find(({ file }) => path.endsWith(`/${FOLDER}/${file}`));
                      if (!found) return next();
                      res.setHeader('content-type', 'text/javascript; charset=utf-8');
                      res.end(found.code);
                    }, next);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const folder = fileURLToPath(new URL(`${FOLDER}/`, dir));
        await mkdir(folder, { recursive: true });
        const written = await Promise.all(
          [...bundles.values()].map(async (pending) => {
            const { file, code } = await pending;
            await writeFile(`${folder}${file}`, code);
            return file;
          }),
        );
        logger.info(`wrote ${written.sort().join(', ')}`);
      },
    },
  };
}
