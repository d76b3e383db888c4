// When the browser will not let the page store anything, the app still works
// in memory and says so; when a save fails later, it says so and keeps the
// answers on screen.
import { test, expect, scoresAsShown, App, STORAGE_KEY } from './fixtures.mjs';
import { MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { openPlan } from './plan-page.mjs';

test.describe('localStorage blocked from the start', () => {
  test.beforeEach(async ({ page }) => {
    // As with cookies blocked: touching window.localStorage throws (in every
    // tab of the browser).
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access to localStorage is denied.', 'SecurityError');
        },
      });
    });
  });

  test('the self-check still works, in memory, and the person is told', async ({ app, page }) => {
    await app.open();
    // The block is in place for the page itself.
    expect(
      await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (error) {
          return error.name;
        }
      }),
    ).toBe('SecurityError');

    const notice = page.getByTestId('storage-notice');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toHaveText(t('en', 'storage.memory_only'));
    await expect(notice.getByTestId('download-saved')).toHaveCount(0);

    await app.rateByMouse(MIXED.ratings);
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText(MIXED.total);
    await expect(page.locator('.total-summary')).toHaveAttribute('data-band', MIXED.band);
    expect(await app.sectionScores()).toEqual(scoresAsShown(MIXED));
    await expect(page.getByTestId('save-failed')).toBeHidden();

    // Kept by this tab alone: back on the self-check and after a reload the
    // answers are there (the notice too); another tab starts again.
    await app.open();
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await app.reload();
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await expect(page.getByTestId('storage-notice')).toHaveText(t('en', 'storage.memory_only'));
    const other = new App(await page.context().newPage());
    await other.open();
    await expect(other.progressText()).toHaveText('0 of 25 answered');
    await expect(other.page.getByTestId('storage-notice')).toHaveText(t('en', 'storage.memory_only'));
    await other.page.close();
  });

  test('the plan is kept by the tab too: after a reload and a visit to another page, not in another tab', async ({ page }) => {
    const vision = 'Kept by this tab: fresh and friendly';
    await openPlan(page, 'vision');
    await expect(page.getByTestId('storage-notice')).toHaveText(t('en', 'storage.memory_only'));
    await page.locator('#vision-statement').fill(vision);
    await page.reload();
    await expect(page.locator('#vision-statement')).toHaveValue(vision);
    // Answers given in the same tab keep the plan: both live in its memory.
    await page.goto('./');
    await page.goto('tools.html#results');
    await openPlan(page, 'vision');
    await expect(page.locator('#vision-statement')).toHaveValue(vision);
    const other = await page.context().newPage();
    await openPlan(other, 'vision');
    await expect(other.locator('#vision-statement')).toHaveValue('');
    await other.close();
  });
});

test('a save refused after loading shows the save-failed notice and keeps the answers', async ({ app, page }) => {
  await app.open();
  await app.rate('culture.whatever-it-takes', 4);
  await expect.poll(async () => (await app.storedRecord())?.answers).toEqual({ 'culture.whatever-it-takes': 4 });
  await expect(page.getByTestId('save-failed')).toBeHidden();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);

  // From now on, storage is full for the session key only.
  await page.evaluate((key) => {
    const setItem = Storage.prototype.setItem;
    window.e2eRestoreSetItem = () => {
      Storage.prototype.setItem = setItem;
    };
    Storage.prototype.setItem = function (name, value) {
      if (this === window.localStorage && name === key) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, name, value);
    };
  }, STORAGE_KEY);

  await app.rate('culture.right-first-time', 2);
  const failed = page.getByTestId('save-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  // A full quota is recognised and said so, not just "could not be saved".
  await expect(failed.locator('p:visible')).toHaveText(t('en', 'storage.full'));

  // The answers stay on screen and keep working.
  await app.rate('culture.owner-sets-example', 5);
  await expect(app.radio('culture.whatever-it-takes', 4)).toBeChecked();
  await expect(app.radio('culture.right-first-time', 2)).toBeChecked();
  await expect(app.radio('culture.owner-sets-example', 5)).toBeChecked();
  await expect(app.progressText()).toHaveText('3 of 25 answered');
  await expect(app.navItem('culture').locator('.section-nav__count')).toHaveText('3/4');
  await expect(failed).toBeVisible();
  // Storage still holds the last record that could be saved.
  expect((await app.storedRecord()).answers).toEqual({ 'culture.whatever-it-takes': 4 });

  // Once storage takes writes again, the next change saves everything and
  // the notice goes away.
  await page.evaluate(() => window.e2eRestoreSetItem());
  await app.rate('culture.customer-needs-first', 3);
  await expect(failed).toBeHidden();
  expect((await app.storedRecord()).answers).toEqual({
    'culture.whatever-it-takes': 4,
    'culture.right-first-time': 2,
    'culture.owner-sets-example': 5,
    'culture.customer-needs-first': 3,
  });
});
