// Service worker: the app works offline after its first visit.
// VERSION and FILES are filled in by tools/sw-manifest.mjs (trunk post_build hook)
// so every build that changes any file gets a new cache and a new worker.
const VERSION = 'dev';
const FILES = [];
const PREFIX = 'so-cong-doan-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the page asks (see SKIP_WAITING),
  // so an open page never runs against a cache of a different build.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // 'reload' bypasses the HTTP cache so we never precache a stale file.
      cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))
    )
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))
      )
      // Control the first-visit page too, so it is offline-ready without a reload.
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  const navigate = req.mode === 'navigate';
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Navigations (e.g. "/?demo=1") all get the cached app shell.
      const hit =
        (await cache.match(req, { ignoreSearch: navigate })) ||
        (navigate ? await cache.match('./') : undefined);
      return hit || fetch(req);
    })()
  );
});
