// End-to-end tests against a running service (BASE_URL, default http://127.0.0.1:8095):
//  - a real GraphQL client check: the schema is introspected and rebuilt with graphql-js
//    (buildClientSchema), and every example query file is validated against it and run;
//  - /explore and /ide in headless Chromium driven by playwright-core, checked against what
//    the API itself answers for the same filters.
// Prints one line per test and, last, "N passed, N failed"; exits non-zero on any failure.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { chromium } from 'playwright-core';

const BASE = (process.env.BASE_URL || 'http://127.0.0.1:8095').replace(/\/$/, '');
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const EXAMPLES = join(REPO, 'src/main/resources/examples');
const SHOTS = join(REPO, 'target');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, message) {
  if (actual !== expected) throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function gql(query, variables = {}) {
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function totalCount(filter) {
  const data = await gql('query($f: RecordFilter) { records(filter: $f, first: 0) { totalCount } }', { f: filter });
  return data.records.totalCount;
}

function exampleFiles() {
  return readFileSync(join(EXAMPLES, 'index.txt'), 'utf8').split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

// ---------------------------------------------------------------------------------------------
// A real GraphQL client: graphql-js against the introspected schema
// ---------------------------------------------------------------------------------------------

test('graphql-js: every example query validates against the introspected schema', async () => {
  const schema = buildClientSchema(await gql(getIntrospectionQuery()));
  const files = exampleFiles();
  assert(files.length >= 5, `expected at least 5 examples, found ${files.length}`);
  for (const file of files) {
    const errors = validate(schema, parse(readFileSync(join(EXAMPLES, file), 'utf8')));
    assert(errors.length === 0, `${file}: ${errors.map((e) => e.message).join('; ')}`);
  }
});

test('graphql-js: every example runs without errors and returns data; /examples serves the same files', async () => {
  const served = await (await fetch(`${BASE}/examples`)).json();
  equal(served.map((e) => e.file).join(','), exampleFiles().join(','), 'GET /examples lists index.txt');
  for (const example of served) {
    equal(example.query, readFileSync(join(EXAMPLES, example.file), 'utf8'), `${example.file} as served`);
    const data = await gql(example.query);
    assert(Object.values(data).every((v) => v !== null && !(Array.isArray(v) && v.length === 0)),
      `${example.file} returned empty data: ${JSON.stringify(data).slice(0, 200)}`);
  }
});

test('graphql-request: a common client library runs every example and gets data', async () => {
  const client = new GraphQLClient(`${BASE}/graphql`, {
    headers: { accept: 'application/graphql-response+json, application/json' },
  });
  for (const file of exampleFiles()) {
    const data = await client.request(readFileSync(join(EXAMPLES, file), 'utf8'));
    assert(data && Object.keys(data).length > 0, `${file}: graphql-request got no data`);
  }
});

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

let context;
let profile;

async function openPage(path) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    // Failed loads are reported with their address by the 'response' listener below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(BASE) && !url.startsWith('data:')) problems.push(`request outside the service: ${url}`);
    // /explore reads its data from the public GraphQL API only, and the map's outline from its own
    // folder; the IDE also loads its examples.
    const allowed = path.startsWith('/ide') ? ['/graphql', '/examples'] : ['/graphql', '/explore/outline.json'];
    if (['fetch', 'xhr'].includes(r.resourceType()) && !allowed.includes(new URL(url).pathname)) {
      problems.push(`data request to ${url}`);
    }
  });
  page.problems = problems;
  await page.goto(BASE + path);
  return page;
}

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'ready') throw new Error(`/explore is in state ${state}: ${await page.textContent('#error')}`);
}

async function shownCount(page) {
  return Number(await page.getAttribute('#count', 'data-count'));
}

async function finish(page) {
  const problems = page.problems;
  await page.close();
  assert(problems.length === 0, problems.join('\n'));
}

