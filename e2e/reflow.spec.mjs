// Zoom and reflow (WCAG 1.4.4 and 1.4.10): 320 CSS pixels wide (a 1280 px
// window at 400% zoom), and the same with the text at 200%, in every
// language: on the questionnaire, the results, each tools view and the
// plan, the page never scrolls sideways and nothing sticks out past the
// screen's edge.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { LANGUAGES, MIXED, SECTIONS } from './questionnaire.mjs';
import { openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

const WIDTH = 320;

test.use({ viewport: { width: WIDTH, height: 640 } });
// Eight views each, with every fold opened.
test.describe.configure({ timeout: 120_000 });

/** Expects nothing wider than the screen, naming the first offenders. */
async function expectReflow(page, where) {
  const { scrollWidth, offenders } = await page.evaluate((width) => {
    const offenders = [...document.querySelectorAll('body *')]
      .filter((e) => e.getClientRects().length && (e.getBoundingClientRect().right > width + 0.5 || e.getBoundingClientRect().left < -0.5))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  }, WIDTH);
  expect.soft(scrollWidth, `page width on ${where}; outside the screen: ${offenders.join(', ')}`).toBeLessThanOrEqual(WIDTH);
  expect.soft(offenders, `outside the screen on ${where}`).toEqual([]);
}

/** Sets the text size, as a browser's text zoom does. */
async function textAt(page, percent) {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = size;
  }, `${percent}%`);
}

for (const lang of LANGUAGES) {
  for (const percent of [100, 200]) {
    test(`${lang}, text at ${percent}%: every view reflows into 320 px`, async ({ page }) => {
      await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: lang, place: SECTIONS[0].id }) });
      await page.goto('./');
      await page.locator('main fieldset').first().waitFor();
      for (const section of [SECTIONS[0], SECTIONS[5]]) {
        await page.locator(`.section-nav__item[data-section="${section.id}"]`).click();
        await page.locator(`section[data-section="${section.id}"]`).waitFor();
        await textAt(page, percent);
        await expectReflow(page, `section ${section.id}`);
      }
      for (const tool of ['results', 'keep', 'history', 'team']) {
        await openTool(page, tool);
        // Every fold open (set directly: at 200% a sticky header can cover
        // a summary, which is a matter for the reflow, not for clicking).
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => (d.open = true)));
        await textAt(page, percent);
        await expectReflow(page, tool);
      }
      await page.goto('plan.html#goals');
      await page.locator('#view-heading').waitFor();
      await textAt(page, percent);
      await expectReflow(page, 'the plan');
    });
  }
}
