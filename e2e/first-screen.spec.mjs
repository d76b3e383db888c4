// The first screen before the app starts (public/first-screen.js): with the
// wasm held back, the first section is there to read and answer, in the
// language the app will choose; what is chosen on it is taken over by the
// app without a visible jump; and a person with stored answers never sees a
// wrong screen. Also: a language whose texts cannot be loaded is not
// switched to, and the page says so.
import { test, expect, App, STORAGE_KEY } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { SECTIONS, LANGUAGES } from './questionnaire.mjs';
import { sessionRecord } from './tools-page.mjs';
import { t, statementText, htmlLang } from './texts.mjs';

const HOLD_MS = 3000;
const [FIRST] = SECTIONS;
const early = (page) => page.locator('#first-screen');

/** Holds every wasm response back for `ms`, as a slow network would. */
async function holdWasm(page, ms = HOLD_MS) {
  await page.route(/_bg\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

for (const lang of LANGUAGES) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale: lang === 'zh' ? 'zh-CN' : `${lang}-IN` });

    test('the first section can be read and answered before the app starts, and the app keeps the answers', async ({ page }) => {
      // The heading each time the screen is shown: in the page's language
      // from the first time (the page holds it in English, hidden).
      await page.addInitScript(() => {
        window.e2eShown = [];
        new MutationObserver((records) => {
          for (const { target } of records) {
            if (target.id === 'first-screen' && !target.hidden) window.e2eShown.push(target.querySelector('h2').textContent);
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
      });
      await holdWasm(page);
      await page.goto('./');
      const screen = early(page);
      await expect(screen.locator('h2')).toHaveText(t(lang, `sections.${FIRST.id}.title`));
      expect(await page.evaluate(() => window.e2eShown)).toEqual([t(lang, `sections.${FIRST.id}.title`)]);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
      // Readable: the texts are the locale file's.
      await expect(screen.locator('.section-page__intro')).toHaveText(t(lang, `sections.${FIRST.id}.intro`));
      await expect(screen.locator('.section-page__instructions')).toHaveText(t(lang, 'app.instructions'));
      await expect(screen.locator('legend')).toHaveText(FIRST.statements.map((id, i) => `${i + 1}. ${statementText(lang, id)}`));
      await expect(screen.locator('fieldset').first().locator('.scale__word')).toHaveText(
        [1, 2, 3, 4, 5].map((n) => t(lang, `scale.r${n}`)),
      );
      await expect(screen.locator('.section-nav__name')).toHaveText(SECTIONS.map((s) => t(lang, `sections.${s.id}.short`)));
      expect(await page.evaluate(() => Boolean(window.wasmBindings))).toBe(false);

      // Three by mouse, one by keyboard.
      const [a, b, c, d] = FIRST.statements;
      await screen.locator(`fieldset[data-statement="${a}"] label`).nth(3).click();
      await screen.locator(`fieldset[data-statement="${b}"] label`).nth(1).click();
      await screen.locator(`fieldset[data-statement="${c}"] label`).nth(4).click();
      await screen.locator(`input[name="${d}"][value="1"]`).focus();
      await page.keyboard.press('Space');
      // The next rating is to the right, or to the left in Urdu.
      await page.keyboard.press(lang === 'ur' ? 'ArrowLeft' : 'ArrowRight');
      await expect(screen.locator(`input[name="${d}"][value="2"]`)).toBeChecked();
      await expect(screen.locator('.overall-progress__text')).toHaveText(t(lang, 'progress.count', { answered: 4, total: 25 }));
      expect(await page.evaluate(() => Boolean(window.wasmBindings))).toBe(false);

      // The app starts: the same answers, counted, focus where it was.
      const app = new App(page);
      await expect(screen).toHaveCount(0, { timeout: HOLD_MS + 10000 });
      const chosen = { [a]: 4, [b]: 2, [c]: 5, [d]: 2 };
      for (const [id, rating] of Object.entries(chosen)) await expect(app.radio(id, rating)).toBeChecked();
      await expect(app.progressText()).toHaveText(t(lang, 'progress.count', { answered: 4, total: 25 }));
      await expect(app.navItem(FIRST.id).locator('.section-nav__count')).toHaveText('4/4');
      expect(await page.evaluate(() => `${document.activeElement.name}=${document.activeElement.value}`)).toBe(`${d}=2`);
      await expect.poll(async () => (await app.storedRecord())?.answers).toEqual(chosen);

      await app.reload();
      for (const [id, rating] of Object.entries(chosen)) await expect(app.radio(id, rating)).toBeChecked();
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
    });
  });
}

