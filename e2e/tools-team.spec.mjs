// The team view: three people's export files (two with names) give exactly
// the hand-computed team total, mean, lowest, highest and spread per
// section, the statements they disagree on most (widest first,
// questionnaire order among ties, five at most) and steps for the two
// weakest sections; names come from the files and can be changed; the same
// file added twice counts once; shared links pasted one per line join the
// same way, and the ones that cannot be read are listed by line and left in
// the box; files that cannot be read are counted as left out.
import { test, expect } from './fixtures.mjs';
import { ANSWER_SETS, SECTIONS } from './questionnaire.mjs';
import { statementText, t } from './texts.mjs';
import { exportFile, jsonFile, openTool, shareLinkFor, toolHeading } from './tools-page.mjs';

// Three people, section by section (score = mean of the section's ratings):
//                 Asha              Ravi               (no name)
//   culture      5 5 5 5 = 5.00    4 4 4 4 = 4.00     3 3 3 2 = 2.75
//   products     4 4 4 4 = 4.00    2 3 3 3 = 2.75     4 4 4 4 = 4.00
//   feedback     3 3 3   = 3.00    3 3 3   = 3.00     3 3 3   = 3.00
//   knowing      2 2 2   = 2.00    4 4 5   = 13/3     3 3 3   = 3.00
//   contact      4 4 4   = 4.00    4 4 4   = 4.00     4 4 4   = 4.00
//   staff        3 3 3 3 3 = 3.00  4 4 4 4 2 = 3.60   5 5 5 5 5 = 5.00
//   improvement  5 4 4   = 13/3    2 2 2   = 2.00     3 3 4   = 10/3
const ASHA = [[5, 5, 5, 5], [4, 4, 4, 4], [3, 3, 3], [2, 2, 2], [4, 4, 4], [3, 3, 3, 3, 3], [5, 4, 4]];
const RAVI = [[4, 4, 4, 4], [2, 3, 3, 3], [3, 3, 3], [4, 4, 5], [4, 4, 4], [4, 4, 4, 4, 2], [2, 2, 2]];
const THIRD = [[3, 3, 3, 2], [4, 4, 4, 4], [3, 3, 3], [3, 3, 3], [4, 4, 4], [5, 5, 5, 5, 5], [3, 3, 4]];

// Mean (rounded half up), lowest, highest, spread (highest - lowest):
//   culture      (5 + 4 + 2.75) / 3 = 3.9167      2.75  5.00  2.25
//   products     (4 + 2.75 + 4) / 3 = 3.5833      2.75  4.00  1.25
//   feedback     3                               3.00  3.00  0.00
//   knowing      (2 + 13/3 + 3) / 3 = 28/9 = 3.1111   2.00  4.33  7/3 = 2.33
//   contact      4                               4.00  4.00  0.00
//   staff        (3 + 3.6 + 5) / 3 = 3.8667      3.00  5.00  2.00
//   improvement  (13/3 + 2 + 10/3) / 3 = 29/9 = 3.2222  2.00  4.33  7/3 = 2.33
const THREE = {
  culture: ['3.92', '2.75', '5.00', '2.25'],
  products: ['3.58', '2.75', '4.00', '1.25'],
  feedback: ['3.00', '3.00', '3.00', '0.00'],
  knowing: ['3.11', '2.00', '4.33', '2.33'],
  contact: ['4.00', '4.00', '4.00', '0.00'],
  staff: ['3.87', '3.00', '5.00', '2.00'],
  improvement: ['3.22', '2.00', '4.33', '2.33'],
};
// Statements rated 3 points apart: culture.customer-needs-first (5, 4, 2),
// knowing.staff-know-priorities (2, 5, 3), staff.own-satisfaction (3, 2, 5),
// improvement.keep-improving (5, 2, 3); then, of the many 2 apart, the
// first in questionnaire order: culture.whatever-it-takes (5, 4, 3).
const THREE_DISAGREE = [
  ['culture.customer-needs-first', 2, 5],
  ['knowing.staff-know-priorities', 2, 5],
  ['staff.own-satisfaction', 2, 5],
  ['improvement.keep-improving', 2, 5],
  ['culture.whatever-it-takes', 3, 5],
];
// Weakest means: feedback 3.00, then knowing 3.11.
const THREE_WEAKEST = ['feedback', 'knowing'];

