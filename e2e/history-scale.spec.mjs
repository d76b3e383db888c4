// A history of 200 snapshots (about four years of weekly self-checks) stays
// small in storage, opens quickly, and can still be compared and trimmed.
// The size and the time to show the list are attached to the test's report.
import { test, expect } from './fixtures.mjs';
import { STATEMENTS } from './questionnaire.mjs';
import { HISTORY_KEY, historyRecord } from './records.mjs';

const COUNT = 200;

/** Snapshot `i`: every statement rated 1 + (i mod 5), so totals cycle
 *  7, 14, 21, 28, 35; weekly dates from 2023-01-02. */
function snapshot(i) {
  const rating = 1 + (i % 5);
  const takenAt = new Date(Date.UTC(2023, 0, 2) + i * 7 * 86_400_000).toISOString();
  return { taken_at: takenAt, note: `week ${i + 1}`, answers: String(rating).repeat(STATEMENTS.length) };
}

test('200 snapshots: stored compactly, listed quickly, compared and deleted', async ({ page }, testInfo) => {
  const raw = historyRecord(Array.from({ length: COUNT }, (_, i) => snapshot(i)));
  expect(raw.length, 'the stored history of 200 snapshots').toBeLessThan(24 * 1024);
  await page.addInitScript(
    ([key, text]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, text);
    },
    [HISTORY_KEY, raw],
  );

  const started = Date.now();
  await page.goto('tools.html#history');
  const items = page.locator('.history-item');
  await expect(items).toHaveCount(COUNT);
  const shownAfter = Date.now() - started;
  testInfo.annotations.push(
    { type: 'stored bytes', description: String(raw.length) },
    { type: 'ms until 200 listed', description: String(shownAfter) },
  );
  console.log(`history of ${COUNT}: ${raw.length} bytes stored, listed in ${shownAfter} ms`);
  expect(shownAfter, 'time from navigation to the full list').toBeLessThan(5_000);

  // Newest first; the totals follow the ratings: snapshot 199 is 35.0,
  // 198 is 28.0, ..., 0 (listed last) is 7.0.
  const totals = page.getByTestId('history-total');
  await expect(totals.nth(0)).toHaveText('35.0');
  await expect(totals.nth(1)).toHaveText('28.0');
  await expect(totals.nth(COUNT - 1)).toHaveText('7.0');

  // Compare the oldest (7.0) with snapshot 3 (28.0): every section +3.00.
  await items.nth(COUNT - 1).locator('input[type=checkbox]').check();
  await items.nth(COUNT - 4).locator('input[type=checkbox]').check();
  await page.getByRole('button', { name: 'Compare the two chosen' }).click();
  await expect(page.getByTestId('total-delta')).toContainText('21.0');
  const deltas = page.getByTestId('delta');
  await expect(deltas).toHaveCount(7);
  for (const delta of await deltas.all()) await expect(delta).toContainText('+3.0');

  // Back to the list; delete the oldest snapshot; 199 remain after a reload.
  await page.goto('tools.html#history');
  await page.reload();
  await expect(items).toHaveCount(COUNT);
  const last = items.nth(COUNT - 1);
  await last.getByRole('button', { name: 'Delete' }).click();
  await last.locator('.button--danger').click();
  await expect(items).toHaveCount(COUNT - 1);
  await page.reload();
  await expect(items).toHaveCount(COUNT - 1);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), HISTORY_KEY);
  expect(stored.snapshots).toHaveLength(COUNT - 1);
  expect(stored.snapshots.map((s) => s.note)).not.toContain('week 1');
  expect(stored.snapshots.map((s) => s.note)).toContain('week 2');
});
