// The name the results are kept under (issue 9): given on the keep page,
// kept with the answers, carried in the JSON export (and its file name), in
// snapshots and in the printed report's header; never in a share link; and
// always shown as text.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';
import {
  downloadText,
  openTool,
  sessionRecord,
  shareLink,
  storeBeforeFirstLoad,
  storedSnapshots,
} from './tools-page.mjs';

const NAME = "Asha's Bakery";

test('a name given on the keep page is kept, exported, named in files and snapshots, and not shared', async ({
  app,
  page,
}) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'keep');
  const linkBefore = await shareLink(page);
  const field = page.getByLabel(t('en', 'keep.name_label'));
  await expect(field).toHaveAccessibleDescription(t('en', 'keep.name_hint'));
  await field.fill(`  ${NAME}  `);
  // Kept with the answers, trimmed.
  await expect.poll(async () => (await app.storedRecord())?.name).toBe(NAME);

  const today = new Date().toISOString().slice(0, 10);
  const json = await downloadText(page, page.getByTestId('download-json'));
  expect(json.name).toBe(`service-quotient-asha-s-bakery-${today}.json`);
  expect(JSON.parse(json.text).sets[0].name).toBe(NAME);
  const csv = await downloadText(page, page.getByTestId('download-csv'));
  expect(csv.name).toBe(`service-quotient-asha-s-bakery-${today}.csv`);

  // The share link carries the answers only.
  expect(await shareLink(page)).toBe(linkBefore);

  // A snapshot keeps it, and the history shows it.
  await page.getByRole('button', { name: t('en', 'keep.save') }).click();
  await expect(page.getByTestId('snapshot-saved')).toHaveText(t('en', 'keep.saved'));
  expect((await storedSnapshots(page))[0].name).toBe(NAME);
  await openTool(page, 'history');
  await expect(page.locator('.history-item__name')).toHaveText(` · ${NAME}`);

  // Still there after a reload.
  await openTool(page, 'keep');
  await page.reload();
  await expect(page.getByLabel(t('en', 'keep.name_label'))).toHaveValue(NAME);
  // Cleared, it is gone from the record and the file names.
  await page.getByLabel(t('en', 'keep.name_label')).fill('');
  await expect.poll(async () => (await app.storedRecord()).name).toBeUndefined();
  expect((await downloadText(page, page.getByTestId('download-json'))).name).toBe(`service-quotient-${today}.json`);
});

test('a name with markup stays text in the report header', async ({ page }) => {
  const markup = '<img src=x onerror="window.e2ePwned=1">';
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'keep');
  await page.getByLabel(t('en', 'keep.name_label')).fill(markup);
  const heading = page.locator('.report-heading');
  await expect(heading).toContainText(markup);
  await expect(heading.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.e2ePwned)).toBeUndefined();
  // The field stops at the length a name may have.
  await expect(page.getByLabel(t('en', 'keep.name_label'))).toHaveAttribute('maxlength', '200');
});
