// Two tabs of the self-check (two pages in one browser context) never undo
// each other: a rating in one shows up in the other without a reload; two
// tabs rating different statements both keep their answers, even when one
// has not yet heard of the other's change; a hidden tab never writes; and a
// tab that finds a record from a newer version stops writing, says so, and
// keeps its answers on screen. No uncaught error (the guard fixture), no CSP
// violation, and every answer given before each fault is still there after.
import { test, expect, App, STORAGE_KEY } from './fixtures.mjs';
import { t } from './texts.mjs';
import { watchViolations, expectNoViolations, expectStoredAnswers, expectAnswersOnScreen } from './hardening-helpers.mjs';

const X = 'culture.whatever-it-takes';
const Y = 'culture.right-first-time';
const Z = 'culture.owner-sets-example';
const W = 'culture.customer-needs-first';

/** Counts, in every page of the context, the writes to the session key
 *  (`window.e2eSessionWrites`), so a test can tell which tab wrote. */
async function countSessionWrites(context) {
  await context.addInitScript((key) => {
    window.e2eSessionWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name, value) {
      if (this === window.localStorage && name === key) window.e2eSessionWrites += 1;
      return setItem.call(this, name, value);
    };
  }, STORAGE_KEY);
}

/** How many times this tab has written the session record. */
function sessionWrites(app) {
  return app.page.evaluate(() => window.e2eSessionWrites);
}

/** Opens a second tab of the self-check in the same context. */
async function openTab(context) {
  const tab = new App(await context.newPage());
  await tab.open();
  return tab;
}

/** Marks the document so a later check can tell it was not reloaded. */
async function markDocument(app) {
  await app.page.evaluate(() => {
    window.e2eSameDocument = true;
  });
}

/** Expects the document marked by `markDocument` to be the one still shown. */
async function expectSameDocument(app) {
  expect(await app.page.evaluate(() => window.e2eSameDocument), 'the tab was not reloaded').toBe(true);
}

/** Makes the tab report itself hidden or visible (document.hidden and
 *  document.visibilityState, which the app reads) and fires the
 *  visibilitychange event the browser would, bubbling to window where the
 *  app listens. */
async function setHidden(app, hidden) {
  await app.page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);
}

/** Opens a second tab of the self-check whose app can be made deaf to other
 *  tabs' changes (see `holdStorageEvents`): a storage listener registered
 *  before the app's own stops the event while `window.e2eHoldStorage` is set. */
async function openTabThatCanMissEvents(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.addEventListener('storage', (event) => {
      if (window.e2eHoldStorage) {
        window.e2eHeldEvents = (window.e2eHeldEvents ?? 0) + 1;
        event.stopImmediatePropagation();
      }
    });
  });
  const tab = new App(page);
  await tab.open();
  return tab;
}

/** From now on, the tab's app does not hear of other tabs' changes (storage
 *  events are stopped before they reach it), as when two tabs change the
 *  record at nearly the same moment. */
async function holdStorageEvents(app) {
  await app.page.evaluate(() => {
    window.e2eHoldStorage = true;
  });
}

/** How many storage events were kept from the tab's app. */
function heldEvents(app) {
  return app.page.evaluate(() => window.e2eHeldEvents ?? 0);
}

test('a rating in one tab shows up in the other without a reload', async ({ app, page, context }) => {
  const violations = await watchViolations(context);
  await app.open();
  const b = await openTab(context);
  await markDocument(b);

  await app.rate(X, 4);
  await expect(b.radio(X, 4)).toBeChecked();
  await expect(b.progressText()).toHaveText('1 of 25 answered');

  // And the other way round; a change of an answer travels too.
  await b.rate(Y, 2);
  await expect(app.radio(Y, 2)).toBeChecked();
  await app.rate(X, 1);
  await expect(b.radio(X, 1)).toBeChecked();
  await expect(b.progressText()).toHaveText('2 of 25 answered');
  await expectSameDocument(b);
  await expectStoredAnswers(app, { [X]: 1, [Y]: 2 });

  await expectNoViolations(violations, [page, b.page]);
});

