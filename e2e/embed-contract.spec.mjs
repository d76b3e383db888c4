// The embedding contract (README, "Embed it on your site"): the data-sq-*
// attributes the views write for public/embed-frame.js, which reads the page
// through them alone. If a view stops writing one, this fails (and the
// embed's events would stop or lose their numbers).
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, SECTIONS } from './questionnaire.mjs';
import { openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

test('the progress: answered and statements, following each rating', async ({ app, page }) => {
  await app.open();
  const progress = page.locator('[data-sq-answered]');
  await expect(progress).toHaveCount(1);
  await expect(progress).toHaveAttribute('data-sq-answered', '0');
  await expect(progress).toHaveAttribute('data-sq-statements', '25');
  await app.rate('culture.whatever-it-takes', 4);
  await expect(progress).toHaveAttribute('data-sq-answered', '1');
});

test('the results: total, band and each section\'s exact score, once complete', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'results');
  const results = page.locator('[data-sq-total]');
  await expect(results).toHaveCount(1);
  await expect(results).toHaveAttribute('data-sq-total', MIXED.total);
  await expect(results).toHaveAttribute('data-sq-band', MIXED.band);
  const scores = results.locator('[data-sq-score]');
  await expect(scores).toHaveCount(SECTIONS.length);
  const read = await scores.evaluateAll((all) =>
    Object.fromEntries(all.map((e) => [e.dataset.sqSection, e.dataset.sqScore])),
  );
  expect(read).toEqual(Object.fromEntries(SECTIONS.map((s, i) => [s.id, MIXED.sections[i]])));
});

test('partial results carry no total', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings.slice(0, 3)) });
  await openTool(page, 'results');
  await expect(page.locator('main .results-page')).toBeVisible();
  await expect(page.locator('[data-sq-total]')).toHaveCount(0);
  await expect(page.locator('[data-sq-score]')).toHaveCount(3);
});
