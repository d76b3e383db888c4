// Fills in the service worker (sw.js): the list of every file of the build
// with the SHA-256 of its contents (so the worker can take a file the page
// already loaded from the browser's cache, knowing it is this version's),
// and a version derived from them all, so that any change makes a new
// version that is installed as one unit. Also usable on its own:
//   node scripts/build/service-worker.mjs <dir>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Server configuration, not part of the app. */
const NOT_CACHED = new Set(['sw.js', '_headers', 'nginx.conf', 'serve.json']);
const TEMPLATE = new URL('../../public/sw.js', import.meta.url);

function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

export function writeServiceWorker(dir) {
  const files = walk(dir)
    .filter((f) => !NOT_CACHED.has(f) && !f.endsWith('.br') && !f.endsWith('.gz'))
    .sort();
  const hash = createHash('sha256');
  const listed = files.map((f) => {
    const contents = readFileSync(join(dir, f));
    hash.update(f).update(contents);
    return [f, createHash('sha256').update(contents).digest('base64')];
  });
  const version = hash.digest('hex').slice(0, 16);
  // The site's root is not listed: it is index.html (see ALIASES in sw.js).
  const sw = readFileSync(TEMPLATE, 'utf8')
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__FILES__', JSON.stringify(listed));
  writeFileSync(join(dir, 'sw.js'), sw);
  return version;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(writeServiceWorker(process.argv[2]));
}
