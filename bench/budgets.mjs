// The budgets the benchmark enforces (issues 3, 11 and 12). Each check returns a message
// naming the budget and the measured value when it is broken.

export const BUDGETS = {
  /** Compressed bytes of the self-check's first load, in each of the four
   *  languages (120 KB until issue 9; 110 KB is issue 12's budget). Since
   *  issue 12 the page loads its own texts in one language only, so the full
   *  run checks each language's figure (bench.mjs, `siteFigures`). */
  firstLoadBytes: 110 * 1024,
  /** First contentful paint at 4x, as a multiple of the reference (issue 12). */
  fcpRatioAt4x: 1.2,
  /** Time to interactive at 4x CPU slowdown, as a multiple of the reference
   *  (1.5 until issue 12). */
  ttiRatioAt4x: 1.2,
  /** A second visit's time to interactive at 4x, as a multiple of the
   *  reference's own second visit (issue 12). */
  warmTtiRatioAt4x: 1.2,
  /** Click to updated progress at 4x, as a multiple of the reference (issue
   *  12 asks for 1.5; this stricter one from issue 3 stays). */
  clickRatioAt4x: 1.2,
  /** Click to updated progress at 1x, milliseconds, median (one frame, 16,
   *  until issue 12). */
  clickMsAt1x: 1,
  /** Same, with a questionnaire of 1,000 statements. */
  clickMsAt1xWith1000: 16,
  /** Same at 4x (issue 12). */
  clickMsAt4xWith1000: 16,
  /** Compressed bytes of the plan page's first load (issue 11). */
  planFirstLoadBytes: 200 * 1024,
  /** A keystroke in the plan, with a full plan, at 1x: one frame (issue 11). */
  planTypingMsAt1x: 16,
};

/** What CI's quick run enforces for the plan page until its budget is met:
 *  its first load plus a small margin. 235.7 KB when it landed (ceiling
 *  237); 233.4 KB after sharing one <option> view and four text views and
 *  tighter wasm-opt settings (ceiling 235); 221.4 KB once the plan's own
 *  texts load one language at a time (texts/plan-<lang>.json) instead of
 *  being compiled in four times (ceiling 223); 210.2 KB with the
 *  questionnaire's words the plan shows in that file too (ceiling 212);
 *  206.9 KB with the notices in it too, then 208.2 KB with Urdu, the fifth
 *  language (its compiled words, 1.3 KB): ceiling 210; 208.6 KB with values
 *  isolated in right-to-left sentences. These plan figures are new with
 *  issue 11; no earlier ceiling or budget moved. Lower it as the page
 *  shrinks; never raise it without saying why. */
export const CI_PLAN_FIRST_LOAD_CEILING = 210 * 1024;

/** What CI's quick run enforces until `firstLoadBytes` is met: the first
 *  load as it stands plus a small margin, so that a size regression fails
 *  CI. History: 124.1 KB when the benchmark landed (ceiling 125); 127.8 KB
 *  after offline use and embedding (the page shell script, 1.3 KB, and the
 *  update, storage and embed notices in four languages, 2.4 KB): ceiling
 *  129; 129.3 KB with the links to the tools page (history, team view,
 *  keeping and sharing, which load only on that page): ceiling 130; then
 *  134.7 KB after hardening (record stamps, the several-tab merge, the panic
 *  notice, quota detection and their messages in four languages), found by
 *  CI because these went in without this check being run; moving the
 *  shared-link notice to the tools page brought it to 132.6 KB: ceiling 134.
 *  Issue 9 moved the results (their advice, chart, first steps, start over)
 *  to the tools page, so the self-check page carries the questionnaire only:
 *  105.9 KB, ceiling 108. Issue 12: saving after the paint (+0.3 KB) and
 *  the plan page's wasm-opt passes (-1.1 KB): 105.4 KB, ceiling 107. Then
 *  the first screen before the wasm (its script, 1.5 KB, and the code that
 *  takes over from it and loads a language's texts) paid for by moving the
 *  self-check's own texts out of its wasm into one file per language:
 *  106.7 KB in English (the quick run's browser speaks English; 107.9 KB in
 *  Telugu, the largest), ceiling unchanged. The notices (storage, update,
 *  embed, crash) loaded per language instead of compiled in four times:
 *  103.8 KB; then the dark theme, Urdu (its boot message, its name, its
 *  direction) and the screen-reader announcements: 104.5 KB, ceiling 106;
 *  104.6 KB with values isolated in right-to-left sentences.
 *  Lower it as the app shrinks; never raise it without saying why. */
