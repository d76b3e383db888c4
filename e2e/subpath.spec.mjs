// The build works unchanged when served under a sub-path: every file is
// fetched from there, answers are kept, and the service worker's scope is
// that path (not the whole origin).
import { test, expect, serveBuild, waitForServiceWorkerControl } from './fixtures.mjs';

const PORT = 4183;
const BASE = '/tools/service-quotient/';

test.describe('under a sub-path', () => {
  let server;

  test.beforeEach(async () => {
    server = await serveBuild({ port: PORT, base: BASE });
  });

  test.afterEach(async () => {
    await server.close();
  });

  test(`the app works under ${BASE}, with a service worker scoped to it`, async ({ app, page }) => {
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));

    await app.open(server.url);
    await expect(page.locator('h1')).toBeVisible();
    // Before any reload: a page reloaded while the worker is still
    // installing can miss clients.claim() (its navigation went out before the
    // worker was active; its document appeared after the claim) and stays
    // uncontrolled until its next navigation.
    await waitForServiceWorkerControl(page);
    await app.rate('culture.whatever-it-takes', 4);
    await expect(app.progressText()).toHaveText('1 of 25 answered');
    await app.reload();
    await expect(app.radio('culture.whatever-it-takes', 4)).toBeChecked();
    await expect(app.progressText()).toHaveText('1 of 25 answered');

    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { scope: registration.scope, script: navigator.serviceWorker.controller.scriptURL };
    });
    expect(worker).toEqual({ scope: server.url, script: `${server.url}sw.js` });

    const outside = requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'));
    expect(outside, 'requests outside the sub-path').toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
  });
});
