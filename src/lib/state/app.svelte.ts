/**
 * The app's shared state, mirrored in the URL hash so a link restores the view. The state writes the
 * hash itself (one effect root, started by `connect`): views never write the URL. A change of view or
 * of a parameter goes through `navigate` (a new history entry when the route changes, like a link);
 * the parameters, their defaults and how they are written are the table in url.ts.
 */
import { untrack } from 'svelte';
import {
  buildHash,
  DEFAULT_STATE,
  linkState,
  parseHash,
  PARAM_NAMES,
  withChanges,
  type Route,
  type UrlState,
} from './url';

/** Where the state is mirrored: the browser's location, or a fake in tests. */
export interface HashTarget {
  read(): string;
  /** Replace the current entry (no history entry per keystroke). */
  replace(hash: string): void;
  /** Add a history entry (a change of view: the back button returns to the previous one). */
  push(hash: string): void;
  /** Call back when the hash changes from outside (a link, back/forward); returns the unsubscribe function. */
  listen(cb: () => void): () => void;
}

const browserHash = (): HashTarget => ({
  read: () => location.hash,
  replace: (hash) => history.replaceState(history.state, '', hash),
  push: (hash) => history.pushState(history.state, '', hash),
  listen: (cb) => {
    addEventListener('hashchange', cb);
    return () => removeEventListener('hashchange', cb);
  },
});

/** One field of the state set from another state (typed per key). */
function copyField<K extends keyof UrlState>(to: UrlState, from: UrlState, k: K): void {
  to[k] = from[k];
}

export class AppState implements UrlState {
  // One field per parameter of url.ts's table (`implements UrlState` makes the compiler ask for each).
  route = $state<Route>(DEFAULT_STATE.route);
  region = $state(DEFAULT_STATE.region);
  kommuner = $state<string[]>([]);
  tema = $state(DEFAULT_STATE.tema);
  datum = $state(DEFAULT_STATE.datum);
  farg = $state(DEFAULT_STATE.farg);
  tabell = $state(DEFAULT_STATE.tabell);
  post = $state(DEFAULT_STATE.post);
  bevakning = $state(DEFAULT_STATE.bevakning);
  visning = $state(DEFAULT_STATE.visning);
  markera = $state(DEFAULT_STATE.markera);
  kommun = $state(DEFAULT_STATE.kommun);
  /** The hash the state stands for; every field change updates it, and `connect` mirrors it to the location. */
  hash = $derived(buildHash(this.snapshot()));
  /** The location `connect` mirrors to (none before it, or in tests that only read the state). */
  #target: HashTarget | undefined;

  snapshot(): UrlState {
    const s = { route: this.route } as UrlState;
    for (const k of PARAM_NAMES) copyField(s, this, k);
    return s;
  }

  apply(s: UrlState): void {
    this.route = s.route;
    for (const k of PARAM_NAMES) copyField(this, s, k);
  }

  /**
   * The one way to change the view or its parameters: `changes` over the current state (choosing a
   * region clears the municipality selection, see url.ts withChanges). A change of route adds a
   * history entry, as a link does; other changes replace the current one (through the mirror).
   */
  navigate(changes: Partial<UrlState>): void {
    // Called from an effect too (a record opened from the link): reading the state here subscribes it to nothing.
    untrack(() => {
      const next = withChanges(this.snapshot(), changes);
      const push = next.route !== this.route;
      this.apply(next);
      if (push && this.#target) {
        const hash = buildHash(next);
        if (this.#target.read() !== hash) this.#target.push(hash);
      }
    });
  }

  /** Choose a region: the municipality selection belongs to the previous region and is cleared. */
  setRegion(id: string): void {
    this.navigate({ region: id });
  }

  /** The hash of another route with the same shared state (for menu links). */
  hrefFor(route: Route): string {
    return buildHash({ ...this.snapshot(), route });
  }

  /** The hash of a route with some fields changed (for links such as "this municipality on the map"). */
  hrefWith(route: Route, changes: Partial<UrlState>): string {
    return buildHash(linkState(this.snapshot(), route, changes));
  }

  /**
   * Read the location, follow its changes, and write every state change back to it (one effect root).
   * Returns the cleanup function.
   */
  connect(target: HashTarget = browserHash()): () => void {
    this.#target = target;
    const read = () => this.apply(parseHash(target.read()));
    read();
    const unlisten = target.listen(read);
    const stop = $effect.root(() => {
      $effect(() => this.mirror(target, this.hash));
    });
    return () => {
      unlisten();
      stop();
      this.#target = undefined;
    };
  }

  /** Write a hash to the target unless it is already there (a read-back never writes). */
  mirror(target: HashTarget, hash: string): void {
    if (target.read() !== hash) target.replace(hash);
  }
}

export const app = new AppState();
