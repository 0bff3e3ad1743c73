// Holds steady concurrent load on the running service for a set time and reports errors,
// latency percentiles and the server's memory at the start and the end. Bounded in time and
// in request count, and refuses any address outside the loopback range.
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const url = new URL(args.url ?? 'http://127.0.0.1:8096/graphql');
const minutes = Number(args.minutes ?? 1);
const concurrency = Number(args.concurrency ?? 8);
const maxRequests = Number(args['max-requests'] ?? 2_000_000);
const pid = args.pid;

if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !url.hostname.startsWith('127.')) {
  console.error(`refusing to load ${url.hostname}: the soak only targets loopback`);
  process.exit(2);
}

const QUERIES = [
  ['shipments page', '{ shipments(first: 50, orderBy: DATE_DESC) { nodes { slug title supplier { name } recipient { name } valueUsd { nodes { low high label } } } } }'],
  ['filtered', '{ shipments(filter: { involves: { actors: ["north-korea"], roles: [SUPPLIER] }, period: { overlaps: "2024" } }) { totalCount nodes { slug } } }'],
  ['actor two levels', '{ actorBySlug(slug: "north-korea") { name shipments { nodes { slug citations { nodes { stance claimant { name } } } } } deployments { nodes { slug strength { nodes { low high } } } } } }'],
  ['aggregate', '{ aggregate(groupBy: [YEAR, CATEGORY], filter: { kind: [SHIPMENT] }) { year category count sums { unit low high } } }'],
  ['timeline', '{ timeline(actors: ["vladimir-putin", "kim-jong-un"]) { nodes { slug period { label } } } }'],
  ['search', '{ search(text: "Shoygu") { edges { node { score node { id } } } } }'],
];

const rss = () => {
  if (!pid) return null;
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS'));
  return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
};

const latencies = [];
const errors = new Map();
let sent = 0;
const deadline = Date.now() + minutes * 60_000;
const rssStart = rss();

async function worker(n) {
  while (Date.now() < deadline && sent < maxRequests) {
    const [name, query] = QUERIES[(sent++ + n) % QUERIES.length];
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = await res.json();
      if (res.status !== 200 || body.errors) {
        errors.set(`${name}: ${res.status}`, (errors.get(`${name}: ${res.status}`) ?? 0) + 1);
      }
    } catch (e) {
      errors.set(`${name}: ${e.name}`, (errors.get(`${name}: ${e.name}`) ?? 0) + 1);
    }
    latencies.push(performance.now() - started);
  }
}

const t0 = Date.now();
await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
const seconds = (Date.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
console.log(`soak: ${minutes} min, ${concurrency} concurrent clients, ${latencies.length} requests in ${seconds.toFixed(0)} s (${(latencies.length / seconds).toFixed(0)} req/s)`);
console.log(`latency ms: p50 ${pct(50)}, p90 ${pct(90)}, p99 ${pct(99)}, max ${latencies.at(-1)?.toFixed(1)}`);
console.log(`server RSS MiB: start ${rssStart ?? 'n/a'}, end ${rss() ?? 'n/a'}`);
for (const [k, v] of errors) console.log(`error ${k}: ${v}`);
console.log(`${latencies.length - errorCount} passed, ${errorCount} failed`);
process.exit(errorCount === 0 ? 0 : 1);
