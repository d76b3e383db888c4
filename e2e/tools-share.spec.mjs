// Share links: the keep page's link (15 characters of fragment, copied to
// the clipboard only when the browser allows it, shared through the system
// share sheet where there is one, also drawn as a QR code) opened in
// another browser shows the same results read-only, never called "yours";
// there "Keep mine" leaves that browser's own answers alone and "Load into
// my self-check" replaces them (after asking); a damaged, cut-off or foreign
// link is reported with its reason and changes nothing.
import { test, expect, scoresAsShown, App, STORAGE_KEY } from './fixtures.mjs';
import { ANSWER_SETS, MIXED, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import {
  bandTitle,
  expectResults,
  freshContext,
  openTool,
  sessionRecord,
  shareLink,
  shareLinkFor,
  storeBeforeFirstLoad,
  storedAnswers,
  toolHeading,
} from './tools-page.mjs';

// The shared answers: the mixed set, 24.4 (adequate), hand-computed in
// questionnaire.mjs. The local answers of the receiving browser: 21.0
// exactly (3.25 + 2.75 + 3 * 5), also adequate but with different sections.
const SHARED = MIXED;
const LOCAL = ANSWER_SETS.find((set) => set.total === '21.0');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The code in a share link (what follows `#r=`). */
function codeOf(link) {
  return link.slice(link.indexOf('#r=') + 3);
}

/** Expects the results page of a self-check (index.html) to show `set`. */
async function expectSelfCheck(page, set) {
  const app = new App(page);
  await app.open('./');
  await expect(app.progressText()).toHaveText('25 of 25 answered');
  await app.openResults();
  expect(await app.sectionScores()).toEqual(scoresAsShown(set));
  await expect(page.getByTestId('total')).toHaveText(set.total);
  await expect(page.getByTestId('band')).toHaveText(bandTitle('en', set.band));
}

/** The dark modules of the QR code's path (`M{x} {y}h1v1h-1z` each), as
 *  "x,y" strings in SVG units (the 4-module quiet zone included). */
function darkModules(d) {
  const modules = new Set();
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) modules.add(`${x},${y}`);
  return modules;
}

test('the share link is short, copies, has a QR code, and shows the same results read-only elsewhere', async ({ page, browser, baseURL }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(SHARED.ratings) });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await openTool(page, 'keep');
  await expectResults(page, SHARED);

  // A link to tools.html next to this page, the answers in its fragment:
  // a version character, 13 of packed answers, one check character.
  const link = await shareLink(page);
  expect(link.startsWith(`${baseURL}tools.html#r=`), link).toBe(true);
  const code = codeOf(link);
  expect(code.length).toBeLessThanOrEqual(24);
  expect(code).toMatch(/^1[A-Za-z0-9_-]{14}$/);

  // "Copy the link" puts exactly that link on the clipboard.
  await page.getByRole('button', { name: t('en', 'keep.copy') }).click();
  await expect(page.locator('.share-panel [role=status]')).toHaveText(t('en', 'keep.copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The QR code: an SVG image with its name, a square of 21 + 4k modules
  // plus a 4-module quiet zone on each side, and the three finder patterns
  // (7 x 7: dark ring, light ring, dark 3 x 3 centre) in three corners.
  const qr = page.getByRole('img', { name: t('en', 'keep.qr') });
  await expect(qr).toBeVisible();
  const side = Number((await qr.getAttribute('viewBox')).split(' ')[2]);
  const size = side - 8;
  expect(size >= 21 && (size - 21) % 4 === 0, `QR code of ${size} modules`).toBe(true);
  const dark = darkModules(await qr.locator('path').getAttribute('d'));
  for (const [fx, fy] of [[4, 4], [4 + size - 7, 4], [4, 4 + size - 7]]) {
    for (let dy = 0; dy < 7; dy++) {
      for (let dx = 0; dx < 7; dx++) {
        const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
        const expectedDark = ring !== 2;
        expect(dark.has(`${fx + dx},${fy + dy}`), `finder module ${fx + dx},${fy + dy}`).toBe(expectedDark);
      }
    }
  }
  // Nothing dark in the quiet zone.
  for (const module of dark) {
    const [x, y] = module.split(',').map(Number);
    expect(x >= 4 && x < 4 + size && y >= 4 && y < 4 + size, `module ${module} inside the code`).toBe(true);
  }

  // Another browser, nothing stored: the same results, read-only.
  const other = await freshContext(browser, baseURL);
  const page2 = await other.context.newPage();
  await page2.goto(link);
  await expect(toolHeading(page2)).toHaveText(t('en', 'link.title'));
  await expect(page2.getByText(t('en', 'link.explain'))).toBeVisible();
  await expectResults(page2, SHARED);
  await expect(page2.locator('main input')).toHaveCount(0);
  await expect(page2.getByRole('button', { name: t('en', 'link.load') })).toBeVisible();
  // Someone with no answers of their own is offered their own self-check.
  await expect(page2.getByRole('button', { name: t('en', 'link.keep') })).toHaveCount(0);
  await expect(page2.getByRole('link', { name: t('en', 'link.start_own') })).toBeVisible();
  // Seeing them stores nothing.
  expect(await storedAnswers(page2)).toEqual({});
  await other.close();
});

