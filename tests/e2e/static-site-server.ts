import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The types a host compresses: text, not images. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

/** A running server for a built site; `root` can be pointed at another build while it runs. */
export interface SiteServer {
  origin: string;
  root: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a static host set up as the README's "Zelf hosten" says does (`/x/` →
 * `/x/index.html`, else the 404 page), from a folder that can be swapped while it runs: the update test publishes a
 * second build at the same origin. With a `base` such as `/leersteunspiegel/` the site lives under that path, as
 * on a GitHub Pages project site or a school's intranet, and nothing outside it is found (not even the site's 404
 * page). With `compress`, text is sent gzipped to a browser that accepts it, as every real host does; the
 * benchmark wants that, so transfer sizes are those of a real visit, and the end-to-end tests save the work.
 */
export async function serveSite(
  root: string,
  base = '/',
  port = 0,
  { compress = false }: { compress?: boolean } = {},
): Promise<SiteServer> {
  const site = { root } as SiteServer;
  const gzipped = new Map<string, Buffer>();
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
    // Astro names each file in _astro/ after a hash of its content, so a browser may keep it for good
    // (immutable); every other file it asks for again on every page (no-cache), and a file it already has is
    // confirmed with 304 instead of sent again. Without the first, a page of 62 modules waited for 62 of those
    // confirmations before it could open its data.
    const { size, mtimeMs } = statSync(file);
    const etag = `W/"${size}-${Math.floor(mtimeMs)}"`;
    const hashed = status === 200 && path.startsWith('/_astro/');
    const headers = { etag, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (
      compress &&
      COMPRESSED.has(extname(file)) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      const key = `${file} ${etag}`;
      const body = gzipped.get(key) ?? gzipSync(readFileSync(file));
      gzipped.set(key, body);
      response
        .writeHead(status, { ...headers, ...type, 'content-encoding': 'gzip', vary: 'accept-encoding' })
        .end(body);
      return;
    }
    response.writeHead(status, { ...headers, ...type });
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
