// Hostile requests against a running service (see run.sh): node attack.mjs BASE_URL PID BUSY_ACTOR
// Every request must end with data or a coded refusal within the time limit; the GraphQL probes
// and readiness must keep answering while a flood of slow exports runs. Prints "N passed, N failed".
import http from 'node:http';
import fs from 'node:fs';

const [base, pid, busyActor, exportsArg] = process.argv.slice(2);
const EXPORTS = Number(exportsArg || 2); // rudprk.exports.max-concurrent of the service
const LIMIT_MS = 10_000; // the 5 s statement timeout, with room for the rest of the request
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
}

async function gql(query, variables = {}) {
  const started = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(LIMIT_MS + 5_000),
  });
  const body = await res.json();
  return { status: res.status, body, ms: performance.now() - started };
}

const codes = (r) => (r.body.errors || []).map((e) => e.extensions && e.extensions.code);

/** A refusal with this code, its figures, and no data; within the limit. */
async function refused(name, code, query, variables) {
  const r = await gql(query, variables);
  const e = (r.body.errors || [])[0] || {};
  const x = e.extensions || {};
  const figures = ['DEPTH_LIMIT', 'ALIAS_LIMIT', 'NODE_LIMIT', 'COST_LIMIT'].includes(code)
    ? typeof x.computed === 'number' && typeof x.allowed === 'number' && x.computed > x.allowed : true;
  check(name, x.code === code && figures && r.body.data == null && r.ms < LIMIT_MS,
    `${x.code} ${x.computed ?? ''}/${x.allowed ?? ''} in ${r.ms.toFixed(0)} ms: ${e.message}`);
  return r;
}

/** Data without errors (or only coded ones), within the limit. */
async function answered(name, query, variables, more = () => true) {
  const r = await gql(query, variables);
  const uncoded = (r.body.errors || []).filter((e) => !(e.extensions && e.extensions.code));
  const ok = r.body.data != null && uncoded.length === 0 && r.ms < LIMIT_MS && more(r.body.data);
  check(name, ok, `${r.ms.toFixed(0)} ms${r.body.errors ? ' errors ' + codes(r).join(',') : ''}`);
  return r;
}

// ------------------------------------------------------------------------------------------
// Unbounded nested lists: every nested list is a page of at most 20 unless asked otherwise
// ------------------------------------------------------------------------------------------
const big = await answered(`an actor with many records, its shipments and their citations, no arguments (${busyActor})`, `
  query($slug: String!) { actorBySlug(slug: $slug) {
    shipments { totalCount nodes { slug citations { totalCount nodes { summary } } } } } }`,
  { slug: busyActor },
  (d) => d.actorBySlug.shipments.nodes.length <= 20
    && d.actorBySlug.shipments.nodes.every((s) => s.citations.nodes.length <= 20));
if (big.body.data) {
  console.log(`     that actor has ${big.body.data.actorBySlug.shipments.totalCount} shipments; 20 came back`);
}
await answered('20 actors, their shipments, their citations (depth 3, default pages)', `
  { actors { nodes { shipments { nodes { slug citations { nodes { summary claimant { name } } } } } } } }`, {},
  (d) => d.actors.nodes.every((a) => a.shipments.nodes.length <= 20));
await refused('four nested default pages (20 × 20 × 20 × 20 nodes)', 'NODE_LIMIT', `
  { actors { nodes { names { nodes { name } } shipments { nodes { citations { nodes {
    estimates { nodes { low high } } } } } } } } }`);
await answered('a record page with every nested list at once', `
  { records(first: 50) { nodes { slug actors { nodes { role actor { name } } } locations { nodes { role } }
    links { nodes { direction } } citations { nodes { paragraph estimates { nodes { low } } } } } } }`, {});

