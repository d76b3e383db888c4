import { chromium } from '@playwright/test';
import { startServer } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
const server = await startServer({ dir: 'dist', port: 4191, headers: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const base = 'http://127.0.0.1:4191/';
const ratings = [[4, 4, 3, 4], [3, 4, 3, 3], [4, 4, 3], [3, 3, 2], [5, 4, 4], [5, 3, 3, 3, 3], [4, 3, 3]];
const ids = ['culture.whatever-it-takes','culture.right-first-time','culture.owner-sets-example','culture.customer-needs-first','products.partnership-selling','products.honest-advertising','products.valued-features','products.customer-input','feedback.review-complaints','feedback.ask-for-feedback','feedback.remove-errors','knowing.expectations','knowing.frequent-contact','knowing.staff-know-priorities','contact.easy-to-deal-with','contact.resolve-every-complaint','contact.wow-the-customer','staff.respected','staff.product-knowledge','staff.tools-and-skills','staff.empowered','staff.own-satisfaction','improvement.keep-improving','improvement.learn-from-others','improvement.fix-quickly'];
const answers = Object.fromEntries(ids.map((id, i) => [id, ratings.flat()[i]]));
async function fresh(lang, withAnswers = true) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  if (withAnswers) await page.addInitScript(([a, l]) => { if (!sessionStorage.getItem('x')) { sessionStorage.setItem('x', 1); localStorage.setItem('service-quotient', JSON.stringify({ format: 'service-quotient/session', schema: 3, language: l, place: 'culture', answers: a })); } }, [answers, lang]);
  else await page.addInitScript((l) => { if (!sessionStorage.getItem('x')) { sessionStorage.setItem('x', 1); localStorage.setItem('service-quotient', JSON.stringify({ format: 'service-quotient/session', schema: 3, language: l, place: 'culture', answers: {} })); } }, lang);
  return { context, page };
}
const shot = (page, name) => page.screenshot({ path: `/tmp/walk/${name}.png` });
{ const { context, page } = await fresh('hi', false); await page.goto(base); await page.locator('main section').first().waitFor(); await shot(page, '1-first-hi'); await context.close(); }
{ const { context, page } = await fresh('zh'); await page.goto(base + 'tools.html#results'); await page.getByTestId('total').waitFor(); await shot(page, '2-results-zh');
  await page.locator('.start-over > button').click(); await page.waitForTimeout(300); await shot(page, '3-startover-zh');
  await page.locator('dialog .button--danger').click(); await page.waitForTimeout(500); await page.evaluate(() => scrollTo(0, 0)); await shot(page, '4-undo-zh');
  await page.goto(base + 'tools.html#keep'); await page.waitForTimeout(800); await shot(page, '5-keep-zh'); await context.close(); }
{ const { context, page } = await fresh('te'); await page.goto(base + 'tools.html#team'); await page.waitForTimeout(800);
  const code = await page.evaluate(async () => null);
  await context.close(); }
await browser.close(); server.close();
