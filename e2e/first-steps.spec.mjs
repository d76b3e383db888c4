// Results that lead to a first step (issue 9): "Your first three steps"
// under the total, from the weakest statements of the sections with the most
// room, in the order the advice lists the sections, ties named as ties; the
// first two sections' advice open, the rest collapsed with their score in
// view; "Keep, share or print" right under the steps and in the navigation;
// scores with one decimal and "room to improve"; and on a 390 px phone the
// results up to the end of the second section's advice within three screens.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { ANSWER_SETS, LANGUAGES, MIXED, SECTIONS } from './questionnaire.mjs';
import { t, statementKey } from './texts.mjs';
import { openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

const TIED = ANSWER_SETS.find((set) => set.total === '20.5');

/** The step text of a statement. */
const step = (lang, id) => t(lang, `statements.${statementKey(id)}.step`);
const short = (lang, section) => t(lang, `sections.${section}.short`);

/** Opens the results (`tools.html#results`) of `set` in `lang`. */
async function openResults(page, app, set, lang = 'en') {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(set.ratings, { language: lang }) });
  await openTool(page, 'results');
  await expect(app.resultsPage()).toBeVisible();
}

test('the first three steps come from the section with the most room, lowest ratings first', async ({ app, page }) => {
  // Mixed: knowing has the most room (8/3 = 2.67: 3, 3, 2), then products
  // (3.25), improvement (3.33), staff (3.4), feedback (3.67), culture
  // (3.75), contact (4.33).
  await openResults(page, app, MIXED);
  const steps = page.locator('.first-steps');
  await expect(steps.locator('h3')).toHaveText(t('en', 'results.first_steps_title'));
  await expect(steps.getByTestId('weakest-sections')).toHaveText(
    t('en', 'results.weakest_one', { section: short('en', 'knowing') }),
  );
  const expected = ['knowing.staff-know-priorities', 'knowing.expectations', 'knowing.frequent-contact'];
  // All from one section, already named above: no section after each.
  await expect(steps.locator('li')).toHaveText(expected.map((id) => step('en', id)));
  await expect(steps.locator('li a')).toHaveText(expected.map((id) => step('en', id)));

  // The advice below lists the sections in the same order.
  const cards = page.locator('.section-advice');
  await expect(cards).toHaveCount(7);
  const order = await cards.evaluateAll((all) => all.map((c) => c.dataset.section));
  expect(order).toEqual(['knowing', 'products', 'improvement', 'staff', 'feedback', 'culture', 'contact']);
  // One decimal and room to improve, which add up to 5.
  const knowing = page.locator('.section-advice[data-section="knowing"]');
  await expect(knowing.getByTestId('section-score')).toHaveText(t('en', 'results.score_out_of', { score: '2.7' }));
  await expect(knowing.getByTestId('section-room')).toHaveText(t('en', 'results.room', { room: '2.3' }));
  // The first two open, the rest collapsed with their score still visible.
  for (const [i, id] of order.entries()) {
    const card = page.locator(`.section-advice[data-section="${id}"]`);
    if (i < 2) await expect(card).toHaveAttribute('open', '');
    else await expect(card).not.toHaveAttribute('open');
    await expect(card.getByTestId('section-score')).toBeVisible();
  }
  // No analyst words: nothing says "gap".
  await expect(page.locator('main')).not.toContainText(/\bgap\b/i);

  // A step links to its section's advice: a collapsed one opens, focused.
  await page.locator('.section-advice[data-section="contact"] > summary').click();
  await expect(page.locator('.section-advice[data-section="contact"]')).toHaveAttribute('open', '');
  await page.locator('.section-advice[data-section="knowing"] > summary').click();
  await expect(knowing).not.toHaveAttribute('open');
  await steps.getByRole('link', { name: step('en', expected[0]) }).click();
  await expect(knowing).toHaveAttribute('open', '');
  await expect(knowing.locator('> summary')).toBeFocused();
});

test('sections tied for the most room are named as a tie', async ({ app, page }) => {
  // 20.5: culture and products both 2.75; the five others 3.0.
  await openResults(page, app, TIED);
  const steps = page.locator('.first-steps');
  await expect(steps.getByTestId('weakest-sections')).toHaveText(
    t('en', 'results.weakest_tied', {
      sections: [short('en', 'culture'), short('en', 'products')].join(t('en', 'results.list_separator')),
    }),
  );
  // Culture comes first (questionnaire order among equals); its lowest
  // rating first, then its 3s in order.
  const expected = ['culture.right-first-time', 'culture.whatever-it-takes', 'culture.owner-sets-example'];
  await expect(steps.locator('li a')).toHaveText(expected.map((id) => step('en', id)));
  await expect(page.locator('.section-advice[data-section="culture"]').getByTestId('tied-with')).toHaveText(
    t('en', 'results.tied_with', { sections: short('en', 'products') }),
  );
  await expect(page.locator('.section-advice[data-section="products"]').getByTestId('tied-with')).toHaveText(
    t('en', 'results.tied_with', { sections: short('en', 'culture') }),
  );
});

