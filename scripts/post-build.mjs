// Trunk post-build hook (see Trunk.toml): finishes a build in trunk's staging
// directory. The tools and plan pages (`trunk build tools.html` and
// `plan.html`, into target/tools-dist and target/plan-dist) are only
// minified; the main build (index.html) then takes them in and writes what
// covers all three: the texts, the self-check's static first screen, the
// inlined scripts and stylesheet, the self-check's held start, embed.html,
// the headers and the service worker, which hashes everything, so it comes
// last.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from './build/minify.mjs';
import { inlineScripts, inlineStyle } from './build/inline.mjs';
import { holdAppStart } from './build/hold-start.mjs';
import { writeEmbedPage } from './build/embed-page.mjs';
import { writeHeaders } from './build/headers.mjs';
import { writeServiceWorker } from './build/service-worker.mjs';
import { writeTextsPacks } from './build/texts-packs.mjs';
import { writeFirstScreen } from './build/first-screen.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
if (process.env.TRUNK_PROFILE === 'release') minify(dir);

if (basename(process.env.TRUNK_HTML_FILE || 'index.html') === 'index.html') {
  for (const page of ['tools', 'plan']) {
    const built = fileURLToPath(new URL(`../target/${page}-dist`, import.meta.url));
    if (!existsSync(join(built, `${page}.html`))) continue;
    for (const file of readdirSync(built)) {
      if (!existsSync(join(dir, file))) cpSync(join(built, file), join(dir, file), { recursive: true });
    }
  }
  writeTextsPacks(dir);
  writeFirstScreen(dir);
  inlineScripts(dir);
  inlineStyle(dir);
  holdAppStart(dir);
  writeEmbedPage(dir);
  writeHeaders(dir);
  writeServiceWorker(dir);
}
