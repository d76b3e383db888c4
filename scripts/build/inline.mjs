// Puts files inside the pages, so nothing before the first paint waits for
// a request: the scripts (and a JSON data block) marked
// `<script … src="FILE" data-inline>`, and the self-check's stylesheet.
// shell.js (every page) must run before anything else, to notice a start-up
// failure; first-screen.js (the self-check) sets the language and shows the
// first screen while the page is parsed; English's texts follow it
// (`type="application/json"`; that file is then not served apart, as nothing
// would ask for it). The generated CSP allows the scripts and the style by
// their hashes (scripts/build/headers.mjs).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TAG = /<script((?: [\w-]+="[^"]*")*?) src="([\w/-]+\.js(?:on)?)" data-inline(?:="")?><\/script>/g;

export function inlineScripts(dir) {
  const data = new Set();
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    const inlined = html.replace(TAG, (tag, attributes, file) => {
      const script = join(dir, file);
      if (!existsSync(script)) throw new Error(`${page}: ${file} is to be inlined but was not built`);
      let body = readFileSync(script, 'utf8').trim();
      if (file.endsWith('.json')) {
        data.add(script);
        body = JSON.stringify(JSON.parse(body)).replaceAll('</', '<\\/'); // Cannot end the element.
      }
      return `<script${attributes}>${body}</script>`;
    });
    if (inlined !== html) writeFileSync(path, inlined);
  }
  for (const file of data) rmSync(file);
}

const STYLESHEET = /<link rel="stylesheet" href="\.\/([\w-]+\.css)"[^>]*>/g;

/** The self-check's stylesheet, put inside index.html as a <style>: the
 *  first screen is static HTML, so the stylesheet's request was what its
 *  first paint (and the inline script after it, which waits for
 *  stylesheets) waited for: measured paired against the linked form, 11
 *  runs at 4x CPU, first paint 0.89x and the first rating clickable 0.80x.
 *  The file stays for the tools and plan pages. The CSP allows the style by
 *  its hash (scripts/build/headers.mjs). */
export function inlineStyle(dir) {
  const path = join(dir, 'index.html');
  if (!existsSync(path)) return;
  const html = readFileSync(path, 'utf8');
  const inlined = html.replace(STYLESHEET, (_, file) => `<style>${readFileSync(join(dir, file), 'utf8').trim()}</style>`);
  if (inlined === html) throw new Error('index.html: no stylesheet link to inline');
  writeFileSync(path, inlined);
}
