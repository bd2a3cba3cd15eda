/** The chosen region, derived from the URL state and the stored custom groups. */
import { live } from './live.svelte';
import { t } from '../i18n';
import { register } from '../domain/register';
import { regionExists, regionMembers, regionName } from '../domain/stats';
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
}

export const region = new CurrentRegion();
