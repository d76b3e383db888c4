// Files in and out: the current answers downloaded as JSON and imported in
// another browser (a fresh profile) give identical results there, after a
// preview and only once the person says so; the whole history exported and
// imported elsewhere gives the same snapshots; the CSV has the documented
// header and one row per answer, section, total and band; a damaged or
// wrong file is refused with a message naming why, and changes nothing.
import { test, expect, scoresAsShown, App, STORAGE_KEY } from './fixtures.mjs';
import { ANSWER_SETS, MIXED, SECTIONS, STATEMENTS, answersById } from './questionnaire.mjs';
import { statementText, t } from './texts.mjs';
import {
  HISTORY_KEY,
  bandTitle,
  displayDate,
  downloadText,
  expectResults,
  exportFile,
  freshContext,
  historyRecord,
  jsonFile,
  openTool,
  parseCsv,
  sessionRecord,
  storeBeforeFirstLoad,
  storedAnswers,
  storedSnapshots,
} from './tools-page.mjs';

// 4.5 + 4 * 5 + 3.4 = 27.9: just below the asset band (hand-computed in
// questionnaire.mjs).
const BELOW_28 = ANSWER_SETS.find((set) => set.total === '27.9');

const FILE_NAME = /^service-quotient-\d{4}-\d\d-\d\d\.(json|csv)$/;

/** The import panel's file input (on the history page). */
function importInput(page) {
  return page.getByLabel(t('en', 'history.import_label'));
}

/** The history list's rows, newest first. */
function historyItems(page) {
  return page.locator('ul.history-list > li.history-item');
}

test('answers downloaded as JSON and imported in a fresh profile give identical results', async ({ page, browser, baseURL }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(BELOW_28.ratings) });
  const started = new Date().toISOString();
  await openTool(page, 'keep');
  await expectResults(page, BELOW_28);

  const json = await downloadText(page, page.getByTestId('download-json'));
  expect(json.name).toMatch(FILE_NAME);
  expect(json.name.endsWith('.json')).toBe(true);
  // The documented format, holding exactly the answers given.
  const file = JSON.parse(json.text);
  expect(file).toEqual({
    format: 'service-quotient/export',
    schema: 2,
    questionnaire: { id: 'forum-customer-driven-self-test', version: 1 },
    exported_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    language: 'en',
    sets: [{ taken_at: expect.any(String), answers: answersById(BELOW_28.ratings) }],
  });
  expect(Object.keys(file.sets[0].answers)).toEqual(STATEMENTS);
  // Dated when the page was shown.
  const finished = new Date().toISOString();
  expect(file.sets[0].taken_at >= started && file.sets[0].taken_at <= finished, file.sets[0].taken_at).toBe(true);

  // Another person's browser: nothing stored.
  const other = await freshContext(browser, baseURL);
  const page2 = await other.context.newPage();
  await openTool(page2, 'history');
  await importInput(page2).setInputFiles(json.path);

  // A preview first; nothing replaced before the choice.
  const preview = page2.getByTestId('import-preview');
  await expect(preview).toContainText(
    t('en', 'history.import_preview', { count: 1, date: await displayDate(page2, file.sets[0].taken_at) }),
  );
  expect(await storedAnswers(page2)).toEqual({});
  // Nothing of this browser's own to lose: replaced without asking.
  await preview.getByRole('button', { name: t('en', 'history.import_replace') }).click();
  await expect(page2.getByRole('dialog')).toBeHidden();
  await expect(page2.getByTestId('replace-notice')).toContainText(t('en', 'replace.done_import'));
  await expect(preview).toHaveCount(0);
  await expect.poll(() => storedAnswers(page2)).toEqual(answersById(BELOW_28.ratings));
  // Replacing the answers adds nothing to the history.
  expect(await storedSnapshots(page2)).toEqual([]);

  // The self-check there shows the same results: every section and the total.
  const app2 = new App(page2);
  await app2.open('./');
  await expect(app2.progressText()).toHaveText('25 of 25 answered');
  await app2.openResults();
  expect(await app2.sectionScores()).toEqual(scoresAsShown(BELOW_28));
  await expect(page2.getByTestId('total')).toHaveText(BELOW_28.total);
  await expect(page2.getByTestId('band')).toHaveText(bandTitle('en', BELOW_28.band));
  // And so does the keep page.
  await openTool(page2, 'keep');
  await expectResults(page2, BELOW_28);
  await other.close();
});

