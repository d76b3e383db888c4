// A way back from every replacement (issue 9): loading a shared link,
// replacing from an imported file, loading a snapshot back and starting
// over each ask first (saying what the person has and that it is kept, the
// safe choice focused), change nothing when cancelled by the button or by
// Escape, keep the current answers in the history labelled with why, and
// offer "Undo", which restores exactly what was there.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { ANSWER_SETS, MIXED, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import {
  HISTORY_KEY,
  expectResults,
  exportFile,
  historyRecord,
  jsonFile,
  openTool,
  sessionRecord,
  shareLinkFor,
  storeBeforeFirstLoad,
  storedAnswers,
  storedSnapshots,
} from './tools-page.mjs';

// Mine: the mixed set, finished and never saved (24.4). Theirs: 21.0.
const MINE = MIXED;
const THEIRS = ANSWER_SETS.find((set) => set.total === '21.0');
const MINE_DIGITS = MINE.ratings.flat().join('');

/** The question asked before a replacement. */
function dialog(page) {
  return page.getByRole('dialog');
}

/** Expects the open question to say what the person has (all 25 rated,
 *  total 24.4), that it is kept, and to have the safe choice focused. */
async function expectAsked(page, lang, { question, kept, cancel }) {
  const asked = dialog(page);
  await expect(asked).toBeVisible();
  await expect(asked).toHaveAccessibleName(t(lang, question));
  await expect(asked).toContainText(t(lang, 'replace.current_total', { total: MINE.total }));
  await expect(asked).toContainText(t(lang, kept));
  await expect(asked.getByRole('button', { name: t(lang, cancel) })).toBeFocused();
}

/** The texts of each replacement's question. */
const ASK = { question: 'replace.question', kept: 'replace.kept', confirm: 'replace.confirm', cancel: 'replace.cancel' };
const ASK_START_OVER = {
  question: 'start_over.question',
  kept: 'start_over.kept',
  confirm: 'start_over.confirm',
  cancel: 'start_over.cancel',
};

/** Asks (by `trigger`), cancels with the button, then with Escape, checking
 *  each time that nothing changed; then asks again and confirms. */
async function cancelTwiceThenConfirm(page, lang, trigger, texts, history) {
  for (const how of ['button', 'Escape']) {
    await trigger();
    await expectAsked(page, lang, texts);
    if (how === 'button') await dialog(page).getByRole('button', { name: t(lang, texts.cancel) }).click();
    else await page.keyboard.press('Escape');
    await expect(dialog(page), `closed by ${how}`).toBeHidden();
    expect(await storedAnswers(page), `nothing replaced after ${how}`).toEqual(answersById(MINE.ratings));
    expect(await storedSnapshots(page), `nothing kept after ${how}`).toHaveLength(history);
  }
  await trigger();
  await expectAsked(page, lang, texts);
  await dialog(page).getByRole('button', { name: t(lang, texts.confirm) }).click();
  await expect(dialog(page)).toBeHidden();
}

/** After a confirmed replacement: theirs are stored, mine are the newest
 *  snapshot with the reason as its note, and the notice offers "Undo". */
async function expectReplacedAndKept(page, lang, { incoming, note, done, history }) {
  await expect.poll(() => storedAnswers(page)).toEqual(answersById(incoming.ratings));
  const snapshots = await storedSnapshots(page);
  expect(snapshots).toHaveLength(history + 1);
  expect(snapshots.at(-1)).toMatchObject({ note: t(lang, note), answers: MINE_DIGITS });
  const notice = page.getByTestId('replace-notice');
  await expect(notice).toContainText(t(lang, done));
  await expect(notice).toContainText(t(lang, 'replace.kept_note'));
}

/** "Undo" brings back exactly what was there. */
async function undo(page, lang) {
  const notice = page.getByTestId('replace-notice');
  await notice.getByRole('button', { name: t(lang, 'replace.undo') }).click();
  await expect(notice).toHaveText(t(lang, 'replace.undone'));
  await expect.poll(() => storedAnswers(page)).toEqual(answersById(MINE.ratings));
}

/** Stores my finished, unsaved answers (and `more` entries) before the
 *  page's first load. */
function storeMine(page, more = {}, language = 'en') {
  return storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MINE.ratings, { language }), ...more });
}

test('loading a shared link asks first, keeps mine in the history, and Undo brings them back', async ({
  page,
  browser,
  baseURL,
}) => {
  const link = await shareLinkFor(browser, baseURL, THEIRS.ratings);
  await storeMine(page);
  await page.goto(link);
  const load = page.getByRole('button', { name: t('en', 'link.load') });
  await cancelTwiceThenConfirm(page, 'en', () => load.click(), ASK, 0);
  await expectReplacedAndKept(page, 'en', {
    incoming: THEIRS,
    note: 'replace.note_link',
    done: 'replace.done_link',
    history: 0,
  });
  // The keep page shows the loaded answers; after Undo, mine again.
  await expectResults(page, THEIRS);
  await undo(page, 'en');
  await expectResults(page, MINE);
});

