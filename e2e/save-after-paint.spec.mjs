// A click shows its answer first and saves right after the frame; the save
// is flushed when the page is hidden or left, so an answer given just before
// the tab closes is kept. The same holds for text typed in the plan.
import { test, expect, App } from './fixtures.mjs';
import { STATEMENTS } from './questionnaire.mjs';
import { openPlan, seedPlan } from './plan-page.mjs';

test('an answer given and the page closed at once is there on the next visit', async ({ app, page, context }) => {
  await app.open();
  const [first, second] = STATEMENTS;
  await app.rate(first, 4);
  // The second answer, and the tab closed in the same breath.
  await app.statement(second).locator('label').nth(1).click();
  await page.close({ runBeforeUnload: true });

  const next = new App(await context.newPage());
  await next.open();
  await expect(next.radio(first, 4)).toBeChecked();
  await expect(next.radio(second, 2)).toBeChecked();
  await expect(next.progressText()).toHaveText('2 of 25 answered');
  expect((await next.storedRecord()).answers).toEqual({ [first]: 4, [second]: 2 });
});

test('the save comes after the frame that shows the answer', async ({ app, page }) => {
  await app.open();
  const [first] = STATEMENTS;
  // What storage holds when the click's answer is first painted.
  const storedAtPaint = page.evaluate(
    ([id, key]) =>
      new Promise((resolve) => {
        document.querySelectorAll(`fieldset[data-statement="${id}"] label`)[2].click();
        requestAnimationFrame(() => resolve(JSON.parse(localStorage.getItem(key))?.answers?.[id] ?? null));
      }),
    [first, 'service-quotient'],
  );
  expect(await storedAtPaint).toBeNull();
  await expect(app.radio(first, 3)).toBeChecked();
  await expect.poll(async () => (await app.storedRecord())?.answers?.[first]).toBe(3);
});

test('text typed in the plan and the page closed at once is there on the next visit', async ({ page, context }) => {
  await seedPlan(page, { plan: {} });
  await openPlan(page, 'vision');
  await page.locator('#vision-statement').fill('Fresh every morning');
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await openPlan(next, 'vision');
  await expect(next.locator('#vision-statement')).toHaveValue('Fresh every morning');
});
