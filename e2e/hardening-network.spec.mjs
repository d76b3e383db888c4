// Nothing leaves the browser: a whole visit (first load with the service
// worker installing, all 25 answers, the results, a change of language, the
// tools page's keep, history and team views, saving a snapshot, every
// download, opening a shared link) requests nothing but the app's own files
// from the app's own origin. Every request of every page, frame and the
// service worker is recorded, and each must be a file that exists in dist/.
// No uncaught error, no CSP violation, and the answers are kept throughout.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect, DIST, waitForServiceWorkerControl } from './fixtures.mjs';
import { MIXED, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { jsonFile } from './records.mjs';
import { watchViolations, expectNoViolations, expectStoredAnswers } from './hardening-helpers.mjs';

/** Every file of the build, as URL paths (`/index.html`, `/icons/...`). */
function distPaths(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return distPaths(path);
    return [`/${relative(DIST, path).split('\\').join('/')}`];
  });
}

/** Records every request: those the context sees (pages, frames and the
 *  service worker) and those each page sees, as `{ url, from }`. */
function recordRequests(context) {
  const requests = [];
  const record = (from) => (request) =>
    requests.push({ url: request.url(), from: request.serviceWorker() ? 'service worker' : from });
  context.on('request', record('context'));
  const watchPage = (page) => page.on('request', record('page'));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return requests;
}

/** Expects every recorded request to go to `origin` and to name a file of
 *  the build (`/` is index.html). data: URLs (the downloads) are not
 *  requests to anyone and are counted apart. */
function expectOnlyOwnFiles(requests, origin) {
  const files = new Set(distPaths());
  const outside = [];
  const missing = [];
  for (const { url, from } of requests) {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:') continue;
    if (parsed.origin !== origin) {
      outside.push(`${from}: ${url}`);
      continue;
    }
    const path = decodeURIComponent(parsed.pathname);
    const file = path.endsWith('/') ? `${path}index.html` : path;
    if (!files.has(file)) missing.push(`${from}: ${url}`);
  }
  expect(outside, 'requests to another origin').toEqual([]);
  expect(missing, 'requests for something that is not a file of the build').toEqual([]);
}

/** Clicks a download link and returns the downloaded file's text. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

test('a whole visit requests nothing but the app\'s own files from its own origin', async ({ app, page, context }) => {
  const violations = await watchViolations(context);
  const requests = recordRequests(context);
  const answers = answersById(MIXED.ratings);

  // First visit: the app loads and the service worker installs.
  await app.open();
  const origin = new URL(page.url()).origin;
  await waitForServiceWorkerControl(page);

  // All 25 answers, the results, a change of language and back.
  await app.rateByMouse(MIXED.ratings);
  await app.openResults();
  await expect(page.getByTestId('total')).toHaveText(MIXED.total);
  await app.chooseLanguage('te');
  await app.openAllDetails();
  await app.chooseLanguage('en');
  await expectStoredAnswers(app, answers);

  // The tools page: keep (snapshot, downloads, share link).
  await page.getByRole('link', { name: t('en', 'keep.open') }).click();
  await expect(page).toHaveURL(/tools\.html/);
  await expect(page.locator('#view-heading')).toHaveText(t('en', 'keep.title'));
  await page.locator('#snapshot-note').fill('after the network test');
  await page.getByRole('button', { name: t('en', 'keep.save') }).click();
  await expect(page.getByTestId('snapshot-saved')).toHaveText(t('en', 'keep.saved'));
  const json = JSON.parse(await download(page, page.getByTestId('download-json')));
  expect(json.sets.at(-1).answers).toEqual(answers);
  expect(await download(page, page.getByTestId('download-csv'))).toContain('culture.whatever-it-takes');
  const shareLink = await page.locator('#share-link').inputValue();
  expect(shareLink.startsWith(`${origin}/tools.html#r=`)).toBe(true);

  // History: the snapshot, opened and listed, and the history download.
  await page.getByRole('link', { name: t('en', 'nav.history'), exact: true }).click();
  await expect(page.locator('.history-item')).toHaveCount(1);
  await page.getByRole('button', { name: t('en', 'history.open'), exact: true }).click();
  await expect(page.locator('.snapshot-note')).toHaveText('after the network test');
  await page.getByRole('button', { name: t('en', 'history.back'), exact: true }).click();
  const history = JSON.parse(await download(page, page.getByTestId('download-history')));
  expect(history.sets).toHaveLength(1);

  // Team: the downloaded file and the shared link (the same answers, but
  // one dated and one not: two people), compared.
  await page.getByRole('link', { name: t('en', 'nav.team'), exact: true }).click();
  await page.locator('#team-files').setInputFiles(jsonFile('mine.json', JSON.stringify(json)));
  await page.locator('#team-links').fill(shareLink);
  await page.getByRole('button', { name: t('en', 'team.add_links'), exact: true }).click();
  await expect(page.locator('.team-members li')).toHaveCount(2);
  await expect(page.locator('.team-table')).toBeVisible();

  // A shared link opened in a new tab, then kept apart from one's own.
  const shared = await context.newPage();
  await shared.goto(shareLink);
  await expect(shared.locator('#view-heading')).toHaveText(t('en', 'link.title'));
  await shared.getByRole('button', { name: t('en', 'link.keep'), exact: true }).click();
  await expect(shared.locator('#view-heading')).toHaveText(t('en', 'results.title'));
  await expectNoViolations(violations, [shared]);
  await shared.close();

  // Back to the self-check, reloaded: everything is still there.
  await app.open();
  await expect(app.progressText()).toHaveText('25 of 25 answered');
  await expectStoredAnswers(app, answers);

  // What was requested: the build's files, from its origin, and nothing
  // else; the service worker's own requests included.
  const paths = requests.map(({ url }) => new URL(url).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', '/tools.html', '/sw.js']));
  expect(paths.some((path) => path.endsWith('_bg.wasm'))).toBe(true);
  expect(requests.some(({ from }) => from === 'service worker'), 'the service worker\'s requests are seen').toBe(true);
  expectOnlyOwnFiles(requests, origin);
  await expectNoViolations(violations, [page]);
});
