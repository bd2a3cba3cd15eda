import { parseDate } from '$lib/domain/dates';
import { isWatchFilter } from '$lib/domain/watch';

/**
 * The URL hash as the app's shareable state: "#/karta?region=14&kommuner=1490,1496&tema=skola". Pure.
 *
 * One table, PARAMS, says everything about each parameter: its name in the hash (the key), its type,
 * its default, how it is read from and written to the hash, and on which routes it is written. Parsing,
 * building, the defaults and the app's state (app.svelte.ts) all read the table; the compiler checks
 * that every field of UrlState has an entry. A renamed parameter keeps its old links working through
 * MIGRATIONS (OWID grapher's pattern). Every change of route or parameter goes through one function,
 * `app.navigate` (app.svelte.ts), which uses `withChanges` below.
 */
export const ROUTES = [
  'oversikt',
  'karta',
  'tidslinje',
  'jamfor',
  'data',
  'teman',
  'insamling',
  'rapport',
  'kommun',
] as const;
export type Route = (typeof ROUTES)[number];

/** The routes of the main menu (the kommunblad is reached from a municipality's name, not the menu). */
export const MENU: readonly Route[] = ROUTES.filter((r) => r !== 'kommun');

/**
 * Routes whose hash path carries a parameter after the route ("#/kommun/1490"): the parameter is read
 * from and written to the path, never the query.
 */
export const PATH_PARAMS: Partial<Record<Route, ParamName>> = { kommun: 'kommun' };

export interface UrlState {
  /** The view: the hash's path ("#/karta"). */
  route: Route;
  /** The chosen region (a county code or a group's id); '' = all of Sweden. */
  region: string;
  /** Chosen municipalities (SCB codes, four digits), in the order chosen. */
  kommuner: string[];
  /** A theme id (Tidslinje's and Data's theme filter). */
  tema: string;
  /** The shared date: "2016", "2016-03" or "2016-03-15". */
  datum: string;
  /** Karta's colouring: '' (status) | tema:<id> | antal | indikator:<id> | insamling:<id>. */
  farg: string;
  /** Data's table. */
  tabell: string;
  /** A record to open in the Data view (its id). */
  post: string;
  /** Data's watch filter (Bevakning): '' | 'uppfoljning' | 'forsenade'. */
  bevakning: string;
  /** Tidslinje's view: '' (by the region's size) | 'kommun' (one row per municipality) | 'alla' (every measure). */
  visning: string;
  /** Tidslinje's highlighted theme (chosen from the key): that theme in colour, the others grey ('' = none). */
  markera: string;
  /** The kommunblad's municipality (its SCB code, in the path: "#/kommun/1490"). */
  kommun: string;
}

/** The parameters of the hash's query: every field of the state except the route. */
export type Params = Omit<UrlState, 'route'>;
export type ParamName = keyof Params;

/** One parameter of the hash. */
export interface ParamSpec<T> {
  /** The value when the hash does not carry the parameter; a state with it leaves the parameter out. */
  readonly default: T;
  /** From the hash's (decoded) text to a value; text it cannot read gives the default. */
  parse(text: string): T;
  /** To the hash's text ('' for the default). */
  serialize(value: T): string;
  /** The routes whose hash carries it (every route when absent). */
  readonly routes?: readonly Route[];
  /** Belongs to one visit of a view: a link made with other changes (`hrefWith`) starts without it. */
  readonly perVisit?: boolean;
}

/** Free text; `valid` drops what the app cannot use (to the default ''). */
const text = (
  valid: (s: string) => boolean = () => true,
  more: Partial<ParamSpec<string>> = {},
): ParamSpec<string> => ({
  default: '',
  parse: (s) => (valid(s) ? s : ''),
  serialize: (v) => v,
  ...more,
});

/** A comma-separated list of codes matching `code`, without repeats, in the given order. */
const codeList = (code: RegExp): ParamSpec<string[]> => ({
  default: [],
  parse: (s) => [
    ...new Set(
      s
        .split(',')
        .map((c) => c.trim())
        .filter((c) => code.test(c)),
    ),
  ],
  serialize: (v) => v.join(','),
});

/** Only a canonical, real date is kept from a link ("2016-02-30" is dropped). */
function validDatum(s: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return false;
  const d = parseDate(s);
  return d.ok && d.value === s;
}

