// The service worker: after the first visit, the app runs with no network at all.
//
// Each build precaches its own files in its own cache (the build id and the file list are
// written in by web/build/finalize.mjs), and serves every request from that cache: the page
// never mixes html from one build with js or wasm from another. A new build installs in the
// background and waits; the page offers a reload, and only then does it take over and delete
// the old caches.

const BUILD = "__BUILD__";
const PRECACHE = __PRECACHE__;
const PREFIX = "essay-quiz-";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Never an unchecked copy from the HTTP cache, which could be another build's: each file is
      // revalidated with the server ("no-cache"), so what the page has just downloaded comes back
      // as a 304 instead of a second download of the whole app.
      cache.addAll(PRECACHE.map((file) => new Request(file, { cache: "no-cache" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activate-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Any page in scope is the app's one page; links carry their quiz in the query string.
  const key = request.mode === "navigate" ? "index.html" : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
