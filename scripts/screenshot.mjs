// Renders docs/screenshot.png (for the README): the results of a sample
// self-check (tools.html#results) at a phone-and-a-half width, served from
// dist/ on 127.0.0.1; in another language docs/screenshot-<lang>.png, and
// with --all also its questionnaire on a 390 px phone
// (docs/screenshot-<lang>-questionnaire.png) and the first page of its
// printed report (docs/print-<lang>.png, through pdftoppm).
// Usage: node scripts/screenshot.mjs [language] [--all]
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const language = process.argv[2] || 'en';
const port = 4181;
const server = startServer({ dir: 'dist', port });
const ratings = [4, 4, 3, 4, 3, 4, 3, 3, 2, 4, 3, 3, 3, 2, 5, 4, 4, 5, 3, 3, 2, 3, 4, 2, 3];
const ids = [
  'culture.whatever-it-takes', 'culture.right-first-time', 'culture.owner-sets-example', 'culture.customer-needs-first',
  'products.partnership-selling', 'products.honest-advertising', 'products.valued-features', 'products.customer-input',
  'feedback.review-complaints', 'feedback.ask-for-feedback', 'feedback.remove-errors',
  'knowing.expectations', 'knowing.frequent-contact', 'knowing.staff-know-priorities',
  'contact.easy-to-deal-with', 'contact.resolve-every-complaint', 'contact.wow-the-customer',
  'staff.respected', 'staff.product-knowledge', 'staff.tools-and-skills', 'staff.empowered', 'staff.own-satisfaction',
  'improvement.keep-improving', 'improvement.learn-from-others', 'improvement.fix-quickly',
];
const record = {
  format: 'service-quotient/session',
  schema: 1,
  language,
  place: 'results',
  answers: Object.fromEntries(ids.map((id, i) => [id, ratings[i]])),
};
try {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 900, height: 1400 }, deviceScaleFactor: 1 });
  await page.addInitScript((r) => localStorage.setItem('service-quotient', r), JSON.stringify(record));
  await page.goto(`http://127.0.0.1:${port}/tools.html#results`);
  await page.getByTestId('total').waitFor();
  await page.screenshot({ path: `docs/screenshot${language === 'en' ? '' : '-' + language}.png` });
  if (process.argv.includes('--all')) {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await phone.goto(`http://127.0.0.1:${port}/?lang=${language}`);
    await phone.locator('main fieldset').first().waitFor();
    await phone.screenshot({ path: `docs/screenshot-${language}-questionnaire.png` });
    await page.goto(`http://127.0.0.1:${port}/tools.html#keep`);
    await page.getByTestId('total').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = `/tmp/sq-print-${language}.pdf`;
    writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, `docs/print-${language}`]);
    rmSync(pdf);
  }
  await browser.close();
} finally {
  server.close();
}
