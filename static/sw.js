// Wayfinder's service worker (generated into dist/ by scripts/finish-build.mjs,
// which fills in the precache list and its version). The app works offline:
// every file of the build is cached on install; pages are fetched from the
// network first (so a new version is seen when online) and fall back to the
// cache; hashed assets come from the cache. A new version waits until the
// page asks it to take over ("A new version is ready — reload").
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `wayfinder-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('wayfinder-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Each page (./, workshop.html, join.html, data.html) is kept under its own address.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() =>
          caches.open(CACHE).then((cache) =>
            cache.match(request, { ignoreSearch: true }).then((hit) => hit || cache.match('./')),
          ),
        ),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