export const CI_FIRST_LOAD_CEILING = 106 * 1024;

/** Lighthouse (mobile): each of these categories scores 100, and the
 *  back/forward cache audit passes (issue 12). */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export function budgetFailures(results, { quick, lighthouse = null }) {
  const failures = [];
  const check = (ok, message) => {
    if (!ok) failures.push(message);
  };
  const app1 = results['app@1x'];
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const limit = quick ? CI_FIRST_LOAD_CEILING : BUDGETS.firstLoadBytes;
  check(
    app1.transferred <= limit,
    `first load ${kb(app1.transferred)} compressed > ${kb(limit)}${quick ? ' (CI ceiling)' : ''}`,
  );
  for (const [key, r] of Object.entries(results)) {
    check(r.outside.length === 0, `${key} requested something outside 127.0.0.1: ${r.outside.join(', ')}`);
  }
  const plan = app1.plan;
  const planLimit = quick ? CI_PLAN_FIRST_LOAD_CEILING : BUDGETS.planFirstLoadBytes;
  check(plan !== null, 'the plan page was not measured');
  if (plan) {
    check(
      plan.transferred <= planLimit,
      `plan page first load ${kb(plan.transferred)} compressed > ${kb(planLimit)}${quick ? ' (CI ceiling)' : ''}`,
    );
  }
  if (quick) return failures;
  for (const [lang, bytes] of Object.entries(app1.site?.perLanguage ?? {})) {
    check(bytes <= BUDGETS.firstLoadBytes, `first load in ${lang} ${kb(bytes)} compressed > ${kb(BUDGETS.firstLoadBytes)}`);
  }
  if (plan) {
    check(
      plan.typingMedian < BUDGETS.planTypingMsAt1x && plan.typingP95 < BUDGETS.planTypingMsAt1x,
      `typing in a full plan at 1x: ${plan.typingMedian.toFixed(2)} / ${plan.typingP95.toFixed(2)} ms (median / p95) >= ${BUDGETS.planTypingMsAt1x} ms`,
    );
  }

  if (lighthouse?.app) {
    for (const category of LIGHTHOUSE_CATEGORIES) {
      check(lighthouse.app[category] === 100, `Lighthouse ${category}: ${lighthouse.app[category]} < 100`);
    }
    check(!lighthouse.app.failing.includes('bf-cache'), 'Lighthouse: the back/forward cache audit fails');
  }
  const app4 = results['app@4x'];
  const ref4 = results['reference@4x'];
  if (!app4 || !ref4) return failures;
  /** `what` of the app at 4x against the reference's, within `limit` times. */
  const againstReference = (label, what, limit) => {
    const ratio = app4[what] / ref4[what];
    check(
      ratio <= limit,
      `${label} at 4x: ${app4[what]?.toFixed(2)} ms = ${ratio.toFixed(2)} x reference > ${limit} x`,
    );
  };
  /** The median click of the `key` results under `limit` ms. */
  const clickUnder = (label, key, limit) => {
    const r = results[key];
    check(
      r !== undefined && r.clickMedian < limit,
      r ? `${label}: ${r.clickMedian.toFixed(2)} ms >= ${limit} ms` : `${label}: not measured`,
    );
  };
  againstReference('first contentful paint', 'fcp', BUDGETS.fcpRatioAt4x);
  againstReference('time to interactive', 'tti', BUDGETS.ttiRatioAt4x);
  againstReference('second visit, time to interactive', 'warmTti', BUDGETS.warmTtiRatioAt4x);
  againstReference('click to update', 'clickMedian', BUDGETS.clickRatioAt4x);
  clickUnder('click to update at 1x', 'app@1x', BUDGETS.clickMsAt1x);
  clickUnder('click to update with 1,000 statements at 1x', 'app-1000@1x', BUDGETS.clickMsAt1xWith1000);
  clickUnder('click to update with 1,000 statements at 4x', 'app-1000@4x', BUDGETS.clickMsAt4xWith1000);
  return failures;
}
