// A first visit downloads each file once. The service worker starts its
// precache only after the app has started, and takes the files the page has
// already loaded from the browser's cache (checked against the build's list
// of contents); only the rest come from the server. Served with the
// production headers, so hashed files are immutable and pages revalidate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, App, serveBuild, waitForServiceWorkerControl, DIST } from './fixtures.mjs';

const PORT = 4185;

/** The paths the build's service worker precaches (its FILES list). */
function precachedPaths() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return JSON.parse(sw.match(/const FILES = (\[.*?\]);/s)[1]).map(([path]) => path);
}

test('a first visit fetches each path from the server at most once, page and precache together', async ({ browser }) => {
  // A context of its own: the guard's request routing on the test's usual
  // context turns the browser's HTTP cache off, and that cache is the point.
  const context = await browser.newContext({ baseURL: undefined });
  const page = await context.newPage();
  const app = new App(page);
  const fetched = new Map();
  const requests = [];
  const server = await serveBuild({
    port: PORT,
    onRequest: (path) => {
      requests.push(path);
      fetched.set(path, (fetched.get(path) ?? 0) + 1);
    },
  });
  try {
    await app.open(server.url);
    await expect(app.progressText()).toHaveText('0 of 25 answered');
    // Nothing of the precache before the app has started: the worker itself
    // is asked for only after the page's own files.
    await waitForServiceWorkerControl(page);
    const first = requests.indexOf('/sw.js');
    expect(first, 'the worker was registered').toBeGreaterThan(0);
    expect(requests.slice(0, first), 'the page\'s own files come first').toEqual(
      expect.arrayContaining(['/', expect.stringMatching(/^\/service-quotient-[0-9a-f]+_bg\.wasm$/)]),
    );

    const twice = [...fetched].filter(([, times]) => times > 1);
    expect(twice, 'paths fetched more than once').toEqual([]);
    // And the precache is whole: every listed file was fetched (the index
    // page as the site's root, which the page loaded).
    const missing = precachedPaths()
      .map((path) => `/${path}`)
      .filter((path) => !fetched.has(path) && !(path === '/index.html' && fetched.has('/')));
    expect(missing, 'files the worker did not cache').toEqual([]);
    const cached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith('service-quotient-'));
      return (await (await caches.open(name)).keys()).length;
    });
    expect(cached).toBe(precachedPaths().length);
  } finally {
    await context.close();
    await server.close();
  }
});
