/**
 * The app's shared state, mirrored in the URL hash so a link restores the view. The state writes the
 * hash itself (one effect root, started by `connect`): views only set fields, they never write the URL.
 */
import { buildHash, DEFAULT_STATE, parseHash, type Route, type UrlState } from './url';

/** Where the state is mirrored: the browser's location, or a fake in tests. */
export interface HashTarget {
  read(): string;
  /** Replace the current entry (no history entry per keystroke). */
  replace(hash: string): void;
  /** Call back when the hash changes from outside (a link, back/forward); returns the unsubscribe function. */
  listen(cb: () => void): () => void;
}

const browserHash = (): HashTarget => ({
  read: () => location.hash,
  replace: (hash) => history.replaceState(history.state, '', hash),
  listen: (cb) => {
    addEventListener('hashchange', cb);
    return () => removeEventListener('hashchange', cb);
  },
});

export class AppState implements UrlState {
  route = $state<Route>(DEFAULT_STATE.route);
  region = $state('');
  kommuner = $state<string[]>([]);
  tema = $state('');
  datum = $state('');
  farg = $state('');
  tabell = $state('');
  post = $state('');
  bevakning = $state('');
  /** The hash the state stands for; every field change updates it, and `connect` mirrors it to the location. */
  hash = $derived(buildHash(this.snapshot()));

  snapshot(): UrlState {
    return {
      route: this.route,
      region: this.region,
      kommuner: this.kommuner,
      tema: this.tema,
      datum: this.datum,
      farg: this.farg,
      tabell: this.tabell,
      post: this.post,
      bevakning: this.bevakning,
    };
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
    this.bevakning = s.bevakning;
  }

  /** Choose a region: the municipality selection belongs to the previous region and is cleared. */
  setRegion(id: string): void {
    this.region = id;
    this.kommuner = [];
  }

  /** The hash of another route with the same shared state (for menu links). */
  hrefFor(route: Route): string {
    return buildHash({
      ...this.snapshot(),
      route,
      post: route === 'data' ? this.post : '',
      bevakning: route === 'data' ? this.bevakning : '',
    });
  }

  /** The hash of a route with some fields changed (for links such as "this municipality on the map"). */
  hrefWith(route: Route, changes: Partial<UrlState>): string {
    return buildHash({ ...this.snapshot(), post: '', bevakning: '', ...changes, route });
  }

  /**
   * Read the location, follow its changes, and write every state change back to it (one effect root).
   * Returns the cleanup function.
   */
  connect(target: HashTarget = browserHash()): () => void {
    const read = () => this.apply(parseHash(target.read()));
    read();
    const unlisten = target.listen(read);
    const stop = $effect.root(() => {
      $effect(() => this.mirror(target, this.hash));
    });
    return () => {
      unlisten();
      stop();
    };
  }

  /** Write a hash to the target unless it is already there (a read-back never writes). */
  mirror(target: HashTarget, hash: string): void {
    if (target.read() !== hash) target.replace(hash);
  }
}

export const app = new AppState();