test('steps from several sections each name their section', async ({ app, page }) => {
  // 28.0: products 3.5 (its one weak statement: customer input, rated 2),
  // then the four sections at 4.0 (all 4s: every statement is at the
  // section's lowest), feedback first in questionnaire order.
  await openResults(page, app, ANSWER_SETS.find((set) => set.total === '28.0'));
  const steps = page.locator('.first-steps');
  await expect(steps.getByTestId('weakest-sections')).toHaveText(
    t('en', 'results.weakest_one', { section: short('en', 'products') }),
  );
  await expect(steps.locator('li')).toHaveText([
    `${step('en', 'products.customer-input')} ${short('en', 'products')}`,
    `${step('en', 'feedback.review-complaints')} ${short('en', 'feedback')}`,
    `${step('en', 'feedback.ask-for-feedback')} ${short('en', 'feedback')}`,
  ]);
});

test('with every statement at 5 there is nothing to fix, and it says so', async ({ app, page }) => {
  await openResults(page, app, ANSWER_SETS.find((set) => set.total === '35.0'));
  const steps = page.locator('.first-steps');
  await expect(steps).toContainText(t('en', 'results.first_steps_none'));
  await expect(steps.locator('li')).toHaveCount(0);
  await expect(steps.getByTestId('weakest-sections')).toHaveCount(0);
});

test('keep, share or print sits under the first steps and in the navigation', async ({ app, page }) => {
  await openResults(page, app, MIXED);
  const keep = page.locator('.keep-link a[href="#keep"]');
  await expect(keep).toHaveText(t('en', 'keep.open'));
  // Right under the first steps: the next thing after them.
  const follows = await page.locator('.first-steps').evaluate((steps) => steps.nextElementSibling?.className);
  expect(follows).toBe('keep-link');
  await keep.click();
  await expect(page.locator('main h2#view-heading')).toHaveText(t('en', 'keep.title'));
  // The self-check's navigation leads there too.
  await app.open();
  const nav = page.locator('nav .section-nav__item--keep');
  await expect(nav).toHaveText(t('en', 'nav.keep'));
  await expect(nav).toHaveAttribute('href', 'tools.html#keep');
  await nav.click();
  await expect(page.locator('main h2#view-heading')).toHaveText(t('en', 'keep.title'));
});

for (const lang of LANGUAGES) {
  test(`on a 390 px phone the score, the first steps and the keep entry come first (${lang})`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openResults(page, app, MIXED, lang);
    const top = await page.locator('#view-heading').evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
    const bottom = (locator) => locator.evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
    const secondAdvice = page.locator('.section-advice').nth(1);
    const height = (await bottom(secondAdvice)) - top;
    console.log(`results to the end of the second section's advice, ${lang}: ${Math.round(height)} px`);
    expect(height, 'within three screens').toBeLessThanOrEqual(3 * 844);
    // The keep entry without scrolling past the first steps: it ends within
    // one screen below the end of the steps.
    const steps = await bottom(page.locator('.first-steps'));
    const keep = await bottom(page.locator('.keep-link'));
    expect(keep - steps).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('by keyboard, a collapsed section opens and closes from its summary', async ({ app, page }) => {
  await openResults(page, app, MIXED);
  // Contact is last in the list, collapsed.
  const contact = page.locator('.section-advice[data-section="contact"]');
  await expect(contact).not.toHaveAttribute('open');
  await contact.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(contact).toHaveAttribute('open', '');
  await expect(contact.locator('.section-advice__more > summary')).toBeVisible();
  // Its folded general steps open the same way.
  await page.keyboard.press('Tab');
  await expect(contact.locator('.section-advice__more > summary')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(contact.locator('.section-advice__actions li')).toHaveCount(3);
  await expect(contact.locator('.section-advice__actions li').first()).toBeVisible();
  await contact.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(contact).not.toHaveAttribute('open');
});

for (const lang of LANGUAGES) {
  test(`a wrapped item of a list starts on its bullet's line (${lang})`, async ({ app, page }) => {
    // Partial answers: the list of statements still to rate, on a phone,
    // where most of them wrap.
    await page.setViewportSize({ width: 390, height: 844 });
    const partial = MIXED.ratings.map((ratings, i) => (i % 2 === 0 ? ratings : []));
    await openResults(page, app, { ratings: partial }, lang);
    const items = page.locator('.missing-list li');
    // Products, knowing and staff: 4 + 3 + 5.
    await expect(items).toHaveCount(12);
    const lines = await items.evaluateAll((all) =>
      all.map((li) => {
        const link = li.querySelector('a');
        const rects = [...link.getClientRects()];
        return { item: li.getBoundingClientRect().top, first: rects[0].top, lines: rects.length };
      }),
    );
    expect(lines.some((l) => l.lines > 1), 'some items wrap').toBe(true);
    for (const line of lines) expect(Math.abs(line.first - line.item)).toBeLessThan(6);
  });
}
