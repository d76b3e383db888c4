// The embeddable version: a host page on another site (http://localhost:4174,
// the one origin on the embed allow-list) includes embed.js, which frames
// embed.html. The frame is as tall as its content, talks to the host only in
// the documented messages, follows the data-* options, and cannot be framed
// by anyone else.
import { expectNoAxeViolations } from './axe.mjs';
import config, { HOST_ORIGIN } from './playwright.config.mjs';
import { test, expect, App, STORAGE_KEY, withStoragePartitioning } from './fixtures.mjs';
import { ANSWER_SETS, SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';

/** The origin of the app under test (the embed's frames). */
const APP_ORIGIN = 'http://127.0.0.1:4173';
/** The same host pages, from an origin that is not on the allow-list. */
const OTHER_HOST_ORIGIN = 'http://127.0.0.1:4174';
const ALL_5S = ANSWER_SETS.find((set) => set.name === 'all 5s');
const ALL_1S = ANSWER_SETS.find((set) => set.name === 'all 1s');
/** Chromium's console message for a frame its CSP refuses ("Refused to
 *  frame '<url>' because an ancestor violates ..." in older versions). */
const REFUSED_TO_FRAME = /^(?:Refused to frame|Framing) 'http:\/\/127\.0\.0\.1:4173\/'.*Content Security Policy directive: "(frame-ancestors [^"]*)"/;

test.use({
  allowedOrigins: [HOST_ORIGIN],
  // As in shipped browsers, the frame gets storage of its own, partitioned
  // per host site (see withStoragePartitioning).
  launchOptions: withStoragePartitioning(config.use.launchOptions),
  // A frame's second load would come from its service worker, out of reach
  // of holdWasmUntilBridgeRuns (below); nothing here but the one test that
  // turns them back on is about the service worker.
  serviceWorkers: 'block',
});

/** embed-frame.js sets up the whole bridge (ready, height, progress,
 *  complete) in a listener for trunk's TrunkApplicationStarted event, and the
 *  loader can fire that event before the deferred embed-frame.js has run
 *  (when the wasm arrives before it): then the embed never says anything and
 *  stays 640 px tall. That app bug has its own test below ("... even when
 *  embed-frame.js arrives after the app has started"); so that it does not
 *  make every other test here flaky (about one load in four, here), they
 *  hold each frame's wasm until embed-frame.js has run in that frame (it
 *  marks <html> "embedded" at once), which is the order the design assumes.
 *  (Service workers are blocked in this file, so that every load goes
 *  through page.route.) */
async function holdWasmUntilBridgeRuns(page) {
  await page.route('**/*_bg.wasm', async (route) => {
    try {
      const frame = route.request().frame();
      if (frame.parentFrame()) {
        // Polling by time: a frame out of view gets no animation frames.
        await frame.waitForFunction(() => document.documentElement.classList.contains('embedded'), null, {
          polling: 50,
        });
      }
    } catch {
      // The frame went away (a reload): let the request go on or fail.
    }
    await route.continue().catch(() => {});
  });
}

test.beforeEach(async ({ page }) => {
  await holdWasmUntilBridgeRuns(page);
});

/** The events embed.js has dispatched on the host page, in order. */
function received(page) {
  return page.evaluate(() => window.received);
}

/** Every service-quotient message that reached the host window, with its
 *  origin and the id of the frame (or embed) it came from. */
function messages(page) {
  return page.evaluate(() => window.messages);
}

/** Waits until the embed in element #id has said `ready` and the app in it
 *  has rendered; returns the app's page object for that frame. */
async function embeddedApp(page, id = 'embed') {
  await expect
    .poll(async () => (await received(page)).some((event) => event.type === 'ready' && event.target === id), {
      message: `#${id} sent ready`,
    })
    .toBe(true);
  const frame = await (await page.locator(`#${id} iframe`).elementHandle()).contentFrame();
  await frame.locator('body > main section').waitFor();
  return new App(frame);
}

/** Heights that must agree: the iframe element's, and, inside the frame, the
 *  body's and the document's (scrollHeight beyond clientHeight would be
 *  content cut off, or a scrollbar). */
