// Where the bytes of a wasm module go: function body sizes grouped by crate,
// read from a module that still has its name section (build it with
// `wasm-opt -Oz -g`). A development aid for keeping the bundle small:
//   node bench/tools/wasm-sizes.mjs file.wasm [top-N]
import fs from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const b = fs.readFileSync(file);
let i = 8;
const leb = () => { let r = 0, s = 0, x; do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
const str = () => { const n = leb(); const s = b.slice(i, i + n).toString(); i += n; return s; };
let imports = 0; const bodies = []; const names = new Map(); let data = 0;
while (i < b.length) {
  const id = b[i++]; const len = leb(); const end = i + len;
  if (id === 2) {
    const n = leb();
    for (let k = 0; k < n; k++) { str(); str(); const kind = b[i++];
      if (kind === 0) { leb(); imports++; } else if (kind === 1) { i++; const f = b[i++]; leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = b[i++]; leb(); if (f & 1) leb(); } else if (kind === 3) { i += 2; } }
  } else if (id === 10) {
    const n = leb();
    for (let k = 0; k < n; k++) { const sz = leb(); bodies.push(sz); i += sz; }
  } else if (id === 11) { data = len; }
  else if (id === 0) {
    const name = str();
    if (name === 'name') {
      while (i < end) { const sub = b[i++]; const sl = leb(); const se = i + sl;
        if (sub === 1) { const n = leb(); for (let k = 0; k < n; k++) { const idx = leb(); names.set(idx, str()); } }
        i = se; }
    }
  }
  i = end;
}
const groups = new Map(); const fns = [];
bodies.forEach((sz, k) => {
  const name = names.get(k + imports) ?? `func${k + imports}`;
  fns.push([sz, name]);
  let key = name.replace(/^</, '').split('::')[0].replace(/\[.*?\]/g, '');
  for (const c of ['serde_json', 'serde', 'tachys', 'reactive_graph', 'wayfinder']) if (name.includes(c)) { key = c; break; }
  groups.set(key, (groups.get(key) ?? 0) + sz);
});
const total = bodies.reduce((a, c) => a + c, 0);
console.log(`code ${total} B in ${bodies.length} functions; data ${data} B`);
for (const [k, v] of [...groups].sort((a, c) => c[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(8), k);
console.log('\nlargest functions');
for (const [sz, n] of fns.sort((a, c) => c[0] - a[0]).slice(0, Number(topArg ?? 30))) console.log(String(sz).padStart(8), n.slice(0, 150));
