/**
 * The rows of a long table near the window: above `from` rows only those in view (and `overscan` more
 * above and below) are drawn, with the rest as space above and below, so that scrolling stays light and
 * no task blocks the page; print draws them all. Made while a component initialises (it sets up effects);
 * the component binds its `tbody` and draws `start`…`end`.
 */
export class RowWindow {
  /** The table body, bound by the component (rows are measured in it). */
  tbody: HTMLElement | undefined = $state();
  /** A row's height, px: a guess until one is measured. */
  rowH = $state(33);
  private win = $state({ start: 0, end: 30 });
  private printing = $state(false);
  // Set by the constructor (declared with a value first: the fields below read them).
  private count: () => number = () => 0;
  private from = 80;
  private overscan = 12;

  /** Whether only the rows near the window are drawn. */
  readonly virtual = $derived(!this.printing && this.count() > this.from);
  /** The first row drawn and the one after the last. */
  readonly start = $derived(this.virtual ? Math.min(this.win.start, Math.max(0, this.count() - 1)) : 0);
  readonly end = $derived(this.virtual ? Math.min(this.count(), Math.max(this.start + 1, this.win.end)) : this.count());

  /** `count`: how many rows there are; above `from` only those near the window are drawn. */
  constructor(count: () => number, from = 80, rowH = 33, overscan = 12) {
    this.count = count;
    this.from = from;
    this.rowH = rowH;
    this.overscan = overscan;
    $effect(() => {
      if (!this.virtual) return;
      // Measured in the next frame, once the rows are laid out anyway (no forced layout while drawing).
      let frame = requestAnimationFrame(() => this.measure());
      const on = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => this.measure());
      };
      window.addEventListener('scroll', on, { passive: true });
      window.addEventListener('resize', on);
      return () => {
        cancelAnimationFrame(frame);
        window.removeEventListener('scroll', on);
        window.removeEventListener('resize', on);
      };
    });
    $effect(() => {
      const before = () => (this.printing = true);
      const after = () => (this.printing = false);
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      return () => {
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
      };
    });
  }

  /** The rows of `rows` to draw. */
  of<T>(rows: readonly T[]): readonly T[] {
    return this.virtual ? rows.slice(this.start, this.end) : rows;
  }

  private measure(): void {
    const tbody = this.tbody;
    if (!tbody) return;
    const h = tbody.querySelector('tr:not(.spacer)')?.getBoundingClientRect().height;
    if (h && Math.abs(h - this.rowH) > 0.5) this.rowH = h;
    const top = tbody.getBoundingClientRect().top;
    const s0 = Math.max(0, Math.floor(-top / this.rowH) - this.overscan);
    const e0 = Math.max(s0 + 1, Math.ceil((window.innerHeight - top) / this.rowH) + this.overscan);
    if (s0 !== this.win.start || e0 !== this.win.end) this.win = { start: s0, end: e0 };
  }
}
