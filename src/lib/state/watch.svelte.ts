/**
 * Bevakning: the chosen region's watch list (plans past follow-up, overdue measures, rounds past their
 * last answer date), computed once per change of the data, the region or today. `today` is a field so
 * tests can set it; the app takes the browser's date.
 */
import { compareSv } from '$lib/domain/collate';
import { todayIso } from '$lib/domain/dates';
import { register } from '$lib/domain/register';
import { regionMembers } from '$lib/domain/stats';
import { lateGroups, watchList } from '$lib/domain/watch';
import { live } from './live.svelte';
import { region } from './region.svelte';

const byName = (a: string, b: string) => compareSv(register.name(a), register.name(b)) || (a < b ? -1 : 1);

export class WatchState {
  today = $state('');
  constructor(today: string = todayIso()) {
    this.today = today;
  }
  list = $derived(
    watchList({
      members: region.members,
      plans: live.plans,
      measures: live.measures,
      rounds: live.rounds,
      answers: live.answers,
      today: this.today,
      membersOf: (id) => regionMembers(id, register, live.regions),
      byName,
    }),
  );
  planIds = $derived(new Set(this.list.plans.map((p) => p.id)));
  measureIds = $derived(new Set(this.list.measures.map((m) => m.id)));
  count = $derived(this.list.plans.length + this.list.measures.length + this.list.rounds.length);
  /**
   * The late list by municipality, most late first (Översikt's triage), kept across visits; each group's
   * measures unsorted (`sortLate` before writing them out).
   */
  lateByKommun = $derived(lateGroups(this.list, 'kommun', this.today, byName, false));
}

export const watch = new WatchState();
