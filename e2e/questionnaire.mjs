// The questionnaire's structure, restated independently of the Rust code so
// the end-to-end tests check the app against the specification, not itself.

export const SECTIONS = [
  { id: 'culture', statements: ['culture.whatever-it-takes', 'culture.right-first-time', 'culture.owner-sets-example', 'culture.customer-needs-first'] },
  { id: 'products', statements: ['products.partnership-selling', 'products.honest-advertising', 'products.valued-features', 'products.customer-input'] },
  { id: 'feedback', statements: ['feedback.review-complaints', 'feedback.ask-for-feedback', 'feedback.remove-errors'] },
  { id: 'knowing', statements: ['knowing.expectations', 'knowing.frequent-contact', 'knowing.staff-know-priorities'] },
  { id: 'contact', statements: ['contact.easy-to-deal-with', 'contact.resolve-every-complaint', 'contact.wow-the-customer'] },
  { id: 'staff', statements: ['staff.respected', 'staff.product-knowledge', 'staff.tools-and-skills', 'staff.empowered', 'staff.own-satisfaction'] },
  { id: 'improvement', statements: ['improvement.keep-improving', 'improvement.learn-from-others', 'improvement.fix-quickly'] },
];

export const STATEMENTS = SECTIONS.flatMap((s) => s.statements);

export const LANGUAGES = ['en', 'hi', 'zh', 'te', 'ur'];

/** Answer sets with their expected results, worked out by hand. Ratings are
 *  per section, in questionnaire order. `sections` are the exact scores (two
 *  decimals, as in files and the team view); `shown` are the scores as the
 *  results show them (one decimal, half up). */
export const ANSWER_SETS = [
  {
    name: 'all 1s',
    ratings: [[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1]],
    sections: ['1.00', '1.00', '1.00', '1.00', '1.00', '1.00', '1.00'],
    shown: ['1.0', '1.0', '1.0', '1.0', '1.0', '1.0', '1.0'],
    total: '7.0',
    band: 'at-risk',
  },
  {
    name: 'all 5s',
    ratings: [[5, 5, 5, 5], [5, 5, 5, 5], [5, 5, 5], [5, 5, 5], [5, 5, 5], [5, 5, 5, 5, 5], [5, 5, 5]],
    sections: ['5.00', '5.00', '5.00', '5.00', '5.00', '5.00', '5.00'],
    shown: ['5.0', '5.0', '5.0', '5.0', '5.0', '5.0', '5.0'],
    total: '35.0',
    band: 'asset',
  },
  {
    // 3.75 + 3.25 + 11/3 + 8/3 + 13/3 + 3.4 + 10/3 = 24.4
    name: 'mixed, thirds and fifths',
    ratings: [[4, 4, 3, 4], [3, 4, 3, 3], [4, 4, 3], [3, 3, 2], [5, 4, 4], [5, 3, 3, 3, 3], [4, 3, 3]],
    sections: ['3.75', '3.25', '3.67', '2.67', '4.33', '3.40', '3.33'],
    shown: ['3.8', '3.3', '3.7', '2.7', '4.3', '3.4', '3.3'],
    total: '24.4',
    band: 'adequate',
  },
  {
    // 4.5 + 4 * 5 + 3.4 = 27.9: just below the asset band.
    name: '27.9, just below 28',
    ratings: [[5, 5, 4, 4], [4, 4, 4, 4], [4, 4, 4], [4, 4, 4], [4, 4, 4], [3, 3, 3, 4, 4], [4, 4, 4]],
    sections: ['4.50', '4.00', '4.00', '4.00', '4.00', '3.40', '4.00'],
    shown: ['4.5', '4.0', '4.0', '4.0', '4.0', '3.4', '4.0'],
    total: '27.9',
    band: 'adequate',
  },
  {
    // 4.5 + 3.5 + 4 * 5 = 28.0 exactly, from fractional sections.
    name: '28.0 exactly',
    ratings: [[5, 5, 4, 4], [4, 4, 4, 2], [4, 4, 4], [4, 4, 4], [4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4]],
    sections: ['4.50', '3.50', '4.00', '4.00', '4.00', '4.00', '4.00'],
    shown: ['4.5', '3.5', '4.0', '4.0', '4.0', '4.0', '4.0'],
    total: '28.0',
    band: 'asset',
  },
  {
    // 3.25 + 2.75 + 3 * 5 = 21.0 exactly.
    name: '21.0 exactly',
    ratings: [[4, 3, 3, 3], [2, 3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3, 3, 3], [3, 3, 3]],
    sections: ['3.25', '2.75', '3.00', '3.00', '3.00', '3.00', '3.00'],
    shown: ['3.3', '2.8', '3.0', '3.0', '3.0', '3.0', '3.0'],
    total: '21.0',
    band: 'adequate',
  },
  {
    // 2.75 + 2.75 + 3 * 5 = 20.5: at risk.
    name: '20.5, below 21',
    ratings: [[3, 2, 3, 3], [3, 3, 2, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3], [3, 3, 3, 3, 3], [3, 3, 3]],
    sections: ['2.75', '2.75', '3.00', '3.00', '3.00', '3.00', '3.00'],
    shown: ['2.8', '2.8', '3.0', '3.0', '3.0', '3.0', '3.0'],
    total: '20.5',
    band: 'at-risk',
  },
];

/** The mixed answer set (total 24.4, adequate): every rating from 2 to 5
 *  occurs, and sections of 3, 4 and 5 statements give thirds and fifths. */
export const MIXED = ANSWER_SETS.find((set) => set.total === '24.4');

/** Per-section ratings (questionnaire order, `null` for unanswered) as the
 *  stored record's `answers` object: `{ 'culture.whatever-it-takes': 4, ... }`. */
export function answersById(ratings) {
  const answers = {};
  SECTIONS.forEach((section, i) => {
    section.statements.forEach((id, j) => {
      const rating = ratings[i]?.[j];
      if (rating != null) answers[id] = rating;
    });
  });
  return answers;
}

/** The global 1-based number of a statement, as shown before its text. */
export function statementNumber(id) {
  return STATEMENTS.indexOf(id) + 1;
}