// Three snapshots with known dates: 20.5 (at risk), 21.0 (adequate), 35.0
// (asset), hand-computed in questionnaire.mjs; a note with quotes, a comma
// and non-Latin letters, and one snapshot without a note.
const SNAPSHOTS = [
  { set: ANSWER_SETS.find((s) => s.total === '20.5'), taken_at: '2026-01-05T09:00:00.000Z', note: 'first go' },
  { set: ANSWER_SETS.find((s) => s.total === '21.0'), taken_at: '2026-03-02T09:30:00.000Z' },
  { set: ANSWER_SETS.find((s) => s.total === '35.0'), taken_at: '2026-06-01T10:00:00.000Z', note: 'after training: "all" 5s, ü & 中文' },
];

test('the whole history exported and imported in a fresh profile gives the same snapshots', async ({ page, browser, baseURL }) => {
  const record = historyRecord(SNAPSHOTS.map(({ set, taken_at, note }) => ({ ratings: set.ratings, taken_at, ...(note ? { note } : {}) })));
  await storeBeforeFirstLoad(page, { [HISTORY_KEY]: record });
  await openTool(page, 'history');
  await expect(historyItems(page)).toHaveCount(3);

  const exported = await downloadText(page, page.getByTestId('download-history'));
  expect(exported.name).toMatch(FILE_NAME);
  const file = JSON.parse(exported.text);
  expect(file.format).toBe('service-quotient/export');
  expect(file.sets).toEqual(
    SNAPSHOTS.map(({ set, taken_at, note }) => ({ taken_at, ...(note ? { note } : {}), answers: answersById(set.ratings) })),
  );

  const other = await freshContext(browser, baseURL);
  const page2 = await other.context.newPage();
  await openTool(page2, 'history');
  await expect(page2.getByText(t('en', 'history.empty'))).toBeVisible();
  await importInput(page2).setInputFiles(exported.path);
  const preview = page2.getByTestId('import-preview');
  // The latest of the three is from 1 June 2026.
  await expect(preview).toContainText(
    t('en', 'history.import_preview', { count: 3, date: await displayDate(page2, SNAPSHOTS[2].taken_at) }),
  );
  expect(await storedSnapshots(page2)).toEqual([]);
  await preview.getByRole('button', { name: t('en', 'history.import_add') }).click();
  await expect(page2.getByText(t('en', 'history.import_done'))).toBeVisible();

  // The same snapshots, in the list and in storage, also after a reload.
  for (const target of [page, page2]) {
    if (target === page2) await page2.reload();
    const items = historyItems(target);
    await expect(items).toHaveCount(3);
    for (const [i, { set, taken_at, note }] of [...SNAPSHOTS].reverse().entries()) {
      const item = items.nth(i);
      await expect(item.locator('.history-item__date')).toHaveText(await displayDate(target, taken_at, 'en', { time: true }));
      await expect(item.getByTestId('history-total')).toHaveText(set.total);
      await expect(item.locator('label')).toContainText(bandTitle('en', set.band));
      if (note) await expect(item.locator('.history-item__note')).toHaveText(` · ${note}`);
      else await expect(item.locator('.history-item__note')).toHaveCount(0);
    }
  }
  expect(await storedSnapshots(page2)).toEqual(JSON.parse(record).snapshots);
  // Adding to the history left the (empty) current answers alone.
  expect(await storedAnswers(page2)).toEqual({});
  await other.close();
});

test('"Replace with the latest set" takes the latest by date, whatever the order in the file', async ({ page }) => {
  // A file with the newer set first: 35.0 taken in June, 7.0 taken in
  // January (all 5s, all 1s). The preview names June as the latest.
  const allFives = ANSWER_SETS.find((set) => set.total === '35.0');
  const allOnes = ANSWER_SETS.find((set) => set.total === '7.0');
  const file = exportFile([
    { ratings: allFives.ratings, taken_at: '2026-06-01T10:00:00.000Z' },
    { ratings: allOnes.ratings, taken_at: '2026-01-05T09:00:00.000Z' },
  ]);
  await openTool(page, 'history');
  await importInput(page).setInputFiles(jsonFile('two.json', file));
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText(
    t('en', 'history.import_preview', { count: 2, date: await displayDate(page, '2026-06-01T10:00:00.000Z') }),
  );
  await preview.getByRole('button', { name: t('en', 'history.import_replace') }).click();
  await expect(page.getByTestId('replace-notice')).toContainText(t('en', 'replace.done_import'));
  await expect.poll(() => storedAnswers(page)).toEqual(answersById(allFives.ratings));
  await openTool(page, 'keep');
  await expectResults(page, allFives);
});

