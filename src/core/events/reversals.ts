import { ACTION_CLASS } from '../taxonomy.ts';
import { rangeOfPartialDate } from './date-range.ts';
import type { PublishedEvent } from './types.ts';

/** What reversal linking needs to know about entities; built from the catalogue (src/core/entities) by the caller. */
export interface EntityRelations {
  /** True for the same entity, its parent chain or its descendants (`apple` ~ `apple-podcasts`). */
  isSameOrRelated(a: string, b: string): boolean;
  /** The ISO country of a government, regulator or court; null for anything else. */
  stateCountryOf(id: string): string | null;
}

/** Relations when no catalogue is at hand: only the same id is related, nothing is a state. */
export const IDENTITY_RELATIONS: EntityRelations = {
  isSameOrRelated: (a, b) => a === b,
  stateCountryOf: () => null,
};

/**
 * Links reinstatements to the cut-offs they undo and computes how long each cut-off lasted (DESIGN §3): a `reinstate`
 * reverses the latest earlier cut-off (or restriction) of the same target on the same service by the same actor, its
 * parent or child, or, for `country_access`, by any institution of the same country. A `reverses` already set (by a
 * curated file) is kept when it points to an existing event. Returns new objects; the input is not changed.
 *
 * Cut-offs are indexed by (target, service) and sorted by date, so the pass is O(n log n).
 */
export function linkReversals<T extends PublishedEvent>(
  events: readonly T[],
  relations: EntityRelations,
): T[] {
  const out = events.map((event) => ({ ...event, reversed_by: null, duration_days: null }) as T);
  const byId = new Map(out.map((event) => [event.id, event]));
  const cutOffs = new Map<string, { event: T; start: number }[]>();
  for (const event of out) {
    if (ACTION_CLASS[event.action] === 'restore') continue;
    const range = rangeOfPartialDate(event.date);
    if (!range) continue;
    const key = `${event.target}\u0000${event.service}`;
    const list = cutOffs.get(key) ?? [];
    list.push({ event, start: range.start });
    cutOffs.set(key, list);
  }
  for (const list of cutOffs.values())
    list.sort((a, b) => a.start - b.start || compare(a.event.id, b.event.id));

  const reinstatements = out
    .filter((event) => event.action === 'reinstate')
    .sort(
      (a, b) =>
        (rangeOfPartialDate(a.date)?.start ?? Number.MAX_SAFE_INTEGER) -
          (rangeOfPartialDate(b.date)?.start ?? Number.MAX_SAFE_INTEGER) || compare(a.id, b.id),
    );
  for (const reinstatement of reinstatements) {
    if (reinstatement.reverses && !byId.has(reinstatement.reverses)) reinstatement.reverses = null;
    if (!reinstatement.reverses) {
      const range = rangeOfPartialDate(reinstatement.date);
      const candidates = cutOffs.get(`${reinstatement.target}\u0000${reinstatement.service}`);
      if (range && candidates) {
        for (let index = candidates.length - 1; index >= 0; index--) {
          const candidate = candidates[index]!;
          if (candidate.start > range.start || candidate.event.id === reinstatement.id) continue;
          if (!mayReverse(reinstatement, candidate.event, relations)) continue;
          reinstatement.reverses = candidate.event.id;
          break;
        }
      }
    }
    const reversed = reinstatement.reverses ? byId.get(reinstatement.reverses) : undefined;
    if (reversed && reversed.reversed_by === null) {
      reversed.reversed_by = reinstatement.id;
      const from = rangeOfPartialDate(reversed.date);
      const to = rangeOfPartialDate(reinstatement.date);
      reversed.duration_days = from && to ? Math.max(0, to.start - from.start) : null;
    }
  }
  return out;
}

function mayReverse(
  reinstatement: PublishedEvent,
  cutOff: PublishedEvent,
  relations: EntityRelations,
): boolean {
  if (relations.isSameOrRelated(reinstatement.actor, cutOff.actor)) return true;
  if (reinstatement.service !== 'country_access') return false;
  const country = relations.stateCountryOf(reinstatement.actor);
  return country !== null && country === relations.stateCountryOf(cutOff.actor);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
