// Coming back (issue 9): the results say when the answers last changed and
// how they moved since the newest snapshot; "Change" on the results leads to
// the statement and back; saving the same snapshot twice keeps one, the note
// clears after a save, and the history shows the time of each snapshot.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';
import {
  HISTORY_KEY,
  displayDate,
  historyRecord,
  openTool,
  sessionRecord,
  storeBeforeFirstLoad,
  storedSnapshots,
  toolHeading,
} from './tools-page.mjs';

// The snapshot: all 3s (21.0). Now: the mixed set (24.4); each section's
// change, from the scores shown (one decimal): culture 3.0 -> 3.8 (+0.8),
// products 3.0 -> 3.3 (+0.3), feedback 3.0 -> 3.7 (+0.7), knowing 3.0 ->
// 2.7 (-0.3), contact 3.0 -> 4.3 (+1.3), staff 3.0 -> 3.4 (+0.4),
// improvement 3.0 -> 3.3 (+0.3); total 21.0 -> 24.4 (+3.4).
const THREES = SECTIONS.map((s) => s.statements.map(() => 3));
const up = (n) => `▲ ${n} (${t('en', 'compare.up')})`;
const down = (n) => `▼ ${n} (${t('en', 'compare.down')})`;
const CHANGES = [up('+0.8'), up('+0.3'), up('+0.7'), down('-0.3'), up('+1.3'), up('+0.4'), up('+0.3')];
const TAKEN = '2026-11-01T09:00:00.000Z';
const CHANGED = '2026-11-30T14:05:00.000Z';

test('the results say when the answers last changed and how they moved since the newest snapshot', async ({ page }) => {
  await storeBeforeFirstLoad(page, {
    [STORAGE_KEY]: sessionRecord(MIXED.ratings, { changed_at: CHANGED }),
    [HISTORY_KEY]: historyRecord([{ ratings: THREES, taken_at: TAKEN, note: 'before' }]),
  });
  await openTool(page, 'results');
  await expect(page.getByTestId('last-changed')).toHaveText(
    t('en', 'results.last_changed', { date: await displayDate(page, CHANGED, 'en', { time: true }) }),
  );
  const since = page.getByTestId('since-snapshot');
  await expect(since.locator('summary')).toContainText(
    t('en', 'results.since_title', { date: await displayDate(page, TAKEN, 'en', { time: true }) }),
  );
  await expect(since.getByTestId('since-total')).toHaveText(
    `${t('en', 'results.since_total', { before: '21.0', after: MIXED.total })} ${up('+3.4')}`,
  );
  await since.locator('summary').click();
  for (const [i, section] of SECTIONS.entries()) {
    const row = since.locator(`li[data-section="${section.id}"]`);
    await expect(row).toHaveText(`${t('en', `sections.${section.id}.short`)}: 3.0 → ${MIXED.shown[i]} ${CHANGES[i]}`);
  }
});

test('a rating records when the answers changed; without a snapshot there is no comparison', async ({ app, page }) => {
  await app.open();
  const before = new Date().toISOString();
  await app.rate('culture.whatever-it-takes', 4);
  await expect.poll(async () => (await app.storedRecord())?.changed_at).toBeTruthy();
  const { changed_at: changedAt } = await app.storedRecord();
  expect(changedAt >= before, `${changedAt} after ${before}`).toBe(true);
  await app.openResults();
  await expect(page.getByTestId('last-changed')).toHaveText(
    t('en', 'results.last_changed', { date: await displayDate(page, changedAt, 'en', { time: true }) }),
  );
  await expect(page.getByTestId('since-snapshot')).toHaveCount(0);
});

test('"Change" on the results leads to the statement, and back to the results', async ({ app, page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'results');
  await page.locator('details.answer-review > summary').click();
  await page
    .locator('.answer-review li[data-statement="feedback.remove-errors"]')
    .getByRole('link', { name: t('en', 'results.change') })
    .click();
  // The self-check, on that statement, focused; the address is clean again.
  await expect(app.sectionPage('feedback')).toBeVisible();
  await expect(app.radio('feedback.remove-errors', 3)).toBeFocused();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await app.rate('feedback.remove-errors', 5);
  const back = page.getByTestId('back-to-results');
  await expect(back).toHaveText(t('en', 'nav.back_to_results'));
  await back.click();
  await expect(toolHeading(page)).toHaveText(t('en', 'results.title'));
  // Feedback went from 11/3 (3.7) to 13/3 (4.3).
  await expect(page.locator('.section-advice[data-section="feedback"]').getByTestId('section-score')).toHaveText(
    t('en', 'results.score_out_of', { score: '4.3' }),
  );
  // Opened any other way, a section offers no way back.
  await app.open();
  await expect(page.getByTestId('back-to-results')).toHaveCount(0);
});

test('saving the same snapshot twice keeps one; the note clears; the history shows the time', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'keep');
  const note = page.getByLabel(t('en', 'keep.note_label'));
  const save = page.getByRole('button', { name: t('en', 'keep.save') });
  const status = page.getByTestId('snapshot-saved');
  await note.fill('after the new returns policy');
  await save.click();
  await expect(status).toHaveText(t('en', 'keep.saved'));
  await expect(note).toHaveValue('');
  // The same answers and note again: already there, nothing added.
  await note.fill('after the new returns policy');
  await save.click();
  await expect(status).toHaveText(t('en', 'keep.already'));
  expect(await storedSnapshots(page)).toHaveLength(1);
  // Another note is another snapshot.
  await note.fill('a week later');
  await save.click();
  await expect(status).toHaveText(t('en', 'keep.saved'));
  const stored = await storedSnapshots(page);
  expect(stored.map((s) => s.note)).toEqual(['after the new returns policy', 'a week later']);
  // Listed with date and time, so two of one day can be told apart.
  await openTool(page, 'history');
  const dates = page.locator('.history-item__date');
  await expect(dates).toHaveText([
    await displayDate(page, stored[1].taken_at, 'en', { time: true }),
    await displayDate(page, stored[0].taken_at, 'en', { time: true }),
  ]);
  await expect(dates.first()).toHaveText(/\d{1,2}:\d{2}/);
});