test('"Keep mine" leaves the local answers alone; "Load into my self-check" replaces them', async ({ page, browser, baseURL }) => {
  const link = await shareLinkFor(browser, baseURL, SHARED.ratings);
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(LOCAL.ratings) });

  // Keep mine.
  await page.goto(link);
  await expect(toolHeading(page)).toHaveText(t('en', 'link.title'));
  await expectResults(page, SHARED);
  expect(await storedAnswers(page)).toEqual(answersById(LOCAL.ratings));
  await page.getByRole('button', { name: t('en', 'link.keep') }).click();
  await expect(toolHeading(page)).toHaveText(t('en', 'results.title'));
  await expectResults(page, LOCAL);
  // The link's fragment is gone, so a reload does not show it again.
  expect(page.url()).toBe(`${baseURL}tools.html`);
  await page.reload();
  await expect(toolHeading(page)).toHaveText(t('en', 'results.title'));
  await expectResults(page, LOCAL);
  expect(await storedAnswers(page)).toEqual(answersById(LOCAL.ratings));
  await expectSelfCheck(page, LOCAL);

  // Load into my self-check.
  await page.goto(link);
  await expect(toolHeading(page)).toHaveText(t('en', 'link.title'));
  await page.getByRole('button', { name: t('en', 'link.load') }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('en', 'replace.confirm') }).click();
  await expect(toolHeading(page)).toHaveText(t('en', 'results.title'));
  await expectResults(page, SHARED);
  expect(page.url()).toBe(`${baseURL}tools.html`);
  await expect.poll(() => storedAnswers(page)).toEqual(answersById(SHARED.ratings));
  await expectSelfCheck(page, SHARED);
});

/** Rewrites one character of a code to another character of the alphabet. */
function changeCharacter(code, at) {
  const next = ALPHABET[(ALPHABET.indexOf(code[at]) + 1) % 64];
  return code.slice(0, at) + next + code.slice(at + 1);
}

/** A code whose first statement is "rated" 7 (three bits all set), with a
 *  check character that matches (share_code.rs: the sum of (2i + 1) x
 *  (digit + 1) over the 13 payload digits, modulo 64), so only the rating
 *  check can refuse it. */
function ratingSevenCode(code) {
  const digits = [...code.slice(1, 14)].map((c) => ALPHABET.indexOf(c));
  digits[0] |= 0b111;
  const check = digits.reduce((sum, d, i) => sum + (2 * i + 1) * (d + 1), 0) % 64;
  return `1${digits.map((d) => ALPHABET[d]).join('')}${ALPHABET[check]}`;
}

