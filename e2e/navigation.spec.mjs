// Getting around: the jump to the first unanswered statement, the results'
// links back to statements, start over, Previous/Next, and the per-section
// progress in the navigation.
import { test, expect, scoresAsShown } from './fixtures.mjs';
import { MIXED, SECTIONS, STATEMENTS, answersById, statementNumber } from './questionnaire.mjs';
import { statementText, t } from './texts.mjs';

/** MIXED with the given statements left unanswered. */
function mixedWithout(...missing) {
  return SECTIONS.map((section, i) =>
    section.statements.map((id, j) => (missing.includes(id) ? null : MIXED.ratings[i][j])),
  );
}

/** Expects the focused element to be a radio of statement `id` (the checked
 *  one, or the first when none is), scrolled into view. */
async function expectFocusOn(app, id) {
  const checked = await app.statement(id).locator('input:checked').count();
  const target = checked ? app.statement(id).locator('input:checked') : app.radio(id, 1);
  await expect(target).toBeFocused();
  await expect(app.statement(id)).toBeInViewport();
}

test.describe('go to the first unanswered statement', () => {
  test('opens its section and focuses it, until all are answered', async ({ app, page }) => {
    const jump = page.getByRole('button', { name: t('en', 'nav.first_unanswered') });
    await app.open();
    // Nothing answered: the very first statement.
    await app.openSection('staff');
    await jump.click();
    await expect(app.sectionPage('culture')).toBeVisible();
    await expect(app.navItem('culture')).toHaveAttribute('aria-current', 'page');
    await expectFocusOn(app, 'culture.whatever-it-takes');

    // Culture done, products half done with a gap: the gap, from another
    // section.
    await app.rateByMouse([MIXED.ratings[0], [3, null, 4, null]]);
    await app.openSection('contact');
    await jump.click();
    await expect(app.sectionPage('products')).toBeVisible();
    await expect(app.navItem('products')).toHaveAttribute('aria-current', 'page');
    await expectFocusOn(app, 'products.honest-advertising');

    // Answer it with the keyboard where focus is; the jump moves on within
    // the same section.
    await page.keyboard.press('Space');
    await expect(app.radio('products.honest-advertising', 1)).toBeChecked();
    await jump.click();
    await expectFocusOn(app, 'products.customer-input');

    // From another section, the jump leads to a later section.
    await app.rate('products.customer-input', 2);
    await app.openSection('improvement');
    await jump.click();
    await expect(app.sectionPage('feedback')).toBeVisible();
    await expectFocusOn(app, 'feedback.review-complaints');

    // With everything answered the link gives way to a note.
    await app.rateByMouse(MIXED.ratings.map((ratings, i) => (i < 2 ? [] : ratings)));
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await expect(jump).toHaveCount(0);
    const note = page.locator('.section-nav__jump span');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(t('en', 'nav.all_answered'));
    await expect(page.locator('.section-nav__jump button')).toBeHidden();
  });
});

test.describe('results: still to rate', () => {
  test('lists every missing statement; each leads to it on the self-check, focused', async ({ app, page }) => {
    const missing = ['culture.owner-sets-example', 'feedback.review-complaints', 'feedback.ask-for-feedback', 'staff.empowered'];
    await app.open();
    await app.rateByMouse(mixedWithout(...missing));
    await app.openResults();

    const list = page.locator('.missing-list');
    await expect(list.locator('h3')).toHaveText(t('en', 'results.missing_title'));
    const items = list.getByRole('link');
    await expect(items).toHaveText(missing.map((id) => `${statementNumber(id)}. ${statementText('en', id)}`));
    expect(await items.evaluateAll((links) => links.map((b) => b.dataset.statement))).toEqual(missing);
    await expect(page.getByTestId('incomplete')).toHaveText(t('en', 'results.incomplete', { missing: 4 }));

    await list.getByRole('link', { name: statementText('en', 'staff.empowered') }).click();
    await expect(app.sectionPage('staff')).toBeVisible();
    await expect(app.navItem('staff')).toHaveAttribute('aria-current', 'page');
    await expectFocusOn(app, 'staff.empowered');
    await expect(page.locator('fieldset:focus-within')).toHaveAttribute('data-statement', 'staff.empowered');

    // Rated where focus landed, it leaves the list.
    await page.keyboard.press('Space');
    await expect(app.radio('staff.empowered', 1)).toBeChecked();
    await app.openResults();
    await expect(items).toHaveCount(3);
    await expect(list.locator('[data-statement="staff.empowered"]')).toHaveCount(0);
    await expect(page.getByTestId('incomplete')).toHaveText(t('en', 'results.incomplete', { missing: 3 }));

    // The first of a section's missing statements, in another section.
    await items.first().click();
    await expect(app.sectionPage('culture')).toBeVisible();
    await expectFocusOn(app, 'culture.owner-sets-example');
  });
});