test('two tabs rating different statements both keep their answers, also after a reload', async ({ app, page, context }) => {
  const violations = await watchViolations(context);
  await app.open();
  // Tab B is opened first and never reloaded before the end.
  const b = await openTab(context);
  await markDocument(b);

  await app.rate(X, 4);
  await b.rate(Y, 2);

  const both = { [X]: 4, [Y]: 2 };
  await expectStoredAnswers(app, both);
  await expectAnswersOnScreen(app, both);
  await expectAnswersOnScreen(b, both);
  await expectSameDocument(b);

  await app.reload();
  await b.reload();
  await expectAnswersOnScreen(app, both);
  await expectAnswersOnScreen(b, both);
  await expectStoredAnswers(app, both);

  await expectNoViolations(violations, [page, b.page]);
});

test('a tab that has not yet heard of the other tab\'s change merges instead of writing over it', async ({ app, page, context }) => {
  const violations = await watchViolations(context);
  await app.open();
  const b = await openTabThatCanMissEvents(context);
  await app.rate(W, 3);
  await expect(b.radio(W, 3)).toBeChecked();

  // B stops hearing from A: it still believes the record holds only W.
  await holdStorageEvents(b);
  await app.rate(X, 4);
  await expectStoredAnswers(app, { [W]: 3, [X]: 4 });
  await expect.poll(() => heldEvents(b)).toBe(1);
  await expect(b.progressText()).toHaveText('1 of 25 answered');

  // B rates another statement: its save merges A's answer in, and B shows it.
  await b.rate(Y, 2);
  const all = { [W]: 3, [X]: 4, [Y]: 2 };
  await expectStoredAnswers(app, all);
  await expect(b.radio(X, 4)).toBeChecked();
  await expectAnswersOnScreen(b, all);
  // A hears of B's write as usual.
  await expectAnswersOnScreen(app, all);

  // B changing an answer it shares with A still wins (the later write).
  await b.rate(W, 5);
  await expectStoredAnswers(app, { ...all, [W]: 5 });
  await expect(app.radio(W, 5)).toBeChecked();

  await app.reload();
  await expectAnswersOnScreen(app, { ...all, [W]: 5 });
  await expectNoViolations(violations, [page, b.page]);
});

test('a hidden tab never writes, and shows the other tab\'s answers when shown again', async ({ app, page, context }) => {
  const violations = await watchViolations(context);
  await countSessionWrites(context);
  await app.open();
  const b = await openTab(context);
  await app.rate(X, 4);
  await expect(b.radio(X, 4)).toBeChecked();
  const bWritesBefore = await sessionWrites(b);

  await setHidden(b, true);
  // A change made in the hidden tab is held back, not written.
  await b.rate(Z, 3);
  // Meanwhile A rates and changes answers.
  await app.rate(Y, 5);
  await app.rate(X, 2);
  // B, still hidden, takes in A's answers (storage events) and keeps its own.
  await expect(b.radio(X, 2)).toBeChecked();
  await expect(b.radio(Y, 5)).toBeChecked();
  await expect(b.radio(Z, 3)).toBeChecked();

  // The record is A's: its answers, its revisions (3 writes by A), and B has
  // not written once since it was hidden.
  const aAnswers = { [X]: 2, [Y]: 5 };
  await expectStoredAnswers(app, aAnswers);
  const record = await app.storedRecord();
  expect(record.revision).toBe(3);
  expect(await sessionWrites(b)).toBe(bWritesBefore);
  expect(await sessionWrites(app)).toBe(3);
  const rawWhileHidden = (await app.storageEntries())[STORAGE_KEY];

  // More changes in A while B stays hidden: still no write from B.
  await app.rate(W, 1);
  await expect(b.radio(W, 1)).toBeChecked();
  expect(await sessionWrites(b)).toBe(bWritesBefore);
  expect((await app.storageEntries())[STORAGE_KEY]).not.toBe(rawWhileHidden);
  await expectStoredAnswers(app, { ...aAnswers, [W]: 1 });

  // Shown again: B shows A's answers and saves the change it held back,
  // merged with A's, without undoing any of them.
  await setHidden(b, false);
  const all = { ...aAnswers, [W]: 1, [Z]: 3 };
  await expectStoredAnswers(app, all);
  expect(await sessionWrites(b)).toBe(bWritesBefore + 1);
  expect((await app.storedRecord()).revision).toBe(5);
  await expectAnswersOnScreen(b, all);
  await expectAnswersOnScreen(app, all);

  await b.reload();
  await expectAnswersOnScreen(b, all);
  await expectNoViolations(violations, [page, b.page]);
});

