// Shared fixture: a page object for the app, and checks that run after every
// test: no console errors, no uncaught exceptions, and no request to anything
// but 127.0.0.1 (plus the origins a spec allows with `allowedOrigins`).
// Also helpers for the specs that run their own copy of the build on their
// own port (service worker, update, sub-path tests).
import { test as base, expect } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';

export { expect };

/** An answer set's section scores as the results show them, in `lang`. */
export function scoresAsShown(set, lang = 'en') {
  return set.shown.map((score) => t(lang, 'results.score_out_of', { score }));
}

/** The key the app keeps its session record under. */
export const STORAGE_KEY = 'service-quotient';

export class App {
  constructor(page) {
    this.page = page;
  }

  /** Opens the app (by default the one under test, at baseURL; or the one at
   *  `url`) and waits until the questionnaire or results are shown. */
  async open(url = './') {
    await this.page.goto(url);
    await this.page.locator('body > main section').first().waitFor();
  }

  /** Reloads the page and waits until the app has rendered again. */
  async reload() {
    await this.page.reload();
    await this.page.locator('body > main section').first().waitFor();
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

  /** The "Results" link in the section navigation (to the tools page). */
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

  /** The results in <main> (on the tools page, `tools.html#results`, since
   *  issue 9; `.results-page` is the <section> itself in earlier builds, the
   *  results view inside the page's <section> in later ones). */
  resultsPage() {
    return this.page.locator('main .results-page');
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
    // tools.html, or embed-tools.html in an embed (with its options).
    await this.page.waitForURL(/tools\.html(\?[^#]*)?#results$/);
    await expect(this.resultsPage()).toBeVisible();
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

  /** Section scores as shown in the results' advice cards ("3.8 out of
   *  5"), in questionnaire order; compare with `scoresAsShown`. */
  async sectionScores() {
    const scores = [];
    for (const section of SECTIONS) {
      const card = this.page.locator(`.section-advice[data-section="${section.id}"]`);
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
  /** Origins besides http://127.0.0.1:<any port> that pages may request,
   *  e.g. `test.use({ allowedOrigins: [HOST_ORIGIN] })` for the embed host. */
  allowedOrigins: [[], { option: true }],
  /** Console errors and uncaught errors a spec expects: one RegExp (use
   *  alternation for several), tested against the message text. They do not
   *  fail the test; `guard.expected` lists the ones seen, so the test can
   *  check that they did occur. (One RegExp rather than a list because
   *  `test.use` would take a two-element list for a fixture tuple.) */
  expectedErrors: [null, { option: true }],
  app: async ({ page }, use) => {
    await use(new App(page));
  },
  // Runs for every test, whether or not it uses `app`. Watches the test's
  // page and any page it opens (popups, target=_blank links).
  guard: [
    async ({ page, allowedOrigins, expectedErrors }, use) => {
      const problems = [];
      const expected = [];
      const report = (kind, text) => {
        if (expectedErrors?.test(text)) expected.push(text);
        else problems.push(`${kind}: ${text}`);
      };
      const watch = (p) => {
        p.on('console', (msg) => {
          if (msg.type() === 'error') report('console error', msg.text());
        });
        p.on('pageerror', (error) => report('uncaught', error.message));
      };
      watch(page);
      page.context().on('page', watch);
      await page.context().route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || allowedOrigins.includes(url.origin)) {
          return route.continue();
        }
        problems.push(`request left 127.0.0.1: ${url.href}`);
        return route.abort();
      });
      await use({ expected });
      expect(problems, 'no console errors, exceptions or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

/** Launch options for specs that embed the app in another site's page:
 *  Playwright turns Chromium's third-party storage partitioning off (it
 *  passes --disable-features=...,ThirdPartyStoragePartitioning,...), and its
 *  incognito-like contexts block third-party cookies, so an embedded frame
 *  would get no localStorage, service worker or Cache Storage at all. Shipped
 *  Chrome (and Firefox and Safari) partition that storage per top-level site
 *  instead; a later --disable-features, repeating Playwright's list without
 *  that one feature, restores that behaviour. Worker-scoped: use at the top
 *  of a spec file, `test.use({ launchOptions: withStoragePartitioning(...) })`. */
export function withStoragePartitioning(launchOptions) {
  const disabled = [
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'TcpPortRandomizationWin',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
  ];
  return { ...launchOptions, args: [...(launchOptions.args ?? []), `--disable-features=${disabled.join(',')}`] };
}

/** The release build the tests run against. */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** A fresh copy of dist/ in a temporary directory, for tests that change the
 *  build or must not share it. Remove it with `removeDir`. */
export function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'sq-e2e-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Serves `dir` on http://127.0.0.1:<port><base> with the generated headers
 *  (scripts/static-server.mjs). Use ports 4180-4189, one per spec file, so
 *  parallel workers never collide. `close()` also drops kept-alive
 *  connections, so that afterwards nothing at all answers on the port. */
export async function serveBuild({ dir = DIST, port, base = '/', headers = true, onRequest }) {
  const server = startServer({ dir, port, headers, base, onRequest });
  await new Promise((resolve, reject) => {
    if (server.listening) return resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Waits until a service worker controls the page (after the first visit,
 *  when the worker has installed, precached the build and claimed the page). */
export async function waitForServiceWorkerControl(page) {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  } catch (error) {
    // Say how far the worker got.
    const state = await page
      .evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration) return 'no registration';
        const worker = (w) => w && `${w.state} ${w.scriptURL}`;
        return JSON.stringify({
          scope: registration.scope,
          installing: worker(registration.installing),
          waiting: worker(registration.waiting),
          active: worker(registration.active),
          caches: await caches.keys(),
        });
      })
      .catch((e) => `unknown (${e.message})`);
    throw new Error(`no service worker took control of ${page.url()}; registration: ${state}`, { cause: error });
  }
}

/** The names of the page's Cache Storage caches, sorted. */
export function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).sort());
}