test('with stored answers, no first section is shown before the app, and the app restores them and the place', async ({ app, page }) => {
  const stored = { 'culture.whatever-it-takes': 3, 'products.honest-advertising': 5 };
  await app.storeBeforeFirstLoad(
    JSON.stringify({ format: 'service-quotient/session', schema: 3, language: 'te', place: 'products', answers: stored }),
  );
  await holdWasm(page);
  await page.goto('./');
  // The stored choice of language is known at once; the screen stays neutral.
  await expect(page.locator('html')).toHaveAttribute('lang', 'te');
  await page.waitForTimeout(HOLD_MS / 2);
  await expect(early(page)).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(0);

  await expect(app.sectionPage('products')).toBeVisible({ timeout: HOLD_MS + 10000 });
  await expect(app.radio('products.honest-advertising', 5)).toBeChecked();
  await expect(app.progressText()).toHaveText(t('te', 'progress.count', { answered: 2, total: 25 }));
  await app.openSection('culture');
  await expect(app.radio('culture.whatever-it-takes', 3)).toBeChecked();
});

/** The app takes over the first screen: the header, heading, last statement
 *  and navigation stay in the same boxes with the same texts, and the layout
 *  shift stays within 0.01. */
async function expectSeamlessTakeover(page) {
  await page.addInitScript(() => {
    window.e2eShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.e2eShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await holdWasm(page, 1500);
  await page.goto('./');
  const screen = early(page);
  await screen.locator('fieldset').first().waitFor();
  const box = (locator) => locator.boundingBox();
  // What is read on screen: the language picker shows its chosen language
  // only (the early screen lists no other: its picker is disabled).
  const shown = async (root) => {
    const others = await root.locator('#language-picker option:not(:checked)').allInnerTexts();
    const texts = await root.locator('header, nav, main').allInnerTexts();
    return texts.map((text) => text.split('\n').filter((line) => !others.includes(line)).join('\n'));
  };
  const before = {
    header: await box(screen.locator('header')),
    heading: await box(screen.locator('h2')),
    last: await box(screen.locator('fieldset').last()),
    nav: await box(screen.locator('nav')),
    text: await shown(screen),
  };
  await expect(screen).toHaveCount(0, { timeout: 15000 });
  expect(await box(page.locator('header'))).toEqual(before.header);
  expect(await box(page.locator('main h2'))).toEqual(before.heading);
  expect(await box(page.locator('main fieldset').last())).toEqual(before.last);
  expect(await box(page.locator('nav'))).toEqual(before.nav);
  expect(await shown(page)).toEqual(before.text);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.e2eShift)).toBeLessThanOrEqual(0.01);
}

test('the app takes over the first screen without a layout shift, and shows the same screen', async ({ page }) => {
  await expectSeamlessTakeover(page);
});

