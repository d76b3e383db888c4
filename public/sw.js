// Service worker: the whole build, precached as one versioned unit, so that
// after one visit the app loads and works with the network off, and never
// mixes files of two versions. The list and the version are filled in at
// build time (scripts/build/service-worker.mjs); this file is the template.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `service-quotient-${VERSION}`;

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version waits until the page asks (after the
  // person chose to reload), so a page never runs old HTML with new wasm.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('service-quotient-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages are looked up without their query (?lang=, ?origin=, ...).
      const page = request.mode === 'navigate';
      const hit = await cache.match(request, { ignoreSearch: page });
      if (hit) return hit;
      if (page && url.pathname.endsWith('/')) {
        const index = await cache.match(new URL('index.html', url));
        if (index) return index;
      }
      return fetch(request);
    }),
  );
});