test('replacing with an imported file asks first, keeps mine, and Undo brings them back', async ({ page }) => {
  await storeMine(page);
  await openTool(page, 'history');
  await page.getByLabel(t('en', 'history.import_label')).setInputFiles(
    jsonFile('theirs.json', exportFile([{ ratings: THEIRS.ratings, taken_at: '2026-11-20T09:00:00.000Z' }])),
  );
  const replace = page.getByRole('button', { name: t('en', 'history.import_replace') });
  await cancelTwiceThenConfirm(page, 'en', () => replace.click(), ASK, 0);
  await expectReplacedAndKept(page, 'en', {
    incoming: THEIRS,
    note: 'replace.note_import',
    done: 'replace.done_import',
    history: 0,
  });
  await undo(page, 'en');
  await openTool(page, 'keep');
  await expectResults(page, MINE);
});

test('a snapshot loads back into the self-check, asking first, with Undo', async ({ page }) => {
  await storeMine(page, {
    [HISTORY_KEY]: historyRecord([{ ratings: THEIRS.ratings, taken_at: '2026-10-01T09:00:00.000Z', note: 'autumn' }]),
  });
  await openTool(page, 'history');
  await page.getByRole('button', { name: t('en', 'history.open') }).click();
  const load = page.getByRole('button', { name: t('en', 'history.load') });
  await cancelTwiceThenConfirm(page, 'en', () => load.click(), ASK, 1);
  await expectReplacedAndKept(page, 'en', {
    incoming: THEIRS,
    note: 'replace.note_snapshot',
    done: 'replace.done_snapshot',
    history: 1,
  });
  await undo(page, 'en');
});

test('starting over asks first (in the page language), says the history is kept, and Undo restores the answers', async ({
  app,
  page,
}) => {
  await storeMine(page, {}, 'hi');
  await openTool(page, 'results');
  await expect(page.getByTestId('total')).toHaveText(MINE.total);
  const startOver = page.getByRole('button', { name: t('hi', 'start_over.button'), exact: true });
  await cancelTwiceThenConfirm(page, 'hi', () => startOver.click(), ASK_START_OVER, 0);
  // Cleared: every statement to rate again; the previous answers in the
  // history, labelled in Hindi.
  await expect(app.progressText()).toHaveText(t('hi', 'progress.count', { answered: 0, total: 25 }));
  await expect(page.getByTestId('incomplete')).toHaveText(t('hi', 'results.incomplete', { missing: 25 }));
  await expectReplacedAndKept(page, 'hi', {
    incoming: { ratings: [] },
    note: 'replace.note_start_over',
    done: 'replace.done_start_over',
    history: 0,
  });
  await undo(page, 'hi');
  // Exactly as it was: every answer and the total, also after a reload.
  await expect(page.getByTestId('total')).toHaveText(MINE.total);
  await expect(app.progressText()).toHaveText(t('hi', 'progress.count', { answered: 25, total: 25 }));
  await app.reload();
  await expect(page.getByTestId('total')).toHaveText(MINE.total);
});

test('after starting over, the self-check opens on the first section, empty', async ({ app, page }) => {
  await storeMine(page);
  await openTool(page, 'results');
  await page.getByRole('button', { name: t('en', 'start_over.button'), exact: true }).click();
  await dialog(page).getByRole('button', { name: t('en', 'start_over.confirm') }).click();
  await expect(app.progressText()).toHaveText('0 of 25 answered');
  await app.open();
  await expect(app.sectionPage('culture')).toBeVisible();
  await expect(page.locator('main input:checked')).toHaveCount(0);
});

test('nothing is asked or kept when the person has no answers of their own', async ({ page, browser, baseURL }) => {
  const link = await shareLinkFor(browser, baseURL, THEIRS.ratings);
  await page.goto(link);
  // Someone without answers is offered their own self-check, not "Keep mine".
  await expect(page.getByRole('button', { name: t('en', 'link.keep') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: t('en', 'link.start_own') })).toBeVisible();
  await page.getByRole('button', { name: t('en', 'link.load') }).click();
  await expect(dialog(page)).toBeHidden();
  await expect.poll(() => storedAnswers(page)).toEqual(answersById(THEIRS.ratings));
  expect(await storedSnapshots(page)).toEqual([]);
  await expect(page.getByTestId('replace-notice')).not.toContainText(t('en', 'replace.kept_note'));
});

test('answers already kept as the newest snapshot are not kept twice', async ({ page }) => {
  await storeMine(page, {
    [HISTORY_KEY]: historyRecord([
      { ratings: THEIRS.ratings, taken_at: '2026-09-01T09:00:00.000Z' },
      { ratings: MINE.ratings, taken_at: '2026-10-01T09:00:00.000Z', note: 'mine' },
    ]),
  });
  await openTool(page, 'history');
  await page.getByRole('button', { name: t('en', 'history.open') }).last().click();
  await page.getByRole('button', { name: t('en', 'history.load') }).click();
  await dialog(page).getByRole('button', { name: t('en', 'replace.confirm') }).click();
  await expect.poll(() => storedAnswers(page)).toEqual(answersById(THEIRS.ratings));
  expect(await storedSnapshots(page)).toHaveLength(2);
  await expect(page.getByTestId('replace-notice')).toContainText(t('en', 'replace.done_snapshot'));
});
