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
  const state = { kinds: [], actors: [], places: [] };

  const RECORDS = `query ExploreRecords($filter: RecordFilter, $after: String) {
    records(first: 100, after: $after, filter: $filter, orderBy: DATE_ASC) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id slug kind title status
        period { label earliest latest start { label precision } }
        actors(first: 50) { nodes { role actor { slug name kind } } }
        locations(first: 50) { nodes { location { slug } } }
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
    return { kind: $('kind').value, actor: $('actor').value, place: $('place').value, from: $('from').value.trim(), to: $('to').value.trim() };
  }

  function writeForm(f) {
    for (const id of ['kind', 'actor', 'place']) selectValue($(id), f[id] || '');
    $('from').value = f.from || '';
    $('to').value = f.to || '';
  }

  /** Selects a value; one the list does not have (a mistyped slug in a shared address) is kept as an
   *  option of its own, so that the API is asked and its answer (UNKNOWN_SLUG with the nearest slugs)
   *  is shown, instead of a blank choice that silently drops the filter. */
  function selectValue(select, value) {
    for (const o of [...select.options]) if (o.dataset.unknown && o.value !== value) o.remove();
    if (value && ![...select.options].some((o) => o.value === value)) {
      const o = new Option(value + ' (not known)', value);
      o.dataset.unknown = 'true';
      select.add(o);
    }
    select.value = value;
  }

  function fromUrl() {
    const p = new URLSearchParams(window.location.search);
    return { kind: p.get('kind') || '', actor: p.get('actor') || '', place: p.get('place') || '', from: p.get('from') || '', to: p.get('to') || '' };
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
    if (f.place) filter.locations = [f.place];
    if (f.from || f.to) filter.period = { overlaps: (f.from || '') + '..' + (f.to || '') };
    return Object.keys(filter).length ? filter : null;
  }

  // ---------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------

  async function loadChoices() {
    const drawing = loadOutline();
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
    for (const a of state.actors) $('actor').add(new Option(displayName(a.name), a.slug));
    after = null;
    do {
      const page = await window.graphql(`query ExplorePlaces($after: String) {
        locations(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { slug name kind latitude longitude } }
      }`, { after: after });
      state.places = state.places.concat(page.locations.nodes);
      after = page.locations.pageInfo.hasNextPage ? page.locations.pageInfo.endCursor : null;
    } while (after);
    for (const pl of [...state.places].sort((a, b) => a.name.localeCompare(b.name))) $('place').add(new Option(pl.name, pl.slug));
    await drawing;
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
    for (const id of ['kind', 'actor', 'place']) selectValue($(id), f[id]); // an unknown value no longer chosen leaves its list
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
      drawMap(result.records, f.place);
      drawTitle(result.records);
      document.body.dataset.state = 'ready';
    } catch (e) {
      if (mine !== generation) return;
      showError(e);
      $('count').textContent = '–';
      delete $('count').dataset.count;
      // Nothing drawn from an earlier filter stays on screen as if it were the answer.
      drawOverview([]);
      drawNetwork([], '');
      drawMap([], '');
      drawTitle([]);
      $('timeline').textContent = '';
      $('timeline').appendChild(el('li', { class: 'empty' }, 'Nothing shown: the API refused the filter (see above).'));
      document.body.dataset.state = 'error';
    }
  }

  function updateExportLinks(filter) {
    const q = filter ? '?filter=' + encodeURIComponent(JSON.stringify(filter)) : '';
    $('export-csv').href = '/export/records.csv' + q;
    $('export-jsonl').href = '/export/records.jsonl' + q;
  }

  // The form's fields that take a slug, by the kind of slug the API names in UNKNOWN_SLUG.
  const SLUG_FIELDS = { actor: 'actor', place: 'place' };

  /** Shows the API's errors, each with its code; an unknown slug with the nearest known ones as
   *  links that apply them. {@code error} is null (nothing to show), an Error from window.graphql
   *  (with .errors, the API's own) or a message. */
  function showError(error, prefix) {
    const box = $('error');
    box.textContent = '';
    box.hidden = !error;
    if (!error) return;
    const errors = error.errors || [{ message: error.message || String(error) }];
    box.appendChild(el('p', { class: 'error-head' }, prefix || 'The API refused the filter:'));
    const list = el('ul');
    for (const e of errors) {
      const code = e.extensions && e.extensions.code;
      const li = el('li', code ? { 'data-code': code } : {});
      if (code) li.appendChild(el('code', { class: 'error-code' }, code));
      li.appendChild(document.createTextNode((code ? ' ' : '') + e.message));
      const unknown = code === 'UNKNOWN_SLUG' ? unknownSlug(e) : null;
      if (unknown) li.appendChild(suggestionLinks(unknown));
      list.appendChild(li);
    }
    box.appendChild(list);
  }

  /** The kind, the slug and the nearest known slugs of an UNKNOWN_SLUG error, from its extensions. */
  function unknownSlug(e) {
    const x = e.extensions || {};
    if (!x.kind || !x.slug) return null;
    return { kind: x.kind, slug: x.slug, suggestions: x.suggestions || [] };
  }

  function suggestionLinks(unknown) {
    const field = SLUG_FIELDS[unknown.kind];
    const span = el('span', { class: 'suggestions' });
    if (!unknown.suggestions.length) {
      span.appendChild(document.createTextNode(' No known ' + unknown.kind + ' is near \u2018' + unknown.slug + '\u2019'
        + (field ? ': choose one in the list.' : '.')));
      return span;
    }
    span.appendChild(document.createTextNode(' Show instead: '));
    unknown.suggestions.forEach((slug, i) => {
      if (i) span.appendChild(document.createTextNode(', '));
      if (!field) { span.appendChild(el('code', {}, slug)); return; }
      const f = readForm();
      f[field] = slug;
      const p = new URLSearchParams();
      Object.keys(f).forEach((k) => { if (f[k]) p.set(k, f[k]); });
      const known = (field === 'actor' ? state.actors : state.places).find((x) => x.slug === slug);
      const a = el('a', { href: window.location.pathname + '?' + p.toString(), class: 'suggestion', 'data-slug': slug,
        'data-field': field }, known ? displayName(known.name) + ' (' + slug + ')' : slug);
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        selectValue($(field), slug);
        apply();
      });
      span.appendChild(a);
    });
    return span;
  }

  // ---------------------------------------------------------------------------------------
  // Timeline
  // ---------------------------------------------------------------------------------------

  /** A name for display, without internal article numbers: "Analysts (000, on troop numbers)" becomes
   *  "Analysts (on troop numbers)", "Analysts (000, 012)" becomes "Analysts". */
  function displayName(name) {
    const shown = name.replace(/\s*\((?:\d{3}\b[\s,;]*)+\)\s*$/, '').replace(/\((?:\d{3}\b,\s*)+(?=\D)/, '(').trim();
    return shown || name;
  }

  /** The title says which years the records shown span. */
  function drawTitle(records) {
    const base = 'Russia – North Korea partnership';
    if (!records.length) { $('page-title').textContent = base; return; }
    const first = Math.min(...records.map((r) => Number(r.period.earliest.slice(0, 4))));
    const last = Math.max(...records.map((r) => Number((r.period.latest || r.period.earliest).slice(0, 4))));
    $('page-title').textContent = base + ', ' + (first === last ? first : first + '–' + last);
    $('page-title').dataset.first = first;
    $('page-title').dataset.last = last;
  }

  /** Labels placed greedily, largest first: a label that would overlap a placed one (or leave the chart) is left out. */
  function placeLabels(layer, items, width, height, taken, fontSize) {
    const size = fontSize || 11;
    const boxes = taken ? taken.slice() : [];
    const hits = (b) => b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height
      || boxes.some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
    const placed = [];
    for (const it of items) {
      const w = it.text.length * size * 0.56 + 4;
      const h = size + 2;
      const candidates = [
        { x: it.x + it.r + 3, y: it.y - h / 2, anchor: 'start', tx: it.x + it.r + 3 },
        { x: it.x - it.r - 3 - w, y: it.y - h / 2, anchor: 'end', tx: it.x - it.r - 3 },
        { x: it.x - w / 2, y: it.y - it.r - 2 - h, anchor: 'middle', tx: it.x },
        { x: it.x - w / 2, y: it.y + it.r + 2, anchor: 'middle', tx: it.x },
      ];
      const spot = candidates.find((c) => !hits({ x: c.x, y: c.y, w: w, h: h }));
      if (!spot) continue;
      boxes.push({ x: spot.x, y: spot.y, w: w, h: h });
      const t = svg('text', { x: spot.tx, y: spot.y + h - 3, 'text-anchor': spot.anchor, class: 'label' }, it.text);
      (it.group || layer).appendChild(t);
      placed.push(it);
    }
    return placed;
  }

  function legendItem(list, cls, text, colour, shape) {
    const li = el('li', { class: cls });
    const sw = el('span', { class: shape || 'dot' });
    if (colour) sw.style.background = colour;
    li.appendChild(sw);
    li.appendChild(document.createTextNode(text));
    list.appendChild(li);
  }

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
      const who = [...new Map(r.actors.nodes.map((i) => [i.actor.slug, displayName(i.actor.name)])).values()];
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
    const legend = $('kind-legend');
    legend.textContent = '';
    const present = new Set(records.map((r) => r.kind));
    for (const kind of state.kinds) {
      if (present.has(kind)) legendItem(legend, 'legend-kind', label(kind), KIND_COLOURS[kind] || '#888', 'box');
    }
    if (years.length) legend.appendChild(el('li', { class: 'legend-note' }, 'bars: records per year they start, the number on top is the total'));
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
      n.r = r;
      n.group = g;
      g.appendChild(svg('title', {}, displayName(n.name) + ' (' + n.kind.toLowerCase().replace(/_/g, ' ') + '): ' + n.records
        + (n.records === 1 ? ' record' : ' records')));
      const choose = () => {
        selectValue($('actor'), n.slug === selected ? '' : n.slug);
        apply();
      };
      g.addEventListener('click', choose);
      g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
      nodeLayer.appendChild(g);
    }
    canvas.appendChild(nodeLayer);
    // Labels: the selected actor first, then by records; one that would overlap is left out (its name is
    // in the tooltip). Circles count as taken room.
    const order = list.slice().sort((a, b) => (b.slug === selected) - (a.slug === selected) || b.records - a.records);
    const circles = list.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
    const placed = placeLabels(nodeLayer, order.map((n) => ({ x: n.x, y: n.y, r: n.r, text: displayName(n.name), group: n.group })),
      640, 560, circles);
    canvas.dataset.labelled = placed.length;
    drawLegend(placed.length, list.length);
  }

  function drawLegend(labelled, total) {
    const legend = $('legend');
    legend.textContent = '';
    for (const [cls, text] of [['STATE', 'state'], ['PERSON', 'person'], ['OTHER', 'body, service or group']]) {
      legendItem(legend, 'legend-' + cls, text);
    }
    legend.appendChild(el('li', { class: 'legend-note' }, 'circle size: records; link width: shared records'
      + (total && labelled < total ? '; ' + labelled + ' of ' + total + ' named (the others on hover)' : '')));
  }

  // ---------------------------------------------------------------------------------------
  // Map: an equirectangular projection of the places' own extent, over country outlines
  // ---------------------------------------------------------------------------------------

  // Country outlines (Natural Earth, public domain) clipped to the region, shipped with the page
  // as outline.json (made by src/tools/map/generate.mjs); the map is drawn without them if they
  // cannot be read.
  let outline = null;
  async function loadOutline() {
    try {
      const response = await fetch('/explore/outline.json');
      if (response.ok) outline = await response.json();
    } catch (e) {
      outline = null;
    }
  }

  /** An SVG path of a MultiPolygon's rings, projected by px and py. */
  function pathOf(geometry, px, py) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let d = '';
    for (const polygon of polygons) {
      for (const ring of polygon) {
        d += 'M' + ring.map((p) => px(p[0]).toFixed(1) + ',' + py(p[1]).toFixed(1)).join('L') + 'Z';
      }
    }
    return d;
  }

  // Country names placed at rough centres, as orientation only (not data from the articles).
  const COUNTRY_LABELS = [
    ['RUSSIA', 56, 60], ['RUSSIA', 57, 85], ['RUSSIA', 62, 110], ['NORTH KOREA', 40.3, 127], ['SOUTH KOREA', 36.3, 128], ['CHINA', 40, 105],
    ['UKRAINE', 49, 31.5], ['UKRAINE', 47.2, 33], ['JAPAN', 36.5, 138.5], ['MONGOLIA', 47, 103], ['KAZAKHSTAN', 48, 67], ['BELARUS', 53.5, 28],
    ['IRAN', 32.5, 54],
  ];

  // The Korean peninsula, where most places crowd within a few pixels of one another on the whole
  // map: drawn again, enlarged, in a corner of the map that covers no place, when two or more of the
  // places shown lie in it.
  const INSET = { name: 'Korean peninsula', west: 123.5, east: 131, south: 36, north: 42 };

  /** Country shapes projected by px and py, in a group. */
  function landLayer(px, py, clip) {
    const land = svg('g', clip ? { class: 'outline', 'clip-path': 'url(#' + clip + ')' } : { class: 'outline' });
    for (const f of outline ? outline.features : []) {
      const path = svg('path', { class: 'country-shape', d: pathOf(f.geometry, px, py), 'data-name': f.properties.name });
      path.appendChild(svg('title', {}, f.properties.name));
      land.appendChild(path);
    }
    return land;
  }

  /** A place as a circle that filters by it (or clears that filter) on click, Enter or space. */
  function placeMark(p, x, y, r, n, selected, cls) {
    const g = svg('g', { class: cls + (p.slug === selected ? ' selected' : ''), 'data-slug': p.slug, 'data-records': n,
      tabindex: '0', role: 'button', 'aria-label': p.name + ', ' + n + (n === 1 ? ' record' : ' records') });
    g.appendChild(svg('circle', { cx: x, cy: y, r: r }));
    g.appendChild(svg('title', {}, p.name + ': ' + n + (n === 1 ? ' record' : ' records') + ' shown'));
    const choose = () => {
      selectValue($('place'), p.slug === selected ? '' : p.slug);
      apply();
    };
    g.addEventListener('click', choose);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); choose(); } });
    return g;
  }

  function drawMap(records, selected) {
    const canvas = $('map');
    canvas.textContent = '';
    const width = 1000;
    const counts = new Map();
    for (const r of records) {
      for (const slug of new Set(r.locations.nodes.map((p) => p.location.slug))) counts.set(slug, (counts.get(slug) || 0) + 1);
    }
    const places = state.places.filter((p) => p.latitude !== null && p.longitude !== null && p.kind !== 'COUNTRY');
    const all = places.length ? places : state.places.filter((p) => p.latitude !== null && p.longitude !== null);
    const shown = all.filter((p) => counts.get(p.slug) || p.slug === selected)
      .sort((a, b) => (counts.get(b.slug) || 0) - (counts.get(a.slug) || 0)); // small circles over large ones
    canvas.dataset.places = shown.length;
    // The extent of every place with coordinates, so the map does not jump as filters change.
    const lats = all.map((p) => p.latitude);
    const lons = all.map((p) => p.longitude);
    let minLon = Math.min(...lons) - 4;
    let maxLon = Math.max(...lons) + 4;
    let minLat = Math.min(...lats) - 4;
    let maxLat = Math.max(...lats) + 5;
    if (!all.length) { minLon = 20; maxLon = 140; minLat = 30; maxLat = 70; }
    const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
    const pad = 24;
    // The width is fixed; the height follows the extent, so that no room is wasted.
    const scale = (width - 2 * pad) / ((maxLon - minLon) * k);
    const height = Math.round(Math.min(Math.max((maxLat - minLat) * scale + 2 * pad, 240), 700));
    canvas.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const ox = pad;
    const oy = (height - (maxLat - minLat) * scale) / 2;
    const px = (lon) => ox + (lon - minLon) * k * scale;
    const py = (lat) => oy + (maxLat - lat) * scale;
    // Countries under everything else, clipped to the map's frame.
    const defs = svg('defs');
    const clip = svg('clipPath', { id: 'map-frame' });
    clip.appendChild(svg('rect', { x: 0, y: 0, width: width, height: height }));
    defs.appendChild(clip);
    canvas.appendChild(defs);
    canvas.appendChild(svg('rect', { class: 'sea', x: 0, y: 0, width: width, height: height }));
    canvas.appendChild(landLayer(px, py, 'map-frame'));
    const outside = outline ? minLon < outline.bbox[0] || minLat < outline.bbox[1] || maxLon > outline.bbox[2]
      || maxLat > outline.bbox[3] : false;
    canvas.dataset.outline = outline ? outline.features.length : 0;
    const grid = svg('g', { class: 'grid' });
    const step = maxLon - minLon > 60 ? 10 : 5;
    for (let lon = Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
      grid.appendChild(svg('line', { x1: px(lon), y1: py(maxLat), x2: px(lon), y2: py(minLat) }));
      grid.appendChild(svg('text', { x: px(lon), y: py(minLat) + 11, 'text-anchor': 'middle', class: 'axis' }, lon + '°E'));
    }
    for (let lat = Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
      grid.appendChild(svg('line', { x1: px(minLon), y1: py(lat), x2: px(maxLon), y2: py(lat) }));
      grid.appendChild(svg('text', { x: px(maxLon) - 2, y: py(lat) - 2, 'text-anchor': 'end', class: 'axis' }, lat + '°N'));
    }
    canvas.appendChild(grid);
    const max = Math.max(1, ...shown.map((p) => counts.get(p.slug) || 0));
    const radius = (n) => 3 + 13 * Math.sqrt(n / max);
    const layer = svg('g', { class: 'places' });
    const items = [];
    for (const p of shown) {
      const n = counts.get(p.slug) || 0;
      const x = px(p.longitude);
      const y = py(p.latitude);
      const r = radius(n);
      const g = placeMark(p, x, y, r, n, selected, 'place');
      layer.appendChild(g);
      items.push({ x: x, y: y, r: r, text: p.name, group: g, slug: p.slug, place: p });
    }
    canvas.appendChild(layer);
    const circles = items.map((i) => ({ x: i.x - i.r, y: i.y - i.r, w: 2 * i.r, h: 2 * i.r }));
    // The inset, in the first corner where it covers no circle; its places are named there.
    const inInset = (p) => p.longitude >= INSET.west && p.longitude <= INSET.east && p.latitude >= INSET.south
      && p.latitude <= INSET.north;
    let inset = null;
    if (shown.filter(inInset).length >= 2) {
      inset = drawInset(canvas, shown.filter(inInset), counts, selected, radius, width, height, circles);
      grid.appendChild(svg('rect', { class: 'inset-area', x: px(INSET.west), y: py(INSET.north),
        width: px(INSET.east) - px(INSET.west), height: py(INSET.south) - py(INSET.north) }));
    }
    const labelled = items.filter((i) => !inset || !inInset(i.place));
    labelled.sort((a, b) => (b.slug === selected) - (a.slug === selected));
    const placed = placeLabels(layer, labelled, width, height, circles.concat(inset ? [inset.box] : []), 13);
    const named = placed.length + (inset ? inset.placed : 0);
    canvas.dataset.labelled = named;
    // Country names go last, only where they cover neither a place, nor its name, nor the inset.
    const taken = circles.concat(inset ? [inset.box] : []).concat([...layer.querySelectorAll('text')].map((t) => {
      const b = t.getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    }));
    for (const [name, lat, lon] of COUNTRY_LABELS) {
      if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) continue;
      if (taken.some((o) => o.country === name)) continue; // once is enough
      const w = name.length * 11;
      const box = { x: px(lon) - w / 2, y: py(lat) - 12, w: w, h: 15, country: name };
      if (box.x < 0 || box.x + w > width) continue;
      if (taken.some((o) => box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h)) continue;
      taken.push(box);
      grid.appendChild(svg('text', { x: px(lon), y: py(lat), 'text-anchor': 'middle', class: 'country' }, name));
    }
    const legend = $('map-legend');
    legend.textContent = '';
    legendItem(legend, 'legend-place', '1 record', null, 'ring small');
    if (max > 1) legendItem(legend, 'legend-place', max + ' records', null, 'ring large');
    legend.appendChild(el('li', { class: 'legend-note' }, shown.length + ' places with records shown'
      + (named < shown.length ? ', ' + named + ' named (the others on hover)' : '')
      + (inset ? '; the ' + INSET.name + ' enlarged in the framed corner' : '')
      + '; countries as a whole are not drawn; grid every ' + step + '°; '
      + (outline ? 'borders and coasts: Natural Earth 1:50m (public domain)'
        + (outside ? ', which does not reach every place: run src/tools/map/generate.mjs again' : '')
        : 'no outline (outline.json could not be read)')));
  }

  /** The inset: its places on the outline, enlarged, in a nested SVG; returns its box and how many
   *  of its places are named. */
  function drawInset(canvas, places, counts, selected, radius, width, height, circles) {
    const k = Math.cos(((INSET.south + INSET.north) / 2) * Math.PI / 180);
    const iw = 250;
    const s = iw / ((INSET.east - INSET.west) * k);
    const ih = Math.round((INSET.north - INSET.south) * s);
    const margin = 8;
    const corners = [[width - iw - margin, margin], [width - iw - margin, height - ih - margin], [margin, margin],
      [margin, height - ih - margin]].map(([x, y]) => ({ x: x, y: y, w: iw, h: ih }));
    const free = (b) => !circles.some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
    const box = corners.find(free) || corners[0];
    const px = (lon) => (lon - INSET.west) * k * s;
    const py = (lat) => (INSET.north - lat) * s;
    const frame = svg('svg', { class: 'inset', x: box.x, y: box.y, width: iw, height: ih, viewBox: '0 0 ' + iw + ' ' + ih,
      'aria-label': INSET.name + ', enlarged' });
    frame.appendChild(svg('rect', { class: 'sea', x: 0, y: 0, width: iw, height: ih }));
    frame.appendChild(landLayer(px, py, null));
    const captionBox = svg('rect', { class: 'inset-caption-box', x: 0, y: 0, width: 150, height: 20 });
    const caption = svg('text', { x: 6, y: 14, class: 'inset-caption' }, INSET.name + ', enlarged');
    frame.appendChild(captionBox);
    frame.appendChild(caption);
    const layer = svg('g', { class: 'places' });
    const items = [];
    for (const p of places) {
      const n = counts.get(p.slug) || 0;
      const r = radius(n);
      const g = placeMark(p, px(p.longitude), py(p.latitude), r, n, selected, 'inset-place');
      layer.appendChild(g);
      items.push({ x: px(p.longitude), y: py(p.latitude), r: r, text: p.name, group: g, slug: p.slug });
    }
    frame.appendChild(layer);
    frame.appendChild(svg('rect', { class: 'inset-frame', x: 0.5, y: 0.5, width: iw - 1, height: ih - 1 }));
    canvas.appendChild(frame);
    captionBox.setAttribute('width', Math.ceil(caption.getComputedTextLength() + 12));
    const taken = items.map((i) => ({ x: i.x - i.r, y: i.y - i.r, w: 2 * i.r, h: 2 * i.r }));
    taken.push({ x: 0, y: 0, w: Number(captionBox.getAttribute('width')), h: 20 }); // the caption
    items.sort((a, b) => (b.slug === selected) - (a.slug === selected));
    const placed = placeLabels(layer, items, iw, ih, taken, 12);
    return { box: box, placed: placed.length };
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
    $('place').addEventListener('change', apply);
    $('reset').addEventListener('click', () => { writeForm({}); apply(); });
    try {
      await loadChoices();
    } catch (e) {
      showError(e, 'The page could not read its choices from the API:');
      document.body.dataset.state = 'error';
      return;
    }
    writeForm(fromUrl());
    await apply();
  }

  start();
})();
