import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A running server for a built site; `root` can be pointed at another build while it runs. */
export interface SiteServer {
  origin: string;
  root: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a plain static host does (`/x/` → `/x/index.html`, else the 404 page), from a
 * folder that can be swapped while it runs: the update test publishes a second build at the same origin.
 * With a `base` such as `/leersteunspiegel/` the site lives under that path, as on a GitHub Pages project site
 * or a school's intranet, and nothing outside it is found (not even the site's 404 page).
 */
export async function serveSite(root: string, base = '/', port = 0): Promise<SiteServer> {
  const site = { root } as SiteServer;
  const server = createServer((request, response) => {
    const address = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!address.startsWith(base)) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`${address} is not part of ${base}`);
      return;
    }
    const path = address.slice(base.length - 1);
    let file = join(site.root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    let status = 200;
    if (!file.startsWith(site.root) || !existsSync(file) || !statSync(file).isFile()) {
      file = join(site.root, '404.html');
      status = 404;
    }
    // A browser asks again for every file on every page (no-cache); a file it already has is confirmed with 304
    // instead of sent again, as a real host (and astro preview before this server) does.
    const { size, mtimeMs } = statSync(file);
    const etag = `W/"${size}-${Math.floor(mtimeMs)}"`;
    const headers = { etag, 'cache-control': 'no-cache' };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(status, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    // A port in use (another test run) fails here, with the port in the message, instead of hanging.
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () => new Promise((resolve) => server.close(() => resolve()));
  return site;
}
