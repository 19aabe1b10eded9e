// The benchmark's baseline: the same shell markup as Wayfinder's home screen
// (skip link, header, primary navigation, three-sentence intro, section
// cards, footer), built with plain DOM calls, then marked as mounted the same
// way the app marks itself. `bench/mount.mjs` compares the two.
(function () {
  const SECTIONS = [
    ['#/', 'Home'],
    ['#/assess', 'Self-assessment'],
    ['#/goals', 'Goals'],
    ['#/guide', 'Guide'],
    ['#/workshop', 'Workshop'],
    ['#/data', 'My data'],
  ];
  const INTRO = [
    'Wayfinder helps new library leaders see where they stand, set goals that grow them, and find the mentors and sponsors who will help.',
    'Rate yourself on leadership competencies, track SMART goals, learn how a mentor differs from a sponsor, and pair people at a workshop with an open, explainable matching wizard.',
    'Everything you enter stays in this browser on this device: there is no account, no server and no tracking.',
  ];
  const CARDS = [
    ['#/assess', 'Self-assessment', 'Rate yourself on leadership competencies, back each rating with evidence, re-rate over months and see your growth on a radar chart.'],
    ['#/goals', 'Goals', 'Turn growth areas into SMART goals with tasks, check-ins and mentor and sponsor asks, then print a development plan.'],
    ['#/guide', 'Guide', 'Learn what leadership programs offer, how a mentor differs from a sponsor, and why equity belongs in mentoring.'],
    ['#/workshop', 'Workshop', 'Facilitators share one link, participants fill in a profile on their phones, and a local matching wizard pairs them.'],
  ];
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children || []) e.append(c);
    return e;
  }
  // Read settings as the app does on start.
  try { JSON.parse(localStorage.getItem('wayfinder:settings') || 'null'); } catch (_) { /* ignore */ }
  const app = document.getElementById('app');
  const nav = el('nav', { 'aria-label': 'Primary' }, [
    el('ul', {}, SECTIONS.map(([href, label]) =>
      el('li', {}, [el('a', href === '#/' ? { href, 'aria-current': 'page' } : { href }, [label])]))),
  ]);
  const header = el('header', { class: 'site-header' }, [
    el('a', { class: 'brand', href: '#/' }, [el('span', { class: 'brand-mark', 'aria-hidden': 'true' }, ['◈']), 'Wayfinder']),
    nav,
  ]);
  const main = el('main', { id: 'main', tabindex: '-1' }, [
    el('section', { class: 'screen', 'aria-labelledby': 'screen-heading' }, [
      el('h1', { id: 'screen-heading', tabindex: '-1' }, ['Grow as a library leader']),
      el('div', { class: 'lead intro' }, INTRO.map((t) => el('p', {}, [t]))),
      el('h2', { class: 'visually-hidden' }, ['Where to start']),
      el('ul', { class: 'cards' }, CARDS.map(([href, label, text]) =>
        el('li', { class: 'card' }, [el('h2', {}, [el('a', { href }, [label])]), el('p', {}, [text])]))),
    ]),
  ]);
  const footer = el('footer', { class: 'site-footer' }, [
    el('p', {}, ['Your data stays in this browser on this device. No account, no server, no tracking. ',
      el('a', { href: '#/data' }, ['Back up or delete your data'])]),
  ]);
  app.replaceChildren(el('a', { class: 'skip-link', href: '#main' }, ['Skip to content']), header, main, footer);
  document.title = 'Home · Wayfinder';
  document.documentElement.dataset.app = 'mounted';
  performance.mark('wayfinder-mounted');
})();
