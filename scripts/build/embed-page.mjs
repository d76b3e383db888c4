// embed.html: the app's page for iframes. The same page as index.html plus the
// embed bridge (embed-frame.js); a separate file so that it can be served
// with its own frame-ancestors allow-list while index.html refuses framing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeEmbedPage(dir) {
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const bridge = '<script src="embed-frame.js" defer></script>';
  if (!index.includes('</head>')) throw new Error('index.html has no </head>');
  writeFileSync(join(dir, 'embed.html'), index.replace('</head>', `${bridge}</head>`));
}
