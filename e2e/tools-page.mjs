// Helpers for the tools page's specs (tools-*.spec.mjs): opening a tool,
// seeding answers, reading what the pages show, hand-made export files, and
// fresh browser contexts ("another person's browser") watched the same way
// the `guard` fixture watches the test's own page.
import { expect, STORAGE_KEY } from './fixtures.mjs';
import { SECTIONS, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import * as records from './records.mjs';
import { HISTORY_KEY } from './records.mjs';

export { HISTORY_KEY };

/** A session record holding `ratings` (per section, questionnaire order),
 *  as the app would have stored it, for `App.storeBeforeFirstLoad`; `more`
 *  adds fields (name, changed_at). */
export function sessionRecord(ratings, { language = 'en', place = 'results', ...more } = {}) {
  return records.sessionRecord(answersById(ratings), { language, place, ...more });
}

/** An export file (docs/export.schema.json) holding `sets`, each
 *  `{ ratings, name?, note?, taken_at? }`, as text. */
export function exportFile(sets, { language = 'en' } = {}) {
  return records.exportFile(
    sets.map(({ ratings, ...rest }) => ({ ...rest, answers: answersById(ratings) })),
    { language },
  );
}

export { jsonFile } from './records.mjs';

/** Opens a tool of the tools page (`keep`, `history`, `team`, or a whole
 *  fragment such as `r=…`) and waits until it has rendered. From the tools
 *  page itself only the fragment changes, and the app follows it. */
export async function openTool(page, fragment = 'keep', search = '') {
  await page.goto(`tools.html${search}#${fragment}`);
  await page.locator('body > main section').first().waitFor();
}

/** The page's heading of the tool shown. */
export function toolHeading(page) {
  return page.locator('main h2#view-heading');
}

/** The results view shown in <main> (the keep page's, a snapshot's, a
 *  shared link's). */
function resultsView(page) {
  return page.locator('main .results-page');
}

/** Expects a results view showing `total` (as the UI writes it), the band
 *  with id `band` and the section scores `shown` (one decimal). */
export async function expectResults(page, { total, band, shown }, lang = 'en') {
  const view = resultsView(page);
  await expect(view.getByTestId('total')).toHaveText(total);
  await expect(view).toHaveAttribute('data-sq-total', total);
  await expect(view).toHaveAttribute('data-sq-band', band);
  await expect(view.getByTestId('band')).toHaveText(bandTitle(lang, band));
  for (const [i, section] of SECTIONS.entries()) {
    await expect(
      view.locator(`.section-advice[data-section="${section.id}"]`).getByTestId('section-score'),
      `${section.id} score`,
    ).toHaveText(t(lang, 'results.score_out_of', { score: shown[i] }));
  }
}

/** A band's title: band ids are `at-risk`, locale keys `at_risk`. */
export function bandTitle(lang, band) {
  return t(lang, `bands.${band.replace('-', '_')}.title`);
}

/** The stored session record's answers (`{}` when nothing is stored). */
export async function storedAnswers(page) {
  const record = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return record === null ? {} : JSON.parse(record).answers;
}

/** The stored history's snapshots (`[]` when nothing is stored). */
export async function storedSnapshots(page) {
  const record = await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY);
  return record === null ? [] : JSON.parse(record).snapshots;
}

/** A timestamp as the app writes dates in `lang` (the browser's own
 *  formatting, as src/dates.rs uses it); with `time`, the hour and minute
 *  too, as the history shows them. */
export function displayDate(page, iso, lang = 'en', { time = false } = {}) {
  const tag = lang === 'zh' ? 'zh-Hans' : lang;
  const options = { year: 'numeric', month: 'short', day: 'numeric', ...(time ? { hour: 'numeric', minute: '2-digit' } : {}) };
  return page.evaluate(([at, locale, opts]) => new Date(at).toLocaleString(locale, opts), [iso, tag, options]);
}

/** The share link the keep page's share panel shows (in language `lang`). */
export async function shareLink(page, lang = 'en') {
  const input = page.getByLabel(t(lang, 'keep.share_label'));
  await expect(input).toHaveValue(/#r=/);
  return input.inputValue();
}

/** A new browser context (a fresh profile: no storage, no history) with the
 *  test's base URL, watched like the guard fixture watches the test's own
 *  page: `check()` fails on console errors, uncaught exceptions or requests
 *  that leave 127.0.0.1. Close it with `close()`, which also checks. */
export async function freshContext(browser, baseURL, options = {}) {
  const context = await browser.newContext({ baseURL, ...options });
  const problems = [];
  context.on('page', (p) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    p.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    problems.push(`request left 127.0.0.1: ${url.href}`);
    return route.abort();
  });
  const check = () => expect(problems, 'no console errors, exceptions or outside requests in the fresh context').toEqual([]);
  return {
    context,
    check,
    close: async () => {
      await context.close();
      check();
    },
  };
}

/** Downloads what a download link of the page gives and returns its text. */
export async function downloadText(page, link) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

/** A history record as the app stores it: each snapshot
 *  `{ ratings, taken_at, note? }`. */
export function historyRecord(snapshots) {
  return records.historyRecord(snapshots.map(({ ratings, ...rest }) => ({ ...rest, answers: ratings.flat().join('') })));
}

/** Before the app's first load in this page, stores `entries` (`{ key:
 *  raw }`) in localStorage; reloads do not store them again (like
 *  `App.storeBeforeFirstLoad`). */
export async function storeBeforeFirstLoad(page, entries) {
  await page.addInitScript((all) => {
    if (sessionStorage.getItem('e2e.tools-stored')) return;
    sessionStorage.setItem('e2e.tools-stored', '1');
    for (const [key, raw] of Object.entries(all)) localStorage.setItem(key, raw);
  }, entries);
}

/** Parses RFC 4180 CSV text (quoted fields, doubled quotes, CRLF) into rows. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The share link for `ratings`, as the keep page of another browser (a
 *  fresh context holding those answers) shows it. */
export async function shareLinkFor(browser, baseURL, ratings) {
  const other = await freshContext(browser, baseURL);
  const page = await other.context.newPage();
  await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(ratings) });
  await openTool(page, 'keep');
  const link = await shareLink(page);
  await other.close();
  return link;
}
