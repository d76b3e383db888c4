// The tools page follows its address: the browser's Back button returns to
// the tool shown before, and a share link opened in a tab that already
// shows the tools page (pasted into the address bar, or followed from a
// message) shows the shared answers, as it does in a new tab.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { ANSWER_SETS, MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { expectResults, openTool, sessionRecord, shareLinkFor, storeBeforeFirstLoad, toolHeading } from './tools-page.mjs';

/** The tools navigation's link to a tool. */
function toolLink(page, name) {
  return page.locator('nav.section-nav').getByRole('link', { name, exact: true });
}

test('Back returns to the tool shown before', async ({ page }) => {
  await openTool(page, 'keep');
  await expect(toolHeading(page)).toHaveText(t('en', 'keep.title'));
  await toolLink(page, t('en', 'nav.history')).click();
  await expect(toolHeading(page)).toHaveText(t('en', 'history.title'));
  await toolLink(page, t('en', 'nav.team')).click();
  await expect(toolHeading(page)).toHaveText(t('en', 'team.title'));

  await page.goBack();
  expect(page.url()).toMatch(/tools\.html#history$/);
  await expect(toolHeading(page)).toHaveText(t('en', 'history.title'));
  await expect(toolLink(page, t('en', 'nav.history'))).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  expect(page.url()).toMatch(/tools\.html#keep$/);
  await expect(toolHeading(page)).toHaveText(t('en', 'keep.title'));
  await page.goForward();
  await expect(toolHeading(page)).toHaveText(t('en', 'history.title'));
});

test('a share link opened in a tab already on the tools page shows the shared answers', async ({ page, browser, baseURL }) => {
  // Shared: the mixed set (24.4); local: 21.0 exactly (questionnaire.mjs).
  const link = await shareLinkFor(browser, baseURL, MIXED.ratings);
  const local = ANSWER_SETS.find((set) => set.total === '21.0');
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(local.ratings) });
  await openTool(page, 'keep');
  await expectResults(page, local);

  // Same document, new fragment: what following the link in this tab does.
  await page.goto(link);
  await expect(toolHeading(page)).toHaveText(t('en', 'link.title'));
  await expectResults(page, MIXED);
});
