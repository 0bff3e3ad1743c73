// Explore: a timeline of records and a network of the actors they involve, with filters by
// kind, actor and period. Built only on the public GraphQL API; the filters are a RecordFilter,
// so the count shown is the API's totalCount for the same filter.
(function () {
  'use strict';

  const KIND_COLOURS = {
    AGREEMENT: '#6a4c93', SHIPMENT: '#e76f51', DEPLOYMENT: '#2a9d8f', EVENT: '#264653', STATEMENT: '#e9c46a',
  };
  const MAX_RECORDS = 1000; // the page draws at most this many; the count is always the full one
  const SVG = 'http://www.w3.org/2000/svg';

  const $ = (id) => document.getElementById(id);
  const state = { kinds: [], actors: [] };

  const RECORDS = `query ExploreRecords($filter: RecordFilter, $after: String) {
    records(first: 100, after: $after, filter: $filter, orderBy: DATE_ASC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id slug kind title status
        period { label earliest latest start { label precision } }
        actors(first: 50) { nodes { role actor { slug name kind } } }
      }
    }
  }`;

  const DETAILS = `query ExploreRecord($slug: String!) {
    recordBySlug(slug: $slug) {
      summary
      citations(first: 100) {
        nodes {
          stance paragraph
          claimant { name }
          claimedOn { label }
          source { title published { label } }
          estimates(first: 20) { nodes { metric low high unit qualifier } }
        }
      }
    }
  }`;

  // ---------------------------------------------------------------------------------------
  // Filters <-> URL <-> RecordFilter
  // ---------------------------------------------------------------------------------------

  function readForm() {
    return { kind: $('kind').value, actor: $('actor').value, from: $('from').value.trim(), to: $('to').value.trim() };
  }

  function writeForm(f) {
    $('kind').value = f.kind || '';
    $('actor').value = f.actor || '';
    $('from').value = f.from || '';
    $('to').value = f.to || '';
  }

  function fromUrl() {
    const p = new URLSearchParams(window.location.search);
    return { kind: p.get('kind') || '', actor: p.get('actor') || '', from: p.get('from') || '', to: p.get('to') || '' };
  }

  function toUrl(f) {
    const p = new URLSearchParams();
    Object.keys(f).forEach((k) => { if (f[k]) p.set(k, f[k]); });
    const search = p.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
  }

  /** The RecordFilter for the form, or null for everything. */
  function recordFilter(f) {
    const filter = {};
    if (f.kind) filter.kind = [f.kind];
    if (f.actor) filter.involves = { actors: [f.actor] };
    if (f.from || f.to) filter.period = { overlaps: (f.from || '') + '..' + (f.to || '') };
    return Object.keys(filter).length ? filter : null;
  }

  // ---------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------

  async function loadChoices() {
    const data = await window.graphql(`query ExploreChoices {
      datasetRelease { version recordCount }
      kinds: __type(name: "RecordKind") { enumValues { name description } }
    }`);
    $('dataset-version').textContent = data.datasetRelease ? data.datasetRelease.version : 'unknown';
    state.kinds = data.kinds.enumValues.map((v) => v.name);
    for (const v of data.kinds.enumValues) {
      const o = new Option(label(v.name), v.name);
      o.title = v.description;
      $('kind').add(o);
    }
    let after = null;
    do {
      const page = await window.graphql(`query ExploreActors($after: String) {
        actors(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug name kind } }
      }`, { after: after });
      state.actors = state.actors.concat(page.actors.nodes);
      after = page.actors.pageInfo.hasNextPage ? page.actors.pageInfo.endCursor : null;
    } while (after);
    for (const a of state.actors) $('actor').add(new Option(a.name, a.slug));
  }

  async function loadRecords(filter) {
    let after = null;
    let total = 0;
    let records = [];
    do {
      const data = await window.graphql(RECORDS, { filter: filter, after: after });
      total = data.records.totalCount;
      records = records.concat(data.records.nodes);
      after = data.records.pageInfo.hasNextPage && records.length < MAX_RECORDS ? data.records.pageInfo.endCursor : null;
    } while (after);
    return { total: total, records: records };
  }

  let generation = 0;

  async function apply() {
    const f = readForm();
    toUrl(f);
    const filter = recordFilter(f);
    const mine = ++generation;
    document.body.dataset.state = 'loading';
    showError(null);
    updateExportLinks(filter);
    try {
      const result = await loadRecords(filter);
      if (mine !== generation) return; // a newer request has started
      $('count').textContent = result.total;
      $('count').dataset.count = result.total;
      $('count-noun').textContent = (result.total === 1 ? 'record' : 'records')
        + (result.records.length < result.total ? ' (the first ' + result.records.length + ' drawn)' : '');
      drawOverview(result.records);
      drawTimeline(result.records);
      drawNetwork(result.records, f.actor);
      document.body.dataset.state = 'ready';
    } catch (e) {
      if (mine !== generation) return;
      showError(e.message);
      $('count').textContent = '–';
      delete $('count').dataset.count;
      document.body.dataset.state = 'error';
    }
  }

  function updateExportLinks(filter) {
    const q = filter ? '?filter=' + encodeURIComponent(JSON.stringify(filter)) : '';
    $('export-csv').href = '/export/records.csv' + q;
    $('export-jsonl').href = '/export/records.jsonl' + q;
  }

  function showError(message) {
    $('error').hidden = !message;
    $('error').textContent = message ? 'The API refused the filter: ' + message : '';
  }

  // ---------------------------------------------------------------------------------------
  // Timeline
  // ---------------------------------------------------------------------------------------

  function label(kind) {
    return kind.charAt(0) + kind.slice(1).toLowerCase();
  }

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => e.setAttribute(k, attrs[k]));
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach((k) => e.setAttribute(k, attrs[k]));
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function drawTimeline(records) {
    const list = $('timeline');
    list.textContent = '';
    let year = null;
    for (const r of records) {
      const y = r.period.earliest.slice(0, 4);
      if (y !== year) {
        year = y;
        list.appendChild(el('li', { class: 'year', 'aria-hidden': 'true' }, y));
      }
      const item = el('li', { class: 'record kind-' + r.kind, 'data-slug': r.slug, 'data-kind': r.kind });
      const head = el('button', { type: 'button', class: 'record-head', 'aria-expanded': 'false' });
      head.appendChild(el('time', { datetime: r.period.earliest, title: 'precision: ' + r.period.start.precision },
        r.period.label));
      const badge = el('span', { class: 'badge' }, label(r.kind));
      badge.style.background = KIND_COLOURS[r.kind] || '#888';
      head.appendChild(badge);
      head.appendChild(el('span', { class: 'title' }, r.title));
      head.appendChild(el('span', { class: 'status' }, r.status.toLowerCase()));
      item.appendChild(head);
      const who = [...new Map(r.actors.nodes.map((i) => [i.actor.slug, i.actor.name])).values()];
      if (who.length) item.appendChild(el('div', { class: 'who' }, who.join(' · ')));
      head.addEventListener('click', () => toggleDetails(item, head, r.slug));
      list.appendChild(item);
    }
    if (!records.length) list.appendChild(el('li', { class: 'empty' }, 'No record matches these filters.'));
  }

  async function toggleDetails(item, head, slug) {
    const open = item.querySelector('.details');
    if (open) {
      open.remove();
      head.setAttribute('aria-expanded', 'false');
      return;
    }
    head.setAttribute('aria-expanded', 'true');
    const box = el('div', { class: 'details' }, 'Loading the citations…');
    item.appendChild(box);
    try {
      const data = await window.graphql(DETAILS, { slug: slug });
      box.textContent = '';
      box.appendChild(el('p', {}, data.recordBySlug.summary));
      const claims = el('ul', { class: 'claims' });
      for (const c of data.recordBySlug.citations.nodes) {
        const li = el('li');
        li.appendChild(el('span', { class: 'stance' }, c.stance));
        li.appendChild(document.createTextNode(' ' + (c.claimant ? c.claimant.name : 'the source itself')
          + (c.claimedOn ? ' (' + c.claimedOn.label + ')' : '') + ' — '));
        li.appendChild(el('cite', {}, c.source.title));
        li.appendChild(document.createTextNode(', ' + c.source.published.label + ', ¶' + c.paragraph));
        for (const e of c.estimates.nodes) {
          li.appendChild(el('span', { class: 'estimate' }, e.metric + ' ' + e.qualifier.toLowerCase().replace('_', ' ')
            + ' ' + [e.low, e.high].filter((v) => v !== null).filter((v, i, a) => a.indexOf(v) === i).join('–')
            + ' ' + e.unit));
        }
        claims.appendChild(li);
      }
      box.appendChild(claims);
    } catch (e) {
      box.textContent = 'Could not load the citations: ' + e.message;
    }
  }

  /** Records per year, stacked by kind. */
  function drawOverview(records) {
    const chart = $('overview');
    chart.textContent = '';
    const counts = new Map();
    for (const r of records) {
      const y = Number(r.period.earliest.slice(0, 4));
      if (!counts.has(y)) counts.set(y, {});
      counts.get(y)[r.kind] = (counts.get(y)[r.kind] || 0) + 1;
    }
    const years = [...counts.keys()].sort((a, b) => a - b);
    const width = 640;
    const height = 90;
    chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    if (!years.length) return;
    const max = Math.max(...years.map((y) => Object.values(counts.get(y)).reduce((a, b) => a + b, 0)));
    const step = width / years.length;
    const barWidth = Math.min(48, step * 0.7);
    years.forEach((y, i) => {
      let top = height - 16;
      const x = i * step + (step - barWidth) / 2;
      for (const kind of state.kinds) {
        const n = counts.get(y)[kind] || 0;
        if (!n) continue;
        const h = (n / max) * (height - 30);
        top -= h;
        const bar = svg('rect', { x: x, y: top, width: barWidth, height: h, fill: KIND_COLOURS[kind] || '#888' });
        bar.appendChild(svg('title', {}, y + ': ' + n + ' ' + label(kind).toLowerCase() + (n === 1 ? '' : 's')));
        chart.appendChild(bar);
      }
      const total = Object.values(counts.get(y)).reduce((a, b) => a + b, 0);
      chart.appendChild(svg('text', { x: x + barWidth / 2, y: top - 3, 'text-anchor': 'middle', class: 'n' }, total));
      chart.appendChild(svg('text', { x: x + barWidth / 2, y: height - 3, 'text-anchor': 'middle', class: 'axis' }, y));
    });
  }

  // ---------------------------------------------------------------------------------------
  // Network
  // ---------------------------------------------------------------------------------------

  function drawNetwork(records, selected) {
    const canvas = $('network');
    canvas.textContent = '';
    const nodes = new Map();
    const links = new Map();
    for (const r of records) {
      const slugs = [...new Set(r.actors.nodes.map((i) => i.actor.slug))].sort();
      for (const i of r.actors.nodes) {
        if (!nodes.has(i.actor.slug)) nodes.set(i.actor.slug, { slug: i.actor.slug, name: i.actor.name, kind: i.actor.kind, records: 0 });
      }
      slugs.forEach((s) => { nodes.get(s).records++; });
      for (let a = 0; a < slugs.length; a++) {
        for (let b = a + 1; b < slugs.length; b++) {
          const key = slugs[a] + ' ' + slugs[b];
          links.set(key, (links.get(key) || 0) + 1);
        }
      }
    }
    const list = [...nodes.values()].sort((a, b) => b.records - a.records || a.slug.localeCompare(b.slug));
    const edges = [...links.entries()].map(([key, weight]) => {
      const [a, b] = key.split(' ');
      return { source: nodes.get(a), target: nodes.get(b), weight: weight };
    });
    canvas.dataset.nodes = list.length;
    if (!list.length) {
      canvas.appendChild(svg('text', { x: 320, y: 280, 'text-anchor': 'middle', class: 'axis' }, 'No actors to show.'));
      drawLegend();
      return;
    }
    layout(list, edges, 640, 560);
    const maxRecords = Math.max(...list.map((n) => n.records));
    const labelled = new Set(list.filter((n, i) => i < 14 || n.kind === 'STATE').map((n) => n.slug));
    const edgeLayer = svg('g', { class: 'edges' });
    for (const e of edges) {
      const line = svg('line', { x1: e.source.x, y1: e.source.y, x2: e.target.x, y2: e.target.y,
        'stroke-width': Math.min(1 + Math.log2(e.weight) * 1.5, 8) });
      line.appendChild(svg('title', {}, e.source.name + ' – ' + e.target.name + ': ' + e.weight
        + (e.weight === 1 ? ' record' : ' records')));
      edgeLayer.appendChild(line);
    }
    canvas.appendChild(edgeLayer);
    const nodeLayer = svg('g', { class: 'nodes' });
    for (const n of list) {
      const g = svg('g', { class: 'node kind-' + n.kind + (n.slug === selected ? ' selected' : ''), 'data-slug': n.slug,
        tabindex: '0', role: 'button', 'aria-label': n.name + ', ' + n.records + ' records' });
      const r = 4 + 12 * Math.sqrt(n.records / maxRecords);
      g.appendChild(svg('circle', { cx: n.x, cy: n.y, r: r }));
      if (labelled.has(n.slug) || n.slug === selected) {
        // Near an edge, the label grows inwards so that it is not cut off.
        const anchor = n.x < 160 ? 'start' : n.x > 480 ? 'end' : 'middle';
        const x = anchor === 'start' ? n.x - r : anchor === 'end' ? n.x + r : n.x;
        g.appendChild(svg('text', { x: x, y: n.y - r - 3, 'text-anchor': anchor }, n.name));
      }
      g.appendChild(svg('title', {}, n.name + ' (' + n.kind.toLowerCase().replace(/_/g, ' ') + '): ' + n.records
        + (n.records === 1 ? ' record' : ' records')));
      const choose = () => {
        $('actor').value = n.slug === selected ? '' : n.slug;
        apply();
      };
      g.addEventListener('click', choose);
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
      nodeLayer.appendChild(g);
    }
    canvas.appendChild(nodeLayer);
    drawLegend();
  }

  function drawLegend() {
    const legend = $('legend');
    legend.textContent = '';
    for (const [cls, text] of [['STATE', 'state'], ['PERSON', 'person'], ['OTHER', 'body, service or group']]) {
      const li = el('li', { class: 'legend-' + cls });
      li.appendChild(el('span', { class: 'dot' }));
      li.appendChild(document.createTextNode(text));
      legend.appendChild(li);
    }
  }

  /** A small, deterministic force layout: repulsion between all nodes, springs along links. */
  function layout(nodes, edges, width, height) {
    const cx = width / 2;
    const cy = height / 2;
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      const radius = Math.min(width, height) * (0.15 + 0.3 * (i / nodes.length));
      n.x = cx + Math.cos(angle) * radius;
      n.y = cy + Math.sin(angle) * radius;
      n.vx = 0;
      n.vy = 0;
    });
    // Fewer nodes spread further: distances scale with the room each node has.
    const room = Math.sqrt((width * height) / Math.max(nodes.length, 1));
    const scale = Math.min(Math.max(room / 80, 1), 2.2);
    const steps = 300;
    for (let step = 0; step < steps; step++) {
      const alpha = 1 - step / steps;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i];
          const b = nodes[j];
          let dx = a.x - b.x;
          let dy = a.y - b.y;
          const d2 = Math.max(dx * dx + dy * dy, 30);
          const force = ((5200 * scale * scale) / d2) * alpha;
          const d = Math.sqrt(d2);
          dx /= d;
          dy /= d;
          a.vx += dx * force; a.vy += dy * force;
          b.vx -= dx * force; b.vy -= dy * force;
        }
      }
      for (const e of edges) {
        const dx = e.target.x - e.source.x;
        const dy = e.target.y - e.source.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const force = (d - 95 * scale) * 0.008 * Math.min(1 + Math.log2(e.weight), 4) * alpha;
        e.source.vx += (dx / d) * force; e.source.vy += (dy / d) * force;
        e.target.vx -= (dx / d) * force; e.target.vy -= (dy / d) * force;
      }
      for (const n of nodes) {
        n.vx += (cx - n.x) * 0.012 * alpha;
        n.vy += (cy - n.y) * 0.012 * alpha;
        n.x = Math.min(width - 40, Math.max(40, n.x + n.vx));
        n.y = Math.min(height - 20, Math.max(28, n.y + n.vy));
        n.vx *= 0.6;
        n.vy *= 0.6;
      }
    }
  }

  // ---------------------------------------------------------------------------------------

  async function start() {
    $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
    $('kind').addEventListener('change', apply);
    $('actor').addEventListener('change', apply);
    $('reset').addEventListener('click', () => { writeForm({}); apply(); });
    try {
      await loadChoices();
    } catch (e) {
      showError(e.message);
      document.body.dataset.state = 'error';
      return;
    }
    writeForm(fromUrl());
    await apply();
  }

  start();
})();
