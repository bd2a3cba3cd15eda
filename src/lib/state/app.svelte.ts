/** The app's shared state, mirrored in the URL hash so a link restores the view. */
import { buildHash, DEFAULT_STATE, parseHash, type Route, type UrlState } from './url';

export class AppState implements UrlState {
  route = $state<Route>(DEFAULT_STATE.route);
  region = $state('');
  kommuner = $state<string[]>([]);
  tema = $state('');
  datum = $state('');
  farg = $state('');
  tabell = $state('');
  post = $state('');

  snapshot(): UrlState {
    return { route: this.route, region: this.region, kommuner: this.kommuner, tema: this.tema, datum: this.datum, farg: this.farg, tabell: this.tabell, post: this.post };
  }

  apply(s: UrlState): void {
    this.route = s.route;
    this.region = s.region;
    this.kommuner = s.kommuner;
    this.tema = s.tema;
    this.datum = s.datum;
    this.farg = s.farg;
    this.tabell = s.tabell;
    this.post = s.post;
  }

  /** The hash of another route with the same shared state (for menu links). */
  hrefFor(route: Route): string {
    return buildHash({ ...this.snapshot(), route, post: route === 'data' ? this.post : '' });
  }

  /** Read the location; returns the cleanup function. */
  connect(): () => void {
    const read = () => this.apply(parseHash(location.hash));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }

  /** Write the state to the location without adding a history entry per keystroke. */
  writeUrl(): void {
    const next = buildHash(this.snapshot());
    if (location.hash !== next) history.replaceState(history.state, '', next);
  }
}

export const app = new AppState();