test('/explore shows every record, the June 2024 Putin visit, and Russia and North Korea in the network', async () => {
  const page = await openPage('/explore');
  await ready(page);
  equal(await shownCount(page), await totalCount(null), 'count without filters = records totalCount');
  equal(await page.locator('#timeline li.record').count(), await totalCount(null), 'one timeline item per record');

  const visit = page.locator('#timeline li.record[data-slug="putin-visit-pyongyang-2024-06"]');
  equal(await visit.count(), 1, 'the June 2024 visit is on the timeline');
  assert((await visit.textContent()).includes('2024-06-19'), 'the visit shows its date, 2024-06-19');
  assert((await visit.textContent()).includes("Putin's state visit to Pyongyang"), 'the visit shows its title');

  for (const [slug, name] of [['russia', 'Russia'], ['north-korea', 'North Korea']]) {
    const node = page.locator(`#network .node[data-slug="${slug}"]`);
    equal(await node.count(), 1, `${name} is a node of the network`);
    equal((await node.locator('text').textContent()).trim(), name, `${name} is labelled`);
  }
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'explore.png'), fullPage: true });
  await finish(page);
});

test('/explore filtered by kind EVENT shows the API totalCount of events, and only events', async () => {
  const page = await openPage('/explore');
  await ready(page);
  const before = await shownCount(page);
  const events = (await gql('{ events(first: 0) { totalCount } }')).events.totalCount;
  await page.selectOption('#kind', 'EVENT');
  await page.waitForFunction((n) => document.querySelector('#count').dataset.count === String(n), events, { timeout: 20000 });
  await ready(page);
  equal(await shownCount(page), events, 'count with kind EVENT = events totalCount');
  assert(events < before, 'the count changed');
  const kinds = await page.locator('#timeline li.record').evaluateAll((items) => [...new Set(items.map((i) => i.dataset.kind))]);
  equal(kinds.join(','), 'EVENT', 'the timeline shows events only');
  assert(page.url().includes('kind=EVENT'), 'the filter is in the address, to share');
  const csv = await page.getAttribute('#export-csv', 'href');
  assert(decodeURIComponent(csv).includes('"kind":["EVENT"]'), `the CSV link carries the filter: ${csv}`);
  await finish(page);
});

test('/explore filtered by actor and period agrees with the API, and the network centres on the actor', async () => {
  const page = await openPage('/explore?actor=kim-jong-un&from=2024&to=2024');
  await ready(page);
  const expected = await totalCount({ involves: { actors: ['kim-jong-un'] }, period: { overlaps: '2024..2024' } });
  assert(expected > 0, 'Kim Jong Un is involved in records of 2024');
  equal(await shownCount(page), expected, 'count = totalCount for kim-jong-un in 2024');
  equal(await page.inputValue('#actor'), 'kim-jong-un', 'the actor filter is set from the address');
  equal(await page.locator('#network .node.selected[data-slug="kim-jong-un"]').count(), 1, 'Kim is highlighted');
  const years = await page.locator('#timeline li.year').allTextContents();
  assert(years.every((y) => Number(y) <= 2024), `no record starts after 2024: ${years}`);
  await page.screenshot({ path: join(SHOTS, 'explore-kim-2024.png'), fullPage: true });

  // Clicking an actor in the network filters by it.
  await page.locator('#network .node[data-slug="vladimir-putin"] circle').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('actor') === 'vladimir-putin');
  await ready(page);
  equal(await shownCount(page), await totalCount({ involves: { actors: ['vladimir-putin'] }, period: { overlaps: '2024..2024' } }),
    'count after clicking Putin');
  await finish(page);
});

