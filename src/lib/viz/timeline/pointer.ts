/**
 * The timeline drawing's pointer wiring, as a Svelte attachment: the wheel (non-passive, so the page does not
 * scroll) zooms at the pointer, a drag pans, two fingers pinch; every change goes through the tested TimelineZoom.
 * A drag ends in a click on the drawing: that click is stopped, so it neither picks a date nor opens an item.
 */
import type { View } from './axis';
import type { TimelineZoom } from './controller';

/** The element the attachment needs (an SVG element in the app; any EventTarget with pointer capture in tests). */
export type PointerTarget = EventTarget & Pick<Element, 'hasPointerCapture' | 'setPointerCapture'>;

export interface PointerZoomOptions {
  zoomer: TimelineZoom;
  /** Client x to plot x (px from the plot's left edge). */
  plotX: (e: { clientX: number }) => number;
  /** Apply a zoom step to the current view (the component keeps the view). */
  apply: (op: (z: TimelineZoom) => View | null) => boolean;
  /** Called when the view is about to move under the pointer (the tooltip goes). */
  quiet: () => void;
}

/** Moves below this many px are a click, not a drag. */
export const DRAG_PX = 3;

export function pointerZoom(o: PointerZoomOptions): (el: PointerTarget) => () => void {
  return (el) => {
    let moved = 0;
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      o.quiet();
      o.apply((z) => z.wheel(e.deltaY, o.plotX(e), e.deltaMode, e.ctrlKey));
    };
    const down = (e: PointerEvent) => {
      if (e.button) return;
      moved = 0;
      o.zoomer.down(e.pointerId, o.plotX(e));
    };
    const move = (e: PointerEvent) => {
      if (!o.zoomer.dragging) return;
      moved += Math.abs(e.movementX);
      if (moved > DRAG_PX && !el.hasPointerCapture(e.pointerId)) el.setPointerCapture(e.pointerId);
      o.quiet();
      o.apply((z) => z.move(e.pointerId, o.plotX(e)));
    };
    const up = (e: PointerEvent) => o.zoomer.up(e.pointerId);
    const click = (e: MouseEvent) => {
      if (moved > DRAG_PX) e.stopPropagation();
      moved = 0;
    };
    const on: [string, EventListener, AddEventListenerOptions | boolean | undefined][] = [
      ['wheel', wheel as EventListener, { passive: false }],
      ['pointerdown', down as EventListener, undefined],
      ['pointermove', move as EventListener, undefined],
      ['pointerup', up as EventListener, undefined],
      ['pointercancel', up as EventListener, undefined],
      ['click', click as EventListener, true],
    ];
    for (const [type, f, opt] of on) el.addEventListener(type, f, opt);
    return () => {
      for (const [type, f, opt] of on) el.removeEventListener(type, f, typeof opt === 'boolean' ? opt : undefined);
    };
  };
}

export interface ZoomKeysOptions {
  apply: PointerZoomOptions['apply'];
  /** The plot's width (px): the middle is the anchor when no item has the focus. */
  width: () => number;
  /** The focusable drawing. */
  drawing: () => Element | undefined;
}

/** The keys that zoom at a focused item inside the drawing (on the drawing itself arrows pan and 0 resets too). */
const ITEM_ZOOM_KEYS = new Set(['+', '=', '-']);

/** The drawing's keydown: zoom keys anchored at the focused item (its data-x) or the middle, through TimelineZoom.key. */
export function zoomKeys(o: ZoomKeysOptions): (e: KeyboardEvent) => void {
  return (e) => {
    const item = (e.target as Element).closest?.('[data-x]');
    if (e.target !== o.drawing() && !(item && ITEM_ZOOM_KEYS.has(e.key))) return;
    const width = o.width();
    const anchor = item ? Number(item.getAttribute('data-x')) : width / 2;
    if (o.apply((z) => z.key(e.key, e.shiftKey, width, anchor))) e.preventDefault();
  };
}
