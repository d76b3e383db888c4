// axe-core finds no WCAG 2.1 A/AA violations on the tools page, in every
// language: keeping and sharing, the history (its list, an opened snapshot,
// a comparison), the team view with people in it, and a shared link's
// results.
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
    await expectNoAxeViolations(page, `team view with three people (${lang})`);

    await page.goto(link);
    await expect(page.getByRole('button', { name: t(lang, 'link.load') })).toBeVisible();
    await expectNoAxeViolations(page, `a shared link's results (${lang})`);
  });
}
