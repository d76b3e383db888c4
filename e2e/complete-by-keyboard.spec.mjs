// The whole self-check by keyboard alone: the skip link, Tab and Shift+Tab
// between statements, Space and the arrow keys within a statement, Enter and
// Space on the buttons. No mouse events at all. Choosing a rating never moves
// focus out of the statement's radio group.
import { test, expect, scoresAsShown } from './fixtures.mjs';
import { ANSWER_SETS, SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';

/** Presses `key` and expects focus to land on `target`. */
async function press(page, key, target) {
  await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/** With focus on the statement's first radio (none checked yet), selects it
 *  with Space and walks to `rating` with the arrow keys, overshooting by one
 *  and coming back with ArrowLeft when it can. After every key the radio
 *  just reached is both checked and focused. */
async function rateByKeys(app, id, rating) {
  const reach = async (key, value) => {
    await press(app.page, key, app.radio(id, value));
    await expect(app.radio(id, value)).toBeChecked();
  };
  await reach('Space', 1);
  const overshoot = rating < 5 ? rating + 1 : rating;
  for (let value = 2; value <= overshoot; value++) await reach('ArrowRight', value);
  if (overshoot > rating) await reach('ArrowLeft', rating);
  await expect(app.statement(id).locator('input:checked')).toHaveCount(1);
}

for (const set of ANSWER_SETS) {
  test(`by keyboard: ${set.name} gives ${set.total} (${set.band})`, async ({ app, page }) => {
    await app.open();

    // The first Tab stop is the skip link; following it puts the next Tab
    // on the first statement's first rating.
    const skipLink = page.getByRole('link', { name: t('en', 'app.skip_to_content') });
    await press(page, 'Tab', skipLink);
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await press(page, 'Tab', app.radio(SECTIONS[0].statements[0], 1));

    let answered = 0;
    for (const [i, section] of SECTIONS.entries()) {
      await expect(app.sectionPage(section.id)).toBeVisible();
      await expect(app.navItem(section.id)).toHaveAttribute('aria-current', 'page');
      for (const [j, id] of section.statements.entries()) {
        // The first statement after the skip link is already focused; after
        // "Next section" focus is on the heading, one Tab before it.
        if (i > 0 || j > 0) await press(page, 'Tab', app.radio(id, 1));
        await rateByKeys(app, id, set.ratings[i][j]);
        answered++;
        await expect(app.progressText()).toHaveText(`${answered} of 25 answered`);

        if (j === 1) {
          // Shift+Tab goes back to the previous statement, landing on its
          // chosen rating; Tab returns to this one's.
          const previous = section.statements[0];
          await press(page, 'Shift+Tab', app.radio(previous, set.ratings[i][0]));
          await press(page, 'Tab', app.radio(id, set.ratings[i][1]));
        }
      }

      // After the last statement: "Previous section" (not on the first
      // section), then the forward button, pressed with Enter or Space;
      // after the last section, the link to the results, with Enter.
      if (i > 0) await press(page, 'Tab', page.getByRole('button', { name: t('en', 'nav.previous') }));
      const last = i === SECTIONS.length - 1;
      const forward = last
        ? page.getByRole('link', { name: t('en', 'nav.see_results') })
        : page.getByRole('button', { name: t('en', 'nav.next') });
      await press(page, 'Tab', forward);
      await page.keyboard.press(last || i % 2 === 0 ? 'Enter' : 'Space');
      if (!last) await expect(app.heading()).toBeFocused();
    }

    // The results, on the tools page.
    await page.waitForURL(/tools\.html#results$/);
    await expect(app.resultsPage()).toBeVisible();
    await expect(app.heading()).toHaveText(t('en', 'results.title'));
    await expect(app.resultsNavItem()).toHaveAttribute('aria-current', 'page');
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await expect(page.getByTestId('total')).toHaveText(set.total);
    await expect(page.locator('.total-summary')).toHaveAttribute('data-band', set.band);
    expect(await app.sectionScores()).toEqual(scoresAsShown(set));
  });
}
