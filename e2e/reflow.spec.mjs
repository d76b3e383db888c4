// Zoom and reflow (WCAG 1.4.4 and 1.4.10): 320 CSS pixels wide (a 1280 px
// window at 400% zoom), and the same with the text at 200%, in every
// language: on the questionnaire, the results, each tools view (a snapshot,
// a comparison and a shared link among them) and the plan, the page never
// scrolls sideways and nothing sticks out past the screen's edge.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { LANGUAGES, MIXED, SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { HISTORY_KEY, historyRecord, openTool, sessionRecord, shareLinkFor, storeBeforeFirstLoad } from './tools-page.mjs';

const WIDTH = 320;

test.use({ viewport: { width: WIDTH, height: 640 } });
// Eleven views each, with every fold opened.
test.describe.configure({ timeout: 150_000 });

// Two snapshots, so the history can open one and compare them; the note is
// one long word, the hardest kind to wrap.
const SNAPSHOTS = [
  { ratings: SECTIONS.map((s) => s.statements.map(() => 3)), taken_at: '2026-10-01T09:00:00.000Z', note: 'before-the-move-to-the-new-shop' },
  { ratings: MIXED.ratings, taken_at: '2026-11-01T09:00:00.000Z', note: 'after' },
];

/** Opens every fold of the page's main part (set directly: at 200% a
 *  sticky header can cover a summary, which is a matter for the reflow,
 *  not for clicking). */
async function openFolds(page) {
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => (d.open = true)));
}

/** Expects nothing wider than the screen, naming the first offenders. A
 *  data table may scroll inside its own box (WCAG 1.4.10's exception for
 *  two-dimensional content), if that box fits and takes keyboard focus. */
async function expectReflow(page, where) {
  const { scrollWidth, offenders, unreachable } = await page.evaluate((width) => {
    const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
    const inScrollBox = (e) => {
      for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const unreachable = [...document.querySelectorAll('body *')]
      .filter((e) => scrolls(e) && e.scrollWidth > e.clientWidth && e.tabIndex < 0)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    const offenders = [...document.querySelectorAll('body *')]
      .filter((e) => !inScrollBox(e))
      .filter((e) => e.getClientRects().length && (e.getBoundingClientRect().right > width + 0.5 || e.getBoundingClientRect().left < -0.5))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, offenders, unreachable };
  }, WIDTH);
  expect.soft(unreachable, `boxes that scroll sideways but take no focus on ${where}`).toEqual([]);
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
    test(`${lang}, text at ${percent}%: every view reflows into 320 px`, async ({ page, browser, baseURL }) => {
      const link = await shareLinkFor(browser, baseURL, MIXED.ratings);
      await storeBeforeFirstLoad(page, {
        [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: lang, place: SECTIONS[0].id }),
        [HISTORY_KEY]: historyRecord(SNAPSHOTS),
      });
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
        await openFolds(page);
        await textAt(page, percent);
        await expectReflow(page, tool);
      }
      // The history's own views: one snapshot, then the two compared.
      await openTool(page, 'history');
      const items = page.locator('ul.history-list > li.history-item');
      await items.nth(1).getByRole('button', { name: t(lang, 'history.open') }).click();
      await page.locator('.snapshot-note').waitFor();
      await openFolds(page);
      await expectReflow(page, 'a snapshot');
      await page.getByRole('button', { name: t(lang, 'history.back') }).click();
      await items.nth(0).getByRole('checkbox').check();
      await items.nth(1).getByRole('checkbox').check();
      await page.getByRole('button', { name: t(lang, 'history.compare') }).click();
      await page.locator('table.compare-table').waitFor();
      await expectReflow(page, 'a comparison');
      // A shared link, shown beside the person's own answers (opened as a
      // new page, not as a change of this page's fragment).
      await page.goto('./');
      await page.goto(link);
      await page.getByRole('button', { name: t(lang, 'link.load') }).waitFor();
      await openFolds(page);
      await textAt(page, percent);
      await expectReflow(page, 'a shared link');
      await page.goto('plan.html#goals');
      await page.locator('#view-heading').waitFor();
      await textAt(page, percent);
      await expectReflow(page, 'the plan');
    });
  }
}
