/** Build the validation context for forms from the live data. */
import type { Plan, Region, Theme } from '$lib/domain/model';
import { register } from '$lib/domain/register';
import type { ValidationContext } from '$lib/domain/records';
import { say } from '$lib/i18n/say';

export function validationContext(
  live: { themes: readonly Theme[]; plans: readonly Plan[]; regions: readonly Region[] },
  now = new Date().toISOString(),
): ValidationContext {
  return {
    register,
    themes: new Map(live.themes.map((th) => [th.id, th.namn])),
    plans: new Map(live.plans.map((p) => [p.id, p.kommunkod])),
    regionIds: new Set(live.regions.map((r) => r.id)),
    now,
    say,
  };
}
