// What a screen reader hears: after a rating, the new count, from the
// page's one live region; on moving to the next section, its heading with
// where it is ("Section 2 of 7"); on the results, the total and band, once;
// and the accessibility tree of the questionnaire, the results and the
// history as Playwright's snapshot of it shows them.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, SECTIONS } from './questionnaire.mjs';
import { statementText, t } from './texts.mjs';
import { openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

const [FIRST, SECOND] = SECTIONS;

test('a rating is said as the new count, from the one live region', async ({ app, page }) => {
  await app.open();
  const live = page.locator('[role=status], [aria-live]').filter({ visible: true });
  await expect(live).toHaveCount(1);
  await app.rate(FIRST.statements[0], 4);
  await expect(live).toHaveText(t('en', 'progress.count', { answered: 1, total: 25 }));
  await app.rate(FIRST.statements[1], 2);
  await expect(live).toHaveText(t('en', 'progress.count', { answered: 2, total: 25 }));
  // Still one, whatever was rated.
  await expect(live).toHaveCount(1);
  await expect(page.locator('main [role=status], main [aria-live]')).toHaveCount(0);
});

test('the next section is said with where it is', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: t('en', 'nav.next') }).click();
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveAccessibleName(t('en', `sections.${SECOND.id}.title`));
  await expect(heading).toHaveAccessibleDescription(t('en', 'nav.section_of', { number: 2, count: SECTIONS.length }));
});

test('the results say the total and band once, and the tree shows what the page shows', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'results');
  const said = page.getByTestId('announcement');
  await expect(said).toHaveRole('status');
  await expect(said).toHaveText(`${t('en', 'results.total_label')} ${MIXED.total} ${t('en', 'results.out_of')}. ${t('en', 'bands.adequate.title')}`);
  await expect(page.getByTestId('announcement')).toHaveCount(1);
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - heading "${t('en', 'results.title')}" [level=2]
    - status: "${t('en', 'results.total_label')} ${MIXED.total} ${t('en', 'results.out_of')}. ${t('en', 'bands.adequate.title')}"
    - heading "${t('en', 'bands.adequate.title')}" [level=3]
  `);
  await expect(page.locator('.score-chart')).toMatchAriaSnapshot(`
    - figure:
      - heading "${t('en', 'results.chart_title')}" [level=3]
      - img
  `);

  await openTool(page, 'history');
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - heading "${t('en', 'history.title')}" [level=2]
  `);
});

test('the questionnaire\'s tree: a heading, then a named group of five named radios per statement', async ({ app, page }) => {
  await app.open();
  const scale = [1, 2, 3, 4, 5].map((r) => `      - radio "${r} ${t('en', `scale.r${r}`)}"`).join('\n');
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - heading "${t('en', `sections.${FIRST.id}.title`)}" [level=2]
    - group "${statementText('en', FIRST.statements[0])}":
${scale}
  `);
});
