import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { live } from '$lib/state/live.svelte';
import { liveSheets } from '$lib/state/sheets';

describe('liveSheets: one book per state of the live data and day', () => {
  live.plans = [aPlan('p1', { kommunkod: '1490' })];
  live.measures = [aMeasure('m1', { kommunkod: '1490', slut: '2016-03', status: 'pagaende' })];
  const today = '2016-12-01';

  it('gives the same book, with its kommunblad made, while nothing changes', () => {
    const book = liveSheets(today);
    expect(liveSheets(today)).toBe(book);
    expect(liveSheets(today).sheet('1490')).toBe(book.sheet('1490'));
  });
  it.each([
    ['the plans', () => (live.plans = [...live.plans])],
    ['the measures', () => (live.measures = [...live.measures, aMeasure('m2', { kommunkod: '1490' })])],
    ['the themes', () => (live.themes = [])],
    ['the answers', () => (live.answers = [])],
    ['the indicator values', () => (live.indicatorValues = [])],
  ])('gives a new book when %s change', (_, change) => {
    const book = liveSheets(today);
    change();
    expect(liveSheets(today)).not.toBe(book);
  });
  it('gives a new book on another day, with that day’s overdue measures', () => {
    expect(
      liveSheets('2016-12-01')
        .sheet('1490')
        .overdue.map((m) => m.id),
    ).toEqual(['m1']);
    expect(liveSheets('2016-01-01').sheet('1490').overdue).toEqual([]);
  });
  it('reads the current data', () => {
    live.measures = [aMeasure('m3', { kommunkod: '1490' })];
    expect(liveSheets(today).counts('1490').measures).toBe(1);
    expect(
      liveSheets(today)
        .sheet('1490')
        .byTheme.flatMap((g) => g.measures.map((m) => m.id)),
    ).toEqual(['m3']);
  });
});