// On a phone the header wraps: the app's picker, which lists all four
// languages, must not wrap it differently from the early one.
for (const lang of LANGUAGES) {
  test.describe(`on a 390 px phone in ${lang}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, locale: lang === 'zh' ? 'zh-CN' : `${lang}-IN` });
    test('the app takes over the first screen without a layout shift', async ({ page }) => {
      await expectSeamlessTakeover(page);
    });
  });
}

test('in English the first screen is in the HTML itself, and is painted before the app starts', async ({ page }) => {
  await page.addInitScript(() => {
    window.e2ePaint = { contentful: null, largest: [], started: null };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('first-contentful-paint')) window.e2ePaint.contentful = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.e2ePaint.largest.push(Boolean(entry.element?.closest('#first-screen')));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    addEventListener('TrunkApplicationStarted', () => (window.e2ePaint.started = performance.now()));
  });
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  // In the HTML as sent: the first section's heading and statements.
  const html = await (await page.request.get('./')).text();
  const escaped = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  expect(html).toContain(`>${escaped(t('en', `sections.${FIRST.id}.title`))}</h2>`);
  for (const id of FIRST.statements) expect(html).toContain(`</span>${escaped(statementText('en', id))}</legend>`);
  await page.goto('./');
  await expect(page.locator('main h2')).toHaveText(t('en', `sections.${FIRST.id}.title`));
  await expect(early(page)).toHaveCount(0);
  const paint = await page.evaluate(() => window.e2ePaint);
  // Painted first, then the app started: the first screen is the page's
  // first and largest paint, not the app's screen that replaced it.
  expect(paint.contentful).not.toBeNull();
  expect(paint.started).toBeGreaterThan(paint.contentful);
  expect(paint.largest[0]).toBe(true);
  expect(asked.filter((path) => path.includes('/texts/'))).toEqual([]);
});

test('the first screen passes axe', async ({ page }) => {
  await holdWasm(page, 20000);
  await page.goto('./');
  await early(page).locator('fieldset').first().waitFor();
  await expectNoAxeViolations(page, 'the first screen');
  await expect(early(page)).toHaveCount(1);
});

test.describe('a language that cannot be loaded', () => {
  test.use({ expectedErrors: /ERR_INTERNET_DISCONNECTED/ });

  test('is not switched to, and the page says so', async ({ app, page }) => {
    await app.open();
    await page.route('**/texts/hi.json', (route) => route.abort('internetdisconnected'));
    await app.rate(FIRST.statements[0], 3);
    await app.languagePicker().selectOption('hi');
    const notice = page.getByRole('alert').filter({ hasText: t('en', 'language.load_failed') });
    await expect(notice).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.languagePicker()).toHaveValue('en');
    await expect(app.heading()).toHaveText(t('en', `sections.${FIRST.id}.title`));
    await expect(app.radio(FIRST.statements[0], 3)).toBeChecked();

    // Back online, the same choice works and the notice goes.
    await page.unroute('**/texts/hi.json');
    await app.chooseLanguage('hi');
    await expect(app.heading()).toHaveText(t('hi', `sections.${FIRST.id}.title`));
    await expect(page.getByText(t('en', 'language.load_failed'))).toHaveCount(0);
    await expect(page.getByText(t('hi', 'language.load_failed'))).toBeHidden();
    await expect(app.radio(FIRST.statements[0], 3)).toBeChecked();
  });

  test('at the start, the page is shown in English and the saved choice is kept for the next visit', async ({ app, page }) => {
    await app.storeBeforeFirstLoad(sessionRecord([[4]], { language: 'hi', place: FIRST.id }));
    await page.route('**/texts/hi.json', (route) => route.abort('internetdisconnected'));
    await app.open();
    await expect(page.getByRole('alert').filter({ hasText: t('en', 'language.load_failed') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.languagePicker()).toHaveValue('en');
    await expect(app.heading()).toHaveText(t('en', `sections.${FIRST.id}.title`));
    await expect(app.radio(FIRST.statements[0], 4)).toBeChecked();
    // A rating is saved, with the language the person chose, not English.
    await app.rate(FIRST.statements[1], 2);
    await expect.poll(async () => (await app.storedRecord())?.answers[FIRST.statements[1]]).toBe(2);
    expect((await app.storedRecord()).language).toBe('hi');

    // The next visit, with the file back, is in that language.
    await page.unroute('**/texts/hi.json');
    await app.reload();
    await expect(app.heading()).toHaveText(t('hi', `sections.${FIRST.id}.title`));
    await expect(app.languagePicker()).toHaveValue('hi');
    await expect(app.radio(FIRST.statements[1], 2)).toBeChecked();
  });
});
