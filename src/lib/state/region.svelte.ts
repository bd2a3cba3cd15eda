/** The chosen region, derived from the URL state and the stored custom groups. */
import { live } from './live.svelte';
import { t } from '$lib/i18n';
import { register } from '$lib/domain/register';
import { overview, regionExists, regionMembers, regionName } from '$lib/domain/stats';
import { todayIso } from '$lib/domain/dates';
import { app } from './app.svelte';

class CurrentRegion {
  /** The region id in effect: an unknown id (old link, deleted group) falls back to all of Sweden once data has loaded. */
  id = $derived(!live.loaded || regionExists(app.region, register, live.regions) ? app.region : '');
  name = $derived(regionName(this.id, register, live.regions, t.region.all));
  members = $derived(regionMembers(this.id, register, live.regions));
  memberSet = $derived(new Set(this.members));
  isCustom = $derived(!!this.id && !/^\d{2}$/.test(this.id));
  /** A link named a region this browser does not have (a group from another region's package): say so. */
  missing = $derived(live.loaded && !!app.region && !regionExists(app.region, register, live.regions));
  /** The region's statistics, computed once per change of the data or the region (not per view visit). */
  overview = $derived(
    overview({
      members: this.members,
      plans: live.plans,
      measures: live.measures,
      events: live.events,
      requests: live.requests,
      themes: live.themes,
      today: todayIso(),
      regionId: this.id,
      nameOf: (c) => register.name(c),
      membersOf: (id) => regionMembers(id, register, live.regions),
    }),
  );
}

export const region = new CurrentRegion();
