// The topology test (started by run.sh, which passes its own path): bounded in time and
// request count, against 127.0.0.1 only. Prints each check, the figures measured, and
// "N passed, N failed"; exits non-zero on any failure.
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdirSync, cpSync, appendFileSync, readdirSync } from 'node:fs';

const runSh = process.argv[2];
const env = process.env;
const DIR = env.TOPO_DIR;
const API = [Number(env.API1), Number(env.API2)];
const HAPROXY = `http://127.0.0.1:${env.HAPROXY}`;
const VARNISH = `http://127.0.0.1:${env.VARNISH}`;
const MAX_AGE = Number(env.MAX_AGE);
const LOAD_SECONDS = Number(env.TOPO_LOAD_SECONDS || 20);
const KILL_AT = Number(env.TOPO_KILL_AT || 6);
const WORKERS = 4;
const MAX_REQUESTS = 300000; // hard bound on the steady load, besides its duration
const PROPAGATION_BOUND_S = 5; // a new release is served everywhere within this

let passed = 0, failed = 0;
const figures = [];
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
}
const figure = (s) => { figures.push(s); console.log(`     ${s}`); };
// Anything unexpected (a process of the topology gone, a refused connection) ends the test
// as a failure with its reason, and still prints the counts.
const abort = (e) => {
  check('the test ran to its end', false, `${e?.message}${e?.cause ? ' (' + (e.cause.code || e.cause.message) + ')' : ''}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(1);
};
process.on('uncaughtException', abort);
process.on('unhandledRejection', abort);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const gql = (q) => '/graphql?query=' + encodeURIComponent(q);
const RELEASE = gql('{ datasetRelease { version recordCount } }');
const QUERIES = [
  RELEASE,
  gql('{ shipments(first: 5) { edges { node { slug title } } } }'),
  gql('{ actorBySlug(slug: "north-korea") { name } }'),
];

async function get(base, path, headers = {}) {
  const t = performance.now();
  const r = await fetch(base + path, { headers: { accept: 'application/graphql-response+json', ...headers } });
  const text = await r.text();
  let body = null;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, headers: r.headers, body, text, ms: performance.now() - t };
}
const bodyVersion = (r) => r.body?.data?.datasetRelease?.version;
const headerVersion = (r) => r.headers.get('x-dataset-version');
const psql = (port, sql) => execFileSync('runuser', ['-u', 'postgres', '--', `${env.PGBIN}/psql`, '-h', '127.0.0.1',
  '-p', String(port), '-U', 'postgres', '-Atc', sql, 'rudprk']).toString().trim();
const varnishstat = () => {
  const out = execFileSync('varnishstat', ['-n', `${DIR}/varnish`, '-1', '-f', 'MAIN.cache_hit', '-f', 'MAIN.cache_miss',
    '-f', 'MAIN.fetch_304', '-f', 'MAIN.backend_req']).toString();
  return Object.fromEntries(out.trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([k, v]) => [k.replace('MAIN.', ''), Number(v)]));
};
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

// ---------------------------------------------------------------- the replicas
check('standby is a hot standby in recovery', psql(env.PG_STANDBY, 'select pg_is_in_recovery()') === 't');
check('primary streams to the standby', psql(env.PG_PRIMARY, "select count(*) from pg_stat_replication where state = 'streaming'") === '1');
for (const port of API) {
  const r = await get(`http://127.0.0.1:${port}`, '/q/health/ready');
  const lag = r.body?.checks?.find((c) => c.name === 'Replication lag');
  check(`API :${port} ready, reading the standby`, r.status === 200 && lag?.data?.role === 'standby',
    `replication lag ${lag?.data?.lagMs} ms (bound ${lag?.data?.maxLagMs} ms)`);
}
{
  const r = await get(HAPROXY, RELEASE);
  check('release served by the standby replicas', r.status === 200 && bodyVersion(r) === headerVersion(r),
    `version ${bodyVersion(r)}`);
}

// ---------------------------------------------------------------- kill one instance under load
{
  const pidFile = `${DIR}/api-${API[0]}.pid`;
  const victim = Number(readFileSync(pidFile, 'utf8'));
  let stop = false, n = 0, fails = 0, killedAt = null;
  const lat = [], failures = [];
  const started = performance.now();
  const worker = async (w) => {
    while (!stop && n < MAX_REQUESTS) {
      const path = QUERIES[(n + w) % QUERIES.length];
      n++;
      try {
        const r = await get(HAPROXY, path);
        lat.push(r.ms);
        if (r.status !== 200 || r.body?.errors) { fails++; failures.push(`${r.status} ${r.text.slice(0, 80)}`); }
      } catch (e) { fails++; failures.push(String(e.cause?.code || e.message)); }
    }
  };
  let nAtKill = null;
  const killer = (async () => {
    await sleep(KILL_AT * 1000);
    process.kill(victim, 'SIGKILL');
    killedAt = (performance.now() - started) / 1000;
    nAtKill = n;
  })();
  const timer = sleep(LOAD_SECONDS * 1000).then(() => { stop = true; });
  let secs = null;
  const workers = Promise.all([...Array(WORKERS).keys()].map(worker)).then(() => {
    secs = (performance.now() - started) / 1000;
    stop = true;
  });
  await Promise.race([workers, timer]);
  await Promise.all([workers, killer]);
  figure(`steady load: ${n} GETs through HAProxy in ${secs.toFixed(1)} s by ${WORKERS} clients `
    + `(${(n / secs).toFixed(0)}/s), p50 ${pct(lat, 0.5).toFixed(1)} ms, p99 ${pct(lat, 0.99).toFixed(1)} ms; `
    + `API :${API[0]} killed (SIGKILL) at ${killedAt?.toFixed(1)} s`);
  check('the instance was killed while the load ran', stop === true && nAtKill !== null && nAtKill < n,
    `${nAtKill} GETs before the kill, ${n - nAtKill} after`);
  check('no failed request while one API instance is killed under load', fails === 0,
    `${fails} failed of ${n}${failures.length ? ' (' + [...new Set(failures)].slice(0, 3).join('; ') + ')' : ''}`);
  const stats = execFileSync('curl', ['-s', `http://127.0.0.1:${env.HAPROXY_STATS}/;csv`]).toString();
  const api1 = stats.split('\n').find((l) => l.startsWith('apis,api1,'));
  check('HAProxy took the killed instance out of rotation', api1?.split(',')[17]?.startsWith('DOWN'), api1?.split(',')[17]);
  const t = performance.now();
  execFileSync(runSh, ['start-api', String(API[0])], { stdio: 'inherit' });
  figure(`restarted API :${API[0]} ready in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  for (let i = 0; i < 50; i++) {
    const s = execFileSync('curl', ['-s', `http://127.0.0.1:${env.HAPROXY_STATS}/;csv`]).toString();
    if (s.split('\n').find((l) => l.startsWith('apis,api1,'))?.split(',')[17] === 'UP') break;
    await sleep(200);
  }
}

// ---------------------------------------------------------------- Varnish: hits and revalidation
const first = await get(VARNISH, RELEASE);
const oldVersion = bodyVersion(first);
const cacheControl = first.headers.get('cache-control') || '';
const etag = first.headers.get('etag');
const cacheable = /public/.test(cacheControl) && /max-age=\d+/.test(cacheControl);
figure(`API answer: Cache-Control "${cacheControl || '(none)'}", ETag ${etag || '(none)'}`);
let cachedAt = performance.now();
{
  const before = varnishstat();
  const N = 200;
  let hits = 0;
  for (let i = 0; i < N; i++) {
    const r = await get(VARNISH, QUERIES[i % QUERIES.length]);
    if (r.headers.get('x-cache') === 'HIT') hits++;
  }
  await sleep(1500); // varnishstat sums the worker threads' counters with a delay
  const after = varnishstat();
  const h = after.cache_hit - before.cache_hit, m = after.cache_miss - before.cache_miss;
  const ratio = hits / N;
  figure(`Varnish hit ratio on ${N} repeated GETs of ${QUERIES.length} queries: ${(100 * ratio).toFixed(1)} % `
    + `answered X-Cache: HIT; varnishstat: cache_hit +${h}, cache_miss +${m} `
    + `(${(100 * h / Math.max(1, h + m)).toFixed(1)} %), backend_req +${after.backend_req - before.backend_req}`);
  if (cacheable) {
    check('Varnish answers repeated GETs from its cache', ratio >= 0.9, `${(100 * ratio).toFixed(1)} %`);
  } else {
    check('Varnish passes answers without Cache-Control to the API (nothing cached)', h === 0 && hits === 0);
  }
}
if (cacheable && etag) {
  const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)[1]);
  check(`API max-age is the topology's ${MAX_AGE} s`, maxAge === MAX_AGE, cacheControl);
  const before = varnishstat();
  await sleep(Math.max(0, cachedAt + maxAge * 1000 + 300 - performance.now()));
  const r = await get(VARNISH, RELEASE);
  await sleep(1500);
  const after = varnishstat();
  check('past max-age Varnish revalidates an unchanged answer (If-None-Match, 304 from the API)',
    after.fetch_304 - before.fetch_304 >= 1 && bodyVersion(r) === oldVersion && r.headers.get('etag') === etag,
    `fetch_304 +${after.fetch_304 - before.fetch_304}, Age ${r.headers.get('age')}`);
  cachedAt = performance.now();
}

