// The plan in the export files (issue 11): the keep page's JSON and the
// history export carry it (export schema 2, the plan record inside); a
// fresh profile imports it, in each of the four languages, and shows the
// same policy document; importing asks before replacing a plan of one's
// own, changes nothing until then, and "Undo" brings the old one back; a
// plan tab open meanwhile takes the import in; a bad plan in a file is
// refused with its reason in the page's language, and nothing changes.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { LANGUAGES, MIXED, answersById } from './questionnaire.mjs';
import { exportFile, jsonFile } from './records.mjs';
import { t } from './texts.mjs';
import { filledPlan, openPlan, planRecord, seedPlan, storedPlan, storedPlanText, typed } from './plan-page.mjs';
import { displayDate, downloadText, freshContext, historyRecord, openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

/** A browser locale that makes the app choose `lang` on a first visit. */
const BROWSER_LOCALE = { en: 'en-GB', hi: 'hi-IN', zh: 'zh-CN', te: 'te-IN', ur: 'ur-PK' };

/** The import panel's file input, in `lang`. */
function importInput(page, lang) {
  return page.getByLabel(t(lang, 'history.import_label'));
}

/** A plan record without what only says where and when it was stored. */
function content(record) {
  const { app, saved_at, revision, lineage, ...rest } = record;
  return rest;
}

/** The policy document as the plan page shows it. */
async function documentText(page, lang) {
  await openPlan(page, 'document', lang);
  return page.getByTestId('plan-document').innerText();
}

for (const lang of LANGUAGES) {
  test(`a plan exported as JSON and imported in a fresh profile is the same plan (${lang})`, async ({ page, browser, baseURL }) => {
    const plan = filledPlan(lang);
    await seedPlan(page, { lang, plan });
    const written = await documentText(page, lang);
    expect(written).toContain(typed(lang).statement);

    await openTool(page, 'keep');
    const json = await downloadText(page, page.getByTestId('download-json'));
    const file = JSON.parse(json.text);
    expect(file.schema).toBe(2);
    expect(file.sets).toHaveLength(1);
    expect(file.plan.format).toBe('service-quotient/plan');
    expect(content(file.plan)).toEqual(content(await storedPlan(page)));

    const other = await freshContext(browser, baseURL, { locale: BROWSER_LOCALE[lang] });
    const page2 = await other.context.newPage();
    await openTool(page2, 'history');
    await importInput(page2, lang).setInputFiles(json.path);
    const saved = await displayDate(page2, file.plan.saved_at, lang);
    await expect(page2.getByTestId('import-plan')).toHaveText(
      t(lang, 'history.plan_in_file', { date: saved, goals: plan.goals.length, actions: plan.actions.length }),
    );
    // The preview changes nothing.
    expect(await storedPlanText(page2)).toBeNull();
    // No plan of their own: nothing to lose, so no question.
    await page2.getByRole('button', { name: t(lang, 'history.plan_use') }).click();
    await expect(page2.getByTestId('plan-import-notice')).toContainText(t(lang, 'history.plan_done'));
    await expect(page2.locator('#confirm-plan-import')).not.toBeVisible();
    expect(content(await storedPlan(page2))).toEqual(content(file.plan));

    await page2.getByRole('link', { name: t(lang, 'history.plan_open') }).click();
    await expect(page2.locator('#view-heading')).toHaveText(t(lang, 'plan.title'));
    expect(await documentText(page2, lang)).toBe(written);
    await other.close();
  });
}

test('the history export carries the plan too, and one snapshot’s file does not', async ({ page }) => {
  const plan = filledPlan('en');
  await seedPlan(page, { plan });
  await page.addInitScript(
    ([key, raw]) => localStorage.getItem(key) || localStorage.setItem(key, raw),
    [`${STORAGE_KEY}.history`, historyRecord([{ ratings: MIXED.ratings, taken_at: '2026-11-01T09:00:00.000Z' }])],
  );
  await openTool(page, 'history');
  const history = JSON.parse((await downloadText(page, page.getByTestId('download-history'))).text);
  expect(history.sets).toHaveLength(1);
  expect(content(history.plan)).toEqual(content(await storedPlan(page)));
  expect(history.plan.vision.statement).toBe(typed('en').statement);
});

test('with no plan written, the export holds the answers only', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings) });
  await openTool(page, 'keep');
  const file = JSON.parse((await downloadText(page, page.getByTestId('download-json'))).text);
  expect(file.sets[0].answers).toEqual(answersById(MIXED.ratings));
  expect(file).not.toHaveProperty('plan');
});

