// Urdu, written right to left: the root says so, the layout is the mirror
// of English's (the scale's 1, the navigation, the chart's bars), the
// arrow keys move through a rating scale in the reading direction, the
// whole self-check can be done by keyboard with every text as in the
// locale file, and axe finds nothing on the questionnaire, the results, a
// tools view and the plan.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { MIXED, SECTIONS } from './questionnaire.mjs';
import { inSentence, statementText, t } from './texts.mjs';
import { HISTORY_KEY, freshContext, historyRecord, openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

const FIRST = SECTIONS[0];

/** The horizontal middle of what `locator` points at. */
async function middle(locator) {
  const box = await locator.boundingBox();
  return box.x + box.width / 2;
}

/** Where the first rating's 1 and 5 and the first two navigation items
 *  are, as fractions of the page's width, in `lang`. */
async function questionnairePositions(page, app, lang) {
  // Wait for the app itself, not the first screen it replaces: a box
  // measured during that swap is of an element about to go.
  await app.open(`./?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(app.heading()).toHaveText(t(lang, `sections.${FIRST.id}.title`));
  const width = page.viewportSize().width;
  const place = async (locator) => (await middle(locator)) / width;
  const ratings = await Promise.all([1, 5].map((r) => place(app.radio(FIRST.statements[0], r))));
  const nav = await Promise.all([FIRST.id, SECTIONS[1].id].map((id) => place(app.navItem(id))));
  return { ratings, nav };
}

/** How far the chart's first bar is from the chart's left and right edges,
 *  as fractions of its width, in `lang` (a fresh browser, answers stored). */
async function barEdges(browser, baseURL, lang) {
  const fresh = await freshContext(browser, baseURL);
  const page = await fresh.context.newPage();
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: lang }) });
  await openTool(page, 'results');
  const chart = await page.locator('.score-chart__svg').boundingBox();
  const bar = await page.locator('.score-chart__bar').first().boundingBox();
  await fresh.close();
  return [(bar.x - chart.x) / chart.width, (chart.x + chart.width - bar.x - bar.width) / chart.width];
}

test('the root is right to left, and the layout is the mirror of English', async ({ app, page, browser, baseURL }) => {
  const en = await questionnairePositions(page, app, 'en');
  const ur = await questionnairePositions(page, app, 'ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The scale runs from 1 on the reading start side: left in English,
  // right in Urdu, at mirrored places.
  expect(en.ratings[0]).toBeLessThan(en.ratings[1]);
  expect(ur.ratings[0]).toBeGreaterThan(ur.ratings[1]);
  expect(ur.ratings[0]).toBeCloseTo(1 - en.ratings[0], 1);
  expect(ur.ratings[1]).toBeCloseTo(1 - en.ratings[1], 1);
  // The navigation starts on the reading start side too.
  expect(en.nav[0]).toBeLessThan(en.nav[1]);
  expect(ur.nav[0]).toBeGreaterThan(ur.nav[1]);
  // The progress bar fills from the reading start.
  expect(await page.locator('.overall-progress progress').evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  // The chart's bars grow from the reading start: from the left edge in
  // English, from the right edge in Urdu.
  const [enLeft, enRight] = await barEdges(browser, baseURL, 'en');
  const [urLeft, urRight] = await barEdges(browser, baseURL, 'ur');
  expect(enLeft).toBeLessThan(0.01);
  expect(enRight).toBeGreaterThan(0.1);
  expect(urRight).toBeLessThan(0.01);
  expect(urLeft).toBeCloseTo(enRight, 2);
});

test('by keyboard, in Urdu: the arrow keys follow the reading direction and the whole self-check is done', async ({ app, page }) => {
  await page.goto('./?lang=ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText(t('ur', 'app.title'));
  await expect(app.heading()).toHaveText(t('ur', `sections.${FIRST.id}.title`));
  const first = FIRST.statements[0];
  await page.locator(`input[name="${first}"]`).first().focus();
  await page.keyboard.press('Space');
  await expect(app.radio(first, 1)).toBeChecked();
  // In a right-to-left scale, 2 is to the left of 1: ArrowLeft reaches it.
  await page.keyboard.press('ArrowLeft');
  await expect(app.radio(first, 2)).toBeChecked();
  await expect(app.radio(first, 2)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(app.radio(first, 1)).toBeChecked();

  // Every statement, by keyboard: focus each group, then move to its rating.
  for (const [i, section] of SECTIONS.entries()) {
    if (i > 0) {
      await page.getByRole('button', { name: t('ur', 'nav.next') }).press('Enter');
      await expect(app.heading()).toHaveText(t('ur', `sections.${section.id}.title`));
      await expect(app.heading()).toBeFocused();
    }
    for (const [j, id] of section.statements.entries()) {
      await expect(app.statement(id).locator('legend')).toContainText(statementText('ur', id));
      await page.locator(`input[name="${id}"]`).first().focus();
      await page.keyboard.press('Space');
      for (let r = 1; r < MIXED.ratings[i][j]; r++) await page.keyboard.press('ArrowLeft');
      await expect(app.radio(id, MIXED.ratings[i][j])).toBeChecked();
    }
  }
  await expect(app.progressText()).toHaveText(t('ur', 'progress.count', { answered: 25, total: 25 }));
  await page.getByRole('link', { name: t('ur', 'nav.see_results') }).press('Enter');
  await page.waitForURL(/tools\.html#results$/);
  await expect(page.getByTestId('total')).toHaveText(MIXED.total);
  await expect(page.getByTestId('band')).toHaveText(t('ur', 'bands.adequate.title'));
  // Each section's score, with its number as in English.
  expect((await app.sectionScores()).map((shown) => shown.match(/\d\.\d/)[0])).toEqual(MIXED.shown);
});

/** Where each of `parts` is drawn inside `locator`'s text, as the left
 *  edge of its first character: the order a reader sees, not the order in
 *  the text. */
function drawnAt(locator, parts) {
  return locator.evaluate((element, parts) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return parts.map((part) => {
      const node = nodes.find((n) => n.data.includes(part));
      if (!node) return null;
      const range = document.createRange();
      const at = node.data.indexOf(part);
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().left;
    });
  }, parts);
}

test('in Urdu, a fall keeps its minus sign in front and the arrow points from before to after', async ({ page }) => {
  // The snapshot: all 3s. Now: the mixed set, where "knowing" fell from
  // 3.0 to 2.7 (-0.3).
  const threes = SECTIONS.map((s) => s.statements.map(() => 3));
  await storeBeforeFirstLoad(page, {
    [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: 'ur' }),
    [HISTORY_KEY]: historyRecord([{ ratings: threes, taken_at: '2026-11-01T09:00:00.000Z' }]),
  });
  await openTool(page, 'results');
  const since = page.getByTestId('since-snapshot');
  await since.locator('summary').click();
  const row = since.locator('li[data-section="knowing"]');
  const fall = `▼ ${inSentence('ur', '-0.3')} (${t('ur', 'compare.down')})`;
  await expect(row).toHaveText(`${t('ur', 'sections.knowing.short')}: 3.0 ← 2.7 ${fall}`);
  // As drawn, right to left: 3.0, the arrow pointing on to 2.7, then the
  // fall, whose minus stays left of its figure ("-0.3", not "0.3-").
  const [before, arrow, after] = await drawnAt(row, ['3.0', '←', '2.7']);
  expect(before).toBeGreaterThan(arrow);
  expect(arrow).toBeGreaterThan(after);
  const [minus, figure] = await drawnAt(row.getByTestId('since-change'), ['-', '0.3']);
  expect(minus).toBeLessThan(figure);
});

test('in Urdu, the printed report heading keeps the date whole after an English name', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: 'ur', name: 'Asha Bakery' }) });
  await openTool(page, 'keep');
  await page.emulateMedia({ media: 'print' });
  const heading = page.locator('.report-heading p').first();
  await expect(heading).toContainText('Asha Bakery');
  // Right to left: the title, the name, then the date with its day
  // beside its month (left of the name, not pulled in front of it).
  const date = (await heading.textContent()).split(' · ').at(-1);
  const day = date.match(/\d+/)[0];
  const [title, name, dayAt, month] = await drawnAt(heading, ['Service', 'Asha', day, date.match(/[\u0600-\u06ff]+/)[0]]);
  expect(title).toBeGreaterThan(name);
  expect(name).toBeGreaterThan(dayAt);
  expect(dayAt).toBeGreaterThan(month);
});

test('axe finds nothing in Urdu on the questionnaire, the results, the history and the plan', async ({ page }) => {
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: 'ur', place: 'culture' }) });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('main fieldset').first().waitFor();
  await expectNoAxeViolations(page, 'the questionnaire in Urdu');
  await openTool(page, 'results');
  await expectNoAxeViolations(page, 'the results in Urdu');
  await openTool(page, 'history');
  await expectNoAxeViolations(page, 'the history in Urdu');
  await page.goto('plan.html#vision');
  await expect(page.locator('#view-heading')).toHaveText(t('ur', 'plan.vision.title'));
  await expectNoAxeViolations(page, 'the plan in Urdu');
});
