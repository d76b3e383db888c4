// A stored record the app cannot use is never lost: an unreadable one is
// copied to a backup key before anything is saved over it, one from a newer
// version is left alone, and either way the person is told, in their
// language, and can download the stored text.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { answersById, MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';

const BACKUP_PREFIX = 'service-quotient.unreadable.';

/** A well-formed record of this version, with `changes` merged in. */
function record(changes = {}) {
  return JSON.stringify({
    format: 'service-quotient/session',
    schema: 1,
    language: 'en',
    place: 'products',
    answers: answersById(MIXED.ratings.slice(0, 2)),
    ...changes,
  });
}

const UNREADABLE = [
  {
    name: 'invalid JSON',
    raw: record().slice(0, -20),
    reason: 'storage.reason_not_json',
  },
  {
    name: 'a rating of 9',
    raw: record({ answers: { 'culture.whatever-it-takes': 4, 'culture.right-first-time': 9 } }),
    reason: 'storage.reason_out_of_range',
  },
  {
    name: 'an unknown statement',
    raw: record({ answers: { 'culture.whatever-it-takes': 4, 'culture.no-such-statement': 3 } }),
    reason: 'storage.reason_unknown_statement',
  },
  {
    name: 'JSON that is not a Service Quotient record',
    raw: '{"hello":"world"}',
    reason: 'storage.reason_not_ours',
  },
];

/** Keys of localStorage that hold backups of unreadable records. */
async function backupKeys(app) {
  return Object.keys(await app.storageEntries()).filter((key) => key.startsWith(BACKUP_PREFIX));
}

/** Expects the startup notice: an alert with `message` and a link that
 *  downloads exactly `raw`, labelled in `lang`. */
async function expectNotice(page, lang, message, raw) {
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(1);
  await expect(notice.locator('p').first()).toHaveText(message);

  const link = notice.getByTestId('download-saved');
  await expect(link).toHaveText(t(lang, 'storage.download'));
  await expect(link).toHaveAttribute('download', /\S+\.json$/);
  const href = await link.getAttribute('href');
  const prefix = 'data:application/json;charset=utf-8,';
  expect(href.startsWith(prefix), `href ${href.slice(0, 40)} is a JSON data URL`).toBe(true);
  expect(decodeURIComponent(href.slice(prefix.length))).toBe(raw);
}

for (const { name, raw, reason } of UNREADABLE) {
  test(`unreadable record (${name}) is backed up, reported and replaced on the next answer`, async ({ app, page }) => {
    await app.storeBeforeFirstLoad(raw);
    await app.open();

    const message = t('en', 'storage.unreadable', { reason: t('en', reason) });
    await expectNotice(page, 'en', message, raw);
    // A blank questionnaire on the first section, nothing from the record.
    await expect(app.progressText()).toHaveText('0 of 25 answered');
    await expect(app.sectionPage('culture')).toBeVisible();

    // Exactly one backup, holding exactly the stored text.
    const backups = await backupKeys(app);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^service-quotient\.unreadable\.\d+$/);
    const [backup] = backups;
    expect((await app.storageEntries())[backup]).toBe(raw);
    // Until the person changes something, the original stays where it was.
    expect((await app.storageEntries())[STORAGE_KEY]).toBe(raw);

    // The next answer saves a valid record over the original.
    await app.rate('culture.owner-sets-example', 2);
    await expect.poll(() => app.storedRecord()).toMatchObject({
      format: 'service-quotient/session',
      schema: 3,
      revision: 1,
      language: 'en',
      place: 'culture',
      answers: { 'culture.owner-sets-example': 2 },
    });
    expect(Object.keys((await app.storedRecord()).answers)).toEqual(['culture.owner-sets-example']);
    expect((await app.storageEntries())[backup]).toBe(raw);

    // After a reload the new record is read without complaint; the backup stays.
    await app.reload();
    await expect(page.getByTestId('storage-notice')).toHaveCount(0);
    await expect(app.radio('culture.owner-sets-example', 2)).toBeChecked();
    await expect(app.progressText()).toHaveText('1 of 25 answered');
    expect(await backupKeys(app)).toEqual([backup]);
    expect((await app.storageEntries())[backup]).toBe(raw);
  });
}

test('a record from a newer schema is reported and never overwritten', async ({ app, page }) => {
  const raw = JSON.stringify({
    format: 'service-quotient/session',
    schema: 99,
    language: 'en',
    place: 'staff',
    answers: { 'culture.whatever-it-takes': { value: 4, note: 'from the future' } },
    reminders: ['ask the team'],
  });
  await app.storeBeforeFirstLoad(raw);
  await app.open();

  await expectNotice(page, 'en', t('en', 'storage.newer'), raw);
  await expect(app.progressText()).toHaveText('0 of 25 answered');

  // Answering, moving around and changing language all leave the record alone.
  await app.rateByMouse(MIXED.ratings.slice(0, 2));
  await app.chooseLanguage('hi');
  await app.openResults();
  await expect(app.progressText()).toHaveText(t('hi', 'progress.count', { answered: 8, total: 25 }));
  expect(await app.storageEntries()).toEqual({ [STORAGE_KEY]: raw });

  // Back on the self-check, and after a reload (the tab keeps its answers
  // in its own memory), still there, still untouched; the notice again.
  await app.open();
  await app.reload();
  await expectNotice(page, 'hi', t('hi', 'storage.newer'), raw);
  await app.openSection('culture');
  await app.rate('culture.whatever-it-takes', 5);
  await expect(app.progressText()).toHaveText(t('hi', 'progress.count', { answered: 8, total: 25 }));
  expect(await app.storageEntries()).toEqual({ [STORAGE_KEY]: raw });
});

test('an unreadable record that cannot be backed up is never overwritten', async ({ app, page }) => {
  // Storage refuses every backup key (as when it is nearly full).
  await page.addInitScript((prefix) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith(prefix)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, BACKUP_PREFIX);
  const raw = UNREADABLE[0].raw;
  await app.storeBeforeFirstLoad(raw);
  await app.open();

  const message = t('en', 'storage.unreadable_not_kept', { reason: t('en', 'storage.reason_not_json') });
  await expectNotice(page, 'en', message, raw);
  await app.rate('culture.whatever-it-takes', 3);
  await app.rate('culture.right-first-time', 4);
  await expect(app.progressText()).toHaveText('2 of 25 answered');
  expect(await app.storageEntries()).toEqual({ [STORAGE_KEY]: raw });
});

test.describe('in the browser\'s language', () => {
  test.use({ locale: 'zh-CN' });

  test('the notice about an unreadable record is in Chinese', async ({ app, page }) => {
    const raw = UNREADABLE[0].raw;
    await app.storeBeforeFirstLoad(raw);
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const message = t('zh', 'storage.unreadable', { reason: t('zh', 'storage.reason_not_json') });
    await expectNotice(page, 'zh', message, raw);
    expect(await backupKeys(app)).toHaveLength(1);
  });

  test('the notice about a newer record is in Chinese', async ({ app, page }) => {
    const raw = record({ schema: 99 });
    await app.storeBeforeFirstLoad(raw);
    await app.open();
    await expectNotice(page, 'zh', t('zh', 'storage.newer'), raw);
    // The notice follows a change of language.
    await app.chooseLanguage('te');
    await expectNotice(page, 'te', t('te', 'storage.newer'), raw);
  });
});