/** The summary table's row of a section. */
function sectionRow(page, sectionId) {
  return page.locator(`table.team-table tr[data-section="${sectionId}"]`);
}

/** Expects the summary table to show `numbers` (`{ section: [mean,
 *  lowest, highest, spread] }`), each section rated in full by all `people`. */
async function expectSections(page, numbers, people) {
  await expect(page.locator('table.team-table tbody tr')).toHaveCount(SECTIONS.length);
  for (const section of SECTIONS) {
    const row = sectionRow(page, section.id);
    await expect(row.locator('th')).toHaveText(t('en', `sections.${section.id}.title`));
    await expect(row.locator('td'), section.id).toHaveText([
      ...numbers[section.id],
      t('en', 'team.people', { count: people, total: people }),
    ]);
  }
}

/** Expects the disagreement list to be `expected` ([id, lowest, highest]). */
async function expectDisagreements(page, expected) {
  const items = page.locator('ul.team-disagreements > li');
  await expect(items).toHaveCount(expected.length);
  for (const [i, [id, lowest, highest]] of expected.entries()) {
    await expect(items.nth(i)).toHaveAttribute('data-statement', id);
    await expect(items.nth(i)).toHaveText(
      `${statementText('en', id)} ${t('en', 'team.rated_range', { lowest, highest })}`,
    );
  }
}

/** Expects the advice to be for `sections`, weakest first. */
async function expectAdvice(page, sections) {
  await expect(page.locator('section.team-page h4')).toHaveText(sections.map((id) => t('en', `sections.${id}.title`)));
}

/** The name fields of the member list. */
function memberNames(page) {
  return page.locator('ul.team-members .team-member__name');
}

/** Each member's name as shown: the name given, else "Person N". */
function shownNames(page) {
  return memberNames(page).evaluateAll((fields) => fields.map((f) => f.value || f.placeholder));
}

