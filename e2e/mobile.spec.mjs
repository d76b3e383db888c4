// On a small phone (360 x 740 CSS pixels), in every language: nothing
// scrolls sideways, the progress stays in view, and every rating is a tap
// target of at least 24 x 24 pixels.
import { test, expect } from './fixtures.mjs';
import { LANGUAGES, MIXED, SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';

const WIDTH = 360;
const MIN_TARGET = 24;

test.use({ viewport: { width: WIDTH, height: 740 } });

/** Expects the page not to be wider than the viewport, naming the widest
 *  offenders if it is. */
async function expectNoSidewaysScroll(page, where) {
  const { scrollWidth, offenders } = await page.evaluate((width) => {
    const offenders = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  }, WIDTH);
  expect(scrollWidth, `page width on ${where}; too wide: ${offenders.join(', ')}`).toBeLessThanOrEqual(WIDTH);
}

/** Expects the header's progress text to be visible and on screen. */
async function expectProgressInView(app, lang, answered) {
  const progress = app.progressText();
  await expect(progress).toHaveText(t(lang, 'progress.count', { answered, total: 25 }));
  await expect(progress).toBeVisible();
  await expect(progress).toBeInViewport();
}

for (const lang of LANGUAGES) {
  test(`${lang}: every section and the full results fit a 360 px screen`, async ({ app, page }) => {
    await app.open();
    if (lang !== 'en') await app.chooseLanguage(lang);

    for (const [i, section] of SECTIONS.entries()) {
      await app.openSection(section.id);
      await expectNoSidewaysScroll(page, `section ${section.id}`);
      await expectProgressInView(app, lang, 0);

      const labels = app.sectionPage(section.id).locator('label.scale__point');
      await expect(labels).toHaveCount(5 * section.statements.length);
      for (const label of await labels.all()) {
        const box = await label.boundingBox();
        expect(box.width, `rating label width in ${section.id}`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(box.height, `rating label height in ${section.id}`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(box.x, 'rating label starts on screen').toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, 'rating label ends on screen').toBeLessThanOrEqual(WIDTH);
      }

      // Scrolled to the section's end, the sticky header still shows progress.
      await page.locator('.section-steps').scrollIntoViewIfNeeded();
      await expectProgressInView(app, lang, 0);
      if (i === 0) await expect(page.locator('.section-steps .button--primary')).toBeInViewport();
    }

    await app.rateByMouse(MIXED.ratings);
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText(MIXED.total);
    await expectNoSidewaysScroll(page, 'results');
    await expectProgressInView(app, lang, 25);

    // Everything open: every answer, the scoring note, the start-over question.
    await app.openAllDetails();
    await page.getByRole('button', { name: t(lang, 'start_over.button'), exact: true }).click();
    await expect(page.getByRole('button', { name: t(lang, 'start_over.confirm') })).toBeVisible();
    await expectNoSidewaysScroll(page, 'results with everything open');
    await page.locator('.app-footer').scrollIntoViewIfNeeded();
    await expectProgressInView(app, lang, 25);
    await expect(page.locator('.score-chart__svg')).toBeVisible();
    const chart = await page.locator('.score-chart__svg').boundingBox();
    expect(chart.x + chart.width, 'the chart fits the screen').toBeLessThanOrEqual(WIDTH);
  });
}
