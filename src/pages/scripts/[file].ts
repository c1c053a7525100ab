/** /scripts/<name>.<hash>.js: the on-demand browser modules (src/utils/browser-scripts.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BROWSER_SCRIPTS, bundleScript, type BrowserScript } from '../../utils/browser-scripts.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (Object.keys(BROWSER_SCRIPTS) as BrowserScript[]).map(async (name) => {
      const { code, file } = await bundleScript(name);
      return { params: { file }, props: { code } };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.code as string, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
