// Generates the country outlines drawn under the /explore map:
//   src/main/resources/META-INF/resources/explore/outline.json
// from Natural Earth's 1:50m admin-0 countries as packaged by world-atlas (public domain), clipped
// to the region of the places in seeds/locations.yaml (with a margin), simplified and rounded so
// that the file stays small. The page projects the longitudes/latitudes itself, so the outline
// follows whatever projection the map uses; nothing is fetched at run time.
//
//   cd src/tools/map && npm ci && node generate.mjs
//
// Run it again when places outside the current box are added to the seeds (the page says in the
// map's legend when a place lies outside the outline's box).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { feature } from 'topojson-client';
import YAML from 'yaml';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(REPO, 'src/main/resources/META-INF/resources/explore/outline.json');
const require = createRequire(import.meta.url);
const ATLAS = require.resolve('world-atlas/countries-50m.json');
const ATLAS_VERSION = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;

const MARGIN = 12; // degrees around the places: the map adds 4-5 itself, the rest is room to spare
const TOLERANCE = 0.04; // degrees: under a pixel at the map's scale (about 13 px per degree)
const DECIMALS = 2;

// 1. The box: every place with coordinates that the map draws (countries as a whole are not).
const seeds = YAML.parse(readFileSync(join(REPO, 'seeds/locations.yaml'), 'utf8'));
const points = seeds.locations.filter((l) => l.coordinates && l.kind !== 'COUNTRY').map((l) => l.coordinates);
const lats = points.map((c) => c[0]);
const lons = points.map((c) => c[1]);
const box = [
  Math.floor(Math.min(...lons) - MARGIN), Math.floor(Math.min(...lats) - MARGIN),
  Math.ceil(Math.max(...lons) + MARGIN), Math.ceil(Math.max(...lats) + MARGIN),
].map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)));
const [west, south, east, north] = box;

// 2. Clipping a ring to the box (Sutherland-Hodgman, one edge of the box at a time).
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= west, (a, b) => cross(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => cross(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => cross(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => cross(a, b, 1, north)],
  ];
  let out = ring.slice(0, -1); // open ring
  for (const [inside, at] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(at(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(at(prev, cur));
      }
    }
    if (!out.length) return null;
  }
  return out;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  p[axis] = value;
  return p;
}

// 3. Douglas-Peucker on an open ring, keeping its first point and its farthest point from it.
function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  const far = points.reduce((best, p, i) => (dist2(p, points[0]) > dist2(points[best], points[0]) ? i : best), 0);
  keep[0] = 1;
  keep[far] = 1;
  const stack = [[0, far], [far, points.length]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const end = points[b % points.length];
    let max = 0;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], end);
      if (d > max) { max = d; index = i; }
    }
    if (index >= 0 && max > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function dist2(a, b) {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

function segmentDistance(p, a, b) {
  const l2 = dist2(a, b);
  if (l2 === 0) return Math.sqrt(dist2(p, a));
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l2));
  return Math.sqrt(dist2(p, [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]));
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2);
}

const round = (v) => Number(v.toFixed(DECIMALS));

// 4. Countries, clipped, simplified, rounded; islands smaller than about 3 x 3 km left out.
const atlas = JSON.parse(readFileSync(ATLAS, 'utf8'));
const countries = feature(atlas, atlas.objects.countries).features;
const features = [];
for (const c of countries) {
  const polygons = c.geometry ? (c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates) : [];
  const kept = [];
  for (const polygon of polygons) {
    const rings = [];
    for (const ring of polygon) {
      const clipped = clipRing(ring);
      if (!clipped || clipped.length < 3) continue;
      const simple = simplify(clipped, TOLERANCE).map((p) => [round(p[0]), round(p[1])])
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
      if (simple.length < 3 || area(simple) < 0.001) continue;
      rings.push(simple.concat([simple[0]]));
    }
    if (rings.length) kept.push(rings);
  }
  if (kept.length) {
    features.push({ type: 'Feature', properties: { name: c.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));

const out = {
  type: 'FeatureCollection',
  bbox: box,
  source: `Natural Earth 1:50m admin-0 countries (public domain, naturalearthdata.com), from the npm package world-atlas ${ATLAS_VERSION} (ISC); `
    + `clipped to the places of seeds/locations.yaml with a ${MARGIN} degree margin, simplified to ${TOLERANCE} degree, `
    + `by src/tools/map/generate.mjs. Borders as Natural Earth draws them, not a statement on any of them.`,
  features,
};
const text = JSON.stringify(out);
writeFileSync(OUT, text + '\n');
console.log(`${OUT}: ${features.length} countries, box ${box.join(', ')}, ${(text.length / 1024).toFixed(1)} KiB`);