test.describe('results: your answers', () => {
  test('every statement has a Change link that leads back to it; a change updates the results', async ({ app, page }) => {
    await app.open();
    await app.rateByMouse(MIXED.ratings);
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText('24.4');

    const review = page.locator('details.answer-review');
    await review.locator('summary').click();
    await expect(review.locator('summary')).toHaveText(t('en', 'results.your_answers'));
    const items = review.locator('li');
    await expect(items).toHaveCount(25);
    expect(await items.evaluateAll((lis) => lis.map((li) => li.dataset.statement))).toEqual(STATEMENTS);
    const answers = answersById(MIXED.ratings);
    for (const id of STATEMENTS) {
      const item = review.locator(`li[data-statement="${id}"]`);
      await expect(item.locator('.answer-review__statement')).toHaveText(statementText('en', id));
      await expect(item.locator('.answer-review__rating')).toHaveText(
        t('en', 'results.rated', { rating: answers[id], word: t('en', `scale.r${answers[id]}`) }),
      );
      await expect(item.getByRole('link', { name: t('en', 'results.change'), exact: true })).toHaveCount(1);
    }

    // Change 'knowing.staff-know-priorities' from 2 to 5.
    const id = 'knowing.staff-know-priorities';
    await review.locator(`li[data-statement="${id}"]`).getByRole('link').click();
    await expect(app.sectionPage('knowing')).toBeVisible();
    await expect(app.radio(id, 2)).toBeFocused();
    await expect(app.radio(id, 2)).toBeChecked();
    await app.rate(id, 5);
    await expect(app.statement(id).locator('input:checked')).toHaveCount(1);

    // Knowing: (3 + 3 + 5) / 3 = 3.67; total 24.4 - 2.67 + 3.67 = 25.4.
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText('25.4');
    await expect(page.locator('.total-summary')).toHaveAttribute('data-band', 'adequate');
    expect(await app.sectionScores()).toEqual(scoresAsShown({ shown: ['3.8', '3.3', '3.7', '3.7', '4.3', '3.4', '3.3'] }));
    await review.locator('summary').click();
    await expect(review.locator(`li[data-statement="${id}"] .answer-review__rating`)).toHaveText(
      t('en', 'results.rated', { rating: 5, word: t('en', 'scale.r5') }),
    );
    expect((await app.storedRecord()).answers[id]).toBe(5);
  });

  test('a statement not yet rated shows as such, and Change leads to it', async ({ app, page }) => {
    await app.open();
    await app.rateByMouse(mixedWithout('contact.wow-the-customer'));
    await app.openResults();
    await page.locator('details.answer-review summary').click();
    const item = page.locator('.answer-review li[data-statement="contact.wow-the-customer"]');
    await expect(item.locator('.answer-review__rating')).toHaveText(t('en', 'results.not_rated'));
    await item.getByRole('link', { name: t('en', 'results.change') }).click();
    await expect(app.sectionPage('contact')).toBeVisible();
    await expectFocusOn(app, 'contact.wow-the-customer');
  });
});

