// The app's texts, read straight from locales/<lang>.json, so tests compare
// what is shown with the translation files rather than with the Rust code.
import { readFileSync } from 'node:fs';

const cache = new Map();

/** The parsed locale file for a language code (en, hi, zh, te). */
export function locale(lang) {
  if (!cache.has(lang)) {
    const url = new URL(`../locales/${lang}.json`, import.meta.url);
    cache.set(lang, JSON.parse(readFileSync(url, 'utf8')));
  }
  return cache.get(lang);
}

/** The languages written right to left. */
export const RIGHT_TO_LEFT = ['ur'];

/** A value set into a sentence as the app sets it: in a right-to-left
 *  language isolated (U+2068 ... U+2069, as <bdi>), unless it already is. */
export function inSentence(lang, value) {
  const text = String(value);
  const isolated = text.startsWith('\u2068') && text.endsWith('\u2069');
  return RIGHT_TO_LEFT.includes(lang) && !isolated ? `\u2068${text}\u2069` : text;
}

/** The text under a dotted key such as 'results.title', with every
 *  `{{ name }}` replaced by `vars[name]` (set in as `inSentence` says).
 *  Throws on an unknown key or a placeholder without a value, so a typo in
 *  a test cannot pass silently. */
export function t(lang, key, vars = {}) {
  const value = key.split('.').reduce((node, part) => node?.[part], locale(lang));
  if (typeof value !== 'string') throw new Error(`no text ${lang}:${key}`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    if (!(name in vars)) throw new Error(`no value for {{ ${name} }} in ${lang}:${key}`);
    return inSentence(lang, vars[name]);
  });
}

/** The locale key of a statement id: 'culture.whatever-it-takes' becomes
 *  'culture_whatever_it_takes'. */
export function statementKey(id) {
  return id.replace(/[.-]/g, '_');
}

/** A statement's text in a language. */
export function statementText(lang, id) {
  return t(lang, `statements.${statementKey(id)}.text`);
}

/** The value of `<html lang>` the app should set for a language code. */
export function htmlLang(lang) {
  return lang === 'zh' ? 'zh-Hans' : lang;
}

/** Each language's name in its own script, as the language picker shows it. */
export const NATIVE_NAMES = { en: 'English', hi: 'हिन्दी', zh: '简体中文', te: 'తెలుగు', ur: 'اردو' };
