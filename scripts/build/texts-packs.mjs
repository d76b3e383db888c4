// The self-check page's texts, one file per language (texts/<lang>.json):
// the questionnaire (sections and statements, in the order of
// assessment/questionnaire.txt) and the few words of its first screen.
// English's is inlined into the page (scripts/build/inline.mjs): it is
// the language the app falls back to, and the page's static first screen is
// written from it (scripts/build/first-screen.mjs). The page asks for
// another language's file only when it starts in it or the person picks it
// (public/first-screen.js, src/browser/first_screen.rs); the service worker
// precaches them all, so switching works offline. The plan page's texts
// are in files of their own (texts/plan-<lang>.json), which that page
// fetches itself.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url);
export const LANGUAGES = ['en', 'hi', 'zh', 'te', 'ur'];

/** Each section's id and its statements' ids, from the table the domain
 *  crate and the app's text lookups are generated from. */
export function questionnaire() {
  return readFileSync(new URL('assessment/questionnaire.txt', ROOT), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [id, statements] = line.split(':');
      return { id: id.trim(), statements: statements.trim().split(/\s+/).map((s) => `${id.trim()}.${s}`) };
    });
}

/** A text of the locale file; a missing one stops the build. */
function text(locale, lang, path) {
  const found = path.split('.').reduce((node, key) => node?.[key], locale);
  if (typeof found !== 'string') throw new Error(`locales/${lang}.json has no text at ${path}`);
  return found;
}

export function textsPack(lang) {
  const locale = JSON.parse(readFileSync(new URL(`locales/${lang}.json`, ROOT), 'utf8'));
  const t = (path) => text(locale, lang, path);
  return {
    // Named as in src/texts/loaded.rs (`WORDS`), which reads them by name.
    ui: {
      skip: t('app.skip_to_content'),
      title: t('app.title'),
      tagline: t('app.tagline'),
      instructions: t('app.instructions'),
      language: t('language.label'),
      loadFailed: t('language.load_failed'),
      progress: t('progress.label'),
      count: t('progress.count'),
      nav: t('nav.label'),
      results: t('nav.results'),
      keep: t('nav.keep'),
      history: t('nav.history'),
      team: t('nav.team'),
      firstUnanswered: t('nav.first_unanswered'),
      allAnswered: t('nav.all_answered'),
      sectionOf: t('nav.section_of'),
      previous: t('nav.previous'),
      next: t('nav.next'),
      seeResults: t('nav.see_results'),
      backToResults: t('nav.back_to_results'),
      ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`scale${n}`, t(`scale.r${n}`)])),
      privacy: t('app.privacy'),
      source: t('app.source'),
      scoringTitle: t('scoring.title'),
      ...Object.fromEntries(['sections', 'total', 'bands', 'gaps'].map((k, i) => [`scoring${i + 1}`, t(`scoring.${k}`)])),
    },
    // The notices the page may show (locales/self-check-pack.txt).
    texts: pack(lang, 'self-check-pack.txt'),
    // In the table's order, without ids: the app and the first screen take
    // those from the table itself.
    sections: questionnaire().map(({ id, statements }) => ({
      title: t(`sections.${id}.title`),
      short: t(`sections.${id}.short`),
      intro: t(`sections.${id}.intro`),
      statements: statements.map((s) => t(`statements.${s.replace('.', '_').replaceAll('-', '_')}.text`)),
    })),
  };
}

/** Every text path under `node`, with its text. */
function leaves(node, path) {
  return typeof node === 'string'
    ? [[path, node]]
    : Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/** The path patterns of a pattern file (locales/*-pack.txt), each as its
 *  parts. */
function patterns(file) {
  return readFileSync(new URL(`locales/${file}`, ROOT), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('.'));
}

/** A page's texts pack: the texts the pattern file names (`*` is any one
 *  part), in the order of their sorted paths, as src/texts/pack.rs reads
 *  them (build.rs lists the paths the same way). */
export function pack(lang, file) {
  const locale = JSON.parse(readFileSync(new URL(`locales/${lang}.json`, ROOT), 'utf8'));
  const wanted = patterns(file);
  const inPack = (path) => {
    const parts = path.split('.');
    return wanted.some((p) => p.length <= parts.length && p.every((part, i) => part === '*' || part === parts[i]));
  };
  return leaves(locale, '')
    .filter(([path]) => inPack(path))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, text]) => text);
}

export function writeTextsPacks(dir) {
  mkdirSync(join(dir, 'texts'), { recursive: true });
  for (const lang of LANGUAGES) {
    writeFileSync(join(dir, 'texts', `${lang}.json`), JSON.stringify(textsPack(lang)));
    writeFileSync(join(dir, 'texts', `plan-${lang}.json`), JSON.stringify(pack(lang, 'plan-pack.txt')));
  }
}
