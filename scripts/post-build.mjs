// Trunk post-build hook (see Trunk.toml): finishes a build in trunk's staging
// directory. The tools page (`trunk build tools.html`, into
// target/tools-dist) is only minified; the main build (index.html) then takes
// it in and writes what covers both: the inlined shell script, embed.html,
// the headers and the service worker, which hashes everything, so it comes
// last.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from './build/minify.mjs';
import { inlineShell } from './build/inline-shell.mjs';
import { writeEmbedPage } from './build/embed-page.mjs';
import { writeHeaders } from './build/headers.mjs';
import { writeServiceWorker } from './build/service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
if (process.env.TRUNK_PROFILE === 'release') minify(dir);

if (basename(process.env.TRUNK_HTML_FILE || 'index.html') === 'index.html') {
  const tools = fileURLToPath(new URL('../target/tools-dist', import.meta.url));
  if (existsSync(join(tools, 'tools.html'))) {
    for (const file of readdirSync(tools)) {
      if (!existsSync(join(dir, file))) cpSync(join(tools, file), join(dir, file), { recursive: true });
    }
  }
  inlineShell(dir);
  writeEmbedPage(dir);
  writeHeaders(dir);
  writeServiceWorker(dir);
}