test.describe('start over', () => {
  const button = (page) => page.getByRole('button', { name: t('en', 'start_over.button'), exact: true });
  const confirmation = (page) => page.getByRole('dialog', { name: t('en', 'start_over.question') });

  test('asks first; "No, keep them" keeps every answer', async ({ app, page }) => {
    await app.open();
    await app.rateByMouse(MIXED.ratings);
    await app.openResults();
    const before = await app.storedRecord();

    await button(page).click();
    await expect(confirmation(page)).toBeVisible();
    await expect(confirmation(page)).toContainText(t('en', 'start_over.kept'));
    // Nothing is cleared by asking.
    await expect(app.progressText()).toHaveText('25 of 25 answered');

    await confirmation(page).getByRole('button', { name: t('en', 'start_over.cancel') }).click();
    await expect(confirmation(page)).toBeHidden();
    await expect(button(page)).toBeVisible();
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await expect(page.getByTestId('total')).toHaveText(MIXED.total);
    await expect(app.resultsPage()).toBeVisible();
    expect(await app.storedRecord()).toEqual(before);
  });

  test('"Yes, clear my answers" clears them all; the self-check starts again', async ({ app, page }) => {
    await app.open();
    await app.rateByMouse(MIXED.ratings);
    await app.openResults();

    await button(page).click();
    await confirmation(page).getByRole('button', { name: t('en', 'start_over.confirm') }).click();

    await expect(app.progressText()).toHaveText('0 of 25 answered');
    await expect(page.getByTestId('incomplete')).toHaveText(t('en', 'results.incomplete', { missing: 25 }));
    await expect.poll(() => app.storedRecord()).toMatchObject({
      format: 'service-quotient/session',
      schema: 3,
      language: 'en',
      answers: {},
    });
    expect((await app.storedRecord()).answers).toEqual({});

    await app.open();
    await expect(app.sectionPage('culture')).toBeVisible();
    await expect(app.progressText()).toHaveText('0 of 25 answered');
    await expect(page.locator('main input:checked')).toHaveCount(0);
    for (const section of SECTIONS) {
      await expect(app.navItem(section.id).locator('.section-nav__count')).toHaveText(`0/${section.statements.length}`);
    }
    await app.reload();
    await expect(app.progressText()).toHaveText('0 of 25 answered');
  });

  test('keyboard focus moves into the question, Escape closes it, and focus comes back, every time', async ({
    app,
    page,
  }) => {
    await app.open();
    await app.rateByMouse(MIXED.ratings.slice(0, 1));
    await app.openResults();
    const cancel = confirmation(page).getByRole('button', { name: t('en', 'start_over.cancel') });
    for (const [time, key] of ['Enter', 'Escape'].entries()) {
      await button(page).focus();
      await page.keyboard.press('Enter');
      await expect(cancel, `"No, keep them" is focused when the question opens (${time})`).toBeFocused();
      // Tab stays inside the question.
      await page.keyboard.press('Tab');
      await expect(confirmation(page).getByRole('button', { name: t('en', 'start_over.confirm') })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(cancel).toBeFocused();
      await page.keyboard.press(key);
      await expect(confirmation(page)).toBeHidden();
      await expect(button(page), `"Start over" is focused again when it closes (${key})`).toBeFocused();
    }
    await expect(app.progressText()).toHaveText('4 of 25 answered');
  });
});

test.describe('previous and next', () => {
  test('step through every section, then to the results, and back', async ({ app, page }) => {
    const previous = page.getByRole('button', { name: t('en', 'nav.previous') });
    const next = page.getByRole('button', { name: t('en', 'nav.next') });
    const results = page.getByRole('link', { name: t('en', 'nav.see_results') });
    await app.open();

    for (const [i, section] of SECTIONS.entries()) {
      await expect(app.sectionPage(section.id)).toBeVisible();
      await expect(app.navItem(section.id)).toHaveAttribute('aria-current', 'page');
      // On load focus stays at the top of the page; after a step it is on
      // the new section's heading.
      if (i > 0) await expect(app.heading()).toBeFocused();
      await expect(app.heading()).toHaveText(t('en', `sections.${section.id}.title`));
      await expect(page.locator('main .eyebrow')).toHaveText(`Section ${i + 1} of 7`);
      await expect(previous).toHaveCount(i === 0 ? 0 : 1);
      const last = i === SECTIONS.length - 1;
      await expect(next).toHaveCount(last ? 0 : 1);
      await expect(results).toHaveCount(last ? 1 : 0);
      await (last ? results : next).click();
    }
    // The results are on the tools page.
    await page.waitForURL(/tools\.html#results$/);
    await expect(app.resultsPage()).toBeVisible();
    await expect(app.resultsNavItem()).toHaveAttribute('aria-current', 'page');
    await expect(app.heading()).toHaveText(t('en', 'results.title'));

    // Back on the self-check, where it was left: the last section.
    await app.open();
    await expect(app.sectionPage('improvement')).toBeVisible();
    for (let i = SECTIONS.length - 1; i > 0; i--) {
      await previous.click();
      await expect(app.sectionPage(SECTIONS[i - 1].id)).toBeVisible();
      await expect(app.navItem(SECTIONS[i - 1].id)).toHaveAttribute('aria-current', 'page');
      await expect(app.heading()).toBeFocused();
    }
    await expect(previous).toHaveCount(0);
    expect((await app.storedRecord()).place).toBe('culture');
  });
});

test.describe('section navigation', () => {
  test('shows each section\'s progress and marks complete sections', async ({ app, page }) => {
    const count = (id) => app.navItem(id).locator('.section-nav__count');
    await app.open();
    for (const section of SECTIONS) {
      await expect(count(section.id)).toHaveText(`0/${section.statements.length}`);
    }

    await app.rate('culture.whatever-it-takes', 4);
    await expect(count('culture')).toHaveText('1/4');
    await app.rate('culture.owner-sets-example', 2);
    await expect(count('culture')).toHaveText('2/4');
    // Changing a rating does not count twice.
    await app.rate('culture.owner-sets-example', 3);
    await expect(count('culture')).toHaveText('2/4');
    await expect(app.navItem('culture')).not.toHaveClass(/section-nav__item--complete/);

    await app.rateByMouse([[], [], [4, null, 3], [3, 3, 2]]);
    await expect(count('feedback')).toHaveText('2/3');
    await expect(count('knowing')).toHaveText('3/3');
    await expect(app.navItem('knowing')).toHaveClass(/section-nav__item--complete/);
    await expect(app.navItem('feedback')).not.toHaveClass(/section-nav__item--complete/);
    await expect(count('products')).toHaveText('0/4');
    await expect(count('staff')).toHaveText('0/5');
    await expect(app.progressText()).toHaveText('7 of 25 answered');
    // The check mark of a complete section is part of the button's name.
    await expect(app.navItem('knowing')).toHaveAccessibleName(`${t('en', 'sections.knowing.short')} 3/3 ✓`);
    await expect(app.navItem('feedback')).toHaveAccessibleName(`${t('en', 'sections.feedback.short')} 2/3`);

    // The counts are restored with the answers.
    await app.reload();
    await expect(count('culture')).toHaveText('2/4');
    await expect(count('feedback')).toHaveText('2/3');
    await expect(count('knowing')).toHaveText('3/3');
  });
});
