import { describe, expect, it } from 'vitest';
import { hiddenLaneCount, orderLanes, themeKeyFor, undatedGroups } from '$lib/viz/timeline/view';
import { REGION_LANE, type TimelineItem } from '$lib/viz/timeline/items';
import { assignThemeColours, MUTED_COLOUR, OTHER_COLOUR } from '$lib/domain/palette';

const names: Record<string, string> = { a: 'Örebro', b: 'Alingsås', c: 'Borås' };
const name = (c: string) => names[c] ?? c;
const item = (lane: string, kind: TimelineItem['kind'] = 'measure', themes: string[] = []) =>
  ({ lane, kind, themes }) as unknown as TimelineItem;

describe('timeline view helpers', () => {
  it('orders lanes: region, groups, then by Swedish name', () => {
    const lanes = orderLanes(
      ['a', 'b', 'c'],
      { items: [item(REGION_LANE)], groupLanes: [{ id: 'group:g', label: 'G' }] },
      name,
      'Regionen',
    );
    expect(lanes.map((l) => l.id)).toEqual([REGION_LANE, 'group:g', 'b', 'c', 'a']);
    expect(hiddenLaneCount(['a', 'b', 'c'], lanes)).toBe(0);
  });
  it('keeps only lanes with items when over 30 members', () => {
    const members = Array.from({ length: 31 }, (_, i) => `m${i}`);
    const lanes = orderLanes(members, { items: [item('m3')], groupLanes: [] }, name, 'R');
    expect(lanes.map((l) => l.id)).toEqual(['m3']);
    expect(hiddenLaneCount(members, lanes)).toBe(30);
  });
  it('builds the theme key from every theme of the measures shown, with no-theme last, in the palette colours', () => {
    const themes = [
      { id: 't1', namn: 'Vatten', farg: '#111' },
      { id: 't2', namn: 'Skog', farg: '#009e73' },
      { id: 't3', namn: 'Luft', farg: '#333' },
    ];
    const palette = assignThemeColours(themes);
    const items = [item('a', 'measure', ['t2', 't1']), item('b', 'measure'), item('c', 'event', ['t3'])];
    const entry = (id: string, name: string, colour: string, other = false, highlighted = false) => ({
      id,
      name,
      colour,
      other,
      highlighted,
    });
    expect(themeKeyFor(items, themes, palette, 'Inget')).toEqual([
      entry('t1', 'Vatten', '#0072b2'),
      entry('t2', 'Skog', '#009e73'),
      entry('', 'Inget', OTHER_COLOUR, true),
    ]);
    // Highlighting a theme greys every other entry.
    expect(themeKeyFor(items, themes, palette, 'Inget', 't2')).toEqual([
      entry('t1', 'Vatten', MUTED_COLOUR),
      entry('t2', 'Skog', '#009e73', false, true),
      entry('', 'Inget', MUTED_COLOUR, true),
    ]);
  });
  it('groups undated measures by lane, sorted by name', () => {
    const g = undatedGroups(
      [
        { id: '1', lane: 'a', label: 'X' },
        { id: '2', lane: 'b', label: 'Y' },
        { id: '3', lane: 'a', label: 'Z' },
      ],
      name,
    );
    expect(g).toEqual([
      { lane: 'b', name: 'Alingsås', titles: ['Y'] },
      { lane: 'a', name: 'Örebro', titles: ['X', 'Z'] },
    ]);
  });
});
