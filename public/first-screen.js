// The self-check's first screen, before the app starts. The build writes
// the screen itself into index.html as static HTML in English, hidden
// (scripts/build/first-screen.mjs), and inlines this script right after it,
// then English's texts (#texts-en). This script:
//  1. chooses the language as the app will (the address's ?lang=, else the
//     stored choice, else the browser's languages, else English) and sets
//     <html lang> and <html dir> before the first paint;
//  2. offers that language's texts to the app through window.sqTexts:
//     English's from the page, another's asked for (texts/<lang>.json) while
//     the wasm downloads, so each file is downloaded once;
//  3. when nobody has answered yet, shows the screen: in English at once, so
//     it is in the first paint; in another language once its texts are in
//     place. Its radio groups can be used before the app runs; the app takes
//     over what was chosen, focus and scroll (window.sqHandOver, called by
//     src/app/first_screen.rs). A person with stored answers, a shared link
//     or an embed sees no first screen (a blank page until the app starts),
//     never a wrong one.
(() => {
  'use strict';
  const LANGUAGES = { en: 'en', hi: 'hi', zh: 'zh-Hans', te: 'te', ur: 'ur' };
  const NAMES = { en: 'English', hi: 'हिन्दी', zh: '简体中文', te: 'తెలుగు', ur: 'اردو' };
  const screen = document.getElementById('first-screen');
  const packs = {};
  window.sqTexts = (lang) =>
    (packs[lang] ||=
      lang === 'en'
        ? // Inlined after this script, so only read once the page is parsed.
          Promise.resolve(JSON.parse(document.getElementById('texts-en').textContent))
        : fetch(`texts/${lang}.json`)
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
    if (!screen?.isConnected) return [];
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
  // Another language's texts are asked for before storage is read (a fresh
  // profile's first read is slow): a stored choice comes before the
  // browser's languages, so when it differs, its texts are asked for too.
  let lang = choose([params.get('lang'), ...(navigator.languages || [])]) || 'en';
  if (lang !== 'en') window.sqTexts(lang).catch(() => {});
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
  // Urdu reads right to left, from the first paint on.
  const rtl = lang === 'ur';
  document.documentElement.dir = rtl ? 'rtl' : 'ltr';
  // The app's wasm starts once this screen has been painted and shown (see
  // scripts/build/hold-start.mjs): started at once, its compile and start
  // kept the main thread busy until the app's screen replaced this one,
  // which then never counted as the page's first or largest paint. Shown is
  // when the browser reports the first contentful paint; where it cannot,
  // after the next frame.
  let painted = () => {};
  window.sqPainted = plain && screen ? new Promise((resolve) => (painted = resolve)) : Promise.resolve();
  if (!plain || !screen) return screen?.remove();

  const show = () => {
    screen.hidden = false;
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
  // Each value isolated in a right-to-left sentence, as the app sets them
  // (assessment::set_in_sentence).
  const [open, close] = rtl ? ['\u2068', '\u2069'] : ['', ''];
  const fill = (template, values) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => open + values[key] + close);
  const total = +screen.querySelector('progress').max;
  // The progress follows the ratings, as it will once the app runs.
  screen.addEventListener('change', () => {
    const answered = screen.querySelectorAll('input:checked').length;
    screen.querySelector('progress').value = answered;
    screen.querySelector('.section-nav__count').textContent = `${answered}/${screen.querySelectorAll('fieldset').length}`;
    window.sqTexts(lang).then(({ ui }) => (screen.querySelector('.overall-progress__text').textContent = fill(ui.count, { answered, total })));
  });
  if (lang === 'en') return show();
  // Another language: its texts in place of English's, then shown. (The app
  // reports a failure to load them.)
  window.sqTexts(lang).then((pack) => {
    if (!screen.isConnected) return painted(); // The app was first.
    const values = { answered: 0, total, number: 1, count: pack.sections.length };
    const find = (path) => path.split('.').reduce((node, key) => node[key], pack);
    for (const el of screen.querySelectorAll('[data-t]')) el.lastChild.data = fill(find(el.dataset.t), values);
    for (const el of screen.querySelectorAll('[data-a]')) el.setAttribute('aria-label', find(el.dataset.a));
    const option = screen.querySelector('option');
    [option.value, option.lang, option.text] = [lang, LANGUAGES[lang], NAMES[lang]];
    show();
  }, () => {
    screen.remove();
    painted();
  });
})();
