/** Serves a built site on localhost under its base path, as a static host would. */
import { createServer, type Server } from 'node:http';
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

export async function serve(dir: string, base = '/'): Promise<Served> {
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
