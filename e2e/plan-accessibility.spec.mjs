// The plan for everyone: axe-core finds no WCAG 2.1 A/AA violation on any
// of its screens (a filled plan seeded: the overview and all nine steps in
// English, the overview and the field-heavy steps in Hindi, Chinese and
// Telugu); a whole plan can be written by keyboard alone, from starting it
// from the results to reading the document; and no step scrolls sideways
// on a 360 px screen, nor with the text at 200%.
import { test, expect } from './fixtures.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { LANGUAGES } from './questionnaire.mjs';
import { t } from './texts.mjs';
import { STEPS, filledPlan, goToStep, openPlan, seedPlan, storedPlan } from './plan-page.mjs';

/** Opens every closed <details> of the page (a goal's measurements). */
async function openAllDetails(page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  await expect(closed).toHaveCount(0);
}

test.describe('axe', () => {
  // English: the overview and all nine steps, in two halves that run side
  // by side.
  for (const steps of [STEPS.slice(0, 4), STEPS.slice(4)]) {
    test(`en: ${steps[0] === STEPS[0] ? 'the overview and ' : ''}the ${steps.join(', ')} steps of a filled plan have no axe violations`, async ({
      page,
    }) => {
      await seedPlan(page, { lang: 'en', plan: filledPlan('en') });
      await openPlan(page, null, 'en');
      if (steps[0] === STEPS[0]) await expectNoAxeViolations(page, 'plan overview (en)');
      for (const step of steps) {
        await goToStep(page, step, 'en');
        await openAllDetails(page);
        await expectNoAxeViolations(page, `plan step ${step} (en)`);
      }
    });
  }

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    test(`${lang}: the overview and the issues and goals steps have no axe violations`, async ({ page }) => {
      await seedPlan(page, { lang, plan: filledPlan(lang) });
      await openPlan(page, null, lang);
      await expectNoAxeViolations(page, `plan overview (${lang})`);
      for (const step of ['issues', 'goals']) {
        await goToStep(page, step, lang);
        await openAllDetails(page);
        await expectNoAxeViolations(page, `plan step ${step} (${lang})`);
      }
    });
  }
});

