import { describe, expect, it } from 'vitest';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { bakeStrokes } from '$lib/viz/export';

/**
 * The map's drawing as svgDocument clones it (styles inlined from the computed style, `0.75px`), with
 * outlines drawn `vector-effect: non-scaling-stroke`: after baking, the exported SVG has no
 * non-scaling strokes and every such width is in drawing units (issue 24: outlines as thick in
 * Firefox's PNG as in Chromium's).
 */
const CLONE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
  <path d="M0,0L10,0" class="hex" vector-effect="non-scaling-stroke" stroke="#ffffff" stroke-width="0.75px"/>
  <path d="M0,0L10,10" class="hex selected" vector-effect="non-scaling-stroke" stroke="#1a1a1a" stroke-width="2.5px"/>
  <path d="M0,0L20,0" class="outline" vector-effect="non-scaling-stroke" stroke="#8c939b" stroke-width="0.8"/>
  <path d="M0,0L30,0" class="region" vector-effect="non-scaling-stroke" stroke="#1a1a1a" stroke-width="2.5px"/>
  <path d="M0,0L40,0" class="no-width" vector-effect="non-scaling-stroke" stroke="#000000"/>
  <path d="M0,0L50,0" class="none" vector-effect="non-scaling-stroke" stroke="#000000" stroke-width="0"/>
  <g class="labels" stroke-width="0.5"><text stroke-width="0.5px" font-size="3">Borås</text></g>
  <defs><pattern id="pa-nodata"><line stroke-width="1.6"/></pattern></defs>
</svg>`;

const baked = (u: number) => {
  const doc = new DOMParser().parseFromString(CLONE, 'image/svg+xml');
  bakeStrokes(doc.documentElement as unknown as Element, u);
  return new XMLSerializer().serializeToString(doc);
};
const widthOf = (svg: string, cls: string) => svg.match(new RegExp(`class="${cls}"[^>]*stroke-width="([^"]*)"`))?.[1];

describe('bakeStrokes: the exported SVG draws outlines at their screen width in drawing units', () => {
  it.each([
    // [drawing units per screen px, class, width in the file]
    [4, 'hex', '3'],
    [4, 'hex selected', '10'],
    [4, 'outline', '3.2'],
    [4, 'region', '10'],
    [0.5, 'region', '1.25'],
    // No width given: SVG's default of 1 px on screen.
    [4, 'no-width', '4'],
    // No stroke stays no stroke.
    [4, 'none', '0'],
  ])('at %f units per px, .%s is %s units wide', (u, cls, width) => {
    expect(widthOf(baked(u), cls)).toBe(width);
  });

  it('leaves no non-scaling stroke in the file, and other widths as they were', () => {
    const svg = baked(4);
    expect(svg).not.toContain('vector-effect');
    expect(svg).not.toContain('non-scaling-stroke');
    expect(svg).toContain('<g class="labels" stroke-width="0.5"><text stroke-width="0.5px"');
    expect(svg).toContain('<line stroke-width="1.6"/>');
  });
});