test('three exported files give the exact team numbers, disagreements and advice', async ({ page }) => {
  await openTool(page, 'team');
  await expect(toolHeading(page)).toHaveText(t('en', 'team.title'));
  await expect(page.getByText(t('en', 'team.empty'))).toBeVisible();

  const files = [
    jsonFile('asha.json', exportFile([{ ratings: ASHA, name: 'Asha', taken_at: '2026-11-20T09:30:00.000Z' }])),
    jsonFile('ravi.json', exportFile([{ ratings: RAVI, name: '  Ravi  ' }], { language: 'hi' })),
    jsonFile('third.json', exportFile([{ ratings: THIRD, note: 'front desk' }])),
  ];
  await page.getByLabel(t('en', 'team.add_files')).setInputFiles(files);

  // Three members: the names given (trimmed), the unnamed one by number.
  await expect(memberNames(page)).toHaveCount(3);
  // (Files are read in parallel, so the order may vary.)
  const names = await shownNames(page);
  expect(names.filter((name) => !name.startsWith('Person')).sort()).toEqual(['Asha', 'Ravi']);
  expect(names.filter((name) => /^Person [123]$/.test(name))).toHaveLength(1);
  await expect(page.getByText(t('en', 'team.empty'))).toBeHidden();
  await expect(page.getByTestId('team-rejected')).toHaveText('');

  // The team total: the mean of the three totals, 25.33 + 23.68 + 25.08
  // (1520 + 1421 + 1505 sixtieths) / 3 = 24.7 exactly, adequate.
  await expect(page.getByTestId('team-total')).toHaveText('24.7');
  await expect(page.getByTestId('team-band')).toHaveText(t('en', 'bands.adequate.title'));
  await expect(page.locator('.team-total')).toContainText(t('en', 'team.total_people', { count: 3, members: 3 }));
  await expectSections(page, THREE, 3);

  // The same file again is refused; the team is unchanged.
  await page.getByLabel(t('en', 'team.add_files')).setInputFiles([files[0]]);
  await expect(page.getByTestId('team-already')).toHaveText(t('en', 'team.already', { count: 1 }));
  await expect(memberNames(page)).toHaveCount(3);
  await expect(page.getByTestId('team-total')).toHaveText('24.7');

  // A name can be given or changed here; typing keeps the field in focus.
  const nameless = memberNames(page).nth(names.findIndex((name) => name.startsWith('Person')));
  await nameless.fill('Lakshmi');
  await expect(nameless).toBeFocused();
  expect((await shownNames(page)).sort()).toEqual(['Asha', 'Lakshmi', 'Ravi']);
  await expect(nameless).toHaveAccessibleName(/^Name of person [123]$/);
  await expectDisagreements(page, THREE_DISAGREE);
  await expectAdvice(page, THREE_WEAKEST);

  // A file that cannot be read is counted as left out; nothing else changes.
  await page.getByLabel(t('en', 'team.add_files')).setInputFiles([jsonFile('broken.json', '{"format": "service-quotient/export", "sch')]);
  await expect(page.getByTestId('team-rejected')).toHaveText(
    t('en', 'team.file_left_out', { file: 'broken.json', reason: t('en', 'storage.reason_not_json') }),
  );
  await expect(memberNames(page)).toHaveCount(3);
  await expectSections(page, THREE, 3);

  // Removing the third member (Lakshmi now) leaves Asha and Ravi:
  //   culture (5 + 4) / 2 = 4.50, 4.00..5.00, spread 1.00; products
  //   (4 + 2.75) / 2 = 3.375 -> 3.38 (half up); feedback 3.00; knowing
  //   (2 + 13/3) / 2 = 19/6 = 3.1667 -> 3.17, spread 7/3 = 2.33; contact
  //   4.00; staff (3 + 3.6) / 2 = 3.30, spread 0.60; improvement
  //   (13/3 + 2) / 2 = 19/6 = 3.17, spread 2.33.
  await nameless.locator('xpath=..').getByRole('button', { name: t('en', 'team.remove') }).click();
  await expect(memberNames(page)).toHaveCount(2);
  expect((await shownNames(page)).sort()).toEqual(['Asha', 'Ravi']);
  await expectSections(
    page,
    {
      culture: ['4.50', '4.00', '5.00', '1.00'],
      products: ['3.38', '2.75', '4.00', '1.25'],
      feedback: ['3.00', '3.00', '3.00', '0.00'],
      knowing: ['3.17', '2.00', '4.33', '2.33'],
      contact: ['4.00', '4.00', '4.00', '0.00'],
      staff: ['3.30', '3.00', '3.60', '0.60'],
      improvement: ['3.17', '2.00', '4.33', '2.33'],
    },
    2,
  );
  // Asha against Ravi, 2 or more apart: products.partnership-selling (4, 2),
  // knowing.* (2 against 4, 4, 5: the last 3 apart), staff.own-satisfaction
  // (3, 2) only 1, improvement.* (5, 4, 4 against 2: 3, 2, 2).
  await expectDisagreements(page, [
    ['knowing.staff-know-priorities', 2, 5],
    ['improvement.keep-improving', 2, 5],
    ['products.partnership-selling', 2, 4],
    ['knowing.expectations', 2, 4],
    ['knowing.frequent-contact', 2, 4],
  ]);
  // Weakest: feedback 3.00, then knowing and improvement tie at 19/6;
  // knowing comes first in questionnaire order.
  await expectAdvice(page, ['feedback', 'knowing']);
});

