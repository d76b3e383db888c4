// Nothing a person types or brings in renders as HTML. Markup, a template
// expression and a 10,000-character string go in through every channel: the
// snapshot note (then shown in the history list and the opened snapshot),
// team member names in an imported export file, pasted team links, an
// imported file with markup in every string field, a shared link with markup
// in its fragment, the ?lang= and ?ns= parameters, and records in
// localStorage. Each time: no script ran (window.__pwned stays unset), no
// element was created from the payload (a MutationObserver watches from
// before the app starts), text that is shown appears literally, there is no
// uncaught error and no CSP violation, and the answers stored before are
// still there, on screen and in storage.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, answersById } from './questionnaire.mjs';
import { t } from './texts.mjs';
import {
  watchViolations,
  expectNoViolations,
  expectStoredAnswers,
  expectAnswersOnScreen,
} from './hardening-helpers.mjs';
import { HISTORY_KEY, exportFile, historyRecord, jsonFile, sessionRecord } from './records.mjs';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const TEMPLATE = '{{7*7}}';
/** 10,000 characters, markup included. */
const LONG = `${IMG}${'x'.repeat(10_000 - IMG.length)}`;
/** The payloads short enough for a note or a name (at most 200 characters). */
const SHORT = [IMG, SCRIPT, SVG, TEMPLATE];
const PAYLOADS = [...SHORT, LONG];

/** All 25 answers (the mixed set), as stored before every test. */
const ALL = answersById(MIXED.ratings);
/** A few answers, for tests that do not need a complete self-check. */
const SOME = answersById(MIXED.ratings.slice(0, 2));

/** Records, in every page of the context from before its first script, any
 *  element added (or attribute set) that could run script: an attribute
 *  named on*, an <img>, an inline <script> mentioning __pwned, an <svg>
 *  with onload. */
async function watchInjection(context) {
  await context.addInitScript(() => {
    window.e2eInjected = [];
    const suspicious = (el) =>
      [...el.attributes].some((a) => /^on/i.test(a.name)) ||
      el.localName === 'img' ||
      (el.localName === 'script' && /__pwned/.test(el.textContent));
    const check = (el) => {
      if (suspicious(el)) window.e2eInjected.push(el.outerHTML.slice(0, 120));
    };
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') {
          if (/^on/i.test(mutation.attributeName)) check(mutation.target);
          continue;
        }
        for (const node of mutation.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          check(node);
          node.querySelectorAll('*').forEach(check);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** Expects that no payload ran or became an element in `page`: __pwned is
 *  unset, the observer saw nothing, and the page holds no <img>, no element
 *  with an on* attribute and no script mentioning __pwned. */
async function expectNoInjection(page) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    injected: window.e2eInjected,
    images: document.querySelectorAll('img').length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
  }));
  expect(state).toEqual({ pwned: undefined, injected: [], images: 0, handlers: 0, svgOnload: 0, scripts: 0 });
}

/** Expects `text` to appear literally in the text of the page's <body>. */
async function expectShownLiterally(page, text) {
  expect(await page.evaluate(() => document.body.textContent)).toContain(text);
}

/** Opens a page of the tools (`tools.html...`) or the self-check and waits
 *  until the app has rendered its view's heading. */
async function openPage(page, url) {
  await page.goto(url);
  await page.locator('body > main #view-heading').waitFor();
}

/** Nothing injected into the page, and no CSP violation in it so far. */
async function expectSafe(page, violations) {
  await expectNoInjection(page);
  await expectNoViolations(violations, [page]);
}

/** Checks, on the self-check, that `answers` are on screen and stored. */
async function expectAnswersKept(app, answers) {
  await app.open();
  await expectAnswersOnScreen(app, answers);
  await expectStoredAnswers(app, answers);
}

/** Every stored history snapshot's note. */
async function storedNotes(app) {
  const raw = (await app.storageEntries())[HISTORY_KEY];
  return raw ? JSON.parse(raw).snapshots.map((s) => s.note ?? null) : [];
}

/** Serves a blank page of the app's origin (not the app), to leave a page
 *  for a new document: a change of fragment alone does not reload. */
async function serveBlankPage(context) {
  await context.route('**/e2e-blank.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>blank</title></head></html>',
    }),
  );
}

test.beforeEach(async ({ context }) => {
  await watchInjection(context);
  await serveBlankPage(context);
});

