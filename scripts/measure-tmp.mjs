// Measures the results page on a 390x844 phone for each language.
import { chromium } from '@playwright/test';
import { startServer } from '/work/main/scripts/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/main/scripts/chromium.mjs';
const dir = process.argv[2]; const port = Number(process.argv[3] || 4180);
const schema = Number(process.argv[4] || 2);
const server = await startServer({ dir, port, headers: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ratings = [[4, 4, 3, 4], [3, 4, 3, 3], [4, 4, 3], [3, 3, 2], [5, 4, 4], [5, 3, 3, 3, 3], [4, 3, 3]];
const ids = ['culture.whatever-it-takes','culture.right-first-time','culture.owner-sets-example','culture.customer-needs-first','products.partnership-selling','products.honest-advertising','products.valued-features','products.customer-input','feedback.review-complaints','feedback.ask-for-feedback','feedback.remove-errors','knowing.expectations','knowing.frequent-contact','knowing.staff-know-priorities','contact.easy-to-deal-with','contact.resolve-every-complaint','contact.wow-the-customer','staff.respected','staff.product-knowledge','staff.tools-and-skills','staff.empowered','staff.own-satisfaction','improvement.keep-improving','improvement.learn-from-others','improvement.fix-quickly'];
const flat = ratings.flat(); const answers = Object.fromEntries(ids.map((id, i) => [id, flat[i]]));
for (const lang of ['en', 'hi', 'zh', 'te']) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(([a, l, s]) => localStorage.setItem('service-quotient', JSON.stringify({ format: 'service-quotient/session', schema: s, language: l, place: 'results', answers: a })), [answers, lang, schema]);
  await page.goto(`http://127.0.0.1:${port}/${process.argv[5] || ""}`);
  await page.locator('main .results-page').waitFor();
  const m = await page.evaluate(() => {
    const top = document.querySelector('#view-heading').getBoundingClientRect().top + scrollY;
    const cards = document.querySelectorAll('.section-advice');
    const second = cards[1].getBoundingClientRect().bottom + scrollY;
    const keep = document.querySelector('.keep-link').getBoundingClientRect().top + scrollY;
    const hh=(sel)=>{const e=document.querySelector(sel);return e?Math.round(e.getBoundingClientRect().height):null}; const c0=cards[0], c1=cards[1]; const parts={total:hh('.total-summary'),steps:hh('.first-steps'),keep:hh('.keep-link'),since:hh('.since-snapshot'),chart:hh('.score-chart'),card0:Math.round(c0.getBoundingClientRect().height),card1:Math.round(c1.getBoundingClientRect().height),weak0:Math.round(c0.querySelector('.section-advice__weakest')?.getBoundingClientRect().height||0),act0:Math.round(c0.querySelector('.section-advice__actions').getBoundingClientRect().height),weak1:Math.round(c1.querySelector('.section-advice__weakest')?.getBoundingClientRect().height||0),act1:Math.round(c1.querySelector('.section-advice__actions').getBoundingClientRect().height)}; return { parts, page: document.documentElement.scrollHeight, results: Math.round(document.querySelector('.results-page-wrapper').getBoundingClientRect().height), steps: Math.round(document.querySelector('.first-steps').getBoundingClientRect().bottom + scrollY - top), toSecond: Math.round(second - top), keepFromTop: Math.round(keep - top) };
  });
  console.log(lang, JSON.stringify(m));
  await context.close();
}
await browser.close(); server.close();
