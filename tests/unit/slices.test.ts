import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrawnSlices } from '$lib/viz/slices.svelte';

describe('DrawnSlices: a long list drawn a slice per task', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Run `more` as the component's effect would: again after every change, until it asks for nothing. */
  function drawAll(d: DrawnSlices, total: number): number[] {
    const seen = [d.upTo];
    while (d.more(total)) {
      vi.runOnlyPendingTimers();
      seen.push(d.upTo);
    }
    return seen;
  }

  it.each<[string, number, number, number[]]>([
    ['a short list: all at once, nothing scheduled', 100, 3, [100]],
    ['exactly one slice', 3, 3, [3]],
    ['three slices and a bit', 3, 10, [3, 6, 9, 12]],
  ])('%s', (_, slice, total, steps) => {
    const d = new DrawnSlices(slice);
    expect(drawAll(d, total)).toEqual(steps);
    expect(d.busy(total)).toBe(false);
  });

  it('draws the first part of the list; the list itself once all of it fits', () => {
    const d = new DrawnSlices(2);
    const list = ['a', 'b', 'c', 'd', 'e'];
    expect(d.of(list)).toEqual(['a', 'b']);
    expect(d.busy(list.length)).toBe(true);
    drawAll(d, list.length);
    expect(d.of(list)).toBe(list);
  });

  it('a cancelled slice is not drawn (the effect cleans up when the list changes or the view goes)', () => {
    const d = new DrawnSlices(2);
    const cancel = d.more(10)!;
    cancel();
    vi.runAllTimers();
    expect(d.upTo).toBe(2);
  });

  it('never goes back down: a longer list later is drawn from where it was', () => {
    const d = new DrawnSlices(2);
    drawAll(d, 5);
    expect(d.upTo).toBe(6);
    expect(d.of([1, 2, 3, 4, 5, 6])).toHaveLength(6);
    expect(d.busy(7)).toBe(true);
  });

  it('all(total): all of it at once; a longer list later is sliced again', () => {
    const d = new DrawnSlices(2);
    d.all(1_000);
    expect(d.busy(1_000)).toBe(false);
    expect(d.more(1_000)).toBeUndefined();
    expect(d.busy(1_001)).toBe(true);
    expect(drawAll(d, 1_005)).toEqual([1_000, 1_002, 1_004, 1_006]);
    d.all(5);
    expect(d.upTo).toBe(1_006);
  });
});
