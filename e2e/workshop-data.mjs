// Made-up workshop participants for the e2e journey and screenshots: a
// CSV in the documented import layout (see `CSV_COLUMNS` in
// src/domain/workshop/import.rs), deterministic.
const FIRST = ['Ana', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Max', 'Noor', 'Oti'];
const LAST = ['Diaz', 'Chen', 'Park', 'Ross', 'Okafor', 'Nguyen', 'Silva', 'Kim', 'Haddad', 'Moreau'];
const TYPES = ['public', 'academic', 'school', 'special'];
const LEVELS = ['frontline', 'supervisor', 'manager', 'director'];
const COMPS = ['communication', 'advocacy', 'conflict', 'strategic-planning', 'resource-management', 'team-building', 'jedi', 'project-management'];
const SLOTS = ['weekday mornings', 'weekday afternoons', 'weekday evenings', 'weekends'];
const GOALS = [
  'Present the budget to the board with confidence',
  'Lead my team through a library renovation',
  'Build partnerships with local schools',
  'Handle conflict between staff calmly',
  'Plan a strategy for community outreach',
];

export function cohortCsv(n, mentors) {
  const rows = ['name,contact,role,library_type,level,years,region,utc_offset,format,availability,grow,offer,goal,exclude'];
  for (let i = 0; i < n; i++) {
    const mentor = i < mentors;
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${i}` : ''}`;
    const pick = (k) => [COMPS[(i + k) % COMPS.length], COMPS[(i * 3 + k + 1) % COMPS.length]].join(';');
    rows.push([
      name,
      `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@lib.example`,
      mentor ? 'mentor' : 'mentee',
      TYPES[i % TYPES.length],
      mentor ? LEVELS[2 + (i % 2)] : LEVELS[i % 2],
      mentor ? 10 + (i % 15) : 1 + (i % 5),
      ['Midwest', 'Pacific', 'Northeast', 'South'][i % 4],
      [-6, -8, -5, -6][i % 4],
      ['in_person', 'online', 'either'][i % 3],
      `${SLOTS[i % 4]};${SLOTS[(i + 1) % 4]}`,
      mentor ? '' : pick(0),
      mentor ? pick(1) : '',
      `"${GOALS[i % GOALS.length]}"`,
      '',
    ].join(','));
  }
  return rows.join('\n') + '\n';
}

/** A code in the app's format (version 1, a kind byte, zlib-compressed
 *  JSON, URL-safe base64), made here independently: kind 1 is a workshop
 *  link, 2 a profile, 3 a match link. */
export async function code(kind, value, version = 1) {
  const zlib = await import('node:zlib');
  const packed = zlib.deflateSync(Buffer.from(JSON.stringify(value)));
  return Buffer.concat([Buffer.from([version, kind]), packed]).toString('base64url');
}

export const joinCode = (info) => code(1, info);

/** A stored `workshops` document with one workshop of `n` participants
 *  (the first `mentors` of them mentors), for seeding screens. */
export function workshopsDoc(n, mentors, id = 1764374400000000) {
  const participants = [];
  for (let i = 0; i < n; i++) {
    const mentor = i < mentors;
    participants.push({
      id: i + 1, workshop: id, name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`, contact: `p${i}@lib.example`,
      role: mentor ? 'mentor' : 'mentee', library_type: TYPES[i % TYPES.length], level: mentor ? LEVELS[3] : LEVELS[0],
      years: mentor ? 12 : 2, region: '', utc_offset: -6, format: 'either', availability: 3,
      grow: mentor ? [] : [COMPS[i % COMPS.length]], offer: mentor ? [COMPS[i % COMPS.length], COMPS[(i + 1) % COMPS.length]] : [],
      goal: GOALS[i % GOALS.length], exclude: [], identity: [],
    });
  }
  const info = { workshop: id, name: 'Emerging Leaders 2027', dates: '12–13 March 2027', contact: 'facilitator@lib.example', competencies: COMPS, questions: ['library_type', 'level', 'experience', 'region', 'format', 'availability'], identity: ['gender', 'first_generation'] };
  return { info, doc: { workshops: { items: [{ id, updated_at: 1, info, weights: [5, 2, 2, 3, 2, 2, 3, 2], default_capacity: 2, capacity: [], locks: [], forbids: [], participants }], deleted: [] }, joined: { items: [], deleted: [] } } };
}

/** Reads a code back: its kind and the JSON inside. */
export async function decodeCode(text) {
  const zlib = await import('node:zlib');
  const bytes = Buffer.from(text, 'base64url');
  return { version: bytes[0], kind: bytes[1], value: JSON.parse(zlib.inflateSync(bytes.subarray(2)).toString('utf8')) };
}
