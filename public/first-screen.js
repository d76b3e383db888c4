// The self-check's first screen, before the app starts. The build inlines
// this first in index.html's <body> (scripts/post-build.mjs), after
// English's texts (#texts-en). It:
//  1. chooses the language as the app will (the address's ?lang=, else the
//     stored choice, else the browser's languages, else English) and sets
//     <html lang> before the first paint;
//  2. offers that language's texts to the app through window.sqTexts:
//     English's from the page, another's asked for (texts/<lang>.json) while
//     the wasm downloads, so each file is downloaded once;
//  3. when nobody has answered yet, draws the first section from those texts
//     with the same markup the app renders: native radio groups a person can
//     already use. In English it is drawn while the page is parsed, so it is
//     in the first paint; in another language, when its file arrives. The
//     app takes over what was chosen, focus and scroll
//     (window.sqHandOver, called by src/app/first_screen.rs). A person with
//     stored answers, a shared link or an embed sees no first screen (a blank
//     page until the app starts), never a wrong one.
(() => {
  'use strict';
  const LANGUAGES = { en: 'en', hi: 'hi', zh: 'zh-Hans', te: 'te' };
  const NAMES = { en: 'English', hi: 'हिन्दी', zh: '简体中文', te: 'తెలుగు' };
  const english = document.getElementById('texts-en');
  const packs = english ? { en: Promise.resolve(JSON.parse(english.textContent)) } : {};
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
  const pick = (tag) => String(tag || '').split(/[-_]/)[0].toLowerCase();
  const choose = (tags) => tags.map(pick).find((l) => Object.hasOwn(LANGUAGES, l));
  // The texts are asked for before storage is read (a fresh profile's first
  // read is slow): a stored choice comes before the browser's languages, so
  // when it differs, its texts are asked for as well.
  let lang = choose([params.get('lang'), ...(navigator.languages || [])]) || 'en';
  window.sqTexts(lang).catch(() => {});
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
  lang = choose([params.get('lang'), stored?.language]) || lang;
  document.documentElement.lang = LANGUAGES[lang];
  const texts = window.sqTexts(lang);
  texts.catch(() => {}); // The app reports a failure; nothing to draw here.
  // The app's wasm starts once this screen has been painted and shown (see
  // scripts/build/hold-start.mjs): started at once, its compile and start
  // kept the main thread busy until the app's screen replaced this one,
  // which then never counted as the page's first or largest paint. Shown is
  // when the browser reports the first contentful paint; where it cannot,
  // after the next frame.
  let painted = () => {};
  window.sqPainted = plain ? new Promise((resolve) => (painted = resolve)) : Promise.resolve();
  if (!plain) return;
  const afterPaint = () => {
    if (document.hidden) return painted(); // Nothing is painted in a hidden tab.
    addEventListener('visibilitychange', painted, { once: true });
    setTimeout(painted, 1000); // Never hold the app longer.
    if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) painted();
      }).observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(painted));
    }
  };

  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const fill = (template, values) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => values[key]);
  const LINKS = ['results', 'keep', 'history', 'team'];

  const draw = ({ ui, sections }) => {
    // The app was first, or it cannot start (shell.js says so).
    const failed = document.getElementById('boot-error');
    if (document.querySelector('.app-header') || (failed && !failed.hidden)) return painted();
    const total = sections.reduce((n, s) => n + s.statements.length, 0);
    const first = sections[0];
    const progress = (answered) => fill(ui.count, { answered, total });
    // Only the language shown: the picker is disabled until the app runs,
    // and the other names would each need a font of their own script first.
    const options = `<option value="${lang}" lang="${LANGUAGES[lang]}">${NAMES[lang]}</option>`;
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
    afterPaint();
  };
  // English's texts are there already: drawn before the parser goes on.
  texts.then(draw, () => painted());
})();
