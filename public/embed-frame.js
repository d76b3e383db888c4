// Inside an embed (embed.html in an iframe made by embed.js): applies the
// options from the address and tells the embedding page what happens. It
// reads the page only through the embedding contract, `data-sq-*`
// attributes the views write for it (README, "Embed it on your site"):
// data-sq-answered and data-sq-statements (progress), data-sq-total and
// data-sq-band (results, once complete), data-sq-section and data-sq-score
// (each section's exact score). Never a CSS class.
//
// Options: compact=1 (no header or footer), accent=#rrggbb (used only if
// white text on it stays readable), lang and ns (read by the app itself).
// Messages (protocol version 1), posted only to the embedding page's exact
// origin, never "*":
//   {source: "service-quotient", version: 1, type: "ready"}
//   {..., type: "height", height}                      content height in px
//   {..., type: "progress", answered, total}
//   {..., type: "complete"}                            the results are shown
//   {..., type: "complete", total, band, sections}     same, if results=1
// Nothing is ever read from messages: an embedding page cannot change or
// read the answers.
(() => {
  'use strict';
  const PROTOCOL = 1;
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const embedded = window.parent !== window;

  const origin = embeddingOrigin();
  const shareResults = params.get('results') === '1';
  if (embedded) root.classList.add('embedded');
  if (params.get('compact') === '1') root.classList.add('compact');
  const accent = params.get('accent') || '';
  if (/^#[0-9a-f]{6}$/i.test(accent) && contrastWithWhite(accent) >= 4.5) {
    // White text on it, in the dark theme too; as a text colour it is kept
    // for the light theme, where it is dark enough to read.
    root.style.setProperty('--accent', accent);
    root.style.setProperty('--on-accent', '#fff');
    if (!matchMedia('(prefers-color-scheme: dark)').matches) root.style.setProperty('--accent-strong', accent);
  }
  // Browsers keep an embed's storage per top-level site (or block it).
  if (embedded && origin && site(origin) !== site(location.origin)) root.classList.add('partitioned');

  /** The embedding page's origin, as embed.js passed it, and only if the
   *  browser confirms it where it can (location.ancestorOrigins). */
  function embeddingOrigin() {
    if (!embedded) return null;
    let claimed;
    try {
      claimed = new URL(params.get('origin') || '').origin;
    } catch {
      return null;
    }
    if (claimed === 'null' || claimed !== params.get('origin')) return null;
    const ancestors = location.ancestorOrigins;
    if (ancestors && ancestors.length && ancestors[0] !== claimed) return null;
    return claimed;
  }

  /** The site (scheme and registrable domain) of a URL, approximately: the
   *  last two labels of a name, or the whole address of an IP host. The
   *  notice it decides is advice, so an unusual suffix (co.uk) only shows it
   *  where it was not needed. */
  function site(url) {
    const { protocol, hostname } = new URL(url);
    const ip = /^[\d.]+$/.test(hostname) || hostname.includes(':');
    return `${protocol}//${ip ? hostname : hostname.split('.').slice(-2).join('.')}`;
  }

  function contrastWithWhite(hex) {
    const channel = (i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return 1.05 / (luminance + 0.05);
  }

  function post(type, data = {}) {
    if (origin) parent.postMessage({ source: 'service-quotient', version: PROTOCOL, type, ...data }, origin);
  }

  // Links between the app's pages stay inside the embed: to its embeddable
  // copies, with the same options (language, namespace, origin, ...). The
  // plan has no embeddable copy: it opens in a full tab.
  const EMBED_COPY = { '': 'embed.html', 'index.html': 'embed.html', 'tools.html': 'embed-tools.html' };
  const FULL_TAB = new Set(['plan.html']);
  if (embedded) {
    addEventListener(
      'click',
      (event) => {
        const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
        if (!link || link.target) return;
        const url = new URL(link.href, location.href);
        const here = location.pathname.slice(0, location.pathname.lastIndexOf('/') + 1);
        const name = url.pathname.startsWith(here) ? url.pathname.slice(here.length) : null;
        if (url.origin !== location.origin) return;
        if (FULL_TAB.has(name)) {
          const options = new URLSearchParams(location.search);
          url.search = new URLSearchParams(
            [...options].filter(([key]) => key === 'lang' || key === 'ns'),
          ).toString();
          link.href = url.href;
          link.target = '_blank';
          link.rel = 'noopener';
          return;
        }
        if (!(name in EMBED_COPY)) return;
        url.pathname = here + EMBED_COPY[name];
        url.search = location.search;
        link.href = url.href;
      },
      true,
    );
  }

  // Trunk sets window.wasmBindings just before TrunkApplicationStarted, which
  // may come before this deferred script runs.
  if (window.wasmBindings) bridge();
  else addEventListener('TrunkApplicationStarted', bridge, { once: true });

  function bridge() {
    post('ready');
    let height = 0;
    new ResizeObserver(() => {
      const now = Math.ceil(document.body.getBoundingClientRect().height);
      if (now !== height) post('height', { height: (height = now) });
    }).observe(document.body);

    let progress = '';
    const reported = new WeakSet();
    const watch = () => {
      const bar = document.querySelector('[data-sq-answered]');
      if (bar) {
        const answered = Number(bar.dataset.sqAnswered);
        const total = Number(bar.dataset.sqStatements);
        if (`${answered}/${total}` !== progress) {
          progress = `${answered}/${total}`;
          post('progress', { answered, total });
        }
      }
      const results = document.querySelector('[data-sq-total]');
      if (results && !reported.has(results)) {
        reported.add(results);
        post('complete', shareResults ? summary(results) : {});
      }
    };
    new MutationObserver(watch).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-sq-answered'],
    });
    watch();
  }

  function summary(results) {
    return {
      total: Number(results.dataset.sqTotal),
      band: results.dataset.sqBand,
      sections: [...results.querySelectorAll('[data-sq-score]')].map((card) => ({
        id: card.dataset.sqSection,
        score: Number(card.dataset.sqScore),
      })),
    };
  }
})();