/** The bounding boxes of the labels in an SVG; the pairs that overlap, as "a / b". */
async function overlappingLabels(page, selector) {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll(sel)].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
    const out = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${boxes[i].text} / ${boxes[j].text}`);
      }
    }
    return out;
  }, selector);
}

test('/explore draws a map of places; clicking a place filters the timeline to the API totalCount for it', async () => {
  const page = await openPage('/explore');
  await ready(page);
  const places = await page.locator('#map .place').count();
  assert(places >= 3, `at least 3 places on the map, found ${places}`);
  // Every place drawn is a real place with coordinates, at its records count from the API's records.
  const located = (await gql('{ locations(first: 100) { nodes { slug latitude longitude } } }')).locations.nodes
    .filter((l) => l.latitude !== null);
  const drawn = await page.locator('#map .place').evaluateAll((gs) => gs.map((g) => ({ slug: g.dataset.slug, n: Number(g.dataset.records) })));
  for (const d of drawn) assert(located.some((l) => l.slug === d.slug), `${d.slug} has coordinates`);
  equal(JSON.stringify(await overlappingLabels(page, '#map .place text, #map .inset-place text, #map text.country')), '[]',
    'map labels (of the map, of its inset and of the countries) do not overlap');
  assert(await page.locator('#map .place text, #map .inset-place text').count() >= 6, 'at least 6 places are named');
  equal((await page.locator('#map-legend li').count()) >= 2, true, 'the map has a legend');

  // Country outlines under the places, from the file shipped with the page, in the map's frame.
  const shapes = await page.locator('#map > .outline path.country-shape').evaluateAll((ps) => ps.map((p) => ({
    name: p.dataset.name, d: p.getAttribute('d') || '', width: p.getBBox().width, height: p.getBBox().height })));
  for (const name of ['Russia', 'North Korea', 'South Korea', 'China', 'Japan', 'Ukraine']) {
    const shape = shapes.find((s) => s.name === name);
    assert(shape, `${name} is outlined (outlines: ${shapes.map((s) => s.name).join(', ')})`);
    assert(/^M[-\d.]+,[-\d.]+L/.test(shape.d) && shape.d.length > 100, `${name}'s outline has a path: ${shape.d.slice(0, 40)}`);
    assert(shape.width > 5 && shape.height > 5, `${name}'s outline has a size: ${shape.width} x ${shape.height}`);
  }
  // Pyongyang lies inside North Korea's outline: the places and the outline share one projection.
  const inside = await page.evaluate(() => {
    const nk = document.querySelector('#map > .outline path[data-name="North Korea"]');
    const c = document.querySelector('#map .place[data-slug="pyongyang"] circle');
    const p = document.querySelector('#map').createSVGPoint();
    p.x = Number(c.getAttribute('cx'));
    p.y = Number(c.getAttribute('cy'));
    return nk.isPointInFill(p);
  });
  assert(inside, 'Pyongyang is drawn inside the outline of North Korea');
  equal(await page.locator('#map .inset path.country-shape[data-name="North Korea"]').count(), 1, 'the inset is outlined too');
  mkdirSync(SHOTS, { recursive: true });
  const shot = join(SHOTS, 'explore-map.png');
  rmSync(shot, { force: true });
  await page.locator('#map-section').screenshot({ path: shot });
  assert(statSync(shot).size > 20000, `the map's screenshot ${shot} is written (${statSync(shot).size} bytes)`);

  const busiest = drawn.sort((a, b) => b.n - a.n)[0];
  // Small places are drawn over large ones, which they may cover: choose it as a keyboard user does.
  await page.locator(`#map .place[data-slug="${busiest.slug}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => new URL(location.href).searchParams.get('place') === s, busiest.slug, { timeout: 20000 });
  await ready(page);
  const expected = await totalCount({ locations: [busiest.slug] });
  assert(expected > 0, `${busiest.slug} has records`);
  equal(await shownCount(page), expected, `count after clicking ${busiest.slug} = totalCount for locations [${busiest.slug}]`);
  equal(await page.locator('#timeline li.record').count(), expected, 'one timeline item per record at the place');
  equal(await page.inputValue('#place'), busiest.slug, 'the place filter is set');
  equal(await page.locator(`#map .place.selected[data-slug="${busiest.slug}"]`).count(), 1, 'the place is highlighted');
  assert(decodeURIComponent(await page.getAttribute('#export-csv', 'href')).includes(`"locations":["${busiest.slug}"]`),
    'the CSV link carries the place filter');

  // A mouse click on a place of the inset filters too: the first one not covered by another.
  await page.click('#reset');
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('place'), null, { timeout: 20000 });
  await ready(page);
  const clickable = await page.locator('#map .inset-place').evaluateAll((gs) => gs.map((g) => {
    g.scrollIntoView({ block: 'center' }); // elementFromPoint sees the viewport only
    const r = g.querySelector('circle').getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit && g.contains(hit) ? g.dataset.slug : null;
  }).filter(Boolean));
  assert(clickable.length > 0, 'a place of the inset can be clicked');
  await page.locator(`#map .inset-place[data-slug="${clickable[0]}"] circle`).click();
  await page.waitForFunction((s) => new URL(location.href).searchParams.get('place') === s, clickable[0], { timeout: 20000 });
  await ready(page);
  equal(await page.locator('#timeline li.record').count(), await totalCount({ locations: [clickable[0]] }),
    `the timeline after clicking ${clickable[0]} in the inset`);
  await finish(page);
});

