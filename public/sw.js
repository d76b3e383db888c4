// Service worker: the whole build, precached as one versioned unit, so that
// after one visit the app loads and works with the network off, and never
// mixes files of two versions. The list (each file with the SHA-256 of its
// contents) and the version are filled in at build time
// (scripts/build/service-worker.mjs); this file is the template.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `service-quotient-${VERSION}`;
/** Other addresses the browser may hold a file under: the site's root is
 *  its index page. */
const ALIASES = { 'index.html': ['./'] };

/** The SHA-256 of a response's body, base64, as the build lists it. */
async function digest(response) {
  const hash = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return btoa(String.fromCharCode(...new Uint8Array(hash)));
}

/** A file of this version, downloaded at most once: the copy the page has
 *  just loaded is taken from the browser's cache when its contents are this
 *  version's; anything else is fetched from the server, and checked too. */
async function fetchOnce(path, sha) {
  for (const url of [path, ...(ALIASES[path] || [])]) {
    const cached = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null);
    if (cached?.ok && (await digest(cached)) === sha) return cached;
  }
  const fresh = await fetch(path, { cache: 'reload' });
  if (!fresh.ok || (await digest(fresh)) !== sha) throw new Error(`${path} is not this version's`);
  return fresh;
}

self.addEventListener('install', (event) => {
  // No skipWaiting: a new version waits until the page asks (after the
  // person chose to reload), so a page never runs old HTML with new wasm.
  // A version that cannot be cached whole is not installed, nor kept.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(FILES.map(async ([path, sha]) => cache.put(path, await fetchOnce(path, sha)))).catch(async (error) => {
        await caches.delete(CACHE);
        throw error;
      }),
    ),
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
