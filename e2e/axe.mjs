// axe-core checks shared by the specs: WCAG 2.1 A and AA on a whole page.
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole page (frames included) and expects no violations;
 *  a failure lists each rule with the elements that break it. */
export async function expectNoAxeViolations(page, state) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  expect(summary, `axe violations on ${state}`).toEqual([]);
}
