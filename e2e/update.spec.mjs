// A new version is installed in the background and offered, never forced:
// the "a new version is ready" notice appears, nothing reloads by itself, and
// "Reload now" brings in the new version with every answer kept and only the
// new version's cache left. A first visit never shows the notice.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, App, cacheNames, copyOfDist, removeDir, serveBuild, waitForServiceWorkerControl } from './fixtures.mjs';
import { MIXED, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { writeServiceWorker } from '../scripts/build/service-worker.mjs';

const MARKER = '/* e2e: build B */';

/** The first section in full and the first statement of the second: 5 answers. */
const RATINGS = [MIXED.ratings[0], [MIXED.ratings[1][0]]];
const ANSWERS = answersById(RATINGS);

function versionOf(dir) {
  return readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = "([0-9a-f]+)"/)[1];
}

test.describe('update', () => {
  let dir;
  let server;

  test.afterEach(async () => {
    await server?.close();
    if (dir) removeDir(dir);
  });

  test('a new version is offered, and "Reload now" brings it in with the answers kept', async ({ app, page }) => {
    dir = copyOfDist();
    server = await serveBuild({ dir, port: 4181 });
    const versionA = versionOf(dir);

    // Build A: first visit, then some answers.
    await app.open(server.url);
    await waitForServiceWorkerControl(page);
    await app.rateByMouse(RATINGS);
    await expect(app.progressText()).toHaveText('5 of 25 answered');
    // The save comes just after the frame that shows the last answer.
    await expect.poll(async () => (await app.storedRecord())?.answers).toEqual(ANSWERS);
    expect(await cacheNames(page)).toEqual([`service-quotient-${versionA}`]);

    // Build B in the same place: different CSS, so a different version.
    const css = readdirSync(dir).find((f) => /^main-.*\.css$/.test(f));
    appendFileSync(join(dir, css), `\n${MARKER}\n`);
    const versionB = writeServiceWorker(dir);
    expect(versionB).not.toBe(versionA);

    // One ordinary reload: the browser finds and installs B; A still runs.
    await app.reload();
    const notice = page.locator('#update-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice.locator('p')).toHaveText(t('en', 'update.ready'));
    const reloadNow = notice.getByRole('button', { name: t('en', 'update.reload'), exact: true });
    await expect(reloadNow).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null)).toBe(true);

    // Nothing reloads by itself while the notice is shown. This waits for
    // something that must not happen, so a short fixed wait is the only way.
    await page.evaluate(() => {
      window.e2eMarker = 'still build A';
    });
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => window.e2eMarker)).toBe('still build A');
    await expect(notice).toBeVisible();
    expect(await app.storedRecord()).toMatchObject({ answers: ANSWERS });

    // "Reload now": the page reloads into B.
    await Promise.all([page.waitForEvent('load'), reloadNow.click()]);
    await page.locator('body > main section').waitFor();
    expect(await page.evaluate(() => window.e2eMarker)).toBeUndefined();
    // The stylesheet (inlined in index.html, a file for the other pages) as
    // this page's worker serves it: B's.
    const servedCss = await page.evaluate(async (file) => (await fetch(file)).text(), css);
    expect(servedCss).toContain(MARKER);
    await expect(notice).toBeHidden();
    await expect(page.locator('html')).not.toHaveClass(/update-ready/);

    // Every answer is still there.
    await expect(app.progressText()).toHaveText('5 of 25 answered');
    expect((await app.storedRecord()).answers).toEqual(ANSWERS);
    await app.openSection('culture');
    for (const [id, rating] of Object.entries(ANSWERS).filter(([id]) => id.startsWith('culture.'))) {
      await expect(app.radio(id, rating)).toBeChecked();
    }

    // Only B's cache remains (A's is deleted when B activates).
    await expect.poll(() => cacheNames(page)).toEqual([`service-quotient-${versionB}`]);
  });

  test('with two tabs open, "Reload now" still works in the second after the first has updated', async ({ app, page, context }) => {
    dir = copyOfDist();
    server = await serveBuild({ dir, port: 4184 });
    await app.open(server.url);
    await waitForServiceWorkerControl(page);
    const second = new App(await context.newPage());
    await second.open(server.url);
    await waitForServiceWorkerControl(second.page);
    await second.rate('culture.whatever-it-takes', 5);

    const css = readdirSync(dir).find((f) => /^main-.*\.css$/.test(f));
    appendFileSync(join(dir, css), `\n${MARKER}\n`);
    const versionB = writeServiceWorker(dir);

    // The first tab's reload finds B; both tabs offer it.
    await app.reload();
    await expect(page.locator('#update-notice')).toBeVisible();
    await expect(second.page.locator('#update-notice')).toBeVisible();

    // The first tab takes it.
    await Promise.all([page.waitForEvent('load'), page.locator('#update-reload').click()]);
    await page.locator('body > main section').waitFor();
    await expect(page.locator('#update-notice')).toBeHidden();

    // The second tab still runs A (under B's worker now). If it still offers
    // the update, its "Reload now" must bring B in.
    await second.page.bringToFront();
    await second.page.evaluate(() => {
      window.e2eMarker = 'still build A';
    });
    if (await second.page.locator('#update-notice').isVisible()) {
      await second.page.locator('#update-reload').click();
      await expect
        .poll(() => second.page.evaluate(() => window.e2eMarker).catch(() => 'navigating'), {
          message: '"Reload now" in the second tab reloads it',
        })
        .toBeUndefined();
      await second.page.locator('body > main section').waitFor();
    }
    await expect(second.page.locator('#update-notice')).toBeHidden();
    const servedCss = await second.page.evaluate(async (file) => (await fetch(file)).text(), css);
    expect(servedCss).toContain(MARKER);
    await expect(second.radio('culture.whatever-it-takes', 5)).toBeChecked();
    expect(await cacheNames(second.page)).toEqual([`service-quotient-${versionB}`]);
  });

  test('a first visit with no earlier version never shows the notice', async ({ app, page }) => {
    server = await serveBuild({ port: 4182 });
    await app.open(server.url);
    await waitForServiceWorkerControl(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting)).toBeNull();
    // The notice must not come: a short wait after the worker took control
    // (when a wrongly offered "update" would have shown).
    await page.waitForTimeout(1_000);
    await expect(page.locator('#update-notice')).toBeHidden();
    await expect(page.locator('html')).not.toHaveClass(/update-ready/);

    // Nor after a reload of the same version.
    await app.reload();
    await page.waitForTimeout(1_000);
    await expect(page.locator('#update-notice')).toBeHidden();
    await expect(page.locator('html')).not.toHaveClass(/update-ready/);
  });
});
