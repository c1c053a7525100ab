/** Serves a built site on localhost under its base path, as a static host would. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Served {
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:1234/some/sub/path/ */
  root: string;
  close(): Promise<void>;
}

/** Types a static host compresses on the fly (Pagefind's own files are gzip already and go as they are). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/;

/** Makes `res` send a compressible body gzipped, as hosts such as GitHub Pages or Netlify do, when the browser accepts it. */
function gzipWhenAccepted(req: IncomingMessage, res: ServerResponse) {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return;
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = (rest.find((r) => typeof r === 'object' && r !== null) ?? {}) as Record<string, string | number>;
    const type = String(headers['Content-Type'] ?? headers['content-type'] ?? res.getHeader('content-type') ?? '');
    if (status === 200 && req.method !== 'HEAD' && COMPRESSIBLE.test(type)) {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-length') delete headers[k];
      res.removeHeader('content-length');
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
      const gzip = createGzip();
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      gzip.on('data', (chunk: Buffer) => write(chunk));
      gzip.on('end', () => end());
      res.write = ((chunk: Buffer | string, ...args: unknown[]) =>
        gzip.write(chunk, ...(args as []))) as typeof res.write;
      res.end = ((chunk?: Buffer | string | (() => void)) => {
        if (chunk && typeof chunk !== 'function') gzip.end(chunk);
        else gzip.end();
        return res;
      }) as typeof res.end;
    }
    return writeHead(status, headers);
  }) as typeof res.writeHead;
}

/**
 * `compress`: gzip text as most static hosts do (the search benchmark's phone
 * figures); off by default, so the tests see the files as written.
 */
export async function serve(dir: string, base = '/', { compress = false } = {}): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFoundPage = join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside the base path');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    if (compress) gzipWhenAccepted(req, res);
    // Like most static hosts: a missing path gets 404.html with status 404.
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, root: origin + base, close: () => new Promise((r) => server.close(() => r())) };
}
