// Puts shell.js inside the pages, in place of `<script src="shell.js"
// data-inline>`: it must run before anything else on the page, without
// waiting for a download, to notice a start-up failure. The generated CSP
// allows it by its hash (scripts/build/headers.mjs).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TAG = /<script src="shell\.js" data-inline(?:="")?><\/script>/;

export function inlineShell(dir) {
  const shell = join(dir, 'shell.js');
  if (!existsSync(shell)) return;
  const code = readFileSync(shell, 'utf8').trim();
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    if (TAG.test(html)) writeFileSync(path, html.replace(TAG, () => `<script>${code}</script>`));
  }
}
