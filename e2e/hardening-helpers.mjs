// Shared by the hardening-*.spec.mjs files (issue 6): watching for
// Content-Security-Policy violations in every page and frame of a context,
// and checking that the answers given before a fault are still there after
// it, on screen and in storage.
import { expect } from './fixtures.mjs';
import { SECTIONS } from './questionnaire.mjs';
import { t } from './texts.mjs';

/** Installs, in every page and frame the context opens from now on, a
 *  `securitypolicyviolation` listener that records each violation in
 *  `window.e2eViolations` (per document) and reports it to the test through a
 *  binding (so violations in a document that has since been reloaded or
 *  navigated away are still counted). Returns the list the binding fills;
 *  check it with `expectNoViolations`. */
export async function watchViolations(context) {
  const seen = [];
  await context.exposeBinding('e2eReportViolation', ({ frame }, violation) => {
    seen.push({ url: frame?.url(), ...violation });
  });
  await context.addInitScript(() => {
    window.e2eViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const violation = {
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      };
      window.e2eViolations.push(violation);
      window.e2eReportViolation?.(violation);
    });
  });
  return seen;
}

/** Expects that no policy violation was reported: none through the binding
 *  since `watchViolations`, and none recorded in any page still open
 *  (`pages`), including their frames. */
export async function expectNoViolations(seen, pages) {
  for (const page of pages) {
    if (page.isClosed()) continue;
    for (const frame of page.frames()) {
      const recorded = await frame.evaluate(() => window.e2eViolations ?? []).catch(() => []);
      expect(recorded, `no CSP violation in ${frame.url()}`).toEqual([]);
    }
  }
  expect(seen, 'no CSP violation reported by any page').toEqual([]);
}

/** The stored session record's answers (`{}` when nothing is stored). */
export async function storedAnswers(app) {
  return (await app.storedRecord())?.answers ?? {};
}

/** Expects the stored session record to hold exactly `answers`. */
export async function expectStoredAnswers(app, answers) {
  await expect.poll(() => storedAnswers(app), 'stored answers').toEqual(answers);
}

/** Expects the page to show exactly `answers` (`{ statementId: rating }`):
 *  the progress count, and each statement's checked radio in its section.
 *  Only the sections that hold an answer are opened, so this is cheap for a
 *  few answers; `everywhere` also checks that every other statement is
 *  unrated. `lang` is the language the page is in (for the progress text). */
export async function expectAnswersOnScreen(app, answers, { everywhere = false, lang = 'en' } = {}) {
  const count = Object.keys(answers).length;
  await expect(app.progressText()).toHaveText(t(lang, 'progress.count', { answered: count, total: 25 }));
  for (const section of SECTIONS) {
    const rated = section.statements.filter((id) => id in answers);
    if (!everywhere && rated.length === 0) continue;
    await app.openSection(section.id);
    for (const id of section.statements) {
      if (id in answers) await expect(app.radio(id, answers[id])).toBeChecked();
      else await expect(app.statement(id).locator('input[type=radio]:checked')).toHaveCount(0);
    }
  }
}
