// axe-core finds no WCAG 2.1 A/AA violations on the tools page, in every
// language: the results (with the change since the newest snapshot, every
// part opened), the question asked before a replacement and the notice with
// "Undo" after it, keeping and sharing, the history (its list, an opened
// snapshot, a comparison), the team view with people, its total and links
// it could not read, and a shared link's results.
import { test, expect, STORAGE_KEY } from './fixtures.mjs';
import { ANSWER_SETS, LANGUAGES, MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import {
  HISTORY_KEY,
  exportFile,
  historyRecord,
  jsonFile,
  openTool,
  sessionRecord,
  shareLink,
  storeBeforeFirstLoad,
  toolHeading,
} from './tools-page.mjs';

const LOW = ANSWER_SETS.find((set) => set.total === '20.5');
const HIGH = ANSWER_SETS.find((set) => set.total === '28.0');

for (const lang of LANGUAGES) {
  test(`${lang}: every view of the tools page has no axe violations`, async ({ page }) => {
    await storeBeforeFirstLoad(page, {
      [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: lang }),
      [HISTORY_KEY]: historyRecord([
        { ratings: LOW.ratings, taken_at: '2026-03-02T09:00:00.000Z', note: 'before' },
        { ratings: HIGH.ratings, taken_at: '2026-09-01T09:00:00.000Z' },
      ]),
    });

    await openTool(page, 'results');
    await expect(page.getByTestId('since-snapshot')).toBeVisible();
    await expectNoAxeViolations(page, `results (${lang})`);
    const closed = page.locator('details:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n--) await closed.first().click();
    await expectNoAxeViolations(page, `results, every part open (${lang})`);

    await openTool(page, 'keep');
    await expect(toolHeading(page)).toHaveText(t(lang, 'keep.title'));
    await expectNoAxeViolations(page, `keep (${lang})`);
    const link = await shareLink(page, lang);

    await openTool(page, 'history');
    await expect(page.locator('.history-item')).toHaveCount(2);
    await expectNoAxeViolations(page, `history list (${lang})`);
    await page.locator('.history-item').first().getByRole('button', { name: t(lang, 'history.open') }).click();
    await expect(page.getByTestId('download-snapshot')).toBeVisible();
    await expectNoAxeViolations(page, `a snapshot (${lang})`);
    // Loading it back: the question, then the notice with "Undo".
    await page.getByRole('button', { name: t(lang, 'history.load') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, `the question before loading a snapshot (${lang})`);
    await page.getByRole('dialog').getByRole('button', { name: t(lang, 'replace.confirm') }).click();
    await expect(page.getByTestId('replace-notice')).toBeVisible();
    await expectNoAxeViolations(page, `the notice after loading a snapshot (${lang})`);
    await page.getByTestId('replace-notice').getByRole('button', { name: t(lang, 'replace.undo') }).click();
    await page.getByRole('button', { name: t(lang, 'history.back') }).click();
    for (const item of await page.locator('.history-item').all()) await item.getByRole('checkbox').check();
    await page.getByRole('button', { name: t(lang, 'history.compare') }).click();
    await expect(page.getByTestId('total-delta')).toBeVisible();
    await expectNoAxeViolations(page, `a comparison (${lang})`);

    await openTool(page, 'team');
    const people = [
      { ratings: LOW.ratings, name: 'Asha' },
      { ratings: HIGH.ratings, name: 'Ravi' },
      { ratings: MIXED.ratings },
    ];
    await page
      .getByLabel(t(lang, 'team.add_files'))
      .setInputFiles(people.map((person, i) => jsonFile(`person-${i}.json`, exportFile([person]))));
    await expect(page.getByTestId('team-mean')).toHaveCount(7);
    await expect(page.getByTestId('team-total')).toBeVisible();
    await page.getByLabel(t(lang, 'team.links_label')).fill('not a link');
    await page.getByRole('button', { name: t(lang, 'team.add_links') }).click();
    await expect(page.getByTestId('team-bad-lines')).toBeVisible();
    await expectNoAxeViolations(page, `team view with three people (${lang})`);

    await page.goto(link);
    await expect(page.getByRole('button', { name: t(lang, 'link.load') })).toBeVisible();
    await expectNoAxeViolations(page, `a shared link's results (${lang})`);
  });
}