// ---------------------------------------------------------------- a new release on the primary
{
  const seeds = `${DIR}/seeds-next`;
  mkdirSync(seeds, { recursive: true });
  for (const f of readdirSync('seeds')) if (f.endsWith('.yaml')) cpSync(`seeds/${f}`, `${seeds}/${f}`);
  // A comment changes the files' content hash, hence the release, and no record.
  appendFileSync(`${seeds}/events.yaml`, `\n# topology test release ${Date.now()}\n`);

  // Meanwhile, answers through HAProxy must stay correct: 200, no error, a whole release.
  let polling = true, during = 0, bad = 0, mismatch = 0;
  const badSamples = new Set();
  const poller = (async () => {
    while (polling && during < 5000) {
      during++;
      const r = await get(HAPROXY, RELEASE).catch(() => null);
      if (!r || r.status !== 200 || r.body?.errors || !bodyVersion(r)) {
        bad++;
        badSamples.add(r ? `${r.status} ${r.text.slice(0, 160)}` : 'no answer');
      }
      else if (headerVersion(r) !== bodyVersion(r)) mismatch++;
      await sleep(20);
    }
  })();
  // Varnish may serve the old release only while it is younger than max-age.
  let varnishStale = 0, varnishSeen = 0, worstAge = 0;
  const varnishPoller = (async () => {
    while (polling && varnishSeen < 2000) {
      varnishSeen++;
      const r = await get(VARNISH, RELEASE).catch(() => null);
      if (r && bodyVersion(r) === oldVersion) {
        const age = Number(r.headers.get('age') || 0);
        worstAge = Math.max(worstAge, age);
        if (cacheable && age > MAX_AGE) varnishStale++;
      }
      await sleep(100);
    }
  })();

  // Watch the primary (when the new release is committed there) and every instance (when it
  // first serves another release, header, body and ETag agreeing) while the job runs.
  const t0 = performance.now();
  let primaryAt = null, watching = true;
  const execAsync = promisify(execFile);
  const primaryWatch = (async () => {
    while (watching && primaryAt === null && performance.now() - t0 < 60000) {
      const { stdout } = await execAsync('runuser', ['-u', 'postgres', '--', `${env.PGBIN}/psql`, '-h', '127.0.0.1',
        '-p', String(env.PG_PRIMARY), '-U', 'postgres', '-Atc', 'select version from rudprk.dataset_release', 'rudprk']);
      if (stdout.trim() && stdout.trim() !== oldVersion) primaryAt = performance.now();
      else await sleep(50);
    }
  })();
  const seen = {}, seenVersion = {};
  const instanceWatch = Promise.all(API.map(async (port) => {
    while (watching && !seen[port] && performance.now() - t0 < 60000) {
      const r = await get(`http://127.0.0.1:${port}`, RELEASE).catch(() => null);
      const v = r && bodyVersion(r);
      const e = r?.headers.get('etag');
      if (v && v !== oldVersion && headerVersion(r) === v && (!e || e.includes(v))) {
        seen[port] = performance.now();
        seenVersion[port] = v;
      } else await sleep(50);
    }
  }));
  // Asynchronously, so the pollers keep asking while the job runs.
  const out = (await execAsync(runSh, ['load', seeds])).stdout.split('\n')
    .find((l) => l.startsWith('rudprk load')) || '(no summary)';
  const loadS = (performance.now() - t0) / 1000;
  const newVersion = /dataset (ds-[0-9a-f]+)/.exec(out)?.[1];
  figure(`loading job on the primary: ${loadS.toFixed(1)} s from JVM start to exit; ${out}`);
  check('the loading job loaded a new release', newVersion && newVersion !== oldVersion, `${oldVersion} -> ${newVersion}`);
  const waitUntil = performance.now() + 30000;
  while (Object.keys(seen).length < API.length && performance.now() < waitUntil) await sleep(100);
  watching = false;
  await Promise.all([primaryWatch, instanceWatch]);
  const after = (port) => (seen[port] && primaryAt ? (seen[port] - primaryAt) / 1000 : Infinity);
  const worst = Math.max(...API.map(after));
  figure(`new release served by every instance ${worst.toFixed(2)} s after the primary committed it `
    + `(${API.map((p) => `:${p} ${after(p).toFixed(2)} s`).join(', ')}; the job itself ran on for `
    + `${((t0 + loadS * 1000 - (primaryAt ?? t0)) / 1000).toFixed(1)} s, shutting down)`);
  check(`every instance serves the new release within ${PROPAGATION_BOUND_S} s of its commit on the primary, `
    + 'header, body and ETag agreeing', worst <= PROPAGATION_BOUND_S
    && API.every((p) => seenVersion[p] === newVersion), JSON.stringify(seenVersion));

  // Through Varnish: the new release at the latest max-age after the instances serve it (an
  // answer revalidated just before they did is fresh for max-age more).
  const instancesAt = Math.max(...API.map((p) => seen[p] ?? performance.now()));
  const deadline = instancesAt + (MAX_AGE + 1) * 1000;
  let viaVarnish = null, varnishAt = null;
  while (performance.now() < deadline) {
    const r = await get(VARNISH, RELEASE);
    if (bodyVersion(r) === newVersion && headerVersion(r) === newVersion) {
      viaVarnish = r;
      varnishAt = performance.now();
      break;
    }
    await sleep(100);
  }
  if (varnishAt) {
    figure(`Varnish served the new release ${((varnishAt - instancesAt) / 1000).toFixed(1)} s after every instance did `
      + `(max-age ${MAX_AGE} s, no grace)`);
  }
  polling = false;
  await Promise.all([poller, varnishPoller]);
  check(`Varnish serves the new release within max-age (${MAX_AGE} s) of the instances`,
    viaVarnish && (!viaVarnish.headers.get('etag') || viaVarnish.headers.get('etag').includes(newVersion)),
    viaVarnish ? `ETag ${viaVarnish.headers.get('etag')}` : 'still the old release');
  check('Varnish never served the old release past its max-age', varnishStale === 0,
    `${varnishSeen} GETs during the switch, oldest old answer Age ${worstAge} s, max-age ${MAX_AGE} s`);
  check('answers stayed correct while the primary loaded and the standby replayed the release', bad === 0,
    `${during} GETs, ${bad} failed${bad ? ': ' + [...badSamples].slice(0, 3).join(' | ') : ''}`);
  figure(`header/body version disagreements during the switch: ${mismatch} of ${during} `
    + '(the header follows the database within the 1 s refresh)');
}

