// With some sections complete and others not, the results score only the
// complete sections: no total, no band, a count of what is missing, and a
// chart with bars (and their numbers) for complete sections only.
import { test, expect, scoresAsShown } from './fixtures.mjs';
import { MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';

// Complete: culture (3.75), products (3.25), knowing (2.67).
// Incomplete: feedback 2 of 3, contact 0 of 3, staff 4 of 5, improvement 0 of 3.
const RATINGS = [MIXED.ratings[0], MIXED.ratings[1], [4, null, 3], MIXED.ratings[3], [], [5, 3, null, 3, 3], []];
// Exact, and as shown (one decimal, half up) with the room to improve (5
// minus the score shown).
const EXACT = { culture: 3.75, products: 3.25, knowing: 8 / 3 };
const SCORES = { culture: '3.8', products: '3.3', knowing: '2.7' };
const ROOM = { culture: '1.2', products: '1.7', knowing: '2.3' };
const PENDING = { feedback: [2, 3], contact: [0, 3], staff: [4, 5], improvement: [0, 3] };
const ANSWERED = 17;

// Width the chart gives 5 points (600 minus room for the number).
const FULL_BAR = 544;

test('only complete sections are scored; no total or band until all 25 are rated', async ({ app, page }) => {
  await app.open();
  await app.rateByMouse(RATINGS);
  await expect(app.progressText()).toHaveText(`${ANSWERED} of 25 answered`);
  await app.openResults();

  // No total, no band: how many are missing instead.
  await expect(page.getByTestId('incomplete')).toHaveText(t('en', 'results.incomplete', { missing: 25 - ANSWERED }));
  await expect(page.getByTestId('total')).toHaveCount(0);
  await expect(page.getByTestId('band')).toHaveCount(0);
  await expect(page.locator('.total-summary[data-band]')).toHaveCount(0);
  await expect(page.locator('.missing-list li')).toHaveCount(25 - ANSWERED);

  // Advice cards: complete sections first, most room first, with score and
  // room to improve; then incomplete ones in questionnaire order, with the
  // hint instead.
  const cards = page.locator('.section-advice');
  expect(await cards.evaluateAll((all) => all.map((card) => card.dataset.section))).toEqual([
    'knowing', 'products', 'culture', 'feedback', 'contact', 'staff', 'improvement',
  ]);
  for (const [id, score] of Object.entries(SCORES)) {
    const card = page.locator(`.section-advice[data-section="${id}"]`);
    await expect(card.getByTestId('section-score')).toHaveText(t('en', 'results.score_out_of', { score }));
    await expect(card.getByTestId('section-room')).toHaveText(t('en', 'results.room', { room: ROOM[id] }));
    await expect(card.getByText(t('en', 'results.incomplete_section'))).toHaveCount(0);
  }
  for (const id of Object.keys(PENDING)) {
    const card = page.locator(`.section-advice[data-section="${id}"]`);
    await expect(card.locator('.hint')).toHaveText(t('en', 'results.incomplete_section'));
    await expect(card.getByTestId('section-score')).toHaveCount(0);
    await expect(card.getByTestId('section-room')).toHaveCount(0);
    // The general steps are there all the same.
    await expect(card.locator('.section-advice__actions li')).toHaveCount(3);
  }

  // The chart: a bar with its number for each complete section only.
  const svg = page.locator('figure.score-chart svg');
  await expect(svg.locator('rect.score-chart__bar')).toHaveCount(3);
  await expect(svg.locator('text.score-chart__value')).toHaveCount(3);
  for (const [id, score] of Object.entries(SCORES)) {
    const row = svg.locator(`g[data-section="${id}"]`);
    await expect(row.locator('text.score-chart__label')).toHaveText(t('en', `sections.${id}.short`));
    await expect(row.locator('rect.score-chart__bar')).toHaveCount(1);
    await expect(row.locator('text.score-chart__value')).toHaveText(score);
    await expect(row.locator('text.score-chart__pending')).toHaveCount(0);
    const width = Number(await row.locator('rect.score-chart__bar').getAttribute('width'));
    // Whole SVG units, rounded down from the exact score.
    expect(Math.abs(width - (FULL_BAR * EXACT[id]) / 5)).toBeLessThan(1);
  }
  for (const [id, [answered, total]] of Object.entries(PENDING)) {
    const row = svg.locator(`g[data-section="${id}"]`);
    await expect(row.locator('rect')).toHaveCount(0);
    await expect(row.locator('text.score-chart__value')).toHaveCount(0);
    await expect(row.locator('text.score-chart__pending')).toHaveText(t('en', 'results.not_scored', { answered, total }));
  }
  // The same, as one sentence for screen readers.
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg).toHaveAttribute(
    'aria-label',
    'Culture: 3.8; Products: 3.3; Feedback: -; Knowing customers: 2.7; Easy to reach: -; Staff: -; Improvement: -',
  );

  // Rating the rest fills in the total and band.
  const complete = (ratings) => ratings.length > 0 && !ratings.includes(null);
  await app.open();
  await app.rateByMouse(MIXED.ratings.map((ratings, i) => (complete(RATINGS[i]) ? [] : ratings)));
  await app.openResults();
  await expect(page.getByTestId('incomplete')).toHaveCount(0);
  await expect(page.getByTestId('total')).toHaveText(MIXED.total);
  await expect(svg.locator('rect.score-chart__bar')).toHaveCount(7);
  expect(await app.sectionScores()).toEqual(scoresAsShown(MIXED));
});
