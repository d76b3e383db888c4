import { test, expect } from './fixtures.mjs';
import { openPlan, seedPlan, storedPlan } from './plan-page.mjs';
test('debug concurrent issues', async ({ page, context }) => {
  await seedPlan(page, { plan: {} });
  await openPlan(page, 'issues');
  const b = await context.newPage();
  await openPlan(b, 'issues');
  const addAndType = async (tab, text) => {
    await tab.getByTestId('add-issue').click();
    const ids = await tab.locator('.plan-item').evaluateAll((rows) => rows.filter((r) => r.querySelector('input[type=text]').value === '').map((r) => r.dataset.issue));
    await tab.locator(`#issue-${ids[ids.length - 1]}-text`).pressSequentially(text, { delay: 15 });
  };
  await Promise.all([addAndType(page, 'Long queues on Saturdays'), addAndType(b, 'Parcels arrive damaged')]);
  await page.waitForTimeout(500);
  const texts = (tab) => tab.locator('.plan-item input[type=text]').evaluateAll((i) => i.map((x) => x.value));
  console.log('A', await texts(page), 'B', await texts(b), 'stored', (await storedPlan(page)).issues.map((i) => i.text));
});