for (const lang of ['en', 'hi']) {
  test(`the CSV (${lang}) has the header, every answer, every section score, the total and the band`, async ({ page }) => {
    await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: lang }) });
    await openTool(page, 'keep');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectResults(page, MIXED, lang);

    const csv = await downloadText(page, page.getByTestId('download-csv'));
    expect(csv.name).toMatch(FILE_NAME);
    expect(csv.name.endsWith('.csv')).toBe(true);
    // A byte order mark for spreadsheet programs, then CRLF lines.
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.text.slice(1));

    const answers = answersById(MIXED.ratings);
    const expected = [
      ['type', 'id', 'label', 'value'],
      ...STATEMENTS.map((id) => ['answer', id, statementText(lang, id), String(answers[id])]),
      // MIXED's section scores: 15/4, 13/4, 11/3, 8/3, 13/3, 17/5, 10/3.
      ...SECTIONS.map((s, i) => ['section', s.id, t(lang, `sections.${s.id}.title`), MIXED.sections[i]]),
      ['total', 'total', t(lang, 'results.total_label'), '24.4'],
      ['band', 'band', bandTitle(lang, 'adequate'), 'adequate'],
    ];
    expect(rows).toEqual(expected);
    // In English the band's title has a comma, so that field is quoted.
    if (lang === 'en') expect(csv.text).toContain('\r\nband,band,"Adequate, but needs improvement",adequate\r\n');
  });
}

// Files the import must refuse, each with the reason it names.
const valid = exportFile([{ ratings: ANSWER_SETS[1].ratings, taken_at: '2026-05-01T08:00:00.000Z' }]);
const BAD_FILES = [
  { name: 'that is not JSON', text: 'culture: 4, 4, 3, 4\nproducts: 3, 4, 3, 3\n', reason: 'storage.reason_not_json' },
  { name: 'cut off halfway', text: valid.slice(0, Math.floor(valid.length / 2)), reason: 'storage.reason_not_json' },
  // A saved session record rather than an export: JSON, but not this format.
  { name: 'of another format', text: sessionRecord(ANSWER_SETS[1].ratings), reason: 'storage.reason_not_ours' },
  { name: 'with a rating of 6', text: valid.replace('"culture.right-first-time": 5', '"culture.right-first-time": 6'), reason: 'storage.reason_out_of_range' },
  { name: 'for another questionnaire', text: valid.replace('"version": 1', '"version": 2'), reason: 'storage.reason_other_questionnaire' },
  // Larger than any export could be (a full history with a full plan): not
  // even read.
  { name: 'of more than 2 MB', text: `${valid}${' '.repeat(2 * 1024 * 1024)}`, reason: 'storage.reason_too_large' },
];

for (const bad of BAD_FILES) {
  test(`an import file ${bad.name} is refused with its reason, and nothing changes`, async ({ page }) => {
    expect(bad.text, 'the bad file differs from the valid one').not.toBe(valid);
    const history = historyRecord([{ ratings: MIXED.ratings, taken_at: '2026-02-01T12:00:00.000Z', note: 'kept' }]);
    await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings), [HISTORY_KEY]: history });
    await openTool(page, 'history');
    await expect(historyItems(page)).toHaveCount(1);

    await importInput(page).setInputFiles(jsonFile('answers.json', bad.text));
    const error = page.getByTestId('import-error');
    await expect(error).toHaveText(t('en', 'history.import_error', { reason: t('en', bad.reason) }));
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
    await expect(page.getByText(t('en', 'history.import_done'))).toHaveCount(0);

    // The answers and the history are as they were, in storage and shown.
    expect(await storedAnswers(page)).toEqual(answersById(MIXED.ratings));
    expect(await storedSnapshots(page)).toEqual(JSON.parse(history).snapshots);
    await expect(historyItems(page)).toHaveCount(1);
    await openTool(page, 'keep');
    await expectResults(page, MIXED);

    // The same input still takes a good file afterwards.
    await openTool(page, 'history');
    await importInput(page).setInputFiles(jsonFile('answers.json', valid));
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await expect(page.getByTestId('import-error')).toHaveCount(0);
  });
}

test('a file the browser cannot read is refused as unreadable, not as too large or foreign', async ({ page }) => {
  // As when the file was removed or locked after being chosen.
  await page.addInitScript(() => {
    File.prototype.text = () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'));
  });
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'history');
  await importInput(page).setInputFiles(jsonFile('answers.json', valid));
  await expect(page.getByTestId('import-error')).toHaveText(
    t('en', 'history.import_error', { reason: t('en', 'storage.reason_unreadable_file') }),
  );
  expect(await storedAnswers(page)).toEqual(answersById(MIXED.ratings));
});