test('a snapshot note with markup is kept and shown as text in the history list and the opened snapshot', async ({
  app,
  page,
  context,
}) => {
  const violations = await watchViolations(context);
  await app.storeBeforeFirstLoad(sessionRecord(ALL));
  await openPage(page, 'tools.html#keep');
  const note = page.locator('#snapshot-note');

  const saved = [];
  for (const payload of PAYLOADS) {
    await note.fill(payload);
    // The field takes at most 200 characters; whatever it holds is saved.
    const typed = await note.inputValue();
    expect(payload.startsWith(typed) && typed.length <= 200 && typed.length > 0).toBe(true);
    await page.getByRole('button', { name: t('en', 'keep.save'), exact: true }).click();
    saved.push(typed);
    await expect.poll(() => storedNotes(app)).toEqual(saved);
  }
  await expectNoInjection(page);

  // The history list shows every note as text, newest first.
  await page.getByRole('link', { name: t('en', 'nav.history'), exact: true }).click();
  const notes = page.locator('.history-item__note');
  await expect(notes).toHaveCount(saved.length);
  await expect(notes).toHaveText([...saved].reverse().map((n) => ` · ${n}`));
  for (const payload of SHORT) await expectShownLiterally(page, payload);
  await expectNoInjection(page);

  // Each snapshot opened shows its note as text.
  for (const [i, expected] of [...saved].reverse().entries()) {
    await page.getByRole('button', { name: t('en', 'history.open'), exact: true }).nth(i).click();
    await expect(page.locator('.snapshot-note')).toHaveText(expected);
    await expectNoInjection(page);
    await page.getByRole('button', { name: t('en', 'history.back'), exact: true }).click();
  }

  // After a reload, from storage, still text.
  await page.reload();
  await page.locator('body > main #view-heading').waitFor();
  await page.getByRole('link', { name: t('en', 'nav.history'), exact: true }).click();
  await expect(page.locator('.history-item__note')).toHaveText([...saved].reverse().map((n) => ` · ${n}`));
  await expectSafe(page, violations);

  await expectAnswersKept(app, ALL);
  await expectSafe(page, violations);
});

test('team member names with markup, from imported files, are shown as text; too long a name is refused', async ({
  app,
  page,
  context,
}) => {
  const violations = await watchViolations(context);
  await app.storeBeforeFirstLoad(sessionRecord(SOME));
  await openPage(page, 'tools.html#team');

  const sets = SHORT.map((name, i) => ({ name, note: SHORT[(i + 1) % SHORT.length], answers: ALL }));
  const tooLong = [{ name: LONG, answers: ALL }];
  await page
    .locator('#team-files')
    .setInputFiles([jsonFile('team.json', exportFile(sets)), jsonFile('long.json', exportFile(tooLong))]);

  // Names are editable fields holding the text as it came.
  const names = page.locator('.team-member__name');
  const values = () => names.evaluateAll((fields) => fields.map((f) => f.value));
  await expect(names).toHaveCount(SHORT.length);
  await expect.poll(values).toEqual(SHORT);
  await expect(page.getByTestId('team-rejected')).toHaveText(
    t('en', 'team.file_left_out', { file: 'long.json', reason: t('en', 'storage.reason_text_too_long') }),
  );
  await expect(page.locator('.team-table')).toBeVisible();
  await expectNoInjection(page);

  // Pasted "links" that are markup are refused, listed by line only (not
  // shown), kept in the box, and change nothing.
  await page.locator('#team-links').fill(PAYLOADS.join('\n'));
  await page.getByRole('button', { name: t('en', 'team.add_links'), exact: true }).click();
  await expect(page.getByTestId('team-bad-lines').locator('li')).toHaveCount(PAYLOADS.length);
  await expect(page.locator('#team-links')).toHaveValue(PAYLOADS.join('\n'));
  expect(await values()).toEqual(SHORT);
  await expectSafe(page, violations);

  await expectAnswersKept(app, SOME);
  await expectSafe(page, violations);
});

