// When the app cannot start (its WebAssembly fails to load, or is damaged),
// the page says so, as an alert, in the browser's language, instead of
// staying blank. When it starts, the message is gone.
import { readFileSync } from 'node:fs';
import { test, expect, waitForServiceWorkerControl } from './fixtures.mjs';
import { t } from './texts.mjs';

// The messages live in public/shell.js (they must show without the app, so
// they are not in locales/); read them from there.
const SHELL = readFileSync(new URL('../public/shell.js', import.meta.url), 'utf8');
function bootMessage(lang) {
  const match = SHELL.match(new RegExp(`\\b${lang}: '([^']+)'`));
  if (!match) throw new Error(`no boot message for ${lang} in public/shell.js`);
  return match[1];
}

// shell.js gives up waiting for the app after 20 s and then shows the
// message whatever happened; a failure it detects shows it at once.
const GIVE_UP_AFTER_MS = 20_000;
const AT_ONCE_MS = 5_000;

/** Aborts every request for the app's WebAssembly. */
async function abortTheWasm(page) {
  const aborted = [];
  await page.route('**/*.wasm', (route) => {
    aborted.push(route.request().url());
    return route.abort('failed');
  });
  return aborted;
}

test.describe('the wasm fails to load', () => {
  // The aborted load is reported in the console (the preload and the fetch
  // both fail) and as an uncaught error of the loader; nothing else may be.
  test.use({ expectedErrors: /net::ERR_FAILED|Failed to fetch|Failed to load resource/ });

  test('an English message explains what is wrong', async ({ page, guard }) => {
    const aborted = await abortTheWasm(page);
    await page.goto('./');
    const box = page.getByRole('alert');
    // Allow for the give-up timer: whether the failure is noticed at once is
    // the last test's concern.
    await expect(box).toBeVisible({ timeout: GIVE_UP_AFTER_MS + 5_000 });
    await expect(box).toHaveAttribute('id', 'boot-error');
    await expect(box).toHaveText(bootMessage('en'));
    await expect(box).toHaveAttribute('lang', 'en');
    await expect(page.locator('main')).toHaveCount(0);
    expect(aborted.length).toBeGreaterThan(0);
    expect(guard.expected.length, 'the failed load was reported in the console').toBeGreaterThan(0);
  });

  test.describe('with the browser in Hindi', () => {
    test.use({ locale: 'hi-IN' });

    test('the message is in Hindi', async ({ page }) => {
      await abortTheWasm(page);
      await page.goto('./');
      const box = page.locator('#boot-error');
      await expect(box).toBeVisible({ timeout: GIVE_UP_AFTER_MS + 5_000 });
      await expect(box).toHaveAttribute('role', 'alert');
      await expect(box).toHaveText(bootMessage('hi'));
      await expect(box).toHaveAttribute('lang', 'hi');
    });
  });
});

test.describe('the wasm is damaged', () => {
  test.use({ expectedErrors: /WebAssembly\.instantiate|CompileError/ });

  test('the failure is noticed at once, not only when the 20-second timer gives up', async ({ page, guard }) => {
    // The file arrives (so the preload succeeds) but is not WebAssembly: the
    // loader's top-level await rejects.
    await page.route('**/*.wasm', (route) =>
      route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('this is not WebAssembly') }),
    );
    await page.goto('./');
    await expect.poll(() => guard.expected.length, { message: 'the loader failed' }).toBeGreaterThan(0);
    const box = page.locator('#boot-error');
    await expect(box, `shown within ${AT_ONCE_MS / 1000} s`).toBeVisible({ timeout: AT_ONCE_MS });
    await expect(box).toHaveText(bootMessage('en'));
  });
});

test('when the app starts, there is no start-up message', async ({ app, page }) => {
  await app.open();
  await expect(page.locator('h1')).toHaveText(t('en', 'app.title'));
  await expect(page.locator('#boot-error')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a working app never shows the message, even when shell.js arrives after the app has started', async ({ app, page }) => {
  // shell.js is delivered only once the app has rendered, as a slow
  // response for one small file would; the loader has fired
  // TrunkApplicationStarted by then.
  await page.route('**/shell.js', async (route) => {
    await page.locator('body > main section').waitFor();
    await route.continue();
  });
  await app.open();
  await waitForServiceWorkerControl(page); // shell.js has run (it registers the worker)
  await app.rate('culture.whatever-it-takes', 4);
  // Waits for something that must not happen: the give-up timer firing over
  // a working app. Only a wait past that timer can show it.
  await page.waitForTimeout(GIVE_UP_AFTER_MS + 2_000);
  await expect(page.locator('#boot-error')).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(app.progressText()).toHaveText('1 of 25 answered');
});