/** The parameters, in the order they are written to the hash. */
export const PARAMS = {
  region: text(),
  kommuner: codeList(/^\d{4}$/),
  tema: text(),
  datum: text(validDatum),
  farg: text(),
  tabell: text(undefined, { routes: ['data'] }),
  post: text(undefined, { routes: ['data'], perVisit: true }),
  bevakning: text(isWatchFilter, { routes: ['data'], perVisit: true }),
  visning: text((s) => s === 'kommun' || s === 'alla', { routes: ['tidslinje'] }),
  markera: text(undefined, { routes: ['tidslinje'] }),
  kommun: text((s) => /^\d{4}$/.test(s), { routes: ['kommun'] }),
} satisfies { [K in ParamName]: ParamSpec<Params[K]> };

export const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];

/** A parameter renamed since links were shared: the old name (and value) read as today's. */
export interface ParamMigration {
  /** The name in old links. */
  readonly from: string;
  /** Its name today. */
  readonly to: ParamName;
  /** The old value in today's form (default: unchanged). */
  readonly value?: (old: string) => string;
}

export interface UrlMigrations {
  /** Applied in order, so a parameter renamed twice needs one entry per rename. */
  readonly params: readonly ParamMigration[];
  /** Old route names and the route they became. */
  readonly routes: Readonly<Record<string, Route>>;
}

/**
 * Every rename of a parameter or route since the first release: an old link still opens the same view.
 * None so far (the names have not changed since the hash was introduced; `git log -p -S` on this file).
 * Add an entry here when a name changes, never reuse an old name for something else.
 */
export const MIGRATIONS: UrlMigrations = { params: [], routes: {} };

/** The query of an old link in today's names (a new name given beside an old one wins). */
function migrate(p: URLSearchParams, migrations: UrlMigrations): URLSearchParams {
  for (const m of migrations.params) {
    const old = p.get(m.from);
    if (old === null) continue;
    p.delete(m.from);
    if (!p.has(m.to)) p.set(m.to, m.value ? m.value(old) : old);
  }
  return p;
}

function serializeParam<K extends ParamName>(name: K, value: Params[K]): string {
  return (PARAMS[name] as ParamSpec<Params[K]>).serialize(value);
}

export function parseHash(hash: string, migrations: UrlMigrations = MIGRATIONS): UrlState {
  const h = hash.replace(/^#/, '');
  const [path, query = ''] = h.split('?', 2);
  const [segment, inPath = ''] = path.replace(/^\/+/, '').split('/');
  const name = Object.hasOwn(migrations.routes, segment) ? migrations.routes[segment] : segment;
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'oversikt';
  const p = migrate(new URLSearchParams(query), migrations);
  const pathParam = PATH_PARAMS[route];
  if (pathParam) p.set(pathParam, decodeURIComponent(inPath));
  // A missing parameter is read as empty text, which each spec reads as its default (a fresh array for lists).
  const params = Object.fromEntries(PARAM_NAMES.map((k) => [k, PARAMS[k].parse(p.get(k) ?? '')])) as Params;
  return { route, ...params };
}

/** The state of an empty hash: every parameter at its default. */
export const DEFAULT_STATE: UrlState = parseHash('');

/** Build the hash for a state; defaults, and parameters of other routes, are left out so links stay short. */
export function buildHash(s: UrlState): string {
  const p = new URLSearchParams();
  const pathParam = PATH_PARAMS[s.route];
  const inPathText = pathParam ? serializeParam(pathParam, s[pathParam]) : '';
  const inPath = inPathText ? `/${encodeURIComponent(inPathText)}` : '';
  for (const k of PARAM_NAMES) {
    const spec: ParamSpec<unknown> = PARAMS[k];
    if (k === pathParam || (spec.routes && !spec.routes.includes(s.route))) continue;
    const v = serializeParam(k, s[k]);
    if (v !== serializeParam(k, PARAMS[k].default)) p.set(k, v);
  }
  const q = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `#/${s.route}${inPath}${q ? `?${q}` : ''}`;
}

/**
 * The state after a navigation: `changes` over `s`. Choosing a region clears the municipality
 * selection (it belongs to the previous region) unless the changes give one.
 */
export function withChanges(s: UrlState, changes: Partial<UrlState>): UrlState {
  const next = { ...s, ...changes };
  if ('region' in changes && !('kommuner' in changes)) next.kommuner = [];
  return next;
}

/** The state of a link to `route` with some fields changed: the per-visit parameters start over. */
export function linkState(s: UrlState, route: Route, changes: Partial<UrlState> = {}): UrlState {
  const perVisit = PARAM_NAMES.filter((k) => (PARAMS[k] as ParamSpec<unknown>).perVisit);
  const fresh = Object.fromEntries(perVisit.map((k) => [k, DEFAULT_STATE[k]]));
  return { ...s, ...fresh, ...changes, route };
}