test.describe('an imported file with markup in its strings', () => {
  /** Files the history import must refuse, each with markup in a field that
   *  is checked, and the reason it gives. */
  const REFUSED = [
    { field: 'format', text: exportFile([{ answers: SOME }], { format: IMG }), reason: 'storage.reason_not_ours' },
    {
      field: 'questionnaire.id',
      text: exportFile([{ answers: SOME }], { questionnaire: { id: SVG, version: 1 } }),
      reason: 'storage.reason_other_questionnaire',
    },
    { field: 'exported_at', text: exportFile([{ answers: SOME }], { exported_at: SCRIPT }), reason: 'storage.reason_bad_date' },
    { field: 'taken_at', text: exportFile([{ taken_at: IMG, answers: SOME }]), reason: 'storage.reason_bad_date' },
    {
      field: 'an answer\'s statement id',
      text: exportFile([{ answers: { ...SOME, [IMG]: 3 } }]),
      reason: 'storage.reason_unknown_statement',
    },
    { field: 'note (10,000 characters)', text: exportFile([{ note: LONG, answers: SOME }]), reason: 'storage.reason_text_too_long' },
    { field: 'name (10,000 characters)', text: exportFile([{ name: LONG, answers: SOME }]), reason: 'storage.reason_text_too_long' },
    { field: 'the whole file', text: LONG, reason: 'storage.reason_not_json' },
  ];

  test('is previewed, and its notes are shown as text once added to the history', async ({ app, page, context }) => {
    const violations = await watchViolations(context);
    await app.storeBeforeFirstLoad(sessionRecord(SOME));
    await openPage(page, 'tools.html#history');

    const sets = SHORT.map((note, i) => ({
      taken_at: `2026-0${i + 1}-02T09:00:00.000Z`,
      note,
      name: SHORT[(i + 2) % SHORT.length],
      answers: ALL,
    }));
    await page.locator('#import-file').setInputFiles(jsonFile('markup.json', exportFile(sets, { language: TEMPLATE })));
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await expectNoInjection(page);
    await page.getByRole('button', { name: t('en', 'history.import_add'), exact: true }).click();
    await expect(page.locator('.history-item__note')).toHaveText([...SHORT].reverse().map((n) => ` · ${n}`));
    expect(await storedNotes(app)).toEqual(SHORT);
    await expectNoInjection(page);

    // Opened, a snapshot shows its note as text; its answers stay its own.
    await page.getByRole('button', { name: t('en', 'history.open'), exact: true }).first().click();
    await expect(page.locator('.snapshot-note')).toHaveText(SHORT.at(-1));
    await expectSafe(page, violations);

    // Adding to the history does not touch the current answers.
    await expectAnswersKept(app, SOME);
    await expectSafe(page, violations);
  });

  test('is refused with its reason when markup is in a checked field, and changes nothing', async ({
    app,
    page,
    context,
  }) => {
    const violations = await watchViolations(context);
    await app.storeBeforeFirstLoad(sessionRecord(SOME));
    await openPage(page, 'tools.html#history');
    const error = page.getByTestId('import-error');
    for (const { field, text, reason } of REFUSED) {
      await page.locator('#import-file').setInputFiles(jsonFile('bad.json', text));
      await expect(error, field).toHaveText(t('en', 'history.import_error', { reason: t('en', reason) }));
      await expect(page.getByTestId('import-preview')).toHaveCount(0);
      await expectNoInjection(page);
      // Cleared before the next file, so each error is this file's.
      await page.locator('#import-file').setInputFiles(jsonFile('good.json', exportFile([{ answers: SOME }])));
      await expect(page.getByTestId('import-preview')).toBeVisible();
    }
    expect(await storedNotes(app)).toEqual([]);
    await expectNoViolations(violations, [page]);

    await expectAnswersKept(app, SOME);
    await expectNoViolations(violations, [page]);
  });
});

test('a shared link with markup in its fragment is refused as text, and the own answers stay', async ({
  app,
  page,
  context,
}) => {
  const violations = await watchViolations(context);
  await app.storeBeforeFirstLoad(sessionRecord(SOME));
  await app.open();
  const before = (await app.storageEntries())[STORAGE_KEY];

  const fragments = [...PAYLOADS.map((p) => encodeURIComponent(p)), IMG, SVG];
  for (const fragment of fragments) {
    // A new document each time (a change of fragment alone does not reload).
    await page.goto('e2e-blank.html');
    await openPage(page, `tools.html#r=${fragment}`);
    const notice = page.getByTestId('link-error');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(/^This link could not be read: .+\. Your own answers are unchanged\.$/);
    expect(await notice.textContent()).not.toContain('<');
    // The bad link is dropped from the address.
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.locator('#view-heading')).toHaveText(t('en', 'results.title'));
    await expectSafe(page, violations);
    expect((await app.storageEntries())[STORAGE_KEY]).toBe(before);
  }

  await expectAnswersKept(app, SOME);
  await expectNoViolations(violations, [page]);
});

