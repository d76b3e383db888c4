// axe-core finds no WCAG 2.1 A/AA violations on the questionnaire or the
// results, in any state that matters, in every language; and each statement
// is a radio group named by its text.
import { test, expect } from './fixtures.mjs';
import { LANGUAGES, MIXED, SECTIONS, statementNumber } from './questionnaire.mjs';
import { statementText, t } from './texts.mjs';
import { expectNoAxeViolations } from './axe.mjs';

/** Opens the results (on the tools page), scans them, then scans again with
 *  "Your answers" (and every other <details>) open and the start-over
 *  question showing. */
async function expectAccessibleResults(app, lang, state) {
  const page = app.page;
  await app.openResults();
  await expectNoAxeViolations(page, `${state} results (${lang})`);
  await app.openAllDetails();
  await expect(page.locator('details.answer-review')).toHaveAttribute('open', '');
  await expect(page.locator('.answer-review li')).toHaveCount(25);
  await page.getByRole('button', { name: t(lang, 'start_over.button'), exact: true }).click();
  const confirmation = page.getByRole('dialog', { name: t(lang, 'start_over.question') });
  await expect(confirmation.getByRole('button')).toHaveText([t(lang, 'start_over.cancel'), t(lang, 'start_over.confirm')]);
  await expectNoAxeViolations(page, `${state} results with answers and confirmation open (${lang})`);
}

for (const lang of LANGUAGES) {
  test.describe(`${lang}`, () => {
    test.beforeEach(async ({ app }) => {
      await app.open();
      if (lang !== 'en') await app.chooseLanguage(lang);
    });

    test('the questionnaire has no axe violations', async ({ app, page }) => {
      await expect(app.sectionPage('culture')).toBeVisible();
      await expectNoAxeViolations(page, `the first section, unanswered (${lang})`);
      await app.rate('culture.whatever-it-takes', 3);
      await expectNoAxeViolations(page, `the first section, one answer (${lang})`);
    });

    test('the results with partial answers have no axe violations', async ({ app }) => {
      await app.rateByMouse(MIXED.ratings.map((ratings, i) => (i % 2 === 0 ? ratings : [])));
      await expectAccessibleResults(app, lang, 'partial');
    });

    test('the results with complete answers have no axe violations', async ({ app }) => {
      await app.rateByMouse(MIXED.ratings);
      await expectAccessibleResults(app, lang, 'complete');
    });

    test('each statement is a radio group named by its text, with five named radios', async ({ app, page }) => {
      const words = [1, 2, 3, 4, 5].map((r) => t(lang, `scale.r${r}`));
      for (const section of SECTIONS) {
        await app.openSection(section.id);
        await expect(page.getByRole('radiogroup')).toHaveCount(0);
        for (const id of section.statements) {
          const group = page.getByRole('group', { name: statementText(lang, id), exact: true });
          await expect(group).toHaveCount(1);
          // The number before the statement is hidden from the name.
          await expect(group).toHaveAttribute('data-statement', id);
          await expect(group.locator('.statement__number')).toHaveText(`${statementNumber(id)}. `);
          const radios = group.getByRole('radio');
          await expect(radios).toHaveCount(5);
          for (const [i, word] of words.entries()) {
            await expect(radios.nth(i)).toHaveAccessibleName(`${i + 1} ${word}`);
          }
        }
      }
    });
  });
}
