// The dark theme (the system's `prefers-color-scheme: dark`), Windows high
// contrast (`forced-colors: active`) and reduced motion: on the
// self-check, the results, a tools view and the plan, axe finds nothing
// (contrast included), every kind of control shows a focus ring, the
// charts stay visible, the printed page stays light, and nothing moves.
import { test, expect } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { filledPlan, seedPlan } from './plan-page.mjs';
import { openTool } from './tools-page.mjs';

/** The page's background colour, as computed. */
const pageBackground = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Focuses `locator` after a key press (so the browser shows focus as a
 *  keyboard user sees it) and returns its computed outline. */
async function focusRing(page, locator) {
  await page.keyboard.press('Shift');
  await locator.focus();
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
}

/** Expects a visible focus ring on the first visible one of each selector. */
async function expectFocusRings(page, selectors) {
  for (const selector of selectors) {
    const control = page.locator(selector).filter({ visible: true }).first();
    await expect(control, selector).toBeVisible();
    const ring = await focusRing(page, control);
    expect(ring.style, `outline of ${selector}`).not.toBe('none');
    expect(ring.width, `outline width of ${selector}`).toBeGreaterThanOrEqual(2);
  }
}

const MODES = [
  { name: 'dark theme', media: { colorScheme: 'dark' } },
  { name: 'forced colours', media: { forcedColors: 'active' } },
];

for (const { name, media } of MODES) {
  test.describe(name, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia(media);
    });

    test('the self-check: axe finds nothing and every kind of control shows its focus ring', async ({ app, page }) => {
      await app.open();
      await app.rate('culture.whatever-it-takes', 4);
      await expectNoAxeViolations(page, `the self-check, ${name}`);
      await expectFocusRings(page, ['.skip-link', '.language-picker select', 'input[type=radio]', '.section-nav__item', 'main button']);
    });

    test('the results, the history and the plan: axe finds nothing, the chart and every control stay visible', async ({ page }) => {
      await seedPlan(page, { plan: filledPlan('en') });
      await openTool(page, 'results');
      await page.locator('.score-chart__bar').first().waitFor();
      await expectNoAxeViolations(page, `the results, ${name}`);
      const background = await pageBackground(page);
      for (const bar of await page.locator('.score-chart__bar').all()) {
        expect(await bar.evaluate((el) => getComputedStyle(el).fill)).not.toBe(background);
      }
      await expectFocusRings(page, ['main a', 'main button', 'main details summary']);

      await openTool(page, 'history');
      await expectNoAxeViolations(page, `the history, ${name}`);

      await page.goto('plan.html#goals');
      await page.locator('.plan-goal__chart circle').first().waitFor();
      await expectNoAxeViolations(page, `the plan's goals, ${name}`);
      const circle = page.locator('.plan-goal__chart circle').first();
      expect(await circle.evaluate((el) => getComputedStyle(el).fill)).not.toBe(await pageBackground(page));
      await expectFocusRings(page, ['main input[type=text]', 'main select', 'main button', 'main a']);
      await page.goto('plan.html#vision');
      await expectFocusRings(page, ['main textarea']);
    });
  });
}

test('the dark theme follows the system, and the printed page stays light', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open();
  expect(await pageBackground(page)).toBe('rgb(245, 247, 248)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await pageBackground(page)).toBe('rgb(17, 22, 25)');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await pageBackground(page)).toBe('rgb(245, 247, 248)');
});

test('with reduced motion nothing scrolls smoothly or animates', async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  await app.rate('culture.whatever-it-takes', 4);
  await app.openSection('contact');
  for (const selector of ['html', 'body', 'main']) {
    expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).scrollBehavior), selector).toBe('auto');
  }
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});
