// `node tests/setup/serve-dist.ts <port>`: serves the production build in dist/ as a plain static host does, for
// the end-to-end tests. Astro's preview server compresses every response anew on each request: about a tenth of
// a core through a run of the team journeys on two cores, against 3 % for this server (the run's wall time was the
// same). A school's web server sends the same files.
import { join } from 'node:path';
import { serveSite } from '../e2e/static-site-server.ts';

const port = Number(process.argv[2]);
const site = await serveSite(join(import.meta.dirname, '../../dist'), '/', port);
console.log(`dist/ op ${site.origin}/`);