test('markup in ?lang= and ?ns= is ignored: English, the usual storage slot, the answers kept', async ({
  app,
  page,
  context,
}) => {
  const violations = await watchViolations(context);
  await app.storeBeforeFirstLoad(sessionRecord(SOME));
  await app.open();
  for (const payload of PAYLOADS) {
    const query = `lang=${encodeURIComponent(payload)}&ns=${encodeURIComponent(payload)}`;
    for (const path of ['index.html', 'tools.html#keep']) {
      await openPage(page, `${path.replace(/(#.*)?$/, `?${query}$1`)}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(new URL(page.url()).searchParams.get('lang')).toBe(payload);
      await expectSafe(page, violations);
    }
    // The self-check shows the answers of the usual slot, and a change is
    // saved there, under no key made from the payload.
    await app.open(`index.html?${query}`);
    await expectAnswersOnScreen(app, SOME);
    const keys = Object.keys(await app.storageEntries());
    expect(keys.filter((key) => key !== STORAGE_KEY && key !== `${STORAGE_KEY}.history`)).toEqual([]);
  }
  await app.openSection('feedback');
  await app.rate('feedback.remove-errors', 2);
  await expectStoredAnswers(app, { ...SOME, 'feedback.remove-errors': 2 });
  await expectAnswersKept(app, { ...SOME, 'feedback.remove-errors': 2 });
  await expectNoViolations(violations, [page]);
});

test.describe('records in localStorage with markup', () => {
  test('markup in the stored language and place is ignored; the answers load', async ({ app, page, context }) => {
    const violations = await watchViolations(context);
    const raw = sessionRecord(SOME, { language: '<b>x</b>', place: SVG });
    await app.storeBeforeFirstLoad(raw);
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.sectionPage('culture')).toBeVisible();
    await expect(page.getByTestId('storage-notice')).toHaveCount(0);
    await expectNoInjection(page);
    await openPage(page, 'tools.html#keep');
    await expectNoInjection(page);
    await expectAnswersKept(app, SOME);
    await expectSafe(page, violations);
  });

  test('a stored record with markup for a statement id is reported as text and offered for download unchanged', async ({
    app,
    page,
    context,
  }) => {
    const violations = await watchViolations(context);
    const raw = sessionRecord({ ...SOME, [IMG]: 3, [SCRIPT]: 4 });
    await app.storeBeforeFirstLoad(raw);
    await app.open();
    const notice = page.getByTestId('storage-notice');
    await expect(notice.locator('p').first()).toHaveText(
      t('en', 'storage.unreadable', { reason: t('en', 'storage.reason_unknown_statement') }),
    );
    const href = await notice.getByTestId('download-saved').getAttribute('href');
    expect(decodeURIComponent(href.slice('data:application/json;charset=utf-8,'.length))).toBe(raw);
    await expectNoInjection(page);
    // The record is kept (backup) and stays until the person answers.
    const entries = await app.storageEntries();
    expect(entries[STORAGE_KEY]).toBe(raw);
    expect(Object.values(entries).filter((value) => value === raw)).toHaveLength(2);
    await expectNoViolations(violations, [page]);
  });

  test('a stored history with markup in its notes shows them as text; answers kept', async ({ app, page, context }) => {
    const violations = await watchViolations(context);
    const history = historyRecord(
      SHORT.map((note, i) => ({
        taken_at: `2026-0${i + 1}-02T09:00:00.000Z`,
        note,
        answers: '4443343343325445333343433',
      })),
      { revision: 2 },
    );
    await page.addInitScript(
      ([key, raw]) => {
        if (!sessionStorage.getItem('e2e.history-stored')) {
          sessionStorage.setItem('e2e.history-stored', '1');
          localStorage.setItem(key, raw);
        }
      },
      [HISTORY_KEY, history],
    );
    await app.storeBeforeFirstLoad(sessionRecord(SOME));
    await openPage(page, 'tools.html#history');
    await expect(page.locator('.history-item__note')).toHaveText([...SHORT].reverse().map((n) => ` · ${n}`));
    await expect(page.getByTestId('history-unreadable')).toHaveCount(0);
    await expectNoInjection(page);
    await page.getByRole('button', { name: t('en', 'history.open'), exact: true }).nth(1).click();
    await expect(page.locator('.snapshot-note')).toHaveText(SHORT.at(-2));
    await expectNoInjection(page);
    expect((await app.storageEntries())[HISTORY_KEY]).toBe(history);
    await expectNoViolations(violations, [page]);

    await expectAnswersKept(app, SOME);
    await expectNoViolations(violations, [page]);
  });
});
