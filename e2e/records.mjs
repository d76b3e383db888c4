// Records and files as this build writes them, as raw text: stored records
// (session and history schema 3) that specs seed before the app's first
// load, and export files (schema 1) for the import inputs.
import { STORAGE_KEY } from './fixtures.mjs';

/** The localStorage key of the history of snapshots. */
export const HISTORY_KEY = `${STORAGE_KEY}.history`;

/** The stamp every record carries (app version, saved-at, revision). */
const STAMP = { app: '0.1.0', saved_at: '2026-11-23T10:00:00.000Z', revision: 1 };

/** A session record holding `answers` (`{ statementId: rating }`); `changes`
 *  overrides any field (language, place, schema, ...). */
export function sessionRecord(answers, changes = {}) {
  return JSON.stringify({
    format: 'service-quotient/session',
    schema: 3,
    ...STAMP,
    language: 'en',
    place: 'culture',
    answers,
    ...changes,
  });
}

/** A history record of `snapshots` (`{ taken_at, note?, name?, answers }`, the
 *  answers one digit per statement, `0` for not rated). */
export function historyRecord(snapshots, changes = {}) {
  return JSON.stringify({ format: 'service-quotient/history', schema: 3, ...STAMP, snapshots, ...changes });
}

/** An export file holding `sets` (`{ answers, taken_at?, note?, name? }`,
 *  the answers by statement id); `changes` overrides any field. */
export function exportFile(sets, changes = {}) {
  return JSON.stringify(
    {
      format: 'service-quotient/export',
      schema: 1,
      questionnaire: { id: 'forum-customer-driven-self-test', version: 1 },
      exported_at: '2026-11-23T10:00:00.000Z',
      language: 'en',
      sets,
      ...changes,
    },
    null,
    2,
  );
}

/** A file for `setInputFiles`. */
export function jsonFile(name, text) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}