// ------------------------------------------------------------------------------------------
// Page sizes as variables and as variable defaults; limits hidden behind directives,
// fragments and aliases
// ------------------------------------------------------------------------------------------
const PAGES = `actors(first: $n) { nodes { shipments(first: $n) { nodes { citations(first: $n) { nodes { summary } } } } } }`;
await refused('page sizes as variables (100 × 100 × 100)', 'NODE_LIMIT', `query($n: Int!) { ${PAGES} }`, { n: 100 });
await refused('page sizes as a variable default', 'NODE_LIMIT', `query($n: Int = 100) { ${PAGES} }`);
await refused('behind @include(if: $x) with a default', 'NODE_LIMIT', `
  query($x: Boolean = true, $n: Int = 100) { actors(first: $n) @include(if: $x) { nodes {
    shipments(first: $n) @include(if: $x) { nodes { citations(first: $n) { nodes { summary } } } } } } }`);
await refused('behind @skip(if: false) and a fragment', 'NODE_LIMIT', `
  query { actors(first: 100) @skip(if: false) { nodes { ...F } } }
  fragment F on Actor { members(first: 100) { nodes { members(first: 100) { nodes { name } } } } }`);
const deep = 'members(first: 1) { nodes { '.repeat(6);
await refused('depth 15 behind @include with a variable default', 'DEPTH_LIMIT', `
  query($x: Boolean = true) { actors(first: 1) @include(if: $x) { nodes { ${deep} name ${'} } '.repeat(6)} } } }`);
