// Skillcase's service worker: after the first visit the app opens and works with no network.
// The build moves this file to the site's root (a worker controls only pages at or below its own folder) and puts
// two lines before it: VERSION, which changes with every build, and FILES, the app's files under the site's root.
//
// Pages come from the network when it answers, so a new release shows on the next visit; when it does not, from the
// copy kept here. The app's other files have content hashes in their names, so a kept copy is never stale.

/* global VERSION, FILES */
const CACHE = `skillcase-${VERSION}`;
const PAGE = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll([PAGE, ...FILES.map((f) => new URL(f, PAGE).href)]))
      // The new version takes over at once: an old one must never linger for a tab left open.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skillcase-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(PAGE)) return;
  if (request.mode === 'navigate') {
    // Every view is the same page: offline, any of them is answered with the kept copy.
    event.respondWith(fetch(request).catch(() => caches.match(PAGE, { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((kept) => kept || fetch(request)));
});
