// The self-check's wasm starts once its first screen (first-screen.js) has
// been painted. Started at once, the wasm's compile and start kept the main
// thread busy, so the early screen was drawn late and often replaced by the
// app's before it was ever painted (issue 12). The wasm still downloads in
// parallel (trunk's preload link); only its start waits for
// window.sqPainted, which is settled at once when there is no early screen.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** trunk's loader line that starts the wasm (its default initializer). */
const START = 'const wasm = await init(';

export function holdAppStart(dir) {
  const path = join(dir, 'index.html');
  if (!existsSync(path)) return;
  const html = readFileSync(path, 'utf8');
  if (html.split(START).length !== 2) throw new Error(`index.html: trunk's loader has changed; expected one "${START}"`);
  writeFileSync(path, html.replace(START, `await window.sqPainted;\n${START}`));
}
