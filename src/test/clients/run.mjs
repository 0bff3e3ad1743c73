// Real GraphQL clients against the running service, the way front-end apps use them:
// graphql-js, relay-compiler + relay-runtime, Apollo Client 4 (relayStylePagination, possibleTypes,
// PersistedQueryLink), urql's persistedExchange, an RFC 9111 shared cache (http-cache-semantics),
// GraphQL Code Generator + tsc.
// Usage: node run.mjs http://127.0.0.1:PORT/graphql   (src/test/clients/run.sh starts the service)
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  assertValidSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isAbstractType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const url = process.argv[2];
if (!url) {
  console.error('usage: node run.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const sdl = fs.readFileSync(path.join(here, '../../main/graphql/schema.graphql'), 'utf8');

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function equal(actual, expected, message) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${message}: expected ${b}, got ${a}`);
}
/** Runs a tool from node_modules/.bin; fails with its output unless it exits 0. */
function tool(name, args) {
  const r = spawnSync(path.join(here, 'node_modules/.bin', name), args, {
    cwd: here, encoding: 'utf8', timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout + r.stderr;
}
async function post(query, variables = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  assert(!json.errors, `errors: ${JSON.stringify(json.errors)}`);
  return json.data;
}
/** A fetch that records what it sent and got. */
function recordingFetch(log) {
  return async (input, init = {}) => {
    const res = await fetch(input, init);
    const copy = res.clone();
    const body = await copy.text();
    log.push({ method: (init.method ?? 'GET').toUpperCase(), url: String(input), requestBody: init.body,
      status: res.status, headers: res.headers, body });
    return res;
  };
}

const schema = buildSchema(sdl);

// ---------------------------------------------------------------------------------------------
// graphql-js
// ---------------------------------------------------------------------------------------------
await check('graphql-js buildSchema accepts the committed SDL, every scalar declared and specified', () => {
  assertValidSchema(schema);
  for (const name of ['Date', 'DateTime', 'BigDecimal']) {
    assert(schema.getType(name)?.description, `scalar ${name} is declared with a description`);
  }
  equal(schema.getType('Date').specifiedByURL, 'https://scalars.graphql.org/andimarek/local-date.html', 'Date');
  equal(schema.getType('DateTime').specifiedByURL, 'https://scalars.graphql.org/andimarek/date-time.html', 'DateTime');
  assert(!schema.getType('BigInteger'), 'no unused BigInteger');
  equal(schema.getDirectives().map((d) => d.name).sort(), ['deprecated', 'include', 'oneOf', 'skip', 'specifiedBy'],
    'directives');
});

await check('introspection of the running server, printed in canonical order, equals the committed SDL', async () => {
  const data = await post(getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true }));
  const served = buildClientSchema(data);
  equal(served.getDirectives().map((d) => d.name).sort(), ['deprecated', 'include', 'oneOf', 'skip', 'specifiedBy'],
    'directives the server advertises');
  const a = printSchema(lexicographicSortSchema(served));
  const b = printSchema(lexicographicSortSchema(schema));
  if (a !== b) {
    const al = a.split('\n');
    const bl = b.split('\n');
    const i = al.findIndex((line, n) => line !== bl[n]);
    throw new Error(`first difference at line ${i + 1}:\n  served:    ${al[i]}\n  committed: ${bl[i]}`);
  }
  const res = await fetch(url.replace(/\/graphql$/, '/graphql/schema.graphql'));
  equal(await res.text(), sdl, '/graphql/schema.graphql');
});

// ---------------------------------------------------------------------------------------------
// Relay: relay-compiler on the fragments of relay/app.js, then relay-runtime runs them
// ---------------------------------------------------------------------------------------------
let relayCompiled = false;
await check('relay-compiler compiles refetchable pagination, node refetch and Record fragments', () => {
  fs.rmSync(path.join(here, 'relay/__generated__'), { recursive: true, force: true });
  fs.mkdirSync(path.join(here, 'relay/__generated__'));
  tool('relay-compiler', []);
  // The artifacts are CommonJS (require('./X.graphql')), as a bundler would load them.
  fs.writeFileSync(path.join(here, 'relay/__generated__/package.json'), '{ "type": "commonjs" }\n');
  for (const name of ['appRecordListPaginationQuery', 'appActorListPaginationQuery', 'appActorCardRefetchQuery',
    'appRecordNodeRefetchQuery', 'appActorInvolvementsPaginationQuery', 'appRecordCitationsPaginationQuery']) {
    assert(fs.existsSync(path.join(here, `relay/__generated__/${name}.graphql.js`)), `${name} generated`);
  }
  relayCompiled = true;
});

const relay = (await import('relay-runtime')).default;
const artifact = async (name) => (await import(`./relay/__generated__/${name}.graphql.js`)).default;
function relayEnvironment(log = []) {
  const network = relay.Network.create(async (params, variables) => {
    log.push(params.name);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: params.text, variables }),
    });
    return res.json();
  });
  return new relay.Environment({ network, store: new relay.Store(new relay.RecordSource()) });
}
/** The data of a fragment spread in the result of a query run in the environment. */
function readFragment(env, fragment, ref) {
  const snapshot = env.lookup(relay.getSelector(fragment, ref));
  assert(!snapshot.isMissingData, `fragment ${fragment.name} has missing data`);
  return snapshot.data;
}

/**
 * Runs a query, reads the connection of a refetchable fragment, then runs the generated
 * pagination query page after page, reading the fragment again each time (Relay's
 * ConnectionHandler appends the pages). `ref` finds the fragment reference in the query's data;
 * `refetchVariables` adds what the pagination query needs besides count and cursor (a node ID).
 */
async function walkPages({ queryName, variables = {}, fragmentName, paginationName, field, pages,
  ref = (d) => d, refetchVariables = () => ({}) }) {
  const env = relayEnvironment();
  const query = await artifact(queryName);
  const fragment = await artifact(fragmentName);
  const pagination = await artifact(paginationName);
  await relay.fetchQuery(env, query, variables).toPromise();
  const root = env.lookup(relay.createOperationDescriptor(query, variables).fragment);
  const fragmentRef = ref(root.data);
  let data = readFragment(env, fragment, fragmentRef);
  const firstPage = data[field].edges.length;
  assert(firstPage > 0, 'a first page');
  let walked = 1;
  for (; walked < pages && data[field].pageInfo.hasNextPage; walked++) {
    const before = data[field].edges.length;
    await relay.fetchQuery(env, pagination, { count: firstPage, cursor: data[field].pageInfo.endCursor,
      ...refetchVariables(data) }).toPromise();
    data = readFragment(env, fragment, fragmentRef);
    assert(data[field].edges.length > before, `page ${walked + 1} appended to the connection`);
  }
  const ids = data[field].edges.map((e) => e.node.id ?? JSON.stringify(e.node));
  equal(new Set(ids).size, ids.length, 'no edge twice');
  return { env, ids, edges: data[field].edges, walked };
}

await check('relay-runtime walks the pages of records (refetchable @connection) and reads Record fragments', async () => {
  assert(relayCompiled, 'relay-compiler ran');
  const { env, ids, edges } = await walkPages({ queryName: 'appRecordsQuery', fragmentName: 'appRecordList_query',
    paginationName: 'appRecordListPaginationQuery', field: 'records', pages: 4 });
  equal(ids.length, 20, 'four pages of five');
  const direct = await post('{ records(first: 20, orderBy: DATE_ASC) { nodes { id } } }');
  equal(ids, direct.records.nodes.map((n) => n.id), 'the walked pages are the first 20 records in order');
  const card = await artifact('appRecordCard_record');
  let shipments = 0;
  for (const edge of edges) {
    const record = readFragment(env, card, edge.node);
    assert(record.title && record.period.earliest && record.citations.totalCount > 0, `record ${record.slug} complete`);
    if (record.kind === 'SHIPMENT') {
      shipments++;
      assert(Array.isArray(record.estimates?.edges), 'the Shipment part of the fragment is read');
    } else {
      assert(record.estimates === undefined, 'no Shipment fields on other kinds');
    }
  }
  console.log(`    ${ids.length} records over 4 pages, ${shipments} shipments`);
});

await check('relay-runtime walks the pages of actors', async () => {
  const { ids } = await walkPages({ queryName: 'appActorsQuery', fragmentName: 'appActorList_query',
    paginationName: 'appActorListPaginationQuery', field: 'actors', pages: 3 });
  equal(ids.length, 30, 'three pages of ten');
});

await check('relay-runtime walks nested connections: an actor\'s involvements, a record\'s citations', async () => {
  const actor = await post('{ actorBySlug(slug: "kim-jong-un") { id involvements(first: 100) { totalCount '
    + 'nodes { role record { id } } } } }');
  const involvements = await walkPages({ queryName: 'appActorInvolvementsQuery', variables: { slug: 'kim-jong-un' },
    fragmentName: 'appActorInvolvements_actor', paginationName: 'appActorInvolvementsPaginationQuery',
    field: 'involvements', pages: 4, ref: (d) => d.actorBySlug, refetchVariables: () => ({ id: actor.actorBySlug.id }) });
  assert(involvements.walked > 1, 'more than one page of involvements');
  equal(involvements.edges.map((e) => e.node.record.id),
    actor.actorBySlug.involvements.nodes.slice(0, involvements.edges.length).map((n) => n.record.id),
    'the involvements walked are the first ones, in order');
  const many = await post('{ records(first: 100) { nodes { slug id citations(first: 1) { totalCount } } } }');
  const record = many.records.nodes.reduce((a, b) => (b.citations.totalCount > a.citations.totalCount ? b : a));
  assert(record.citations.totalCount >= 3, 'a record with three citations or more');
  const citations = await walkPages({ queryName: 'appRecordCitationsQuery', variables: { slug: record.slug },
    fragmentName: 'appRecordCitations_record', paginationName: 'appRecordCitationsPaginationQuery',
    field: 'citations', pages: record.citations.totalCount + 1, ref: (d) => d.recordBySlug,
    refetchVariables: () => ({ id: record.id }) });
  equal(citations.ids.length, record.citations.totalCount, `every citation of ${record.slug}, one page at a time`);
  console.log(`    ${involvements.ids.length} involvements over ${involvements.walked} pages, `
    + `${citations.ids.length} citations over ${citations.walked} pages`);
});

await check('relay-runtime refetches through node(id:) (generated refetch queries on Actor and Record)', async () => {
  const env = relayEnvironment();
  const some = await post('{ actorBySlug(slug: "kim-jong-un") { id name } shipments(first: 1) { nodes { id title } } }');
  const actorQuery = await artifact('appActorCardRefetchQuery');
  await relay.fetchQuery(env, actorQuery, { id: some.actorBySlug.id }).toPromise();
  const actorRoot = env.lookup(relay.createOperationDescriptor(actorQuery, { id: some.actorBySlug.id }).fragment);
  equal(readFragment(env, await artifact('appActorCard_actor'), actorRoot.data.node).name, some.actorBySlug.name,
    'actor refetched by node');
  const recordQuery = await artifact('appRecordNodeRefetchQuery');
  const id = some.shipments.nodes[0].id;
  await relay.fetchQuery(env, recordQuery, { id }).toPromise();
  const recordRoot = env.lookup(relay.createOperationDescriptor(recordQuery, { id }).fragment);
  equal(readFragment(env, await artifact('appRecordNode_record'), recordRoot.data.node).title,
    some.shipments.nodes[0].title, 'record refetched by node');
});

// ---------------------------------------------------------------------------------------------
// Apollo Client 4
// ---------------------------------------------------------------------------------------------
const apollo = await import('@apollo/client');
const { relayStylePagination } = await import('@apollo/client/utilities');
const { createPersistedQueryLink } = await import('@apollo/client/link/persisted-queries');

/** possibleTypes generated from the schema, as Apollo's docs ask. */
const possibleTypes = Object.fromEntries(Object.values(schema.getTypeMap())
  .filter((t) => isAbstractType(t) && !t.name.startsWith('__'))
  .map((t) => [t.name, schema.getPossibleTypes(t).map((p) => p.name)]));

/** Console warnings and errors while fn runs (Apollo reports cache problems there). */
async function warningsDuring(fn) {
  const seen = [];
  const { warn, error } = console;
  console.warn = (...args) => seen.push(args.join(' '));
  console.error = (...args) => seen.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return seen;
}

await check('Apollo Client 4 with relayStylePagination and generated possibleTypes: pages merge, no cache warnings',
  async () => {
    assert(possibleTypes.Record?.includes('Shipment') && possibleTypes.Node?.includes('Citation'), 'possibleTypes');
    const client = new apollo.ApolloClient({
      link: new apollo.HttpLink({ uri: url }),
      cache: new apollo.InMemoryCache({
        possibleTypes,
        typePolicies: { Query: { fields: { records: relayStylePagination(['filter', 'orderBy']) } } },
      }),
    });
    const query = apollo.gql`
      query ApolloRecords($first: Int!, $after: String) {
        records(first: $first, after: $after, orderBy: DATE_DESC) {
          edges { cursor node { id title period { earliest latest } ...RecordParts } }
          pageInfo { hasNextPage endCursor }
        }
      }
      fragment RecordParts on Record {
        kind
        status
        citations(first: 2) { totalCount edges { node { id stance source { id title } } } }
        ... on Shipment { supplier { id name } estimates(first: 5) { nodes { low high } } }
        ... on Event { eventKind: kind }
      }`;
    const warnings = await warningsDuring(async () => {
      const first = await client.query({ query, variables: { first: 10 } });
      // The next page, as fetchMore would ask for it (the cache holds page one under the same key).
      await client.query({ query, fetchPolicy: 'network-only',
        variables: { first: 10, after: first.data.records.pageInfo.endCursor } });
      const merged = client.readQuery({ query, variables: { first: 10 } });
      equal(merged.records.edges.length, 20, 'both pages merged in the cache');
      const direct = await post('{ records(first: 20, orderBy: DATE_DESC) { nodes { id } } }');
      equal(merged.records.edges.map((e) => e.node.id), direct.records.nodes.map((n) => n.id), 'in order');
      const shipment = merged.records.edges.map((e) => e.node).find((n) => n.__typename === 'Shipment');
      assert(shipment && Array.isArray(shipment.estimates.nodes) && shipment.supplier,
        'fragment on Record matched Shipment');
    });
    equal(warnings, [], 'Apollo wrote no warning');
  });

await check('Apollo PersistedQueryLink: hash-only GET, PersistedQueryNotFound, retry with the text, then hash only',
  async () => {
    const sha256 = (text) => createHash('sha256').update(text).digest('hex');
    const name = `ApqCheck${randomUUID().replace(/-/g, '')}`;
    const query = apollo.gql(`query ${name} { datasetRelease { version recordCount } }`);
    const client = (log) => new apollo.ApolloClient({
      link: createPersistedQueryLink({ sha256, useGETForHashedQueries: true })
        .concat(new apollo.HttpLink({ uri: url, fetch: recordingFetch(log) })),
      cache: new apollo.InMemoryCache(),
    });
    const log = [];
    const first = await client(log).query({ query });
    assert(first.data.datasetRelease.version.startsWith('ds-'), 'answered');
    equal(log.map((r) => r.method), ['GET', 'POST'], 'hash-only GET, then the text');
    assert(!new URL(log[0].url).searchParams.has('query'), 'the first request carries no query');
    assert(JSON.parse(log[0].body).errors[0].message === 'PersistedQueryNotFound', 'PersistedQueryNotFound');
    const again = [];
    await client(again).query({ query });
    equal(again.map((r) => r.method), ['GET'], 'a new client needs the hash only');
    equal(again[0].status, 200, 'answered from the hash');
    assert(again[0].headers.get('cache-control')?.startsWith('public'), 'a hashed GET is cacheable');
    assert(again[0].headers.get('etag'), 'with an ETag');
  });

// ---------------------------------------------------------------------------------------------
// urql
// ---------------------------------------------------------------------------------------------
await check('urql persistedExchange: PersistedQueryNotFound, then the text, then the hash alone', async () => {
  const { Client, fetchExchange, gql } = await import('@urql/core');
  const { persistedExchange } = await import('@urql/exchange-persisted');
  const name = `UrqlCheck${randomUUID().replace(/-/g, '')}`;
  const query = gql(`query ${name} { datasetRelease { version } }`);
  const client = (log) => new Client({
    url,
    fetch: recordingFetch(log),
    exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
  });
  const log = [];
  const result = await client(log).query(query, {}).toPromise();
  assert(!result.error, `no error: ${result.error}`);
  assert(result.data.datasetRelease.version.startsWith('ds-'), 'answered');
  assert(log.length === 2 && JSON.parse(log[0].body).errors[0].message === 'PersistedQueryNotFound',
    `not found first, then the text: ${log.map((r) => r.method + ' ' + r.status)}`);
  const again = [];
  const second = await client(again).query(query, {}).toPromise();
  assert(!second.error && second.data.datasetRelease.version, 'answered again');
  equal(again.length, 1, 'the hash alone is enough now');
});

// ---------------------------------------------------------------------------------------------
// An HTTP cache: http-cache-semantics implements RFC 9111's rules for shared caches
// ---------------------------------------------------------------------------------------------
await check('an RFC 9111 shared cache stores GET answers, honours Vary, revalidates with 304, never stores errors',
  async () => {
    const CachePolicy = (await import('http-cache-semantics')).default;
    const headersOf = (res) => Object.fromEntries([...res.headers]);
    const get = async (query, headers) => {
      const target = `${url}?query=${encodeURIComponent(query)}`;
      const res = await fetch(target, { headers });
      const request = { url: target, method: 'GET', headers };
      return { res, request, policy: new CachePolicy(request, { status: res.status, headers: headersOf(res) },
        { shared: true }) };
    };
    const accept = { accept: 'application/graphql-response+json' };
    const { res, request, policy } = await get('{ datasetRelease { version recordCount } }', accept);
    await res.text();
    assert(policy.storable(), 'a shared cache may store a GET answer');
    equal(policy.maxAge(), 300, 'seconds fresh (max-age)');
    equal(Math.round(policy.timeToLive() / 1000), 300 + 3600, 'seconds usable, stale-while-revalidate included');
    assert(policy.satisfiesWithoutRevalidation(request), 'the same request is answered from the cache');
    assert(!policy.satisfiesWithoutRevalidation({ ...request, headers: { accept: 'application/json' } }),
      'another Accept is not (Vary)');
    assert(!policy.satisfiesWithoutRevalidation({ ...request, headers: { ...accept, origin: 'https://x.example' } }),
      'another Origin is not (Vary)');
    assert(!policy.satisfiesWithoutRevalidation({ ...request, headers: { ...accept, 'x-dataset-version': 'ds-1' } }),
      'another pinned release is not (Vary)');
    const conditional = policy.revalidationHeaders(request);
    equal(conditional['if-none-match'], res.headers.get('etag'), 'revalidation sends the ETag');
    const revalidated = await fetch(request.url, { headers: conditional });
    equal(revalidated.status, 304, 'the server confirms the stored answer');
    equal(await revalidated.text(), '', 'with no body');
    const { modified } = policy.revalidatedPolicy({ ...request, headers: conditional },
      { status: 304, headers: headersOf(revalidated) });
    equal(modified, false, 'the cache keeps serving what it stored');

    const pinned = await get('{ datasetRelease { version } }',
      { ...accept, 'x-dataset-version': res.headers.get('x-dataset-version') });
    await pinned.res.text();
    assert(pinned.policy.storable(), 'a pinned answer is stored');
    equal(pinned.policy.maxAge(), 365 * 24 * 3600, 'a pinned answer is fresh for a year');
    const error = await get('{ datasetRelease { nope } }', accept);
    await error.res.text();
    assert(!error.policy.storable(), `an error is never stored (${error.res.headers.get('cache-control')})`);
    const body = JSON.stringify({ query: '{ datasetRelease { version } }' });
    const posted = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await posted.text();
    assert(!new CachePolicy({ url, method: 'POST', headers: {} }, { status: 200, headers: headersOf(posted) })
      .storable(), 'a POST answer is not stored');
  });

// ---------------------------------------------------------------------------------------------
// GraphQL Code Generator + TypeScript
// ---------------------------------------------------------------------------------------------
await check('GraphQL Code Generator (typescript, typescript-operations) and tsc --noEmit over code using the types',
  async () => {
    fs.rmSync(path.join(here, 'codegen/generated'), { recursive: true, force: true });
    tool('graphql-codegen', ['--config', 'codegen.yml']);
    tool('tsc', ['-p', 'tsconfig.json']);
    // The documents it typed also run against the service.
    const docs = fs.readFileSync(path.join(here, 'codegen/operations.graphql'), 'utf8');
    const data = await (await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: docs, operationName: 'ShipmentsPage', variables: { first: 3 } }),
    })).json();
    equal(data.errors, undefined, 'ShipmentsPage runs');
    equal(data.data.shipments.edges.length, 3, 'three shipments');
  });

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`client checks against ${url}: ${results.length} run`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
