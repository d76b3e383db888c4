// Renders the app icons (public/icons/*.png) from the favicon's design with
// Chromium. Run by hand when the design changes; the PNGs are committed.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const MARK = (size, padding) => `
  <svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
    <rect width="32" height="32" rx="${padding ? 0 : 7}" fill="#0f5c4d"/>
    <g transform="translate(16 16) scale(${padding ? 0.62 : 1}) translate(-16 -15)">
      <path d="M8 22V15M13 22V11M18 22V13M23 22V8" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
    </g>
  </svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [name, size, maskable] of [['icon-192', 192, false], ['icon-512', 512, false], ['icon-maskable-512', 512, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0;background:transparent">${MARK(size, maskable)}</body>`);
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: !maskable });
  await page.close();
}
await browser.close();