/** A tab on the app's origin that does not run this build: a page the test
 *  serves itself (with an icon, so the browser asks for no favicon). */
async function openNewerBuildTab(context) {
  await context.route('**/e2e-newer-build-tab.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>newer build</title></head><body></body></html>',
    }),
  );
  const page = await context.newPage();
  await page.goto('e2e-newer-build-tab.html');
  return page;
}

test.describe('version skew', () => {
  /** A record as a newer version of the app (schema 4) would write it. */
  const NEWER = JSON.stringify({
    format: 'service-quotient/session',
    schema: 4,
    app: '9.0.0',
    saved_at: '2031-01-01T00:00:00.000Z',
    revision: 40,
    language: 'en',
    place: 'staff',
    answers: { [X]: { value: 5, confidence: 'high' } },
    goals: ['from the newer version'],
  });

  test('a tab that finds a newer version\'s record stops writing, says so, and keeps its answers on screen', async ({
    page,
    context,
  }) => {
    const violations = await watchViolations(context);
    await countSessionWrites(context);
    // Tab B runs this version and has answers.
    const b = new App(page);
    await b.open();
    await markDocument(b);
    await b.rate(X, 4);
    await b.rate(Y, 2);
    await expectStoredAnswers(b, { [X]: 4, [Y]: 2 });
    const bWritesBefore = await sessionWrites(b);

    // A tab of a newer build (simulated by a page of the same origin that
    // does not run this build) stores its record.
    const newer = await openNewerBuildTab(context);
    await newer.evaluate(([key, raw]) => localStorage.setItem(key, raw), [STORAGE_KEY, NEWER]);

    // B is told, in its language, and its answers stay on screen.
    const failed = page.getByTestId('save-failed');
    await expect(failed).toBeVisible();
    await expect(failed.locator('p:visible')).toHaveText(t('en', 'storage.newer'));
    await expect(b.radio(X, 4)).toBeChecked();
    await expect(b.radio(Y, 2)).toBeChecked();
    await expect(b.progressText()).toHaveText('2 of 25 answered');

    // B keeps working in memory, never writing over the newer record, and
    // keeps saying that its changes are not kept.
    await b.rate(Z, 3);
    await expect(failed, 'the newer-version message stays after a rating').toBeVisible();
    await expect(failed.locator('p:visible')).toHaveText(t('en', 'storage.newer'));
    await b.rate(X, 1);
    await b.chooseLanguage('hi');
    await expect(failed).toBeVisible();
    await expect(failed.locator('p:visible')).toHaveText(t('hi', 'storage.newer'));
    await b.chooseLanguage('en');
    await expectAnswersOnScreen(b, { [X]: 1, [Y]: 2, [Z]: 3 });
    await expect(failed).toBeVisible();
    await expect(failed.locator('p:visible')).toHaveText(t('en', 'storage.newer'));
    expect((await b.storageEntries())[STORAGE_KEY]).toBe(NEWER);
    expect(await sessionWrites(b)).toBe(bWritesBefore);
    await expectSameDocument(b);

    await expectNoViolations(violations, [page, newer]);
  });
});
