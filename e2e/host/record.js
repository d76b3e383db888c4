// Records, for the tests to read: every event embed.js dispatches, in order
// (window.received, as index.html does), and every message that reaches this
// window with `source: 'service-quotient'` (window.messages), with where it
// came from: the id of the element whose iframe sent it, or 'other'.
window.received = [];
window.messages = [];
for (const type of ['ready', 'height', 'progress', 'complete']) {
  document.addEventListener(`service-quotient:${type}`, (event) => {
    window.received.push({ type, detail: event.detail, target: event.target.id });
  });
}
// Added before embed.js runs, so this listener sees each message before
// embed.js's own does (both run in the same dispatch).
addEventListener('message', (event) => {
  if (!event.data || event.data.source !== 'service-quotient') return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  const from = frame ? frame.closest('[id]')?.id || frame.id || 'iframe' : 'other';
  window.messages.push({ data: event.data, origin: event.origin, from });
});
