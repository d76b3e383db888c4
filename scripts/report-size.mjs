// Prints the size of the first load (every file in dist/), raw, gzip -9 and
// brotli (quality 11), as a static host serving compressed files sends it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = readdirSync(dist)
  .filter((f) => statSync(join(dist, f)).isFile())
  .map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of [...rows, { file: 'total', ...total }]) {
  console.log(`${r.file.padEnd(48)}${kb(r.raw)}${kb(r.gzip)} ${kb(r.brotli)}`);
}
