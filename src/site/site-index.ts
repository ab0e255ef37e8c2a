import type { Entity } from '../core/entities/schema.ts';
import type { PublishedEvent } from '../core/events/types.ts';
import { ACTION_CLASS, STATE_KINDS } from '../core/taxonomy.ts';
import { daysBetween, yearOf } from './format.ts';

/**
 * The query module the pages read through (never raw SQL): every index is computed once per build from the published
 * events, so a page costs a map lookup, not a scan of 50,000 events.
 */
export interface SiteIndex {
  /** Newest first (the order of `/`). */
  events: PublishedEvent[];
  eventById: Map<string, PublishedEvent>;
  entityById: Map<string, Entity>;
  /** Company id → events by it or by any of its subsidiaries, newest first. */
  eventsByCompany: Map<string, PublishedEvent[]>;
  /** Country code (upper case) → events decided by that state's institutions or applying only there. */
  eventsByCountry: Map<string, PublishedEvent[]>;
  eventsByTarget: Map<string, PublishedEvent[]>;
  eventsByAction: Map<string, PublishedEvent[]>;
  eventsByService: Map<string, PublishedEvent[]>;
  eventsByYear: Map<string, PublishedEvent[]>;
  /** Company id → its own id and every descendant's id. */
  familyOf: Map<string, string[]>;
  /** Companies (non-state actors with events), sorted by name. */
  companies: Entity[];
  /** Country codes with events, sorted. */
  countries: string[];
  /** Targets with events: id and display name, sorted by name. */
  targets: { id: string; name: string }[];
  years: string[];
  generatedAt: string;
}

/** The name to show for an entity id: the catalogue's name, else the id itself. */
export function entityName(index: Pick<SiteIndex, 'entityById'>, id: string): string {
  return index.entityById.get(id)?.name ?? id;
}

/** True when an entity acts as a state: a government, a regulator or a court. */
export function isStateEntity(entity: Entity | undefined): boolean {
  return entity !== undefined && STATE_KINDS.includes(entity.kind);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Ancestors of an entity, nearest first, stopping on a cycle. */
function ancestorsOf(entityById: Map<string, Entity>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  let parent = entityById.get(id)?.parent;
  while (parent && !seen.has(parent)) {
    out.push(parent);
    seen.add(parent);
    parent = entityById.get(parent)?.parent;
  }
  return out;
}

/** Newest first by date, then by id so that every build orders ties the same way. */
export function compareNewestFirst(a: PublishedEvent, b: PublishedEvent): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

/** Oldest first: the order of a cascade. */
export function compareOldestFirst(a: PublishedEvent, b: PublishedEvent): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
}

/** Builds every index in one pass over the events (plus one over the entities). */
export function createSiteIndex(
  events: readonly PublishedEvent[],
  entities: readonly Entity[],
  generatedAt: string,
): SiteIndex {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const sorted = [...events].sort(compareNewestFirst);
  const eventById = new Map(sorted.map((event) => [event.id, event]));
  const eventsByCompany = new Map<string, PublishedEvent[]>();
  const eventsByCountry = new Map<string, PublishedEvent[]>();
  const eventsByTarget = new Map<string, PublishedEvent[]>();
  const eventsByAction = new Map<string, PublishedEvent[]>();
  const eventsByService = new Map<string, PublishedEvent[]>();
  const eventsByYear = new Map<string, PublishedEvent[]>();
  const familyOf = new Map<string, string[]>();
  const ancestorCache = new Map<string, string[]>();

  for (const event of sorted) {
    const actor = entityById.get(event.actor);
    const actorIsState = isStateEntity(actor);
    if (!actorIsState) {
      let chain = ancestorCache.get(event.actor);
      if (!chain) {
        chain = [event.actor, ...ancestorsOf(entityById, event.actor)];
        ancestorCache.set(event.actor, chain);
      }
      for (const company of chain) push(eventsByCompany, company, event);
    }
    const countries = new Set<string>();
    if (actorIsState && actor?.country) countries.add(actor.country);
    for (const country of event.countries) countries.add(country.toUpperCase());
    for (const country of countries) push(eventsByCountry, country, event);
    push(eventsByTarget, event.target, event);
    push(eventsByAction, event.action, event);
    push(eventsByService, event.service, event);
    const year = yearOf(event.date);
    if (year) push(eventsByYear, year, event);
  }
  for (const company of eventsByCompany.keys()) {
    const family = [company];
    for (const entity of entities) {
      if (entity.id !== company && ancestorsOf(entityById, entity.id).includes(company))
        family.push(entity.id);
    }
    familyOf.set(company, family);
  }

  const companies = [...eventsByCompany.keys()]
    .map((id) => entityById.get(id) ?? ({ id, name: id, kind: 'organization', aliases: {} } as Entity))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const targetNames = new Map<string, string>();
  for (const event of sorted)
    if (!targetNames.has(event.target)) targetNames.set(event.target, event.target_name);
  const targets = [...targetNames]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  return {
    events: sorted,
    eventById,
    entityById,
    eventsByCompany,
    eventsByCountry,
    eventsByTarget,
    eventsByAction,
    eventsByService,
    eventsByYear,
    familyOf,
    companies,
    countries: [...eventsByCountry.keys()].sort(),
    targets,
    years: [...eventsByYear.keys()].sort().reverse(),
    generatedAt,
  };
}

