// Forwards an address to the page that shows its route, before any app code
// loads: links handed out before the pages were split (`#/join/<code>`,
// `#/match/<code>`, `#/survey/<code>`, `#/workshop…`, `#/data` on the main
// address) open on join.html, workshop.html or data.html; any other route is
// the leader's (index.html, addressed as ./). It must agree with
// `Route::page` (src/domain/route.rs); e2e/pages.test.mjs checks that it
// does. scripts/finish-build.mjs inlines it, without these comment lines,
// first in every page's <head>, and allows it by its CSP hash.
(function(){var h=location.hash,p=/^#\/(join|match|survey)\/[\w-]+\/?$/.test(h)?'join.html':/^#\/workshop(\/\d+(\/(match|program))?)?\/?$/.test(h)?'workshop.html':/^#\/data\/?$/.test(h)?'data.html':'index.html',f=location.pathname.split('/').pop()||'index.html';if(p!==f)location.replace((p==='index.html'?'./':p)+h)})()
