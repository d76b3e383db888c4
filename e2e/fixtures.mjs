// Shared fixture: a page object for the app, and checks that run after every
// test: no console errors, no uncaught exceptions, and no request to anything
// but 127.0.0.1.
import { test as base, expect } from '@playwright/test';
import { SECTIONS } from './questionnaire.mjs';

export { expect };

/** The key the app keeps its session record under. */
export const STORAGE_KEY = 'service-quotient';

export class App {
  constructor(page) {
    this.page = page;
  }

  /** Opens the app and waits until the questionnaire or results are shown. */
  async open() {
    await this.page.goto('./');
    await this.page.locator('main section').waitFor();
  }

  /** Reloads the page and waits until the app has rendered again. */
  async reload() {
    await this.page.reload();
    await this.page.locator('main section').waitFor();
  }

  /** A statement's fieldset (its radio group). */
  statement(id) {
    return this.page.locator(`fieldset[data-statement="${id}"]`);
  }

  /** One rating's radio button within a statement. */
  radio(id, rating) {
    return this.statement(id).locator(`input[type=radio][value="${rating}"]`);
  }

  /** A section's button in the section navigation. */
  navItem(sectionId) {
    return this.page.locator(`nav button[data-section="${sectionId}"]`);
  }

  /** The "Results" button in the section navigation. */
  resultsNavItem() {
    return this.page.locator('nav .section-nav__item--results');
  }

  /** The "N of 25 answered" text in the header. */
  progressText() {
    return this.page.getByTestId('progress-text');
  }

  /** The heading that starts the current view (a section's title or "Your results"). */
  heading() {
    return this.page.locator('#view-heading');
  }

  /** A section's page in <main>; only present while that section is open. */
  sectionPage(sectionId) {
    return this.page.locator(`section.section-page[data-section="${sectionId}"]`);
  }

  /** The results page in <main>; only present while the results are open. */
  resultsPage() {
    return this.page.locator('section.results-page');
  }

  /** The language <select> in the header. */
  languagePicker() {
    return this.page.locator('.language-picker select');
  }

  /** Picks a language (en, hi, zh, te) from the picker and waits for
   *  `<html lang>` to follow. */
  async chooseLanguage(lang) {
    await this.languagePicker().selectOption(lang);
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : lang);
  }

  /** Opens a section from the navigation. */
  async openSection(sectionId) {
    await this.navItem(sectionId).click();
    await expect(this.page.locator(`section[data-section="${sectionId}"]`)).toBeVisible();
  }

  /** Opens the results from the navigation. */
  async openResults() {
    await this.resultsNavItem().click();
    await expect(this.page.locator('section.results-page')).toBeVisible();
  }

  /** Opens every closed <details> on the page (the results' "Your answers",
   *  the footer's "How is this scored?") by clicking its summary. */
  async openAllDetails() {
    const closed = this.page.locator('details:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n--) await closed.first().click();
    await expect(closed).toHaveCount(0);
  }

  /** Rates statements by clicking their labels, section by section.
   *  `ratings` is per section, in questionnaire order; `null` (or a missing
   *  section) leaves a statement unanswered. */
  async rateByMouse(ratings) {
    for (const [i, section] of SECTIONS.entries()) {
      const sectionRatings = ratings[i] ?? [];
      if (sectionRatings.every((rating) => rating == null)) continue;
      await this.openSection(section.id);
      for (const [j, id] of section.statements.entries()) {
        const rating = sectionRatings[j];
        if (rating == null) continue;
        await this.rate(id, rating);
      }
    }
  }

  /** Rates one statement of the open section by clicking its label. */
  async rate(id, rating) {
    await this.statement(id).locator('label').nth(rating - 1).click();
    await expect(this.radio(id, rating)).toBeChecked();
  }

  /** Section scores as shown in the results' advice cards, in questionnaire order. */
  async sectionScores() {
    const scores = [];
    for (const section of SECTIONS) {
      const card = this.page.locator(`article.section-advice[data-section="${section.id}"]`);
      scores.push(await card.getByTestId('section-score').textContent());
    }
    return scores;
  }

  /** Reads the stored session record. */
  async storedRecord() {
    return this.page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORAGE_KEY);
  }

  /** Every localStorage entry of the page, as `{ key: raw text }`. */
  async storageEntries() {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  /** Before the app's first load, stores `raw` under the session key. A
   *  sessionStorage flag keeps reloads from storing it again, so a reload
   *  shows what the app itself left in storage. Call before `open()`. */
  async storeBeforeFirstLoad(raw) {
    await this.page.addInitScript(
      ([key, text]) => {
        if (sessionStorage.getItem('e2e.stored-before-load')) return;
        sessionStorage.setItem('e2e.stored-before-load', '1');
        localStorage.setItem(key, text);
      },
      [STORAGE_KEY, raw],
    );
  }
}

export const test = base.extend({
  app: async ({ page }, use) => {
    await use(new App(page));
  },
  // Runs for every test, whether or not it uses `app`.
  guard: [
    async ({ page }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await page.context().route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
        problems.push(`request left 127.0.0.1: ${url.href}`);
        return route.abort();
      });
      await use();
      expect(problems, 'no console errors, exceptions or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});
