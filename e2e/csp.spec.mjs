// The page is served with a strict Content-Security-Policy (and the other
// headers of scripts/build/headers.mjs); a whole visit runs under it without
// a single violation, and a script injected into the page does not run.
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures.mjs';
import { MIXED } from './questionnaire.mjs';
import { t } from './texts.mjs';

/** The policy as { directive: [values] }. */
function parsePolicy(policy) {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** Collects every securitypolicyviolation event of the page in
 *  window.e2eViolations, from before the first script runs. */
async function collectViolations(page) {
  // Collected here, so the violations of every page of a visit count.
  const violations = [];
  await page.exposeFunction('e2eViolation', (violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.e2eViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return async () => violations;
}

test('index.html and the wasm are served with the security and caching headers', async ({ request }) => {
  for (const path of ['./', 'index.html']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toMatch(/^text\/html/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-cache');

    const policy = parsePolicy(headers['content-security-policy'] ?? '');
    const html = await response.text();
    // Every inline script that runs (a JSON data block does not).
    const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
      ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
    );
    expect(inline.length, 'the loader is an inline script').toBeGreaterThan(0);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'", ...inline]));
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    // The self-check's stylesheet is inlined (its first paint waits for no
    // request); allowed by its hash, nothing else inline.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
    );
    expect(styles).toHaveLength(1);
    expect(policy['style-src']).toEqual(["'self'", ...styles]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
  }

  const html = await (await request.get('./')).text();
  const wasm = html.match(/href="\.?\/?([^"]+_bg\.wasm)"/)[1];
  const response = await request.get(wasm);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/wasm');
  const cacheControl = response.headers()['cache-control'].split(/,\s*/);
  expect(cacheControl).toEqual(expect.arrayContaining(['max-age=31536000', 'immutable']));
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('a whole visit causes no policy violation', async ({ app, page }) => {
  const violations = await collectViolations(page);
  await app.open();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await app.rateByMouse(MIXED.ratings);
  await app.openResults();
  await expect(page.getByTestId('total')).toHaveText(MIXED.total);
  await app.chooseLanguage('hi');
  await app.openAllDetails();
  await page.getByRole('button', { name: t('hi', 'start_over.button'), exact: true }).click();
  const confirmation = page.getByRole('dialog', { name: t('hi', 'start_over.question') });
  await expect(confirmation).toBeVisible();
  await confirmation.getByRole('button', { name: t('hi', 'start_over.cancel'), exact: true }).click();
  await expect(confirmation).toBeHidden();
  await app.open();
  await app.reload();
  await expect(app.progressText()).toHaveText(t('hi', 'progress.count', { answered: 25, total: 25 }));
  expect(await violations()).toEqual([]);
});

test.describe('an injected script', () => {
  // Chromium reports the refusal in the console too.
  test.use({ expectedErrors: /Content Security Policy/ });

  test('does not run, and is reported as a violation', async ({ app, page, guard }) => {
    const violations = await collectViolations(page);
    await app.open();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.e2eInjectedRan = true;';
      document.head.append(script);
    });
    await expect.poll(violations).toHaveLength(1);
    expect(await page.evaluate(() => window.e2eInjectedRan)).toBeUndefined();
    expect((await violations())[0]).toMatchObject({ directive: 'script-src-elem', blocked: 'inline' });
    expect(guard.expected).toHaveLength(1);
  });
});
