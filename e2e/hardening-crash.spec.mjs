// A panic in the app (the crash-test build in target/crash-dist panics when
// F9 is pressed on index.html?crash-test) shows a calm notice in the page's
// language with a link that reloads the page, and after the reload every
// answer given before the panic is still there, on screen and in storage.
// The panic is the only error: it is expected (and checked to have
// happened); nothing else fails, and nothing violates the CSP.
import { fileURLToPath } from 'node:url';
import { test, expect, serveBuild } from './fixtures.mjs';
import { t } from './texts.mjs';
import { watchViolations, expectNoViolations, expectStoredAnswers, expectAnswersOnScreen } from './hardening-helpers.mjs';

/** The crash-test build (scripts/test.sh builds it with feature crash-test). */
const CRASH_DIST = fileURLToPath(new URL('../target/crash-dist/', import.meta.url));

/** The panic's message as logged by the hook, and the trap the aborted
 *  wasm throws out of the key handler. */
const PANIC = /crash test: F9 pressed/;
test.use({ expectedErrors: /crash test: F9 pressed|unreachable/ });

const ANSWERS = {
  'culture.whatever-it-takes': 4,
  'culture.right-first-time': 2,
  'products.partnership-selling': 5,
  'staff.respected': 1,
};

/** Rates every statement of `answers` (section by section). */
async function rateAll(app, answers) {
  for (const [id, rating] of Object.entries(answers)) {
    const section = id.split('.')[0];
    if ((await app.sectionPage(section).count()) === 0) await app.openSection(section);
    await app.rate(id, rating);
  }
}

/** Panics the app with F9 and returns the notice it shows. */
async function crash(page) {
  await page.keyboard.press('F9');
  const notice = page.locator('#crash-notice');
  await expect(notice).toBeVisible();
  return notice;
}

/** Expects the crash notice in `lang`: an alert with the message and a link
 *  to the page itself. */
async function expectNotice(page, notice, lang) {
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice.locator('p')).toHaveText(t(lang, 'crash.message'));
  const reload = notice.getByRole('link', { name: t(lang, 'crash.reload'), exact: true });
  await expect(reload).toBeVisible();
  const current = new URL(page.url());
  current.hash = '';
  expect(await reload.evaluate((a) => a.href)).toBe(current.href);
  await expect(page.locator('#crash-notice')).toHaveCount(1);
  return reload;
}

/** Follows the notice's reload link and waits for the app to start again in
 *  a new document. */
async function reloadFromNotice(app, reload) {
  const navigated = app.page.waitForEvent('framenavigated', (frame) => frame === app.page.mainFrame());
  await reload.click();
  await navigated;
  await app.page.locator('body > main section').waitFor();
  expect(await app.page.evaluate(() => window.e2eBeforeCrash), 'a new document').toBeUndefined();
  await expect(app.page.locator('#crash-notice')).toHaveCount(0);
}

for (const { lang, port } of [
  { lang: 'en', port: 4195 },
  { lang: 'hi', port: 4196 },
]) {
  test(`a panic shows the notice in ${lang}, and its reload link brings back every answer`, async ({
    app,
    page,
    context,
    guard,
  }) => {
    const server = await serveBuild({ dir: CRASH_DIST, port });
    try {
      const violations = await watchViolations(context);
      await app.open(`${server.url}index.html?crash-test`);
      if (lang !== 'en') await app.chooseLanguage(lang);
      await rateAll(app, ANSWERS);
      await expectStoredAnswers(app, ANSWERS);
      await page.evaluate(() => {
        window.e2eBeforeCrash = true;
      });

      const notice = await crash(page);
      expect(guard.expected.some((message) => PANIC.test(message)), 'the panic was logged').toBe(true);
      const reload = await expectNotice(page, notice, lang);
      // The answers are still on screen under the notice, and stored.
      for (const [id, rating] of Object.entries(ANSWERS).filter(([id]) => id.startsWith('staff.'))) {
        await expect(app.radio(id, rating)).toBeChecked();
      }
      await expectStoredAnswers(app, ANSWERS);
      await expectNoViolations(violations, [page]);

      await reloadFromNotice(app, reload);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAnswersOnScreen(app, ANSWERS, { everywhere: true, lang });
      await expectStoredAnswers(app, ANSWERS);

      // The reloaded app works: one more answer is kept.
      await app.openSection('improvement');
      await app.rate('improvement.fix-quickly', 3);
      await expectStoredAnswers(app, { ...ANSWERS, 'improvement.fix-quickly': 3 });
      await expectNoViolations(violations, [page]);
    } finally {
      await server.close();
    }
  });
}
