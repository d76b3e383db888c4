// Shared fixture: a page object for the app, and checks that run after every
// test: no console errors, no uncaught exceptions, and no request to anything
// but 127.0.0.1.
import { test as base, expect } from '@playwright/test';
import { SECTIONS } from './questionnaire.mjs';

export { expect };

export class App {
  constructor(page) {
    this.page = page;
  }

  /** Opens the app and waits until the questionnaire or results are shown. */
  async open() {
    await this.page.goto('./');
    await this.page.locator('main section').waitFor();
  }

  statement(id) {
    return this.page.locator(`fieldset[data-statement="${id}"]`);
  }

  radio(id, rating) {
    return this.statement(id).locator(`input[type=radio][value="${rating}"]`);
  }

  navItem(sectionId) {
    return this.page.locator(`nav button[data-section="${sectionId}"]`);
  }

  resultsNavItem() {
    return this.page.locator('nav .section-nav__item--results');
  }

  progressText() {
    return this.page.getByTestId('progress-text');
  }

  async openSection(sectionId) {
    await this.navItem(sectionId).click();
    await expect(this.page.locator(`section[data-section="${sectionId}"]`)).toBeVisible();
  }

  async openResults() {
    await this.resultsNavItem().click();
    await expect(this.page.locator('section.results-page')).toBeVisible();
  }

  /** Rates statements by clicking their labels, section by section.
   *  `ratings` is per section, in questionnaire order. */
  async rateByMouse(ratings) {
    for (const [i, section] of SECTIONS.entries()) {
      await this.openSection(section.id);
      for (const [j, id] of section.statements.entries()) {
        const rating = ratings[i][j];
        if (rating == null) continue;
        await this.statement(id).locator('label').nth(rating - 1).click();
        await expect(this.radio(id, rating)).toBeChecked();
      }
    }
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
    return this.page.evaluate(() => JSON.parse(localStorage.getItem('service-quotient')));
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
