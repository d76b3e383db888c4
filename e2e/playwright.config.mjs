// Playwright against the release build in dist/, served on 127.0.0.1 with
// the generated headers (CSP and all) by scripts/static-server.mjs, in
// Debian's Chromium. A second server, reached as http://localhost:4174 (a
// different origin and site), serves the host pages of the embed tests; the
// build's embed allow-list gets that origin through SQ_EMBED_ORIGINS.
// Playwright starts and stops both.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

// SQ_E2E_PORT / SQ_E2E_HOST_PORT move both servers, so two runs can share a
// machine; the embed specs need the default host port (the build's allow-list).
const PORT = Number(process.env.SQ_E2E_PORT || 4173);
const HOST_PORT = Number(process.env.SQ_E2E_HOST_PORT || 4174);
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node ../scripts/static-server.mjs ../dist ${PORT} --headers`,
      env: { SQ_EMBED_ORIGINS: HOST_ORIGIN },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node ../scripts/static-server.mjs host ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
