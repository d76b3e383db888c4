// The plan page's part of the benchmark (issue 11): its first load, cold,
// and typing with a fully filled plan (every area written, 20 goals of 12
// values each, 50 actions): each keystroke timed from the input event until
// every task it queued before the paint (rendering) has run, and the saves
// (merging, writing, reading back) that follow the paint timed on their own.

/** Keystrokes typed per field. */
const KEYS = 40;

/** A plan filled to the sizes the issue names, as stored. */
export function fullPlan() {
  const day = (n) => `2027-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
  const text = (n, words) => Array.from({ length: words }, (_, i) => `word${(n + i) % 97}`).join(' ');
  return {
    format: 'service-quotient/plan',
    schema: 1,
    app: '0.1.0',
    saved_at: '2026-12-01T10:00:00.000Z',
    revision: 1,
    made_at: '2026-12-01T09:00:00.000Z',
    targets: ['culture', 'products', 'feedback'].map((section, i) => ({ section, score: 4 + i * 0.25, by: day(i) })),
    issues: Array.from({ length: 10 }, (_, i) => ({
      id: 1000 + i,
      text: text(i, 8),
      often: (i % 5) + 1,
      cost: ((i + 2) % 5) + 1,
      actionable: ((i + 4) % 5) + 1,
      section: null,
    })),
    vision: Object.fromEntries(
      ['success', 'reasons', 'customer_reasons', 'steps', 'summary', 'statement'].map((k, i) => [k, text(i, 60)]),
    ),
    goals: Array.from({ length: 20 }, (_, i) => ({
      id: 2000 + i,
      measure: 'own',
      name: text(i, 6),
      unit: 'h',
      start: String(48 + i),
      target: String(24 + i),
      by: day(i),
      readings: Array.from({ length: 12 }, (_, j) => ({ on: day(j), value: String(40 + j) })),
    })),
    areas: ['offer', 'speed', 'terms', 'after-sale', 'complaints', 'keeping', 'staff'].map((area, i) => ({
      area,
      text: text(i, 150),
      state: 'done',
    })),
    discretion: { allowed: text(1, 80), lines: text(2, 40), exceptions: text(3, 40) },
    launch: { meeting_on: day(1), training_every: 'Every first Monday', training_who: 'The owner', review_on: day(4) },
    actions: Array.from({ length: 50 }, (_, i) => ({
      id: 3000 + i,
      text: text(i, 20),
      advice: null,
      owner: `Person ${i}`,
      due: day(i),
      status: ['to-do', 'doing', 'done'][i % 3],
      moves: null,
    })),
    retake_on: day(6),
  };
}

/** Runs in the page: types `keys` characters into the field `selector`, a
 *  frame apart, the way a browser delivers typing (value changed, then an
 *  input event), and times each until every task it queued before the
 *  paint has run; the save that follows the paint is timed by the app
 *  (`sq:plan-save`). */
export async function typeInto({ selector, keys }) {
  const field = document.querySelector(selector);
  if (!field) throw new Error(`no field ${selector}`);
  const settled = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  // The next frame and the tasks queued from it: the save the previous
  // keystroke left for after the paint has run, as between a person's keys.
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = [];
  for (let i = 0; i < keys; i++) {
    await afterPaint();
    const t0 = performance.now();
    field.value += 'x';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    times.push(performance.now() - t0);
  }
  await afterPaint();
  const stored = JSON.parse(localStorage.getItem('service-quotient.plan'));
  const saves = performance.getEntriesByName('sq:plan-save').map((e) => e.duration);
  return { times, saves, saved: JSON.stringify(stored).includes('x'.repeat(keys)) };
}

/** The plan page: a cold first load (bytes), then, with the full plan
 *  stored, typing into the vision statement and into an action (the
 *  longest list). `open(url)` opens a page in a fresh context and returns
 *  `{ page, network, close }`. */
export async function measurePlan(open, base, quick) {
  const cold = await open(`${base}/plan.html`);
  await cold.page.waitForSelector('#view-heading');
  await cold.page.waitForLoadState('networkidle');
  const bytes = cold.network.summary();
  await cold.close();
  if (quick) return { bytes, typing: [], saving: [] };

  const typing = [];
  const saving = [];
  for (const [step, selector] of [
    ['vision', '#vision-statement'],
    ['actions', '.plan-item textarea'],
  ]) {
    const warm = await open(`${base}/plan.html`, { plan: JSON.stringify(fullPlan()) });
    await warm.page.goto(`${base}/plan.html#${step}`);
    await warm.page.waitForSelector(selector);
    const { times, saves, saved } = await warm.page.evaluate(typeInto, { selector, keys: KEYS });
    if (!saved) throw new Error(`typing in ${selector} was not saved`);
    typing.push(...times);
    saving.push(...saves);
    await warm.close();
  }
  return { bytes, typing, saving };
}
