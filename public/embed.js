/*! Service Quotient embed, protocol version 1. No dependencies.
 *
 * On a host page:
 *   <div data-service-quotient data-lang="hi" data-accent="#0f5c4d"
 *        data-compact data-namespace="shop-a" data-results></div>
 *   <script src="https://example.org/service-quotient/embed.js" async></script>
 *
 * Every element with data-service-quotient gets an iframe of embed.html that
 * is as tall as its content (no inner scrollbar). Options (all optional):
 *   data-lang       en, hi, zh, te or ur
 *   data-accent     #rrggbb (ignored if white text on it would be hard to read)
 *   data-compact    no header or footer
 *   data-namespace  a-z, 0-9 and -; keeps these answers apart from other embeds
 *   data-results    also send the total, band and section scores on completion
 *   data-title      the iframe's accessible name
 * Events, dispatched on that element (they bubble), with the message as detail:
 *   service-quotient:ready, service-quotient:height,
 *   service-quotient:progress {answered, total},
 *   service-quotient:complete {} or {total, band, sections: [{id, score}]}
 * Messages are accepted only from the iframe's own window and origin, and only
 * in the known shape. The embed moves between pages (the questionnaire, then
 * the results), and each page says what it knows: a repeated ready, an
 * unchanged progress or the same completion again is not passed on.
 */
(() => {
  'use strict';
  const PROTOCOL = 1;
  const script = document.currentScript;
  const base = new URL('./', script ? script.src : location.href);
  const BANDS = ['asset', 'adequate', 'at-risk'];

  const number = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

  /** The message's detail, rebuilt from checked fields only; null if the
   *  message is not one of ours. */
  function detail(m) {
    if (!m || typeof m !== 'object' || m.source !== 'service-quotient' || m.version !== PROTOCOL) return null;
    switch (m.type) {
      case 'ready':
        return {};
      case 'height':
        return number(m.height) !== null && m.height > 0 && m.height < 100000 ? { height: m.height } : null;
      case 'progress':
        return number(m.answered) !== null && number(m.total) !== null ? { answered: m.answered, total: m.total } : null;
      case 'complete':
        if (m.total === undefined) return {};
        if (number(m.total) === null || !BANDS.includes(m.band) || !Array.isArray(m.sections)) return null;
        return {
          total: m.total,
          band: m.band,
          sections: m.sections
            .filter((s) => s && typeof s.id === 'string' && number(s.score) !== null)
            .map((s) => ({ id: s.id, score: s.score })),
        };
      default:
        return null;
    }
  }

  function mount(host) {
    if (host.dataset.serviceQuotientMounted) return;
    host.dataset.serviceQuotientMounted = 'true';
    const o = host.dataset;
    const url = new URL('embed.html', base);
    url.searchParams.set('origin', location.origin);
    if (o.lang) url.searchParams.set('lang', o.lang);
    if (o.accent) url.searchParams.set('accent', o.accent);
    if (o.compact !== undefined) url.searchParams.set('compact', '1');
    if (o.namespace) url.searchParams.set('ns', o.namespace);
    if (o.results !== undefined) url.searchParams.set('results', '1');

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = o.title || 'Service Quotient: customer-service self-check';
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;overflow:hidden';
    host.appendChild(frame);

    const last = {};
    addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.origin !== url.origin) return;
      const d = detail(event.data);
      if (d === null) return;
      const type = event.data.type;
      if (type !== 'height') {
        const said = JSON.stringify(d);
        if (last[type] === said) return;
        last[type] = said;
      }
      if (event.data.type === 'height') frame.style.height = `${Math.ceil(d.height)}px`;
      if (event.data.type === 'complete') frame.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      host.dispatchEvent(new CustomEvent(`service-quotient:${event.data.type}`, { bubbles: true, detail: d }));
    });
  }

  const start = () => document.querySelectorAll('[data-service-quotient]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
