// Trunk post-build hook (see Trunk.toml): finishes the build in trunk's
// staging directory. Order matters: the service worker hashes everything the
// earlier steps wrote.
import { minify } from './build/minify.mjs';
import { writeEmbedPage } from './build/embed-page.mjs';
import { writeHeaders } from './build/headers.mjs';
import { writeServiceWorker } from './build/service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
if (process.env.TRUNK_PROFILE === 'release') minify(dir);
writeEmbedPage(dir);
writeHeaders(dir);
writeServiceWorker(dir);
