// Puts the page scripts marked `<script src="NAME.js" data-inline>` inside
// the pages: shell.js (every page) must run before anything else, without
// waiting for a download, to notice a start-up failure; first-screen.js (the
// self-check) sets the language and draws the first screen before the first
// paint. The generated CSP allows them by their hashes
// (scripts/build/headers.mjs).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TAG = /<script src="([\w-]+\.js)" data-inline(?:="")?><\/script>/g;

export function inlineShell(dir) {
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    const inlined = html.replace(TAG, (tag, file) => {
      const script = join(dir, file);
      if (!existsSync(script)) throw new Error(`${page}: ${file} is to be inlined but was not built`);
      return `<script>${readFileSync(script, 'utf8').trim()}</script>`;
    });
    if (inlined !== html) writeFileSync(path, inlined);
  }
}
