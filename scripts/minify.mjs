// Trunk post-build hook: minifies the wasm-bindgen JS loader and the CSS
// with esbuild. (Trunk's own minifier cannot parse wasm-bindgen's output.)
// Runs on release builds only; TRUNK_STAGING_DIR is set by trunk.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
if (process.env.TRUNK_PROFILE === 'release') {
  for (const file of readdirSync(dir)) {
    const loader = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (!loader) continue;
    const path = join(dir, file);
    const options = loader === 'js' ? { format: 'esm', target: 'es2020' } : { target: 'chrome100' };
    const { code } = transformSync(readFileSync(path, 'utf8'), { loader, minify: true, ...options });
    writeFileSync(path, code);
  }
}