// Two people by link: 21.0 exactly and 28.0 exactly (questionnaire.mjs):
//                 first              second
//   culture      4 3 3 3 = 3.25     5 5 4 4 = 4.50   mean 3.875 -> 3.88, spread 1.25
//   products     2 3 3 3 = 2.75     4 4 4 2 = 3.50   mean 3.125 -> 3.13, spread 0.75
//   the others   all 3s  = 3.00     all 4s  = 4.00   mean 3.50, spread 1.00
// Rated 2 apart: culture.right-first-time (3, 5), products.partnership-
// selling (2, 4); nothing wider. Weakest: products, then feedback (first of
// the five at 3.50).
const FIRST = ANSWER_SETS.find((set) => set.total === '21.0');
const SECOND = ANSWER_SETS.find((set) => set.total === '28.0');
const OTHERS = ['3.50', '3.00', '4.00', '1.00'];
const TWO = {
  culture: ['3.88', '3.25', '4.50', '1.25'],
  products: ['3.13', '2.75', '3.50', '0.75'],
  feedback: OTHERS,
  knowing: OTHERS,
  contact: OTHERS,
  staff: OTHERS,
  improvement: OTHERS,
};

test('shared links pasted one per line join the team; unreadable ones are listed by line and left in the box', async ({ page, browser, baseURL }) => {
  const first = await shareLinkFor(browser, baseURL, FIRST.ratings);
  const second = await shareLinkFor(browser, baseURL, SECOND.ratings);
  const code = (link) => link.slice(link.indexOf('#r=') + 3);
  // The first link with one character of its code changed.
  const at = first.length - 4;
  const damaged = first.slice(0, at) + (first[at] === 'A' ? 'B' : 'A') + first.slice(at + 1);
  expect(damaged).not.toBe(first);

  await openTool(page, 'team');
  const links = page.getByLabel(t('en', 'team.links_label'));
  // A full link, a damaged one, a bare code, a blank line, a cut-off link,
  // and a web address that is not a share link.
  await links.fill(
    [first, damaged, `  ${code(second)}  `, '', first.slice(0, -3), 'https://example.com/tools.html'].join('\n'),
  );
  await page.getByRole('button', { name: t('en', 'team.add_links') }).click();

  // The three that could not be read, numbered as the box now holds them.
  const badLines = page.getByTestId('team-bad-lines');
  await expect(badLines.locator('li')).toHaveText([
    t('en', 'team.bad_line', { line: 1, reason: t('en', 'link.reason_damaged') }),
    t('en', 'team.bad_line', { line: 2, reason: t('en', 'link.reason_truncated') }),
    t('en', 'team.bad_line', { line: 3, reason: t('en', 'link.reason_not_ours') }),
  ]);
  await expect(badLines).toContainText(t('en', 'team.bad_lines_kept'));
  await expect(links).toHaveValue([damaged, first.slice(0, -3), 'https://example.com/tools.html'].join('\n'));
  expect(await shownNames(page)).toEqual([t('en', 'team.person', { number: 1 }), t('en', 'team.person', { number: 2 })]);
  // 21.0 and 28.0: a mean of 24.5, adequate.
  await expect(page.getByTestId('team-total')).toHaveText('24.5');
  await expectSections(page, TWO, 2);
  await expectDisagreements(page, [
    ['culture.right-first-time', 3, 5],
    ['products.partnership-selling', 2, 4],
  ]);
  await expectAdvice(page, ['products', 'feedback']);

  // Only bad lines: listed, kept, the team unchanged.
  await links.fill('hello\n#r=1AAAA');
  await page.getByRole('button', { name: t('en', 'team.add_links') }).click();
  await expect(badLines.locator('li')).toHaveText([
    t('en', 'team.bad_line', { line: 1, reason: t('en', 'link.reason_not_ours') }),
    t('en', 'team.bad_line', { line: 2, reason: t('en', 'link.reason_truncated') }),
  ]);
  await expect(links).toHaveValue('hello\n#r=1AAAA');
  await expect(memberNames(page)).toHaveCount(2);
  await expectSections(page, TWO, 2);

  // The same link again is the same person: not added twice.
  await links.fill(first);
  await page.getByRole('button', { name: t('en', 'team.add_links') }).click();
  await expect(page.getByTestId('team-already')).toHaveText(t('en', 'team.already', { count: 1 }));
  await expect(memberNames(page)).toHaveCount(2);
  await expect(badLines).toHaveCount(0);
});