test('damaged, cut-off and foreign links are reported with their reason, and the local answers stay', async ({ page, browser, baseURL }) => {
  const code = codeOf(await shareLinkFor(browser, baseURL, SHARED.ratings));
  const BAD = [
    { name: 'one answer character changed', code: changeCharacter(code, 5), reason: 'link.reason_damaged' },
    { name: 'check character changed', code: changeCharacter(code, 14), reason: 'link.reason_damaged' },
    { name: 'a character outside the alphabet', code: `${code.slice(0, 5)}*${code.slice(6)}`, reason: 'link.reason_damaged' },
    { name: 'a rating of 7 with a matching check', code: ratingSevenCode(code), reason: 'link.reason_damaged' },
    { name: 'last character cut off', code: code.slice(0, -1), reason: 'link.reason_truncated' },
    { name: 'cut off after 8', code: code.slice(0, 8), reason: 'link.reason_truncated' },
    { name: 'one character too many', code: `${code}A`, reason: 'link.reason_truncated' },
    { name: 'version 2', code: `2${code.slice(1)}`, reason: 'link.reason_version' },
    // Only a digit can start another version's code (share_code.rs).
    { name: '"hello"', code: 'hello', reason: 'link.reason_not_ours' },
    { name: 'an empty code', code: '', reason: 'link.reason_not_ours' },
  ];
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(LOCAL.ratings) });
  for (const bad of BAD) {
    expect(bad.code, bad.name).not.toBe(code);
    await openTool(page, `r=${bad.code}`);
    const error = page.getByTestId('link-error');
    await expect(error, bad.name).toHaveText(t('en', 'link.error', { reason: t('en', bad.reason) }));
    await expect(error).toHaveAttribute('role', 'alert');
    // Not shown as shared results: the local answers' results.
    await expect(toolHeading(page)).toHaveText(t('en', 'results.title'));
    await expect(page.getByRole('button', { name: t('en', 'link.load') })).toHaveCount(0);
    await expectResults(page, LOCAL);
    expect(await storedAnswers(page), bad.name).toEqual(answersById(LOCAL.ratings));
    // The bad fragment is dropped from the address.
    expect(page.url()).toBe(`${baseURL}tools.html`);
  }
  await expectSelfCheck(page, LOCAL);
});

test('shared results speak of these results, never "yours"', async ({ page, browser, baseURL }) => {
  const link = await shareLinkFor(browser, baseURL, SHARED.ratings);
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(LOCAL.ratings) });
  await page.goto(link);
  const view = page.locator('main .results-page');
  await expect(view.locator('.total-summary__label')).toHaveText(t('en', 'link.total_label'));
  await expect(view.locator('.first-steps h3')).toHaveText(t('en', 'link.first_steps_title'));
  await expect(view.locator('details.answer-review > summary')).toHaveText(t('en', 'link.answers'));
  // The framing never says "your" (the advice itself speaks to whoever acts
  // on it).
  const framing = view.locator(
    '.total-summary, .first-steps > h3, .first-steps > p, .section-advice-list > h3, .section-advice h5, .section-advice__more > summary, .score-chart figcaption, .answer-review > summary',
  );
  for (const text of await framing.allTextContents()) expect(text).not.toMatch(/\byour\b/i);
  // The person has answers of their own: "Keep mine" is offered.
  await expect(page.getByRole('button', { name: t('en', 'link.keep') })).toBeVisible();
});

test('where the browser has a share sheet, "Share the link" opens it with the link', async ({ page }) => {
  await page.addInitScript(() => {
    window.sharedWith = [];
    Navigator.prototype.share = function share(data) {
      window.sharedWith.push(data);
      return Promise.resolve();
    };
  });
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(SHARED.ratings) });
  await openTool(page, 'keep');
  const link = await shareLink(page);
  await page.getByRole('button', { name: t('en', 'keep.share') }).click();
  await expect.poll(() => page.evaluate(() => window.sharedWith)).toEqual([{ url: link, title: t('en', 'app.title') }]);
});

test('without a share sheet only copying is offered; a refused copy says so and selects the link', async ({ page }) => {
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) },
    });
  });
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(SHARED.ratings) });
  await openTool(page, 'keep');
  const link = await shareLink(page);
  await expect(page.getByRole('button', { name: t('en', 'keep.share') })).toHaveCount(0);
  await page.getByRole('button', { name: t('en', 'keep.copy') }).click();
  const status = page.getByTestId('copy-status');
  await expect(status).toHaveText(t('en', 'keep.copy_failed'));
  await expect(status).not.toContainText(t('en', 'keep.copied'));
  const field = page.getByLabel(t('en', 'keep.share_label'));
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
  expect(selected).toBe(link);
});