test.describe('keyboard only', () => {
  // Date fields take their digits in the browser's order: month, day, year.
  test.use({ locale: 'en-US' });

  /** Whether `target` has the focus. */
  const focused = (target) => target.evaluate((el) => el === document.activeElement);

  /** Presses Tab (or Shift+Tab, `back`) until `target` has the focus. */
  async function tabTo(page, target, { back = false, max = 120 } = {}) {
    for (let i = 0; i < max; i++) {
      if (await focused(target)) return;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    await expect(target, `reached by ${back ? 'Shift+Tab' : 'Tab'}`).toBeFocused({ timeout: 1 });
  }

  /** Presses `key` `times` times. */
  async function press(page, key, times = 1) {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  }

  /** Follows the "Next: <step>" link at the end of a step with Enter. */
  async function nextStep(page, step) {
    const link = page.getByRole('link', { name: t('en', 'plan.next_step', { step: t('en', `plan.${step}.title`) }) });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.locator('#view-heading')).toHaveText(t('en', `plan.${step}.title`));
    await expect(page.locator('#view-heading')).toBeFocused();
  }

  test('a whole plan, from the results to the document, by keyboard alone', async ({ page }) => {
    await seedPlan(page, { lang: 'en' });
    await openPlan(page, null, 'en');

    // Start from the results: targets for the three weakest sections.
    await tabTo(page, page.getByTestId('plan-start'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await storedPlan(page))?.targets?.length).toBe(3);

    // Targets: culture to 4.5 (End is 5, up twice 4.5), by 30 June 2027.
    const targetsLink = page.locator('.plan-overview__step[data-step="targets"] a');
    await tabTo(page, targetsLink);
    await page.keyboard.press('Enter');
    await expect(page.locator('#view-heading')).toHaveText(t('en', 'plan.targets.title'));
    await tabTo(page, page.locator('#target-culture'));
    await page.keyboard.press('End');
    await press(page, 'ArrowUp', 2);
    await expect(page.locator('#target-culture')).toHaveValue('18');
    await page.keyboard.press('Tab');
    await expect(page.locator('#target-by-culture')).toBeFocused();
    await page.keyboard.type('06302027');
    await expect(page.locator('#target-by-culture')).toHaveValue('2027-06-30');

    // An issue, rated 4, 3 and 5.
    await nextStep(page, 'issues');
    await tabTo(page, page.getByTestId('add-issue'));
    await page.keyboard.press('Enter');
    const issue = page.locator('.plan-item').first();
    await tabTo(page, issue.locator('input[type=text]'), { back: true });
    await page.keyboard.type('Deliveries arrive late');
    for (const [rating, value] of [['often', 4], ['cost', 3], ['actionable', 5]]) {
      await page.keyboard.press('Tab');
      await expect(issue.locator(`select[data-rating=${rating}]`)).toBeFocused();
      await press(page, 'ArrowDown', value);
      await expect(issue.locator(`select[data-rating=${rating}]`)).toHaveValue(String(value));
    }
    await expect(page.getByTestId('plan-focus').locator('li')).toHaveText([/^Deliveries arrive late/]);

    // The vision statement.
    await nextStep(page, 'vision');
    await tabTo(page, page.locator('#vision-statement'));
    await page.keyboard.type('Fresh every morning, friendly every time');

    // A goal: hours to reply to an e-mail, 48 now, 24 by 30 June 2027, and
    // a measurement of 36 on 31 January 2027.
    await nextStep(page, 'goals');
    await tabTo(page, page.getByTestId('add-goal'));
    await page.keyboard.press('Space');
    const goal = page.locator('.plan-item').first();
    await tabTo(page, goal.locator('select'), { back: true });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(goal.locator('select')).toHaveValue('email-reply');
    for (const [field, text] of [['name', 'Reply the same day'], ['unit', 'h'], ['start', '48'], ['target', '24']]) {
      await page.keyboard.press('Tab');
      await expect(goal.locator(`input[id$="-${field}"]`)).toBeFocused();
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Tab');
    await expect(goal.locator('input[id$="-by"]')).toBeFocused();
    await page.keyboard.type('06302027');
    await expect(goal.locator('input[id$="-by"]')).toHaveValue('2027-06-30');
    await tabTo(page, goal.locator('summary'));
    await page.keyboard.press('Enter');
    await expect(goal.locator('details')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(goal.locator('input[id$="-reading"]')).toBeFocused();
    await page.keyboard.type('36');
    await page.keyboard.press('Tab');
    await page.keyboard.type('01312027');
    await expect(goal.locator('input[id$="-reading-on"]')).toHaveValue('2027-01-31');
    await tabTo(page, goal.getByRole('button', { name: t('en', 'plan.goals.add_reading') }));
    await page.keyboard.press('Enter');
    await expect(goal.getByTestId('goal-progress')).toContainText('50%');

    // An area marked done: its draft becomes its rule.
    await nextStep(page, 'policies');
    const speed = page.locator('.plan-area[data-area="speed"]');
    await tabTo(page, speed.locator('input[type=radio][value=open]'));
    await page.keyboard.press('ArrowDown');
    await expect(speed.locator('input[type=radio][value=done]')).toBeChecked();
    await expect(speed.locator('input[type=radio][value=done]')).toBeFocused();

    // What staff may do.
    await nextStep(page, 'discretion');
    await tabTo(page, page.locator('#discretion-allowed'));
    await page.keyboard.type('Replace a damaged item without asking');

    // The launch meeting, on 10 January 2027.
    await nextStep(page, 'launch');
    await tabTo(page, page.locator('#launch-meeting'));
    await page.keyboard.type('01102027');
    await expect(page.locator('#launch-meeting')).toHaveValue('2027-01-10');

    // A suggested action, given a person and a date; the retake date.
    await nextStep(page, 'actions');
    const proposal = page.getByTestId('plan-proposals').locator('li').first();
    const advice = (await proposal.locator('span').textContent()).trim();
    await tabTo(page, proposal.getByRole('button'));
    await page.keyboard.press('Enter');
    const added = page.locator('.plan-item').first();
    await expect(added.locator('textarea')).toHaveValue(advice);
    await tabTo(page, added.locator('input[id$="-owner"]'), { back: true });
    await page.keyboard.type('Priya');
    await page.keyboard.press('Tab');
    await expect(added.locator('input[id$="-due"]')).toBeFocused();
    await page.keyboard.type('01152099');
    await expect(added.locator('input[id$="-due"]')).toHaveValue('2099-01-15');
    await tabTo(page, page.locator('#plan-retake'));
    await page.keyboard.type('07012027');
    await expect(page.locator('#plan-retake')).toHaveValue('2027-07-01');

    // The document holds all of it.
    await nextStep(page, 'document');
    const doc = page.getByTestId('plan-document');
    const day = (iso) => page.evaluate((at) => new Date(`${at}T12:00:00.000Z`).toLocaleString('en', { year: 'numeric', month: 'short', day: 'numeric' }), iso);
    for (const text of [
      'Fresh every morning, friendly every time',
      t('en', 'plan.document.target_line', { section: t('en', 'sections.culture.title'), target: '4.5', date: await day('2027-06-30') }),
      'Deliveries arrive late',
      'Reply the same day',
      '50%',
      t('en', 'plan.policies.speed_draft'),
      'Replace a damaged item without asking',
      t('en', 'plan.document.meeting_line', { date: await day('2027-01-10') }),
      advice,
      'Priya',
      t('en', 'plan.document.retake_line', { date: await day('2027-07-01') }),
    ]) {
      await expect(doc).toContainText(text);
    }

    // Back to the overview: every step but the policies (one area of seven)
    // and the document is done.
    await tabTo(page, page.getByRole('link', { name: t('en', 'plan.all_steps') }), { back: true });
    await page.keyboard.press('Enter');
    await expect(page.locator('#view-heading')).toHaveText(t('en', 'plan.title'));
    for (const step of ['targets', 'issues', 'vision', 'goals', 'discretion', 'launch', 'actions']) {
      await expect(page.locator(`.plan-overview__step[data-step="${step}"] .plan-overview__state`), step).toHaveAttribute(
        'data-state',
        'done',
      );
    }
  });
});

test.describe('small screens and large text', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** Expects no sideways scrolling, naming the widest offenders if there is. */
  async function expectNoSidewaysScroll(page, where) {
    const { scrollWidth, clientWidth, offenders } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const offenders = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className?.baseVal ?? e.className} right=${Math.round(e.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, offenders };
    });
    // Soft: a failure names every screen that is too wide, not just the first.
    expect.soft(scrollWidth, `page width on ${where}; too wide: ${offenders.join(', ')}`).toBeLessThanOrEqual(clientWidth + 1);
  }

  for (const { lang, zoom } of [
    { lang: 'en', zoom: false },
    { lang: 'te', zoom: false },
    { lang: 'en', zoom: true },
  ]) {
    test(`${lang}: no step scrolls sideways at 360 px${zoom ? ' with the text at 200%' : ''}`, async ({ page }) => {
      await seedPlan(page, { lang, plan: filledPlan(lang) });
      await openPlan(page, null, lang);
      if (zoom) {
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
      }
      await expectNoSidewaysScroll(page, 'the overview');
      for (const step of STEPS) {
        await goToStep(page, step, lang);
        await openAllDetails(page);
        await expectNoSidewaysScroll(page, `step ${step}`);
      }
    });
  }
});
