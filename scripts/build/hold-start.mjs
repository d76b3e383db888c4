// The self-check's wasm starts once its first screen (first-screen.js) has
// been painted. Started at once, the wasm's compile and start kept the main
// thread busy, so the early screen was drawn late and often replaced by the
// app's before it was ever painted (issue 12). The wasm still downloads in
// parallel (trunk's preload link); only its start waits for
// window.sqPainted, which is settled at once when there is no early screen.
// For the same reason trunk's modulepreload of the wasm-bindgen JS is taken
// out: it arrived while the first screen was parsed, and its compile delayed
// that screen's paint (paired against it, 11 runs at 4x CPU: first paint
// 0.86x, first rating clickable 0.84x). The JS is asked for when the loader
// runs, after the page is parsed, and is there before the paint lets the
// app start.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** trunk's loader line that starts the wasm (its default initializer). */
const START = 'const wasm = await init(';
/** trunk's preload of the loader's JS module. */
const MODULE_PRELOAD = /<link rel="modulepreload" href="[^"]+\.js"[^>]*>/g;

export function holdAppStart(dir) {
  const path = join(dir, 'index.html');
  if (!existsSync(path)) return;
  const html = readFileSync(path, 'utf8');
  if (html.split(START).length !== 2) throw new Error(`index.html: trunk's loader has changed; expected one "${START}"`);
  if (html.match(MODULE_PRELOAD)?.length !== 1) throw new Error("index.html: trunk's output has changed; expected one modulepreload");
  writeFileSync(path, html.replace(START, `await window.sqPainted;\n${START}`).replace(MODULE_PRELOAD, ''));
}
