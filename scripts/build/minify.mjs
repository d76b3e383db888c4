// Minifies the pages (comments and indentation out), and the wasm-bindgen JS
// loader, the CSS and the shell scripts with esbuild (trunk's own minifier
// cannot parse wasm-bindgen's output). Text stays
// UTF-8 (`charset`), not \u escapes: the Hindi and Telugu messages are half
// the size.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

export function minify(dir) {
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.html')) {
      // The pages' comments and indentation are for their authors only.
      const path = join(dir, file);
      const html = readFileSync(path, 'utf8');
      writeFileSync(path, html.replace(/<!--[\s\S]*?-->/g, '').replace(/\n\s*/g, '\n'));
      continue;
    }
    const loader = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    // The service worker is filled in later and kept readable.
    if (!loader || file === 'sw.js') continue;
    const path = join(dir, file);
    // wasm-bindgen's loader is an ES module; the shell scripts are classic.
    const module = file.startsWith('service-quotient-');
    const options = loader === 'css' ? { target: 'chrome100' } : { target: 'es2020', ...(module ? { format: 'esm' } : {}) };
    const { code } = transformSync(readFileSync(path, 'utf8'), { loader, minify: true, legalComments: 'inline', charset: 'utf8', ...options });
    writeFileSync(path, code);
  }
}
