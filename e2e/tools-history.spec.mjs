// The history of snapshots round trip: two self-checks saved with notes
// survive reloads with their dates, totals and notes; one opens read-only
// with its own numbers; comparing them gives the exact per-section changes,
// the change of the total and the move between bands; the trend shows both
// totals; deleting asks first (and "Cancel" keeps the snapshot), and what is
// deleted stays deleted after a reload.
import { test, expect } from './fixtures.mjs';
import { MIXED, SECTIONS, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import {
  HISTORY_KEY,
  displayDate,
  downloadText,
  expectResults,
  historyRecord,
  openTool,
  storeBeforeFirstLoad,
  storedSnapshots,
  toolHeading,
} from './tools-page.mjs';

// The first self-check: the mixed set, hand-computed in questionnaire.mjs:
// 3.75 + 3.25 + 11/3 + 8/3 + 13/3 + 3.4 + 10/3 = 24.4, adequate.
const FIRST = {
  ratings: MIXED.ratings,
  shown: MIXED.shown,
  total: '24.4',
  band: 'adequate',
  note: 'before the new returns policy',
};

// The second: culture unchanged, the rest moved.
//   culture     4 4 3 4   = 15/4 = 3.75  (3.75 -> 3.75:  0.00)
//   products    4 4 4 2   = 14/4 = 3.50  (3.25 -> 3.50: +0.25)
//   feedback    4 4 4     = 4.00         (11/3 -> 4:    +1/3  = +0.33)
//   knowing     4 4 4     = 4.00         (8/3  -> 4:    +4/3  = +1.33)
//   contact     4 4 4     = 4.00         (13/3 -> 4:    -1/3  = -0.33)
//   staff       4 4 4 4 4 = 4.00         (3.40 -> 4:    +0.60)
//   improvement 5 5 5     = 5.00         (10/3 -> 5:    +5/3  = +1.67)
// Total 3.75 + 3.5 + 4 * 4 + 5 = 28.25, shown rounded down as 28.2, asset
// (28 or more). The total moved by 28.25 - 24.4 = +3.85 exactly; the
// numbers shown, 24.4 -> 28.2, differ by +3.8, and that is what is shown.
const SECOND = {
  ratings: [[4, 4, 3, 4], [4, 4, 4, 2], [4, 4, 4], [4, 4, 4], [4, 4, 4], [4, 4, 4, 4, 4], [5, 5, 5]],
  shown: ['3.8', '3.5', '4.0', '4.0', '4.0', '4.0', '5.0'],
  total: '28.2',
  band: 'asset',
  note: 'after the new returns policy',
};

// Each section's change, as the compare view writes it: arrow, signed
// number, word; always the difference of the two scores shown beside it
// (one decimal: 3.3 -> 3.5 is +0.2).
const up = (n) => `▲ ${n} (${t('en', 'compare.up')})`;
const down = (n) => `▼ ${n} (${t('en', 'compare.down')})`;
const same = `= 0.0 (${t('en', 'compare.same')})`;
const DELTAS = [same, up('+0.2'), up('+0.3'), up('+1.3'), down('-0.3'), up('+0.6'), up('+1.7')];
const TOTAL_DELTA = up('+3.8');

/** The history list's rows, newest first. */
function historyItems(page) {
  return page.locator('ul.history-list > li.history-item');
}

/** Saves the keep page's answers as a snapshot with `note`. */
async function saveSnapshot(page, note) {
  await page.getByLabel(t('en', 'keep.note_label')).fill(note);
  await page.getByRole('button', { name: t('en', 'keep.save') }).click();
  await expect(page.getByTestId('snapshot-saved')).toHaveText(t('en', 'keep.saved'));
}

/** Expects the history list to show `expected` (newest first): each row's
 *  date, total, band and note. */
async function expectListed(page, expected) {
  const items = historyItems(page);
  await expect(items).toHaveCount(expected.length);
  for (const [i, row] of expected.entries()) {
    const item = items.nth(i);
    await expect(item.locator('.history-item__date')).toHaveText(row.date);
    await expect(item.getByTestId('history-total')).toHaveText(row.total);
    await expect(item.locator('label')).toContainText(t('en', `bands.${row.band.replace('-', '_')}.title`));
    await expect(item.locator('.history-item__note')).toHaveText(` · ${row.note}`);
  }
}

test('snapshots survive reloads, open read-only, compare exactly, and delete only when confirmed', async ({ app, page }) => {
  const started = new Date().toISOString();

  // First self-check, answered by mouse, saved with a note.
  await app.open();
  await app.rateByMouse(FIRST.ratings);
  await expect(app.progressText()).toHaveText('25 of 25 answered');
  await openTool(page, 'keep');
  await expectResults(page, FIRST);
  await saveSnapshot(page, FIRST.note);

  // Second: back to the self-check, change the answers, save again.
  await app.open();
  await app.rateByMouse(SECOND.ratings);
  await openTool(page, 'keep');
  await expectResults(page, SECOND);
  await saveSnapshot(page, SECOND.note);
  const finished = new Date().toISOString();

  // Both stored, oldest first, each with the moment it was taken.
  const stored = await storedSnapshots(page);
  expect(stored.map((s) => s.note)).toEqual([FIRST.note, SECOND.note]);
  for (const snapshot of stored) {
    expect(snapshot.taken_at >= started && snapshot.taken_at <= finished, `${snapshot.taken_at} taken during the test`).toBe(true);
  }
  const rows = [
    { ...SECOND, date: await displayDate(page, stored[1].taken_at, 'en', { time: true }) },
    { ...FIRST, date: await displayDate(page, stored[0].taken_at, 'en', { time: true }) },
  ];

  // After a reload the history lists both, newest first.
  await openTool(page, 'history');
  await page.reload();
  await expect(toolHeading(page)).toHaveText(t('en', 'history.title'));
  await expectListed(page, rows);

  // The trend: both totals, oldest first, on the chart and in its table.
  const trend = page.locator('figure.trend');
  await expect(trend.locator('svg.trend__svg text.trend__value')).toHaveText([FIRST.total, SECOND.total]);
  const totalRow = trend.locator('table.trend__table tbody tr').first();
  await expect(totalRow.locator('th')).toHaveText(t('en', 'results.total_label'));
  await expect(totalRow.locator('td')).toHaveText(['', FIRST.total, SECOND.total]);
  // Each section's scores, oldest first (the row's first cell is its spark line).
  const sectionRows = trend.locator('table.trend__table tbody tr').filter({ has: page.locator('svg.trend__spark') });
  await expect(sectionRows).toHaveCount(SECTIONS.length);
  for (const [i, section] of SECTIONS.entries()) {
    await expect(sectionRows.nth(i).locator('th')).toHaveText(t('en', `sections.${section.id}.short`));
    await expect(sectionRows.nth(i).locator('td')).toHaveText(['', FIRST.shown[i], SECOND.shown[i]]);
  }

  // The older snapshot opens read-only with its own numbers and note.
  await historyItems(page).nth(1).getByRole('button', { name: t('en', 'history.open') }).click();
  await expect(page.locator('main h3').first()).toHaveText(t('en', 'history.snapshot_title', { date: rows[1].date }));
  await expect(page.locator('.snapshot-note')).toHaveText(FIRST.note);
  await expectResults(page, FIRST);
  // Read-only: no radios, no links back to the statements.
  await expect(page.locator('main input[type=radio]')).toHaveCount(0);
  await expect(page.locator('main .results-page').getByRole('button', { name: t('en', 'results.change') })).toHaveCount(0);
  // It downloads on its own: an export file holding just this snapshot.
  const download = page.getByTestId('download-snapshot');
  await expect(download).toHaveText(t('en', 'history.download_snapshot'));
  const file = JSON.parse((await downloadText(page, download)).text);
  expect(file.format).toBe('service-quotient/export');
  expect(file.sets).toEqual([
    { taken_at: stored[0].taken_at, note: FIRST.note, answers: answersById(FIRST.ratings) },
  ]);
  await page.getByRole('button', { name: t('en', 'history.back') }).click();

  // Compare: needs exactly two chosen.
  const compare = page.getByRole('button', { name: t('en', 'history.compare') });
  await expect(compare).toBeDisabled();
  await historyItems(page).nth(0).getByRole('checkbox').check();
  await expect(compare).toBeDisabled();
  await historyItems(page).nth(1).getByRole('checkbox').check();
  await expect(compare).toBeEnabled();
  await compare.click();

  await expect(page.locator('main h3').first()).toHaveText(
    t('en', 'compare.title', { before: rows[1].date, after: rows[0].date }),
  );
  const table = page.locator('table.compare-table');
  for (const [i, section] of SECTIONS.entries()) {
    const row = table.locator(`tr[data-section="${section.id}"]`);
    await expect(row.locator('th')).toHaveText(t('en', `sections.${section.id}.title`));
    await expect(row.locator('td')).toHaveText([FIRST.shown[i], SECOND.shown[i], DELTAS[i]]);
  }
  const total = table.locator('tr.compare-table__total');
  await expect(total.locator('td')).toHaveText([FIRST.total, SECOND.total, TOTAL_DELTA]);
  await expect(page.getByTestId('total-delta')).toHaveText(TOTAL_DELTA);
  await expect(page.getByTestId('band-change')).toHaveText(
    t('en', 'compare.band', { before: t('en', 'bands.adequate.title'), after: t('en', 'bands.asset.title') }),
  );
  await page.getByRole('button', { name: t('en', 'history.back') }).click();

  // Delete the newer one: it asks first; "Cancel" keeps it.
  const newer = historyItems(page).nth(0);
  const confirm = newer.locator('.confirm');
  await expect(confirm).toBeHidden();
  await newer.getByRole('button', { name: t('en', 'history.delete'), exact: true }).click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(t('en', 'history.delete_question'));
  await confirm.getByRole('button', { name: t('en', 'history.cancel') }).click();
  await expect(confirm).toBeHidden();
  await expectListed(page, rows);
  expect(await storedSnapshots(page)).toHaveLength(2);

  // ... and "Yes, delete it" deletes it.
  await newer.getByRole('button', { name: t('en', 'history.delete'), exact: true }).click();
  await historyItems(page).nth(0).getByRole('button', { name: t('en', 'history.delete_confirm') }).click();
  await expectListed(page, [rows[1]]);
  // One snapshot has no trend to show.
  await expect(page.locator('figure.trend')).toHaveCount(0);

  // Still gone after a reload; the other one is intact.
  await page.reload();
  await expect(toolHeading(page)).toHaveText(t('en', 'history.title'));
  await expectListed(page, [rows[1]]);
  expect((await storedSnapshots(page)).map((s) => s.note)).toEqual([FIRST.note]);
  await historyItems(page).nth(0).getByRole('button', { name: t('en', 'history.open') }).click();
  await expectResults(page, FIRST);
});

test('a change always equals the difference of the numbers shown beside it', async ({ page }) => {
  // All 3s with feedback +1, staff +2 and culture -2 points: 21 + 14/60 =
  // 21.23, shown 21.2. All 3s with culture +2 and staff +4: 22.30, shown
  // 22.3. Exactly the change is +1.07; shown, it is +1.1.
  const base = SECTIONS.map((s) => s.statements.map(() => 3));
  const before = base.map((r) => [...r]);
  before[2][0] = 4;
  before[5][0] = 4;
  before[5][3] = 4;
  before[0][0] = 1;
  const after = base.map((r) => [...r]);
  after[0][0] = 5;
  after[5] = [4, 3, 4, 4, 4];
  await storeBeforeFirstLoad(page, {
    [HISTORY_KEY]: historyRecord([
      { ratings: before, taken_at: '2026-10-01T09:00:00.000Z' },
      { ratings: after, taken_at: '2026-11-01T09:00:00.000Z' },
    ]),
  });
  await openTool(page, 'history');
  for (const item of await historyItems(page).all()) await item.getByRole('checkbox').check();
  await page.getByRole('button', { name: t('en', 'history.compare') }).click();
  const total = page.locator('table.compare-table tr.compare-table__total');
  await expect(total.locator('td')).toHaveText(['21.2', '22.3', up('+1.1')]);
});
