/**
 * A long list drawn a slice at a time: `slice` items at first, a slice more at each following task,
 * so that drawing a thousand elements (Tidslinje's marks) is never one long task. It never goes
 * back down: once all are drawn, a change of the list is drawn at once.
 *
 * In a component: `const drawn = new DrawnSlices(250); $effect(() => drawn.more(list.length));`
 * and draw `drawn.of(list)`; `drawn.busy(list.length)` says whether the rest is still to come.
 */
export class DrawnSlices {
  upTo = $state(0);

  constructor(readonly slice: number) {
    this.upTo = slice;
  }

  /** The part of `list` to draw now. */
  of<T>(list: readonly T[]): readonly T[] {
    return list.length <= this.upTo ? list : list.slice(0, this.upTo);
  }

  /** Whether some of `total` items are not drawn yet. */
  busy(total: number): boolean {
    return this.upTo < total;
  }

  /** Draw a slice more at the next task unless all of `total` are drawn; returns the cancel (for an effect). */
  more(total: number): (() => void) | undefined {
    if (this.upTo >= total) return;
    const next = setTimeout(() => (this.upTo += this.slice));
    return () => clearTimeout(next);
  }

  /** All of `total` at once (before a download or print that needs all of it); a longer list later is sliced again. */
  all(total: number): void {
    this.upTo = Math.max(this.upTo, total);
  }
}
