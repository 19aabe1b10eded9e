// Registers the service worker (after the app started) and offers "A new version is ready — reload"
// when one is waiting. Inlined into dist/index.html by
// scripts/finish-build.mjs (and allowed by its CSP hash).
// Registered once the app has started, so installing (which downloads the
// whole build into the cache) never competes with the first load.
function registerWayfinderWorker() {
  const banner = () => document.getElementById('update');
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js')
    .then((reg) => {
      const offer = () => {
        if (navigator.serviceWorker.controller && banner()) banner().hidden = false;
      };
      if (reg.waiting) offer();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        if (next) next.addEventListener('statechange', () => next.state === 'installed' && offer());
      });
      document.addEventListener('click', (event) => {
        if (event.target && event.target.id === 'update-reload' && reg.waiting) {
          reloading = true;
          reg.waiting.postMessage('skip-waiting');
        }
      });
    })
    .catch(() => {});
}

if ('serviceWorker' in navigator) {
  addEventListener('TrunkApplicationStarted', registerWayfinderWorker, { once: true });
}
