// The self-check's first screen, before the app starts. The build inlines
// this at the top of index.html (scripts/post-build.mjs). It:
//  1. chooses the language as the app will (the address's ?lang=, else the
//     stored choice, else the browser's languages, else English) and sets
//     <html lang> before the first paint;
//  2. asks for that language's texts (texts/<lang>.json) while the wasm
//     downloads, and offers them to the app through window.sqTexts, so each
//     file is downloaded once;
//  3. when nobody has answered yet, draws the first section from those texts
//     with the same markup the app renders: native radio groups a person can
//     already use. The app takes over what was chosen, focus and scroll
//     (window.sqHandOver, called by src/app/first_screen.rs). A person with
//     stored answers, a shared link or an embed sees no first screen (a blank
//     page until the app starts), never a wrong one.
(() => {
  'use strict';
  const LANGUAGES = { en: 'en', hi: 'hi', zh: 'zh-Hans', te: 'te' };
  const NAMES = { en: 'English', hi: 'हिन्दी', zh: '简体中文', te: 'తెలుగు' };
  const packs = {};
  window.sqTexts = (lang) =>
    (packs[lang] ||= fetch(`texts/${lang}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`texts/${lang}.json: ${response.status}`);
        return response.json();
      })
      .catch((error) => {
        delete packs[lang]; // Asked for again, it is fetched again.
        throw error;
      }));

  // Called by the app once its own first screen is in the page
  // (src/browser/first_screen.rs): removes this one, puts focus and scroll
  // back where they were, and returns what was chosen ("id=value" each).
  window.sqHandOver = () => {
    const screen = document.getElementById('first-screen');
    if (!screen) return [];
    const chosen = [...screen.querySelectorAll('input:checked')].map((input) => `${input.name}=${input.value}`);
    const focused = screen.contains(document.activeElement) && document.activeElement;
    const { scrollX, scrollY } = window;
    screen.remove();
    // The same control in the app's screen, which has the same markup.
    const selector = !focused
      ? null
      : focused.name
        ? `input[name="${focused.name}"][value="${focused.value}"]`
        : focused.dataset.section
          ? `.section-nav__item[data-section="${focused.dataset.section}"]`
          : focused.id && `#${focused.id}`;
    if (selector) document.querySelector(selector)?.focus();
    scrollTo(scrollX, scrollY);
    return chosen;
  };

  const params = new URLSearchParams(location.search);
  let stored = null;
  // Only a plain visit shows the first section: other options choose another
  // screen or another storage slot.
  let plain = [...params.keys()].every((key) => key === 'lang') && !location.hash && !window.name && window.top === window;
  try {
    stored = JSON.parse(localStorage.getItem('service-quotient') || 'null');
    const answered = stored && Object.keys(stored.answers || {}).length;
    if (answered || (stored?.place && stored.place !== 'culture')) plain = false;
  } catch {
    // Storage blocked or unreadable: the app explains; show nothing wrong.
    plain = false;
  }
  const pick = (tag) => String(tag || '').split(/[-_]/)[0].toLowerCase();
  const lang =
    [params.get('lang'), stored?.language, ...(navigator.languages || [])].map(pick).find((l) => Object.hasOwn(LANGUAGES, l)) || 'en';
  document.documentElement.lang = LANGUAGES[lang];
  const texts = window.sqTexts(lang);
  texts.catch(() => {}); // The app reports a failure; nothing to draw here.
  if (!plain) return;

  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const fill = (template, values) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => values[key]);
  const LINKS = ['results', 'keep', 'history', 'team'];

  const draw = ({ ui, sections }) => {
    // The app was first, or it cannot start (shell.js says so).
    const failed = document.getElementById('boot-error');
    if (document.querySelector('.app-header') || (failed && !failed.hidden)) return;
    const total = sections.reduce((n, s) => n + s.statements.length, 0);
    const first = sections[0];
    const progress = (answered) => fill(ui.count, { answered, total });
    const options = Object.keys(LANGUAGES)
      .map((l) => `<option value="${l}" lang="${LANGUAGES[l]}"${l === lang ? ' selected' : ''}>${NAMES[l]}</option>`)
      .join('');
    const nav = sections
      .map(
        (s, i) =>
          `<li><button class="section-nav__item" type="button"${i ? '' : ' aria-current="page"'} data-section="${s.id}">` +
          `<span class="section-nav__name">${escape(s.short)}</span><span class="section-nav__count">0/${s.statements.length}</span></button></li>`,
      )
      .join('');
    const links = LINKS.map(
      (k) => `<li><a class="section-nav__item section-nav__item--${k}" href="tools.html#${k}">${escape(ui[k])}</a></li>`,
    ).join('');
    const statements = first.statements
      .map(
        (s, i) =>
          `<fieldset class="statement" id="statement-${s.id.replace(/\./g, '-')}" data-statement="${s.id}">` +
          `<legend class="statement__text"><span class="statement__number" aria-hidden="true">${i + 1}. </span>${escape(s.text)}</legend><div class="scale">` +
          [1, 2, 3, 4, 5]
            .map(
              (r) =>
                `<label class="scale__point"><input type="radio" name="${s.id}" value="${r}">` +
                `<span class="scale__value">${r}</span><span class="scale__word">${escape(ui[`scale${r}`])}</span></label>`,
            )
            .join('') +
          '</div></fieldset>',
      )
      .join('');
    const screen = document.createElement('div');
    screen.id = 'first-screen';
    screen.innerHTML =
      `<a class="skip-link" href="#main">${escape(ui.skip)}</a>` +
      `<header class="app-header"><div class="app-header__row"><h1 class="app-title">${escape(ui.title)}</h1>` +
      `<label class="language-picker"><span class="language-picker__label">${escape(ui.language)}</span>` +
      `<select id="language-picker" disabled>${options}</select></label></div>` +
      `<div class="overall-progress"><progress max="${total}" value="0" aria-label="${escape(ui.progress)}"></progress>` +
      `<span class="overall-progress__text">${escape(progress(0))}</span></div></header>` +
      `<p class="app-tagline">${escape(ui.tagline)}</p>` +
      `<nav class="section-nav" aria-label="${escape(ui.nav)}"><ol class="section-nav__list">${nav}${links}</ol>` +
      `<p class="section-nav__jump"><button class="link-button" type="button">${escape(ui.firstUnanswered)}</button></p></nav>` +
      `<main id="main"><section class="section-page" data-section="${first.id}">` +
      `<p class="eyebrow">${escape(fill(ui.sectionOf, { number: 1, count: sections.length }))}</p>` +
      `<h2 id="view-heading" tabindex="-1">${escape(first.title)}</h2>` +
      `<p class="section-page__intro">${escape(first.intro)}</p>` +
      `<p class="section-page__instructions">${escape(ui.instructions)}</p>${statements}` +
      `<div class="section-steps"><button class="button button--primary" type="button">${escape(ui.next)}</button></div>` +
      '</section></main>';
    // The progress follows the ratings, as it will once the app runs.
    screen.addEventListener('change', () => {
      const answered = screen.querySelectorAll('input:checked').length;
      screen.querySelector('progress').value = answered;
      screen.querySelector('.overall-progress__text').textContent = progress(answered);
      screen.querySelector('.section-nav__count').textContent = `${answered}/${first.statements.length}`;
    });
    document.body.prepend(screen);
  };
  texts.then((pack) => {
    if (document.body) draw(pack);
    else addEventListener('DOMContentLoaded', () => draw(pack), { once: true });
  }, () => {});
})();