test('/explore names an unknown actor or place from the address, with the API\'s nearest slugs as links that apply them', async () => {
  const page = await openPage('/explore?actor=rusia&from=2024');
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 20000 });
  const error = page.locator('#error');
  assert(await error.isVisible(), 'the error is shown');
  const text = await error.textContent();
  assert(text.includes('UNKNOWN_SLUG') && text.includes("'rusia'"), `the message names the code and the slug: ${text}`);
  equal(await page.inputValue('#actor'), 'rusia', 'the actor list keeps the unknown slug instead of a blank choice');
  equal(await page.locator('#count').textContent(), '–', 'no count is shown for a refused filter');
  const link = page.locator('#error a.suggestion[data-slug="russia"]');
  equal(await link.count(), 1, 'the nearest slug, russia, is offered as a link');
  assert((await link.getAttribute('href')).includes('actor=russia'), 'the link is an address with the suggested actor');
  await page.screenshot({ path: join(SHOTS, 'explore-unknown-actor.png') });
  page.problems.length = 0; // the refused request is expected

  await link.click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('actor') === 'russia', null, { timeout: 20000 });
  await ready(page);
  assert(await error.isHidden(), 'the error is gone');
  equal(await page.inputValue('#actor'), 'russia', 'the suggested actor is chosen');
  equal(await page.locator('#actor option[data-unknown]').count(), 0, 'the unknown slug left the list');
  equal(await shownCount(page), await totalCount({ involves: { actors: ['russia'] }, period: { overlaps: '2024..' } }),
    'the count is the API totalCount for russia from 2024 (the other filters kept)');
  assert(new URL(page.url()).searchParams.get('from') === '2024', 'the period filter is kept');

  // A place, and a slug that is near nothing: named, with no link to follow.
  await page.goto(`${BASE}/explore?place=kiev`);
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 20000 });
  assert((await error.textContent()).includes("'kiev'"), 'the unknown place is named');
  equal(await page.locator('#error a.suggestion[data-slug="kyiv"]').count(), 1, 'kyiv is offered');
  await page.goto(`${BASE}/explore?actor=qqqqqqqqqq`);
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 20000 });
  assert((await error.textContent()).includes("'qqqqqqqqqq'"), 'a slug near nothing is named too');
  equal(await page.locator('#error a.suggestion').count(), 0, 'and nothing is suggested');
  page.problems.length = 0;
  // Choosing a known actor in the list clears the error, and the unknown slug leaves the list.
  await page.selectOption('#actor', 'kim-jong-un');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('actor') === 'kim-jong-un', null, { timeout: 20000 });
  await ready(page);
  assert(await error.isHidden(), 'the error is gone once a known actor is chosen');
  equal(await page.locator('#actor option[data-unknown]').count(), 0, 'the unknown slug left the list');
  await finish(page);
});

test('/explore shows the API\'s other refusals too: a mistyped kind in the address lists the valid kinds', async () => {
  const page = await openPage('/explore?kind=EVNT');
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 20000 });
  const text = await page.textContent('#error');
  assert(text.includes("'EVNT'") && text.includes('AGREEMENT, DEPLOYMENT, EVENT'), `the valid kinds are listed: ${text}`);
  equal(await page.inputValue('#kind'), 'EVNT', 'the kind list keeps the mistyped value instead of a blank choice');
  page.problems.length = 0;
  await finish(page);
});