const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: datasetRelease { version }`).join(' ');
await refused('31 aliases inside a fragment behind @include', 'ALIAS_LIMIT', `
  query($x: Boolean = true) { ...A @include(if: $x) } fragment A on Query { ${aliases} }`);
await refused('one nested field with two page sizes through aliases', 'ARGUMENT_CONFLICT', `
  { actors(first: 2) { nodes { a: shipments(first: 1) { nodes { slug } } b: shipments(first: 50) { nodes { slug } } } } }`);
{
  const r = await gql(`query($n: Int = 1000) { actors(first: 1) { nodes { shipments(first: $n) { nodes { slug } } } } }`);
  check('a page size over 100 given as a variable default is refused, not clamped', codes(r).includes('INVALID_ARGUMENT')
    && r.ms < LIMIT_MS, `${codes(r).join(',')}: ${(r.body.errors || [{}])[0].message}`);
}

{
  const r = await gql('{ aggregate(groupBy: [SUPPLIER, RECIPIENT, YEAR], metric: VALUE_USD) { count sums { unit claimCount claims } } }');
  const groups = r.body.data && r.body.data.aggregate;
  const ok = r.ms < LIMIT_MS && (groups ? groups.length <= 1000 && groups.every((g) => g.sums.every((x) => x.claims.length <= 100))
    : codes(r).length > 0 && codes(r).every((c) => c));
  check('aggregate over every supplier, recipient and year: at most 1,000 groups and 100 listed claims per sum, or a coded refusal',
    ok, groups ? `${groups.length} groups in ${r.ms.toFixed(0)} ms` : `${codes(r).join(',')} in ${r.ms.toFixed(0)} ms: ${(r.body.errors || [{}])[0].message}`);
}

// ------------------------------------------------------------------------------------------
// nodes(ids): 100 IDs, answered in the order asked
// ------------------------------------------------------------------------------------------
const ids = (await gql('{ shipments(first: 50, orderBy: DATE_DESC) { nodes { id } } events(first: 50) { nodes { id } } }'))
  .body.data;
const asked = [...ids.shipments.nodes, ...ids.events.nodes].map((n) => n.id).reverse();
await answered('nodes(ids) with 100 IDs of two types, in the order asked', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
  { ids: asked }, (d) => d.nodes.length === 100 && d.nodes.every((n, i) => n && n.id === asked[i]));
const rounds = [];
for (let i = 0; i < 10; i++) rounds.push((await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: asked })).ms);
check('ten more 100-ID look-ups, each within the limit', rounds.every((ms) => ms < LIMIT_MS),
  `slowest ${Math.max(...rounds).toFixed(0)} ms`);

// ------------------------------------------------------------------------------------------
// A flood of slow exports while GraphQL probes and readiness are watched
// ------------------------------------------------------------------------------------------
function slowExport() {
  // A reader that takes the headers, then reads nothing: the server's writes back up.
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(`${base}/export/citations.csv`, (res) => {
      res.pause();
      resolve({ status: res.status ?? res.statusCode, retryAfter: res.headers['retry-after'], res, req,
        ms: performance.now() - started });
    });
    req.on('error', (e) => resolve({ status: 0, error: e.message, req, ms: performance.now() - started }));
    req.setTimeout(EXPORT_HEADERS_MS, () => req.destroy(new Error('timeout')));
  });
}
// An admitted export sends its headers with its first 32 KiB, after its statement's first rows:
// for citations.csv at 100k that took 2-2.8 s alone on a 2-core Intel machine (2026-12-01), and
// more than 10 s with 8 at once, so the admitted ones are given 60 s to start; the refused ones
// must still be refused within 3 s (below).
const EXPORT_HEADERS_MS = 60_000;
const FLOOD = EXPORTS + 4;
const probeMs = [];
const probeFailures = [];
const readiness = [];
let watching = true;
const probes = (async () => {
  while (watching) {
    try {
      const r = await gql('{ shipments(first: 10) { nodes { slug supplier { name } } } }');
      probeMs.push(r.ms);
      if (!r.body.data || r.body.errors) probeFailures.push(JSON.stringify(r.body).slice(0, 200));
    } catch (e) {
      probeFailures.push(e.message);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
})();
const ready = (async () => {
  while (watching) {
    try {
      const r = await fetch(`${base}/q/health/ready`, { signal: AbortSignal.timeout(5000) });
      readiness.push(r.status);
    } catch (e) {
      readiness.push(0);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
})();
const flood = await Promise.all(Array.from({ length: FLOOD }, slowExport));
const streaming = flood.filter((f) => f.status === 200);
const busy = flood.filter((f) => f.status === 503);
check(`${FLOOD} slow exports at once: at most ${EXPORTS} stream, the rest are refused at once with 503 and Retry-After`,
  streaming.length <= EXPORTS && streaming.length >= 1 && busy.length === FLOOD - streaming.length
    && busy.every((b) => b.retryAfter && b.ms < 3000),
  `${streaming.length} streaming, ${busy.length} refused (slowest refusal ${Math.max(0, ...busy.map((b) => b.ms)).toFixed(0)} ms)`);
for (const b of busy) b.res && b.res.resume();
// Hold the slow readers for a while, then let them go.
await new Promise((r) => setTimeout(r, 15_000));
for (const f of flood) f.req.destroy();
await new Promise((r) => setTimeout(r, 1_000));
watching = false;
await Promise.all([probes, ready]);
probeMs.sort((a, b) => a - b);
const pct = (p) => probeMs[Math.min(probeMs.length - 1, Math.floor(probeMs.length * p))] ?? NaN;
check(`GraphQL probes kept answering while ${streaming.length} slow exports held the service's ${EXPORTS} export places (as many as its worker threads)`, probeFailures.length === 0 && probeMs.length > 20
  && pct(0.99) < LIMIT_MS,
  `${probeMs.length} probes, ${probeFailures.length} failed, p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms`
  + (probeFailures.length ? `: ${probeFailures[0]}` : ''));
check('readiness stayed UP during the flood', readiness.length > 10 && readiness.every((s) => s === 200),
  `${readiness.length} checks, ${readiness.filter((s) => s !== 200).length} not UP`);
const after = await new Promise((resolve) => {
  http.get(`${base}/export/actors.csv`, (res) => {
    let bytes = 0;
    res.on('data', (c) => { bytes += c.length; });
    res.on('end', () => resolve({ status: res.statusCode, bytes }));
  }).on('error', (e) => resolve({ status: 0, error: e.message }));
});
check('after the slow readers left, an export streams again (the budget was given back)',
  after.status === 200 && after.bytes > 0, `${after.status}, ${after.bytes} bytes`);

// ------------------------------------------------------------------------------------------
// Memory
// ------------------------------------------------------------------------------------------
try {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const peak = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  const now = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  console.log(`     service memory: resident ${now.toFixed(0)} MiB now, ${peak.toFixed(0)} MiB at the peak (heap capped by the JVM settings the suite was started with; by default src/main/jvm/jvm.options)`);
} catch (e) {
  check('the service is still running', false, e.message);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
