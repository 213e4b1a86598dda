// `node tests/setup/serve-dist.ts <port> [--gzip]`: serves the production build in dist/ as a static host set up as
// the README says does, for the end-to-end tests and, gzipped as a real host sends it, the benchmark. Not Astro's
// preview server: it compresses every response anew on each request (about a tenth of a core through a run of
// the team journeys on two cores, against 3 % for this server) and has every module confirmed again on each page.
import { join } from 'node:path';
import { serveSite } from '../e2e/static-site-server.ts';

const [port, option] = process.argv.slice(2);
const site = await serveSite(join(import.meta.dirname, '../../dist'), '/', Number(port), {
  compress: option === '--gzip',
});
console.log(`dist/ op ${site.origin}/`);
