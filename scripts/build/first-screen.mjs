// The self-check's first screen as static HTML in index.html (issue 12):
// header, progress, the first section's title, intro, instructions and
// statements as native radio groups, and the section navigation, written
// from English's texts (texts/en.json, made from the locale file and the
// questionnaire table) with the markup the app renders. Parsed with the page,
// it is painted and can be answered before any script or wasm has run.
//
// It is written `hidden`: public/first-screen.js, inlined right after it,
// shows it when the visit is a plain one in English; in another language it
// first puts that language's texts in place (each text-bearing element names
// its text in `data-t`, an aria-label in `data-a`: a path into
// texts/<lang>.json); with stored answers, a shared link or an embed it
// removes it, so no wrong screen is ever shown. The app takes over what was
// chosen on it (src/app/first_screen.rs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionnaire } from './texts-packs.mjs';

/** The placeholder in index.html that the screen is written into. */
const PLACEHOLDER = '<div id="first-screen" hidden></div>';
/** The tools page's views the navigation links to, after the sections. */
const LINKS = ['results', 'keep', 'history', 'team'];

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const fill = (template, values) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => values[key]);

/** The first screen's markup from a texts pack (texts/<lang>.json) and the
 *  questionnaire table (the ids, in the same order). */
export function firstScreenHtml(pack, table = questionnaire()) {
  const [first] = table;
  const total = table.reduce((n, s) => n + s.statements.length, 0);
  // The values the templated texts are filled with (first-screen.js fills
  // another language's the same way).
  const values = { answered: 0, total, number: 1, count: table.length };
  const lookup = (path) => path.split('.').reduce((node, key) => node[key], pack);
  /** ` data-t="path">text`: an element's text, named for a language swap. */
  const text = (path) => ` data-t="${path}">${escape(fill(lookup(path), values))}`;
  /** ` aria-label="…" data-a="path"`. */
  const label = (path) => ` aria-label="${escape(lookup(path))}" data-a="${path}"`;

  const nav = table
    .map(
      (s, i) =>
        `<li><button class="section-nav__item" type="button"${i ? '' : ' aria-current="page"'} data-section="${s.id}">` +
        `<span class="section-nav__name"${text(`sections.${i}.short`)}</span><span class="section-nav__count">0/${s.statements.length}</span></button></li>`,
    )
    .join('');
  const links = LINKS.map(
    (k) => `<li><a class="section-nav__item section-nav__item--${k}" href="tools.html#${k}"${text(`ui.${k}`)}</a></li>`,
  ).join('');
  const statements = first.statements
    .map(
      (id, i) =>
        `<fieldset class="statement" id="statement-${id.replace(/\./g, '-')}" data-statement="${id}">` +
        `<legend class="statement__text"${text(`sections.0.statements.${i}`).replace('>', `><span class="statement__number" aria-hidden="true">${i + 1}. </span>`)}</legend><div class="scale">` +
        [1, 2, 3, 4, 5]
          .map(
            (r) =>
              `<label class="scale__point"><input type="radio" name="${id}" value="${r}">` +
              `<span class="scale__value">${r}</span><span class="scale__word"${text(`ui.scale${r}`)}</span></label>`,
          )
          .join('') +
        '</div></fieldset>',
    )
    .join('');
  return (
    `<a class="skip-link" href="#main"${text('ui.skip')}</a>` +
    `<header class="app-header"><div class="app-header__row"><h1 class="app-title"${text('ui.title')}</h1>` +
    `<label class="language-picker"><span class="language-picker__label"${text('ui.language')}</span>` +
    // Only the language shown: the picker is disabled until the app runs.
    '<select id="language-picker" disabled><option value="en" lang="en">English</option></select></label></div>' +
    `<div class="overall-progress"><progress max="${total}" value="0"${label('ui.progress')}></progress>` +
    `<span class="overall-progress__text" role="status"${text('ui.count')}</span></div></header>` +
    `<p class="app-tagline"${text('ui.tagline')}</p>` +
    `<nav class="section-nav"${label('ui.nav')}><ol class="section-nav__list">${nav}${links}</ol>` +
    `<p class="section-nav__jump"><button class="link-button" type="button"${text('ui.firstUnanswered')}</button></p></nav>` +
    `<main id="main"><section class="section-page" data-section="${first.id}">` +
    `<p class="eyebrow" id="view-place"${text('ui.sectionOf')}</p>` +
    `<h2 id="view-heading" tabindex="-1" aria-describedby="view-place"${text('sections.0.title')}</h2>` +
    `<p class="section-page__intro"${text('sections.0.intro')}</p>` +
    `<p class="section-page__instructions"${text('ui.instructions')}</p>${statements}` +
    `<div class="section-steps"><button class="button button--primary" type="button"${text('ui.next')}</button></div>` +
    '</section></main>'
  );
}

/** Writes the English first screen into the built index.html. */
export function writeFirstScreen(dir) {
  const path = join(dir, 'index.html');
  const html = readFileSync(path, 'utf8');
  if (html.split(PLACEHOLDER).length !== 2) throw new Error(`index.html: expected one ${PLACEHOLDER}`);
  const pack = JSON.parse(readFileSync(join(dir, 'texts', 'en.json'), 'utf8'));
  writeFileSync(path, html.replace(PLACEHOLDER, PLACEHOLDER.replace('><', `>${firstScreenHtml(pack)}<`)));
}
