import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { LiveData } from '$lib/state/live.svelte';
import { saveRecord } from '$lib/db/repos';
import { aPlan } from './support/records';

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
};

describe('LiveData', () => {
  let stop = () => {};
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });
  afterEach(() => stop());

  it('loads every table and follows later writes', async () => {
    const live = new LiveData();
    expect(live.loaded).toBe(false);
    stop = live.start();
    await until(() => live.loaded);
    expect(live.themes).toHaveLength(13);
    expect(live.plans).toEqual([]);
    await saveRecord('plans', aPlan('p1', { titel: 'Plan', kalla: '' }));
    await until(() => live.plans.length === 1);
    expect(live.plans[0].titel).toBe('Plan');
  });
});
