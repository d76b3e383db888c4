// A reload picks up where the person left off: the same answers, the same
// section, the same language, from one versioned record in localStorage.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, SECTIONS, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';

// The first three sections in full and the first statement of the fourth:
// 12 of 25.
const RATINGS = MIXED.ratings.map((ratings, i) => {
  if (i < 3) return ratings;
  if (i === 3) return ratings.map((rating, j) => (j === 0 ? rating : null));
  return ratings.map(() => null);
});
const ANSWERS = answersById(RATINGS);
const ANSWERED = Object.keys(ANSWERS).length;

/** Expects a section's radios to show exactly the answers in ANSWERS. */
async function expectAnswersShown(app, section) {
  for (const id of section.statements) {
    const checked = app.statement(id).locator('input:checked');
    if (id in ANSWERS) {
      await expect(app.radio(id, ANSWERS[id])).toBeChecked();
      await expect(checked).toHaveCount(1);
    } else {
      await expect(checked).toHaveCount(0);
    }
  }
}

test('answers, section and language survive a reload', async ({ app, page }) => {
  expect(ANSWERED).toBe(12);
  await app.open();
  await app.rateByMouse(RATINGS);
  await app.chooseLanguage('hi');
  await app.openSection('knowing');

  const progress = t('hi', 'progress.count', { answered: ANSWERED, total: 25 });
  await expect(app.progressText()).toHaveText(progress);

  const record = {
    format: 'service-quotient/session',
    schema: 3,
    app: expect.any(String),
    saved_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    changed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    revision: expect.any(Number),
    language: 'hi',
    place: 'knowing',
    answers: ANSWERS,
  };
  expect(await app.storedRecord()).toEqual(record);
  // One revision per change saved.
  expect((await app.storedRecord()).revision).toBeGreaterThanOrEqual(ANSWERED);
  // Answers are stored by statement id, in questionnaire order.
  expect(Object.keys((await app.storedRecord()).answers)).toEqual(Object.keys(ANSWERS));

  await app.reload();

  // Where the person was: the 'knowing' section, in Hindi.
  await expect(app.sectionPage('knowing')).toBeVisible();
  await expect(app.navItem('knowing')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('nav [aria-current]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(app.languagePicker()).toHaveValue('hi');
  await expect(page.locator('h1')).toHaveText(t('hi', 'app.title'));
  await expect(app.heading()).toHaveText(t('hi', 'sections.knowing.title'));
  await expect(page.getByText(t('hi', 'app.instructions'))).toBeVisible();
  await expect(app.progressText()).toHaveText(progress);
  await expect(app.navItem('culture')).toContainText(t('hi', 'sections.culture.short'));
  await expect(app.navItem('knowing').locator('.section-nav__count')).toHaveText('1/3');
  // Reading the record back did not change it.
  expect(await app.storedRecord()).toEqual(record);

  // Every answer is back, in every section, and nothing else is checked.
  // Each section is opened on a fresh page: going straight from one section
  // to another can show wrong radios (see section-switch.spec.mjs).
  await expectAnswersShown(app, SECTIONS[3]);
  for (const section of SECTIONS) {
    await app.open();
    await app.openSection(section.id);
    await expectAnswersShown(app, section);
  }
  await expect(app.progressText()).toHaveText(progress);

  // The stored record is the only key the app left behind.
  expect(Object.keys(await app.storageEntries())).toEqual([STORAGE_KEY]);
});