async function heights(page, app) {
  const frame = await page.locator('#embed iframe').evaluate((f) => f.getBoundingClientRect().height);
  const inside = await app.page.evaluate(() => ({
    body: document.body.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  return { frame, ...inside };
}

test.describe('height', () => {
  test('the iframe is as tall as its content, and grows with the results', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/index.html`);
    const app = await embeddedApp(page);

    await expect.poll(async () => {
      const h = await heights(page, app);
      return Math.abs(h.frame - h.body);
    }, { message: 'iframe height = body height' }).toBeLessThanOrEqual(2);
    const question = await heights(page, app);
    expect(question.scrollHeight, 'no scrolling inside the frame').toBeLessThanOrEqual(question.clientHeight);
    expect((await received(page)).filter((e) => e.type === 'height').at(-1).detail.height).toBe(Math.ceil(question.body));

    await app.openResults();
    await expect.poll(async () => {
      const h = await heights(page, app);
      return h.frame > question.frame + 100 && Math.abs(h.frame - h.body) <= 2;
    }, { message: 'iframe height follows the taller results' }).toBe(true);
    const results = await heights(page, app);
    expect(results.scrollHeight, 'no scrolling inside the frame').toBeLessThanOrEqual(results.clientHeight);
  });
});

test.describe('messages', () => {
  test('completing the self-check tells the host the results it asked for', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/index.html`);
    const app = await embeddedApp(page);
    await app.rateByMouse(ALL_5S.ratings);
    await expect(app.progressText()).toHaveText('25 of 25 answered');
    await app.openResults();
    await expect.poll(async () => (await received(page)).some((e) => e.type === 'complete')).toBe(true);

    const events = await received(page);
    expect(events[0], 'ready comes first').toEqual({ type: 'ready', detail: {}, target: 'embed' });
    expect(events.every((e) => e.target === 'embed')).toBe(true);

    const progress = events.filter((e) => e.type === 'progress').map((e) => e.detail);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[0]).toEqual({ answered: 0, total: 25 });
    expect(progress.at(-1)).toEqual({ answered: 25, total: 25 });
    for (const [i, detail] of progress.entries()) {
      expect(Object.keys(detail).sort()).toEqual(['answered', 'total']);
      expect(detail.total).toBe(25);
      if (i > 0) expect(detail.answered).toBeGreaterThan(progress[i - 1].answered);
    }

    const complete = events.filter((e) => e.type === 'complete');
    expect(complete).toHaveLength(1);
    expect(complete[0].detail).toEqual({
      total: 35,
      band: 'asset',
      sections: SECTIONS.map((section) => ({ id: section.id, score: 5 })),
    });
  });

  test('without data-results, "complete" carries no numbers', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/no-results.html`);
    const app = await embeddedApp(page);
    await app.rateByMouse(ALL_1S.ratings);
    await app.openResults();
    await expect(page.locator('#embed')).toBeVisible();
    await expect.poll(async () => (await received(page)).some((e) => e.type === 'complete')).toBe(true);

    const complete = (await received(page)).filter((e) => e.type === 'complete');
    expect(complete).toEqual([{ type: 'complete', detail: {}, target: 'embed' }]);
    // Not only filtered by embed.js: the frame never sends them.
    const sent = (await messages(page)).filter((m) => m.data.type === 'complete');
    expect(sent).toEqual([
      { data: { source: 'service-quotient', version: 1, type: 'complete' }, origin: APP_ORIGIN, from: 'embed' },
    ]);
  });

  test('messages from any other frame are ignored', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/foreign.html`);
    await embeddedApp(page);
    // The stray copy of the app (right origin, wrong window) has started
    // and talked to the host too.
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.from === 'stray' && m.data.type === 'ready').length)
      .toBe(1);
    // The fake "complete" reaches the host: the one sent now (the one sent
    // on load may come before the host listens, so it is not counted on).
    const foreign = page.frame({ url: /foreign-frame\.html$/ });
    const fromForeign = async () => (await messages(page)).filter((m) => m.from === 'foreign').length;
    const before = await fromForeign();
    await foreign.evaluate(() => window.sendFake());
    await expect.poll(fromForeign).toBeGreaterThan(before);

    const all = await messages(page);
    for (const m of all.filter((m) => m.from === 'foreign')) {
      expect(m).toEqual({
        data: { source: 'service-quotient', version: 1, type: 'complete', total: 7, band: 'at-risk', sections: [] },
        origin: HOST_ORIGIN,
        from: 'foreign',
      });
    }
    expect(all.filter((m) => m.from === 'stray').every((m) => m.origin === APP_ORIGIN)).toBe(true);

    // Only the embed's own messages became events, one for one.
    const events = await received(page);
    expect(events.filter((e) => e.type === 'complete')).toEqual([]);
    expect(events.filter((e) => e.type === 'ready')).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(all.filter((m) => m.from === 'embed').map((m) => m.data.type));
  });

  test('the bridge works even when embed-frame.js arrives after the app has started', async ({ page }) => {
    // No help with the order here: this is the order that breaks it.
    await page.unroute('**/*_bg.wasm');
    // embed-frame.js is delivered only once the app in that frame has
    // rendered, as a slow response for one small file would.
    await page.route('**/embed-frame.js', async (route) => {
      await route.request().frame().locator('body > main section').waitFor();
      await route.continue();
    });
    await page.goto(`${HOST_ORIGIN}/index.html`);
    const frame = await (await page.locator('#embed iframe').elementHandle()).contentFrame();
    await frame.locator('body > main section').waitFor();
    await expect(frame.locator('html')).toHaveClass(/\bembedded\b/);
    await expect
      .poll(async () => (await received(page)).map((e) => e.type), { message: 'events received from the embed' })
      .toEqual(expect.arrayContaining(['ready', 'height', 'progress']));
  });
});