/** One step of a target's cascade, oldest first, with the gap since the previous step and how long a cut lasted. */
export interface CascadeStep {
  event: PublishedEvent;
  /** Days since the previous step; null for the first or when either is undated. */
  gapDays: number | null;
  /** For a cut-off: days until its reinstatement, null while ongoing. For a reinstatement: the days it ended. */
  durationDays: number | null;
  /** The event this one reverses, or that reverses it. */
  reversal: PublishedEvent | null;
}

/** The cascade of one target across layers, in order (DESIGN §5 `/targets/<id>/`). */
export function cascadeOf(index: SiteIndex, targetId: string): CascadeStep[] {
  const events = [...(index.eventsByTarget.get(targetId) ?? [])].sort(compareOldestFirst);
  // A reversal may be known from either side: the reinstatement's `reverses`, or the cut's `reversed_by`.
  const reversedBy = new Map<string, PublishedEvent>();
  for (const event of events) {
    if (event.reverses) {
      const cut = index.eventById.get(event.reverses);
      if (cut) reversedBy.set(cut.id, event);
    }
  }
  let previous: PublishedEvent | null = null;
  return events.map((event) => {
    // A gap is only meaningful between two dates known to the day: "January 2021" is not the 1st of January.
    const gapDays: number | null =
      previous && isDayDate(previous.date) && isDayDate(event.date)
        ? daysBetween(previous.date, event.date)
        : null;
    previous = event;
    return { event, gapDays, ...reversalOf(index, event, reversedBy) };
  });
}

function isDayDate(date: string | null): boolean {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/** The reversal link of one event and the duration of the cut-off it closes or that it is. */
export function reversalOf(
  index: SiteIndex,
  event: PublishedEvent,
  reversedBy?: Map<string, PublishedEvent>,
): { reversal: PublishedEvent | null; durationDays: number | null } {
  if (event.action === 'reinstate') {
    const cut = event.reverses ? (index.eventById.get(event.reverses) ?? null) : null;
    return { reversal: cut, durationDays: cut ? daysBetween(cut.date, event.date) : null };
  }
  if (ACTION_CLASS[event.action] === 'restore') return { reversal: null, durationDays: null };
  let restore = event.reversed_by ? (index.eventById.get(event.reversed_by) ?? null) : null;
  if (!restore) restore = reversedBy?.get(event.id) ?? findReinstatement(index, event);
  const durationDays = restore ? (event.duration_days ?? daysBetween(event.date, restore.date)) : null;
  return { reversal: restore, durationDays };
}

function findReinstatement(index: SiteIndex, event: PublishedEvent): PublishedEvent | null {
  for (const other of index.eventsByTarget.get(event.target) ?? []) {
    if (other.action === 'reinstate' && other.reverses === event.id) return other;
  }
  return null;
}

/** Counts of a list by a key, largest first. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
