// The app's pages for iframes: embed.html (the self-check) and
// embed-tools.html (the results, keeping, history and team view), each the
// same as its page plus the embed bridge (embed-frame.js). Separate files so
// that they can be served with their own frame-ancestors allow-list while
// index.html and tools.html refuse framing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each page and its embeddable copy. */
export const EMBED_PAGES = [
  ['index.html', 'embed.html'],
  ['tools.html', 'embed-tools.html'],
];

export function writeEmbedPage(dir) {
  const bridge = '<script src="embed-frame.js" defer></script>';
  for (const [page, embed] of EMBED_PAGES) {
    if (!existsSync(join(dir, page))) continue;
    const html = readFileSync(join(dir, page), 'utf8');
    if (!html.includes('</head>')) throw new Error(`${page} has no </head>`);
    writeFileSync(join(dir, embed), html.replace('</head>', `${bridge}</head>`));
  }
}
