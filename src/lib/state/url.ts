import { parseDate } from '$lib/domain/dates';
import { isWatchFilter } from '$lib/domain/watch';

/** The URL hash as the app's shareable state: "#/karta?region=14&kommuner=1490,1496&tema=skola". Pure. */
export const ROUTES = ['oversikt', 'karta', 'tidslinje', 'jamfor', 'data', 'teman', 'insamling'] as const;
export type Route = (typeof ROUTES)[number];

export interface UrlState {
  route: Route;
  region: string;
  kommuner: string[];
  tema: string;
  datum: string;
  farg: string;
  tabell: string;
  /** A record to open in the Data view (its id). */
  post: string;
  /** Data's watch filter (Bevakning): '' | 'uppfoljning' | 'forsenade'. */
  bevakning: string;
}

export const DEFAULT_STATE: UrlState = {
  route: 'oversikt',
  region: '',
  kommuner: [],
  tema: '',
  datum: '',
  farg: '',
  tabell: '',
  post: '',
  bevakning: '',
};

export function parseHash(hash: string): UrlState {
  const h = hash.replace(/^#/, '');
  const [path, query = ''] = h.split('?', 2);
  const name = path.replace(/^\/+/, '').split('/')[0];
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'oversikt';
  const p = new URLSearchParams(query);
  const codes = (p.get('kommuner') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^\d{4}$/.test(c));
  return {
    route,
    region: p.get('region') ?? '',
    kommuner: [...new Set(codes)],
    tema: p.get('tema') ?? '',
    datum: validDatum(p.get('datum') ?? ''),
    farg: p.get('farg') ?? '',
    tabell: p.get('tabell') ?? '',
    post: p.get('post') ?? '',
    bevakning: validWatch(p.get('bevakning') ?? ''),
  };
}

/** Build the hash for a state; empty values are left out so links stay short. */
export function buildHash(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.region) p.set('region', s.region);
  if (s.kommuner.length) p.set('kommuner', s.kommuner.join(','));
  if (s.tema) p.set('tema', s.tema);
  if (s.datum) p.set('datum', s.datum);
  if (s.farg) p.set('farg', s.farg);
  if (s.tabell && s.route === 'data') p.set('tabell', s.tabell);
  if (s.post && s.route === 'data') p.set('post', s.post);
  if (s.bevakning && s.route === 'data') p.set('bevakning', s.bevakning);
  const q = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `#/${s.route}${q ? `?${q}` : ''}`;
}

/** Only a canonical, real date is kept from a link ("2016-02-30" is dropped). */
function validDatum(s: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return '';
  const d = parseDate(s);
  return d.ok && d.value === s ? s : '';
}

/** Only a known watch filter is kept from a link. */
const validWatch = (s: string): string => (isWatchFilter(s) ? s : '');
