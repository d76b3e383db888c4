// The layering rules of the tree (README, "Architecture"), checked on every
// `npm test`. Prints each broken rule with its file and line; exits 1 if any.
//   1. Views (src/ui, src/pages) never touch the browser directly: no
//      web_sys, js_sys, wasm_bindgen or gloo_storage; they go through
//      src/browser.
//   2. No page imports another page; src/ui imports no page.
//   3. Views change the session only through its named actions, never
//      `session.<signal>.set(...)` or `.update(...)`.
//   4. Only src/browser/storage.rs touches storage.
//   5. The domain crate (assessment) depends on nothing of the app: no
//      leptos, web-sys, wasm-bindgen or gloo, and never names the app.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const problems = [];

function files(dir) {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : path.endsWith('.rs') ? [path] : [];
  });
}

/** Each line of a Rust file without its comments (doc comments may name
 *  anything). */
function codeLines(path) {
  return readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .map((line, i) => ({ number: i + 1, text: line.replace(/\/\/.*$/, '') }));
}

function check(path, pattern, rule) {
  for (const { number, text } of codeLines(path)) {
    if (pattern.test(text)) problems.push(`${path}:${number}: ${rule}\n    ${text.trim()}`);
  }
}

const views = [...files('src/ui'), ...files('src/pages')];
for (const path of views) {
  check(path, /\b(web_sys|js_sys|wasm_bindgen|gloo_storage)\b/, 'a view reaches the browser directly (use crate::browser)');
  check(path, /\bsession\.\w+\.(set|update|write)\(/, 'a view writes a session signal (use a named action of Session)');
  check(path, /\b(local_storage|LocalStorage|localStorage)\b/, 'a view touches storage');
}
for (const path of files('src/pages')) {
  const page = relative('src/pages', path).split(/[\\/]/)[0];
  check(path, new RegExp(`\\bpages::(?!${page}\\b)\\w+`), `page "${page}" imports another page`);
}
for (const path of files('src/ui')) check(path, /\bpages::/, 'a shared widget imports a page');
for (const path of files('src').filter((p) => !p.endsWith(join('browser', 'storage.rs')))) {
  check(path, /\b(local_storage\(|LocalStorage::|gloo_storage)\b/, 'storage touched outside src/browser/storage.rs');
}
for (const path of files('assessment/src')) {
  check(path, /\b(leptos|web_sys|js_sys|wasm_bindgen|gloo_storage|service_quotient)\b/, 'the domain crate names the app or the browser');
}
const manifest = readFileSync(join(ROOT, 'assessment/Cargo.toml'), 'utf8');
const dependencies = manifest.split(/^\[/m).filter((s) => /^(dependencies|dev-dependencies)\]/.test(s)).join('\n');
for (const crate of ['leptos', 'web-sys', 'js-sys', 'wasm-bindgen', 'gloo', 'service-quotient']) {
  if (new RegExp(`^${crate}\\b`, 'm').test(dependencies)) problems.push(`assessment/Cargo.toml: the domain crate depends on ${crate}`);
}

if (problems.length) {
  console.error(`layering rules broken (${problems.length}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`layering rules hold (${views.length} view files checked)`);