test('/explore: legends on every chart, a title from the records\' years, names without article numbers, labels apart', async () => {
  const page = await openPage('/explore');
  await ready(page);
  for (const legend of ['#kind-legend', '#legend', '#map-legend']) {
    assert(await page.locator(`${legend} li`).count() >= 2, `${legend} has entries`);
  }
  const years = (await page.locator('#timeline li.record time').evaluateAll((ts) => ts.map((t) => Number(t.getAttribute('datetime').slice(0, 4)))));
  const title = await page.textContent('#page-title');
  assert(title.includes(String(Math.min(...years))), `title "${title}" starts at the first record's year ${Math.min(...years)}`);
  const names = await page.locator('#network .node text, #timeline .who, #actor option').allTextContents();
  const numbered = names.filter((n) => /\(\d{3}\b[,)]/.test(n));
  equal(numbered.length, 0, `no article numbers in names: ${numbered.slice(0, 3)}`);
  equal(JSON.stringify(await overlappingLabels(page, '#network .node text')), '[]', 'network labels do not overlap');
  const labelled = await page.locator('#network .node text').count();
  assert(labelled >= 10, `at least 10 actors named in the network, found ${labelled}`);
  await finish(page);
});

test('/explore shows a record\'s citations on click, and the API\'s message for a bad period', async () => {
  const page = await openPage('/explore');
  await ready(page);
  const visit = page.locator('#timeline li.record[data-slug="putin-visit-pyongyang-2024-06"]');
  await visit.locator('.record-head').click();
  await visit.locator('.claims li').first().waitFor({ timeout: 10000 });
  const data = await gql('{ recordBySlug(slug: "putin-visit-pyongyang-2024-06") { citations(first: 100) { nodes { paragraph } } } }');
  equal(await visit.locator('.claims li').count(), data.recordBySlug.citations.nodes.length, 'one line per citation');

  await page.fill('#from', '2024-13');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 20000 });
  const error = await page.textContent('#error');
  assert(error.includes("'2024-13' is not a real date"), `the API's own message is shown: ${error}`);
  page.problems.length = 0; // the refused request is expected
  await finish(page);
});

test('/ide opens GraphiQL with every example as a tab, runs one, and has the schema\'s docs', async () => {
  const page = await openPage('/ide');
  const tabs = page.locator('.graphiql-tab');
  await tabs.first().waitFor({ timeout: 30000 });
  const names = exampleFiles().map((f) => readFileSync(join(EXAMPLES, f), 'utf8').match(/query\s+(\w+)/)[1]);
  const titles = (await tabs.allTextContents()).map((t) => t.trim());
  for (const name of names) assert(titles.some((t) => t.includes(name)), `tab ${name} in ${titles}`);
  // Run the last example (the dataset release) and see its answer.
  await tabs.filter({ hasText: 'DatasetRelease' }).first().click();
  await page.locator('.graphiql-query-editor').filter({ hasText: 'query DatasetRelease' }).waitFor({ timeout: 10000 });
  await page.waitForTimeout(300); // let the editor settle on the new tab before running it
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.result-window').filter({ hasText: 'recordCount' }).waitFor({ timeout: 20000 });
  await page.screenshot({ path: join(SHOTS, 'ide.png') });
  // GraphiQL read the schema by introspection: its documentation explorer shows the root type.
  await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
  await page.locator('.graphiql-doc-explorer').filter({ hasText: 'query: Query' }).waitFor({ timeout: 20000 });
  await finish(page);
});

// ---------------------------------------------------------------------------------------------

async function main() {
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  profile = mkdtempSync(join(tmpdir(), 'rudprk-e2e-chromium-'));
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    console.error(`cannot start Chromium (${CHROMIUM}): ${e.message}`);
    context = null;
  }
  for (const t of tests) {
    const begun = Date.now();
    try {
      if (!context && t.name.startsWith('/')) throw new Error('no browser');
      await t.fn();
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - begun} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name} (${Date.now() - begun} ms)\n     ${String(e.message).split('\n').join('\n     ')}`);
    }
  }
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`screenshots in ${SHOTS}; ${((Date.now() - started) / 1000).toFixed(1)} s against ${BASE}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
