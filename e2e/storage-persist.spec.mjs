// The page asks the browser to keep its storage. Where the browser may still
// erase it (Safari deletes a site's storage after seven days without a
// visit), the app says so; other browsers never show that notice.
import { test, expect } from './fixtures.mjs';
import { t } from './texts.mjs';

const SAFARI_17 =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';

/** Records in window.e2ePersisted what the page's navigator.storage.persist()
 *  calls resolve to, without changing it; with `answer`, makes them resolve
 *  to that instead. The recording callback is attached before the page's
 *  own, so once it has run the page's has run too. */
async function watchPersist(page, answer = null) {
  await page.addInitScript((forced) => {
    const original = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function persist() {
      const result = forced === null ? original.call(this) : Promise.resolve(forced);
      result.then((kept) => {
        window.e2ePersisted = kept;
      });
      return result;
    };
  }, answer);
  return async () => {
    await page.waitForFunction(() => window.e2ePersisted !== undefined);
    return page.evaluate(() => window.e2ePersisted);
  };
}

test.describe('in Safari', () => {
  test.use({ userAgent: SAFARI_17 });

  test('when the browser will not promise to keep storage, the page says it may be erased', async ({ app, page }) => {
    const persisted = await watchPersist(page);
    await app.open();
    // This Chromium does not grant persistence to a site just opened; if it
    // ever does, this test needs `watchPersist(page, false)`.
    expect(await persisted(), 'navigator.storage.persist() resolved').toBe(false);
    const notice = page.locator('#erase-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toHaveText(t('en', 'storage.may_be_erased'));
  });

  test('when the browser promises to keep storage, there is no notice', async ({ app, page }) => {
    const persisted = await watchPersist(page, true);
    await app.open();
    expect(await persisted()).toBe(true);
    await expect(page.locator('html')).not.toHaveClass(/may-be-erased/);
    await expect(page.locator('#erase-notice')).toBeHidden();
  });
});

test('in Chromium, with the same answer from the browser, there is no notice', async ({ app, page }) => {
  const persisted = await watchPersist(page);
  await app.open();
  expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Chrome\//);
  expect(await persisted()).toBe(false);
  await expect(page.locator('html')).not.toHaveClass(/may-be-erased/);
  await expect(page.locator('#erase-notice')).toBeHidden();
});
