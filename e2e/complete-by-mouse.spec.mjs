// Known answer sets, entered by mouse, give the known section scores, total
// and band.
import { test, expect, scoresAsShown } from './fixtures.mjs';
import { ANSWER_SETS } from './questionnaire.mjs';

for (const set of ANSWER_SETS) {
  test(`by mouse: ${set.name} gives ${set.total} (${set.band})`, async ({ app, page }) => {
    await app.open();
    await app.rateByMouse(set.ratings);
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText(set.total);
    await expect(page.locator('.total-summary')).toHaveAttribute('data-band', set.band);
    expect(await app.sectionScores()).toEqual(scoresAsShown(set));
  });
}
