// Every language shows every text from its own locale file, with no missing
// or raw keys, sets <html lang>, and keeps the choice across a reload. The
// starting language follows the browser's, unless the person picked one.
import { test, expect } from './fixtures.mjs';
import { LANGUAGES, MIXED, SECTIONS, statementNumber } from './questionnaire.mjs';
import { NATIVE_NAMES, htmlLang, locale, statementText, statementKey, t } from './texts.mjs';

/** Everything a person can read or hear on the page now: the visible text,
 *  the document title and the texts of ARIA and form attributes. */
function pageTexts(page) {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap(
      (element) => ['aria-label', 'title', 'alt', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/** Expects no placeholder, raw key or missing value anywhere on the page. */
async function expectNoMissingText(page) {
  const text = await pageTexts(page);
  expect(text).not.toContain('{{');
  expect(text).not.toContain('}}');
  expect(text).not.toMatch(/\b(?:app|language|progress|nav|scale|sections|statements|bands|results|scoring|start_over|storage)\.[a-z_]/);
  expect(text).not.toMatch(/\bundefined\b/);
  expect(text).not.toMatch(/\bnull\b/);
  expect(text).not.toContain('NaN');
}

/** Opens every section and expects its texts, statements and scale in `lang`. */
async function expectSectionsIn(app, lang) {
  for (const [i, section] of SECTIONS.entries()) {
    await app.openSection(section.id);
    const page = app.sectionPage(section.id);
    await expect(app.heading()).toHaveText(t(lang, `sections.${section.id}.title`));
    await expect(page.locator('.eyebrow')).toHaveText(t(lang, 'nav.section_of', { number: i + 1, count: 7 }));
    await expect(page.locator('.section-page__intro')).toHaveText(t(lang, `sections.${section.id}.intro`));
    await expect(page.locator('.section-page__instructions')).toHaveText(t(lang, 'app.instructions'));
    await expect(page.locator('fieldset')).toHaveCount(section.statements.length);
    for (const id of section.statements) {
      await expect(app.statement(id).locator('legend')).toHaveText(`${statementNumber(id)}. ${statementText(lang, id)}`);
      await expect(app.statement(id).locator('label .scale__word')).toHaveText(
        [1, 2, 3, 4, 5].map((r) => t(lang, `scale.r${r}`)),
      );
    }
    await expect(app.navItem(section.id).locator('.section-nav__name')).toHaveText(t(lang, `sections.${section.id}.short`));
    await expectNoMissingText(app.page);
  }
}

/** Expects the results of the MIXED answer set in `lang`: band, advice for
 *  every section and the tip of a statement rated 2. */
async function expectMixedResultsIn(app, lang) {
  const page = app.page;
  await expect(app.heading()).toHaveText(t(lang, 'results.title'));
  await expect(page.getByTestId('total')).toHaveText(MIXED.total);
  await expect(page.getByTestId('band')).toHaveText(t(lang, 'bands.adequate.title'));
  await expect(page.locator('.total-summary')).toContainText(t(lang, 'bands.adequate.meaning'));
  for (const section of SECTIONS) {
    const card = page.locator(`.section-advice[data-section="${section.id}"]`);
    await expect(card.locator('> summary h4')).toHaveText(t(lang, `sections.${section.id}.title`));
    await expect(card.locator('.section-advice__actions li')).toHaveText(
      [1, 2, 3].map((n) => t(lang, `sections.${section.id}.action${n}`)),
    );
  }
  // 'knowing.staff-know-priorities' is rated 2: its advice is shown.
  const low = 'knowing.staff-know-priorities';
  const tip = page.locator(`.section-advice[data-section="knowing"] li[data-statement="${low}"]`);
  await expect(tip.locator('.section-advice__statement')).toHaveText(`2 ${statementText(lang, low)}`);
  await expect(tip.locator('.section-advice__tip')).toHaveText(t(lang, `statements.${statementKey(low)}.tip`));
  await expect(page.locator(`.first-steps li[data-statement="${low}"]`)).toContainText(
    t(lang, `statements.${statementKey(low)}.step`),
  );
  // Every closed part opened, so its text is checked too.
  await app.openAllDetails();
  await expect(page.locator('.answer-review li').first()).toContainText(t(lang, 'results.rated', { rating: 4, word: t(lang, 'scale.r4') }));
  await expectNoMissingText(page);
}

test('every locale file has the same keys', () => {
  const keys = (node, prefix = '') =>
    Object.entries(node).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  const english = keys(locale('en')).sort();
  for (const lang of LANGUAGES) expect(keys(locale(lang)).sort(), lang).toEqual(english);
});

for (const lang of LANGUAGES) {
  test(`${lang}: picked from the language menu, every text is in ${lang} and the choice survives a reload`, async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The menu names each language in its own script.
    await expect(app.languagePicker().locator('option')).toHaveText(LANGUAGES.map((code) => NATIVE_NAMES[code]));
    // Start from another language, so that even English is a change.
    const other = lang === 'en' ? 'zh' : 'en';
    await app.chooseLanguage(other);
    await page.getByRole('combobox', { name: t(other, 'language.label') }).selectOption({ label: NATIVE_NAMES[lang] });
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
    await expect(page.getByRole('combobox', { name: t(lang, 'language.label') })).toHaveValue(lang);
    await expect(page.locator('h1')).toHaveText(t(lang, 'app.title'));
    await expect(page.locator('.app-tagline')).toHaveText(t(lang, 'app.tagline'));
    await expect(page.getByRole('navigation')).toHaveAttribute('aria-label', t(lang, 'nav.label'));
    await expect(app.progressText()).toHaveText(t(lang, 'progress.count', { answered: 0, total: 25 }));

    await expectSectionsIn(app, lang);

    await app.rateByMouse(MIXED.ratings);
    await expect(app.progressText()).toHaveText(t(lang, 'progress.count', { answered: 25, total: 25 }));
    await expect(page.getByText(t(lang, 'nav.all_answered'))).toBeVisible();
    await app.openResults();
    await expectMixedResultsIn(app, lang);

    await app.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
    await expect(app.languagePicker()).toHaveValue(lang);
    await expect(page.locator('h1')).toHaveText(t(lang, 'app.title'));
    await expect(page.getByTestId('band')).toHaveText(t(lang, 'bands.adequate.title'));
    expect((await app.storedRecord()).language).toBe(lang);
  });
}

test.describe('browser language Telugu (te-IN)', () => {
  test.use({ locale: 'te-IN' });

  test('starts in Telugu; a language picked from the menu wins, even after a reload', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'te');
    await expect(app.languagePicker()).toHaveValue('te');
    await expect(page.locator('h1')).toHaveText(t('te', 'app.title'));
    await expect(app.heading()).toHaveText(t('te', 'sections.culture.title'));
    await expect(page.getByRole('group', { name: statementText('te', 'culture.whatever-it-takes'), exact: true })).toBeVisible();
    await expectNoMissingText(page);

    await app.chooseLanguage('en');
    await expect(page.locator('h1')).toHaveText(t('en', 'app.title'));
    await expect(app.heading()).toHaveText(t('en', 'sections.culture.title'));
    await app.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.languagePicker()).toHaveValue('en');
    await expect(app.heading()).toHaveText(t('en', 'sections.culture.title'));
  });
});

test.describe('browser language Traditional Chinese (zh-TW)', () => {
  test.use({ locale: 'zh-TW' });

  test('any Chinese is served the Simplified Chinese texts', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(app.languagePicker()).toHaveValue('zh');
    await expect(app.heading()).toHaveText(t('zh', 'sections.culture.title'));
  });
});

test.describe('browser language not offered (fr-FR)', () => {
  test.use({ locale: 'fr-FR' });

  test('falls back to English', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.languagePicker()).toHaveValue('en');
    await expect(app.heading()).toHaveText(t('en', 'sections.culture.title'));
  });
});
