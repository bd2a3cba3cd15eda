import { describe, expect, it } from 'vitest';
import { TimelineZoom } from '$lib/viz/timeline/controller';
import { pointerZoom, type PointerTarget } from '$lib/viz/timeline/pointer';
import { barAt } from '$lib/viz/timeline/canvas';
import type { View } from '$lib/viz/timeline/axis';
import type { TimelineItem } from '$lib/viz/timeline/items';

function target() {
  const captured = new Set<number>();
  const el = Object.assign(new EventTarget(), {
    hasPointerCapture: (id: number) => captured.has(id),
    setPointerCapture: (id: number) => void captured.add(id),
  }) as unknown as PointerTarget;
  return { el, captured };
}
const ev = (type: string, props: Record<string, unknown>) =>
  Object.assign(new Event(type, { cancelable: true }), props);

function setup() {
  const zoomer = new TimelineZoom();
  let view: View = { k: 1, x: 0 };
  let quiet = 0;
  const { el, captured } = target();
  const detach = pointerZoom({
    zoomer,
    plotX: (e) => e.clientX,
    apply: (op) => {
      zoomer.view = view;
      const v = op(zoomer);
      if (v) view = v;
      return !!v;
    },
    quiet: () => quiet++,
  })(el);
  return { el, captured, detach, view: () => view, quiet: () => quiet };
}

describe('pointerZoom (the timeline drawing’s pointer wiring)', () => {
  it('zooms in at the pointer on a wheel up, and keeps the page from scrolling', () => {
    const s = setup();
    const e = ev('wheel', { deltaY: -100, clientX: 50, deltaMode: 0, ctrlKey: false });
    s.el.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    expect(s.view().k).toBeGreaterThan(1);
    expect(s.quiet()).toBe(1);
  });

  it('pans on a drag, captures the pointer, and stops the click that ends the drag', () => {
    const s = setup();
    s.el.dispatchEvent(ev('pointerdown', { button: 0, pointerId: 1, clientX: 100 }));
    s.el.dispatchEvent(ev('pointermove', { pointerId: 1, clientX: 140, movementX: 40 }));
    expect(s.view().x).toBe(40);
    expect(s.captured.has(1)).toBe(true);
    s.el.dispatchEvent(ev('pointerup', { pointerId: 1 }));
    let stopped = false;
    s.el.dispatchEvent(ev('click', { stopPropagation: () => (stopped = true) }));
    expect(stopped).toBe(true);
  });

  it('lets a plain click through and ignores other buttons; detaching removes the listeners', () => {
    const s = setup();
    s.el.dispatchEvent(ev('pointerdown', { button: 2, pointerId: 1, clientX: 100 }));
    s.el.dispatchEvent(ev('pointermove', { pointerId: 1, clientX: 140, movementX: 40 }));
    expect(s.view()).toEqual({ k: 1, x: 0 });
    let stopped = false;
    s.el.dispatchEvent(ev('click', { stopPropagation: () => (stopped = true) }));
    expect(stopped).toBe(false);
    s.detach();
    s.el.dispatchEvent(ev('wheel', { deltaY: -100, clientX: 50 }));
    expect(s.view()).toEqual({ k: 1, x: 0 });
  });
});

describe('barAt (the canvas bar under the pointer)', () => {
  const bar = (id: string, start: number, end: number, y: number) => ({ id, start, end, y }) as unknown as TimelineItem;
  const g = {
    x0: (it: TimelineItem) => it.start,
    x1: (it: TimelineItem) => it.end,
    y: (it: TimelineItem) => (it as unknown as { y: number }).y,
    barH: 10,
  };
  it('finds the topmost bar at the point, a thin bar by at least 2 px, and none elsewhere', () => {
    const bars = [bar('a', 0, 100, 0), bar('b', 50, 60, 0), bar('c', 200, 200, 20)];
    expect(barAt(bars, 55, 5, g)?.id).toBe('b');
    expect(barAt(bars, 20, 5, g)?.id).toBe('a');
    expect(barAt(bars, 201, 25, g)?.id).toBe('c');
    expect(barAt(bars, 150, 5, g)).toBeNull();
    expect(barAt(bars, 20, 15, g)).toBeNull();
  });
});
