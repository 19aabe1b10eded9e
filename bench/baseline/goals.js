// Baseline for the goals benchmark: the same 1,000-row goal list markup as
// Wayfinder's (title link, meta lines, progress, nudges, delete button),
// rendered with plain DOM calls from the same stored data, on a click.
(function () {
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children || []) e.append(c);
    return e;
  }
  const main = document.getElementById('main');
  const list = el('ul', { class: 'goal-list' });
  function progress(g) {
    if (g.manual_progress != null) return g.manual_progress;
    if (g.status === 'done') return 100;
    if (!g.tasks.length) return 0;
    return Math.floor((g.tasks.filter((t) => t.done).length * 100) / g.tasks.length);
  }
  function render() {
    const goals = JSON.parse(localStorage.getItem('wayfinder:goals')).data.goals.items;
    const sorted = [...goals].sort((a, b) => (a.target_date ?? '9999').localeCompare(b.target_date ?? '9999'));
    list.replaceChildren(...sorted.map((g) => {
      const p = progress(g);
      const row = el('li', { class: 'goal-row' }, [
        el('div', { class: 'goal-main' }, [
          el('a', { class: 'goal-title', href: `#/goals/${g.id}` }, [g.title]),
          el('span', { class: 'goal-meta' }, [`${g.kind} · ${g.status} · ${p}% done${g.target_date ? ` · target ${g.target_date}` : ''}`]),
          el('progress', { max: '100', value: String(p), 'aria-label': `Progress of ${g.title}` }),
        ]),
        el('button', { type: 'button', class: 'secondary small', 'aria-label': `Delete goal: ${g.title}` }, ['Delete']),
      ]);
      row.querySelector('button').addEventListener('click', () => row.remove());
      return row;
    }));
  }
  const show = el('button', { type: 'button', id: 'show' }, ['Goals']);
  show.addEventListener('click', render);
  main.replaceChildren(show, list);
  document.documentElement.dataset.app = 'mounted';
})();
