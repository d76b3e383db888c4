// Whichever section was open before, a section shows exactly the ratings
// given to its statements: the chosen radio checked, no other.
import { test, expect } from './fixtures.mjs';
import { MIXED, SECTIONS, answersById } from './questionnaire.mjs';

/** Expects a section's radios to show exactly `answers`. */
async function expectShown(app, section, answers) {
  for (const id of section.statements) {
    await expect(app.radio(id, answers[id]), `${id} shows ${answers[id]}`).toBeChecked();
    await expect(app.statement(id).locator('input:checked')).toHaveCount(1);
  }
}

test('moving between sections by the navigation keeps each section\'s radios right', async ({ app }) => {
  const answers = answersById(MIXED.ratings);
  await app.open();
  await app.rateByMouse(MIXED.ratings);
  await expect(app.progressText()).toHaveText('25 of 25 answered');
  // Every ordered pair of sections: open `from`, then `to` straight from it.
  for (const from of SECTIONS) {
    for (const to of SECTIONS) {
      if (from === to) continue;
      await app.openSection(from.id);
      await expectShown(app, from, answers);
      await app.openSection(to.id);
      await expectShown(app, to, answers);
    }
  }
  await expect(app.progressText()).toHaveText('25 of 25 answered');
});

test('"Next section" and "Previous section" keep each section\'s radios right', async ({ app, page }) => {
  // Culture rated all 5s, products all 1s: products comes straight after
  // culture, every one of its ratings lower than the one before it.
  const ratings = [[5, 5, 5, 5], [1, 1, 1, 1]];
  const answers = answersById(ratings);
  await app.open();
  await app.rateByMouse(ratings);
  await app.openSection('culture');
  await expectShown(app, SECTIONS[0], answers);
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(app.sectionPage('products')).toBeVisible();
  await expectShown(app, SECTIONS[1], answers);
  await page.getByRole('button', { name: 'Previous section' }).click();
  await expect(app.sectionPage('culture')).toBeVisible();
  await expectShown(app, SECTIONS[0], answers);
});