test('importing over a plan of one’s own asks first, Cancel changes nothing, Undo brings it back, and an open plan tab follows', async ({ page }) => {
  await seedPlan(page, { plan: { vision: { statement: 'Mine: quick and kind' } } });
  await openTool(page, 'history');
  const planTab = await page.context().newPage();
  await openPlan(planTab, 'vision');
  await expect(planTab.locator('#vision-statement')).toHaveValue('Mine: quick and kind');

  const mine = await storedPlanText(page);
  const theirs = { ...JSON.parse(planRecord(filledPlan('en'))), saved_at: '2026-11-30T08:00:00.000Z' };
  await importInput(page, 'en').setInputFiles(jsonFile('with-plan.json', exportFile([{ answers: answersById(MIXED.ratings) }], { schema: 2, plan: theirs })));
  const use = page.getByRole('button', { name: t('en', 'history.plan_use') });
  const dialog = page.locator('#confirm-plan-import');

  await use.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t('en', 'history.plan_question'));
  await expect(dialog).toContainText(t('en', 'history.plan_kept'));
  await dialog.getByRole('button', { name: t('en', 'history.plan_cancel') }).click();
  await expect(dialog).not.toBeVisible();
  expect(await storedPlanText(page)).toBe(mine);
  await expect(use).toBeFocused();

  await use.click();
  await dialog.getByRole('button', { name: t('en', 'history.plan_confirm') }).click();
  const notice = page.getByTestId('plan-import-notice');
  await expect(notice).toContainText(t('en', 'history.plan_done'));
  await expect(notice).toBeFocused();
  expect((await storedPlan(page)).vision.statement).toBe(typed('en').statement);
  // The plan tab open meanwhile takes the import in.
  await expect(planTab.locator('#vision-statement')).toHaveValue(typed('en').statement);

  await notice.getByRole('button', { name: t('en', 'replace.undo') }).click();
  await expect(notice).toHaveText(t('en', 'history.plan_undone'));
  expect((await storedPlan(page)).vision.statement).toBe('Mine: quick and kind');
  expect((await storedPlan(page)).goals).toEqual([]);
  await expect(planTab.locator('#vision-statement')).toHaveValue('Mine: quick and kind');
});

test('a damaged plan in a file is refused with its reason in the page’s language, and nothing changes', async ({ page }) => {
  await seedPlan(page, { lang: 'hi', plan: { vision: { statement: 'हमारा वादा' } } });
  await openTool(page, 'history');
  const before = await storedPlanText(page);
  const sets = [{ answers: answersById(MIXED.ratings) }];
  const cases = [
    { plan: { format: 'service-quotient/plan', schema: 1, vision: { statement: 'x'.repeat(4001) } }, reason: 'storage.reason_text_too_long' },
    { plan: { format: 'service-quotient/plan', schema: 2 }, reason: 'storage.reason_newer' },
    { plan: { format: 'something-else', schema: 1 }, reason: 'storage.reason_not_ours' },
  ];
  for (const { plan, reason } of cases) {
    await importInput(page, 'hi').setInputFiles(jsonFile('bad-plan.json', exportFile(sets, { schema: 2, plan })));
    await expect(page.getByTestId('import-error')).toHaveText(t('hi', 'history.import_error', { reason: t('hi', reason) }));
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
  }
  expect(await storedPlanText(page)).toBe(before);
});