// ---------------------------------------------------------------- replication lag and readiness
{
  const port = API[0];
  const maxLag = env.MAX_LAG;
  psql(env.PG_STANDBY, 'select pg_wal_replay_pause()');
  psql(env.PG_PRIMARY, 'create table if not exists lag_probe (at timestamptz); insert into lag_probe values (now())');
  const t = performance.now();
  let down = null, downAfter = null;
  while (performance.now() - t < 15000) {
    const r = await get(`http://127.0.0.1:${port}`, '/q/health/ready');
    const lag = r.body?.checks?.find((c) => c.name === 'Replication lag');
    if (r.status === 503 && lag?.status === 'DOWN') { down = lag; downAfter = (performance.now() - t) / 1000; break; }
    await sleep(250);
  }
  check(`readiness is DOWN once the standby lags past RUDPRK_REPLICA_MAX_LAG (${maxLag}; replay paused)`, !!down,
    down ? `after ${downAfter.toFixed(1)} s, lagMs ${down.data.lagMs}` : 'still UP after 15 s');
  psql(env.PG_STANDBY, 'select pg_wal_replay_resume()');
  const t2 = performance.now();
  let upAgain = null;
  while (performance.now() - t2 < 15000) {
    if ((await get(`http://127.0.0.1:${port}`, '/q/health/ready')).status === 200) { upAgain = (performance.now() - t2) / 1000; break; }
    await sleep(250);
  }
  check('ready again once the standby has replayed', upAgain !== null, upAgain !== null ? `after ${upAgain.toFixed(1)} s` : '');
  if (down) figure(`replication lag: readiness DOWN ${downAfter.toFixed(1)} s after replay paused with WAL waiting (bound ${maxLag}), UP ${upAgain?.toFixed(1)} s after it resumed`);
}

console.log('\nFigures:');
for (const f of figures) console.log(`  - ${f}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