test.describe('options', () => {
  test('data-lang="hi" shows the embed in Hindi', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/custom.html?lang=hi`);
    const app = await embeddedApp(page);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(app.page.locator('h1')).toHaveText(t('hi', 'app.title'));
    await expect(app.progressText()).toHaveText(t('hi', 'progress.count', { answered: 0, total: 25 }));
    await expect(app.heading()).toHaveText(t('hi', 'sections.culture.title'));
    await expect(app.page.locator('#embed-notice a')).toHaveText(t('hi', 'embed.full_tab'));
  });

  test('data-lang="ur" shows the embed in Urdu, right to left inside the frame, and it can be answered', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/custom.html?lang=ur`);
    const app = await embeddedApp(page);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'ur');
    await expect(app.page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(app.heading()).toHaveText(t('ur', 'sections.culture.title'));
    await expect(app.page.locator('#embed-notice a')).toHaveText(t('ur', 'embed.full_tab'));
    // The scale's 1 is on the right, inside the host's left-to-right page.
    const [one, five] = await Promise.all([1, 5].map((r) => app.radio('culture.whatever-it-takes', r).boundingBox()));
    expect(one.x).toBeGreaterThan(five.x);
    await app.rate('culture.whatever-it-takes', 4);
    await expect(app.progressText()).toHaveText(t('ur', 'progress.count', { answered: 1, total: 25 }));
  });

  test('data-compact hides the header and footer inside the frame', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/custom.html`);
    let app = await embeddedApp(page);
    await expect(app.page.locator('.app-header')).toBeVisible();
    await expect(app.page.locator('.app-footer')).toBeVisible();

    await page.goto(`${HOST_ORIGIN}/custom.html?compact=`);
    app = await embeddedApp(page);
    await expect(app.page.locator('html')).toHaveClass(/\bcompact\b/);
    await expect(app.page.locator('.app-header')).toBeHidden();
    await expect(app.page.locator('.app-footer')).toBeHidden();
    await expect(app.sectionPage('culture')).toBeVisible();
  });

  test('data-accent colours the primary button, unless white text on it would be hard to read', async ({ page }) => {
    const primaryColour = async (query) => {
      await page.goto(`${HOST_ORIGIN}/custom.html${query}`);
      const app = await embeddedApp(page);
      const button = app.page.locator('.button--primary').first();
      await expect(button).toBeVisible();
      return button.evaluate((b) => getComputedStyle(b).backgroundColor);
    };
    const standard = await primaryColour('');
    expect(standard).toBe('rgb(15, 92, 77)');
    expect(await primaryColour(`?accent=${encodeURIComponent('#7a1f5c')}`)).toBe('rgb(122, 31, 92)');
    expect(await primaryColour(`?accent=${encodeURIComponent('#ffee88')}`)).toBe(standard);

    // In the dark theme too, with white text on the host's colour.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await primaryColour(`?accent=${encodeURIComponent('#7a1f5c')}`)).toBe('rgb(122, 31, 92)');
    const app = await embeddedApp(page);
    expect(await app.page.locator('.button--primary').first().evaluate((b) => getComputedStyle(b).color)).toBe('rgb(255, 255, 255)');
  });

  test('two embeds with different data-namespace keep separate answers', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/two-embeds.html`);
    const shopA = await embeddedApp(page, 'shop-a');
    const shopB = await embeddedApp(page, 'shop-b');
    await shopA.rate('culture.whatever-it-takes', 4);
    await expect(shopA.progressText()).toHaveText('1 of 25 answered');
    await expect(shopB.progressText()).toHaveText('0 of 25 answered');

    // Both frames share the app's (partitioned) storage, under two keys.
    const stored = await shopB.storageEntries();
    expect(JSON.parse(stored[`${STORAGE_KEY}:shop-a`]).answers).toEqual({ 'culture.whatever-it-takes': 4 });
    if (`${STORAGE_KEY}:shop-b` in stored) expect(JSON.parse(stored[`${STORAGE_KEY}:shop-b`]).answers).toEqual({});
    expect(Object.keys(stored)).not.toContain(STORAGE_KEY);

    await page.reload();
    const reloadedA = await embeddedApp(page, 'shop-a');
    const reloadedB = await embeddedApp(page, 'shop-b');
    await expect(reloadedA.progressText()).toHaveText('1 of 25 answered');
    await expect(reloadedA.radio('culture.whatever-it-takes', 4)).toBeChecked();
    await expect(reloadedB.progressText()).toHaveText('0 of 25 answered');
  });
});

