// After one visit, the service worker has the whole build: with the server
// gone and the network off, the app loads, speaks each of its languages, the
// whole self-check can be done, the answers are saved and survive a reload,
// and the plan page works. One versioned cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, scoresAsShown, cacheNames, copyOfDist, removeDir, serveBuild, waitForServiceWorkerControl } from './fixtures.mjs';
import { LANGUAGES, MIXED, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';

const PORT = 4180;

test.describe('offline', () => {
  let dir;
  let server;

  test.beforeEach(async () => {
    dir = copyOfDist();
    server = await serveBuild({ dir, port: PORT });
  });

  test.afterEach(async () => {
    await server.close();
    removeDir(dir);
  });

  test('after one visit the app loads and works with the network off', async ({ app, page, context }) => {
    const version = readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = "([0-9a-f]+)"/)[1];

    await app.open(server.url);
    await waitForServiceWorkerControl(page);

    // Off the network in every way: no server, the browser offline, and
    // every request that still tries (the service worker's fetches are not
    // covered by setOffline) aborted and recorded.
    await server.close();
    await context.setOffline(true);
    const attempted = [];
    await context.route('**/*', (route) => {
      attempted.push(route.request().url());
      return route.abort('internetdisconnected');
    });

    await app.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(app.progressText()).toHaveText('0 of 25 answered');

    // Every language can be chosen offline, its texts as in its locale file.
    for (const lang of [...LANGUAGES.filter((l) => l !== 'en'), 'en']) {
      await app.chooseLanguage(lang);
      await expect(page.locator('.app-tagline')).toHaveText(t(lang, 'app.tagline'));
      await expect(app.progressText()).toHaveText(t(lang, 'progress.count', { answered: 0, total: 25 }));
    }

    await app.rateByMouse(MIXED.ratings);
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText(MIXED.total);
    await expect(page.locator('.total-summary')).toHaveAttribute('data-band', MIXED.band);
    expect(await app.sectionScores()).toEqual(scoresAsShown(MIXED));
    expect((await app.storedRecord()).answers).toEqual(answersById(MIXED.ratings));

    // Still offline: a reload brings back every answer and the results.
    await app.reload();
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    expect((await app.storedRecord()).answers).toEqual(answersById(MIXED.ratings));
    await app.openResults();
    await expect(page.getByTestId('total')).toHaveText(MIXED.total);
    await expect(page.locator('.total-summary')).toHaveAttribute('data-band', MIXED.band);

    // The plan page too: it loads offline, from the results, and keeps what
    // is typed across a reload.
    await page.getByTestId('to-plan').click();
    await page.waitForURL(/plan\.html$/);
    await page.getByTestId('plan-start').click();
    await page.goto(new URL('plan.html#vision', server.url).href);
    await page.locator('#vision-statement').fill('Fresh every morning');
    await page.reload();
    await expect(page.locator('#vision-statement')).toHaveValue('Fresh every morning');
    await page.goto(new URL('plan.html#targets', server.url).href);
    await expect(page.locator('#target-knowing')).toHaveValue('15');
    // Its texts, loaded per language, in every language.
    for (const lang of [...LANGUAGES.filter((l) => l !== 'en'), 'en']) {
      await app.chooseLanguage(lang);
      await expect(page.locator('#view-heading')).toHaveText(t(lang, 'plan.targets.title'));
      await expect(page.locator('#target-knowing')).toHaveValue('15');
    }

    expect(attempted, 'requests that went past the service worker').toEqual([]);
    const ours = (await cacheNames(page)).filter((name) => name.startsWith('service-quotient-'));
    expect(ours).toEqual([`service-quotient-${version}`]);
  });
});