test.describe('notices', () => {
  test('inside another site, the frame says its answers stay with that site and links to a full tab', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/index.html`);
    const app = await embeddedApp(page);
    const partitioned = app.page.locator('#embed-partitioned');
    await expect(partitioned).toBeVisible();
    await expect(partitioned).toHaveText(t('en', 'embed.partitioned'));
    const link = app.page.locator('#embed-notice a');
    await expect(link).toBeVisible();
    await expect(link).toHaveText(t('en', 'embed.full_tab'));
    await expect(link).toHaveAttribute('target', '_blank');
    expect(await link.evaluate((a) => a.href)).toBe(`${APP_ORIGIN}/`);

    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.locator('body > main section').waitFor();
    expect(tab.url()).toBe(`${APP_ORIGIN}/`);
    await expect(tab.locator('#embed-notice')).toBeHidden();
    await tab.close();
  });
});

test.describe('framing by others is refused', () => {
  // The browser reports each refusal in the host page's console.
  test.use({ expectedErrors: REFUSED_TO_FRAME });

  /** Waits until the iframe in `selector` shows Chromium's error page, and
   *  checks that no app ever ran in it. */
  async function expectBlocked(page, selector) {
    const handle = await page.locator(selector).elementHandle();
    await expect.poll(async () => (await handle.contentFrame())?.url()).toBe('chrome-error://chromewebdata/');
    const frame = await handle.contentFrame();
    expect(await frame.locator('main, #boot-error').count()).toBe(0);
  }

  test('a host not on the allow-list cannot frame embed.html', async ({ page, guard }) => {
    await page.goto(`${OTHER_HOST_ORIGIN}/index.html`);
    await expectBlocked(page, '#embed iframe');
    await expect
      .poll(() => guard.expected.map((m) => m.match(REFUSED_TO_FRAME)?.[1]))
      .toEqual(["frame-ancestors 'self' http://localhost:4174"]);
    expect(await received(page)).toEqual([]);
  });

  test('no host, not even an allowed one, can frame index.html', async ({ page, guard }) => {
    await page.goto(`${HOST_ORIGIN}/frame-app.html`);
    await expectBlocked(page, '#index');
    await expectBlocked(page, '#root');
    await expect
      .poll(() => guard.expected.map((m) => m.match(REFUSED_TO_FRAME)?.[1]))
      .toEqual(["frame-ancestors 'none'", "frame-ancestors 'none'"]);
  });

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' });

    test('framing stays refused when the service worker serves the pages', async ({ app, page, guard }) => {
      // A visit to the app itself first: its service worker now has every page.
      await app.open();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const fromWorker = [];
      page.on('response', (response) => {
        if (response.url().startsWith(APP_ORIGIN)) fromWorker.push([new URL(response.url()).pathname, response.fromServiceWorker()]);
      });

      // Same site as the app (127.0.0.1), so the worker handles these frames.
      await page.goto(`${OTHER_HOST_ORIGIN}/index.html`);
      await expectBlocked(page, '#embed iframe');
      await page.goto(`${OTHER_HOST_ORIGIN}/frame-app.html`);
      await expectBlocked(page, '#index');
      await expectBlocked(page, '#root');
      await expect
        .poll(() => guard.expected.map((m) => m.match(REFUSED_TO_FRAME)?.[1]))
        .toEqual(["frame-ancestors 'self' http://localhost:4174", "frame-ancestors 'none'", "frame-ancestors 'none'"]);
      // The refused documents did come from the worker's cache.
      expect(fromWorker).toEqual(expect.arrayContaining([['/embed.html', true], ['/index.html', true], ['/', true]]));
    });
  });
});

test.describe('accessibility', () => {
  test('the host page with the embedded app has no axe violations', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/index.html`);
    const app = await embeddedApp(page);
    await expectNoAxeViolations(page, 'the host page and its embed');
    await app.rate('culture.whatever-it-takes', 3);
    await app.openResults();
    await expectNoAxeViolations(page, 'the host page and its embed, on the results');
  });

  test('embed.html?compact=1, opened directly, has no axe violations', async ({ page }) => {
    await page.goto('embed.html?compact=1');
    await page.locator('body > main section').waitFor();
    await expect(page.locator('html')).toHaveClass(/\bcompact\b/);
    await expectNoAxeViolations(page, 'embed.html?compact=1');
  });
});
