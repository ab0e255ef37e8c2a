import type { CuratedEvent, CuratedSource } from '../curated/schema.ts';
import { ACTION_CLASS } from '../taxonomy.ts';
import { DAY_WINDOW } from './cluster.ts';
import { rangeOfPartialDate } from './date-range.ts';
import { type EntityRelations, linkReversals } from './reversals.ts';
import { summarizeEvent } from './summary.ts';
import type { EventRedirect, EventSource, PublishedEvent } from './types.ts';

/**
 * The curated layer (DESIGN §3, issue 5 §3): automatic events from the database plus the reviewed files of
 * data/curated/, curated winning.
 *
 * - `status: rejected` + `corrects: ID` suppresses the automatic event ID for good: ids survive rebuilds, so does the
 *   rejection. With `merged_into`, the rejected id redirects to the event that absorbed it.
 * - `status: reviewed` + `corrects: ID` overrides the fields the file sets on the automatic event ID, which keeps its id
 *   and becomes `reviewed`; the file's sources come first, the automatic ones after.
 * - A stand-alone reviewed event replaces the automatic events it duplicates (same actor, target, action class and
 *   service, dates compatible), which redirect to it.
 * - Automatic events below `minConfidence` are not published. Then reversals are linked and durations computed.
 */
export interface PublishInput {
  automatic: readonly PublishedEvent[];
  curated: readonly CuratedEvent[];
  /** Entity id → display name. */
  names: ReadonlyMap<string, string>;
  relations: EntityRelations;
  /** Redirects recorded by rebuilds (automatic merges). */
  redirects?: readonly EventRedirect[];
  minConfidence?: number;
}

export interface PublishResult {
  events: PublishedEvent[];
  redirects: EventRedirect[];
  /** Curated files that could not be applied (a correction of an event that does not exist), for logs. */
  warnings: string[];
}

/** Merges automatic and curated events. Pure. */
export function publishEvents(input: PublishInput): PublishResult {
  const warnings: string[] = [];
  const redirects = new Map<string, string>();
  for (const redirect of input.redirects ?? []) redirects.set(redirect.from, redirect.to);
  const automatic = new Map(input.automatic.map((event) => [event.id, { ...event }]));
  const suppressed = new Set<string>();
  const out = new Map<string, PublishedEvent>();

  for (const curated of input.curated) {
    if (curated.status !== 'rejected') continue;
    const target = curated.corrects ?? curated.id;
    suppressed.add(target);
    if (curated.merged_into) redirects.set(target, curated.merged_into);
  }
  for (const curated of input.curated) {
    if (curated.status !== 'reviewed') continue;
    // A correction of an id that a rebuild merged away applies to the event that absorbed it.
    const correctedId = curated.corrects ? resolveRedirect(redirects, curated.corrects) : undefined;
    if (correctedId && correctedId !== curated.id && automatic.has(correctedId)) {
      const base = automatic.get(correctedId)!;
      out.set(base.id, applyCorrection(base, curated, input.names));
      suppressed.add(base.id);
      continue;
    }
    const base = automatic.get(curated.id);
    if (base) {
      out.set(base.id, applyCorrection(base, curated, input.names));
      suppressed.add(base.id);
      continue;
    }
    const standalone = curatedToPublished(curated, input.names);
    if (!standalone) {
      warnings.push(
        `events: curated ${curated.id} corrects ${curated.corrects} which does not exist; skipped`,
      );
      continue;
    }
    out.set(standalone.id, standalone);
  }
  // Automatic duplicates of stand-alone curated events: indexed by (actor, target, class, service).
  const curatedByKey = new Map<string, PublishedEvent[]>();
  for (const event of out.values()) {
    const key = duplicateKey(event);
    const list = curatedByKey.get(key) ?? [];
    list.push(event);
    curatedByKey.set(key, list);
  }
  for (const event of automatic.values()) {
    if (suppressed.has(event.id) || out.has(event.id)) continue;
    const duplicateOf = curatedByKey
      .get(duplicateKey(event))
      ?.find((curated) => datesCompatible(curated, event));
    if (duplicateOf) {
      redirects.set(event.id, duplicateOf.id);
      continue;
    }
    if (event.confidence < (input.minConfidence ?? 0)) continue;
    out.set(event.id, event);
  }
  const linked = linkReversals([...out.values()], input.relations);
  linked.sort((a, b) => compare(b.date ?? '', a.date ?? '') || compare(a.id, b.id));
  const published = new Set(linked.map((event) => event.id));
  const redirectList = [...redirects.entries()]
    .filter(([from, to]) => !published.has(from) && published.has(resolveRedirect(redirects, to)))
    .map(([from, to]) => ({ from, to: resolveRedirect(redirects, to) }))
    .sort((a, b) => compare(a.from, b.from));
  return { events: linked.map(stripInternalFields), redirects: redirectList, warnings };
}

/** A stand-alone curated event as a published one; null when it lacks a field (a correction without its base). */
export function curatedToPublished(
  curated: CuratedEvent,
  names: ReadonlyMap<string, string>,
): PublishedEvent | null {
  const { actor, action, target, service } = curated;
  if (!actor || !action || !target || !service || curated.status !== 'reviewed') return null;
  const actor_name = names.get(actor) ?? actor;
  const target_name = curated.target_name ?? names.get(target) ?? target;
  const sources = curated.sources.map(curatedSourceToEventSource);
  return {
    id: curated.id,
    status: 'reviewed',
    actor,
    actor_name,
    action,
    target,
    target_name,
    service,
    date: curated.date ?? null,
    date_precision: curated.date_precision ?? null,
    time: curated.time ?? null,
    countries: curated.countries,
    announced: curated.announced ?? null,
    date_candidates: (curated.date_candidates ?? []).map((candidate) => ({
      date: candidate.date,
      precision: candidate.precision,
      sources: candidate.sources,
      note: candidate.note ?? null,
    })),
    summary:
      curated.summary ??
      summarizeEvent({ actor, actor_name, action, target_name, service, countries: curated.countries }),
    confidence: 1,
    reverses: curated.reverses ?? null,
    reversed_by: null,
    duration_days: null,
    sources,
    first_reported_at:
      sources
        .map((source) => source.published)
        .filter((value): value is string => value !== null)
        .sort()[0] ?? null,
    notes: curated.notes ?? null,
  };
}

function curatedSourceToEventSource(source: CuratedSource): EventSource {
  return {
    url: source.url,
    publisher: source.publisher,
    published: source.published,
    lang: source.lang,
    quote: source.quote,
    verified_via: source.verified_via,
  };
}

/** The automatic event with every field the curated file sets; it keeps its id and becomes `reviewed`. */
export function applyCorrection(
  base: PublishedEvent,
  curated: CuratedEvent,
  names: ReadonlyMap<string, string>,
): PublishedEvent {
  const corrected: PublishedEvent = { ...base, status: 'reviewed', confidence: 1 };
  if (curated.actor) {
    corrected.actor = curated.actor;
    corrected.actor_name = names.get(curated.actor) ?? curated.actor;
  }
  if (curated.action) corrected.action = curated.action;
  if (curated.target) {
    corrected.target = curated.target;
    corrected.target_name = curated.target_name ?? names.get(curated.target) ?? curated.target;
  } else if (curated.target_name) corrected.target_name = curated.target_name;
  if (curated.service) corrected.service = curated.service;
  if (curated.date !== undefined) {
    corrected.date = curated.date;
    corrected.date_precision = curated.date_precision ?? rangeOfPartialDate(curated.date)?.precision ?? null;
  }
  if (curated.time !== undefined) corrected.time = curated.time;
  if (curated.countries.length > 0) corrected.countries = curated.countries;
  if (curated.announced !== undefined) corrected.announced = curated.announced;
  if (curated.date_candidates !== undefined) {
    corrected.date_candidates = curated.date_candidates.map((candidate) => ({
      date: candidate.date,
      precision: candidate.precision,
      sources: candidate.sources,
      note: candidate.note ?? null,
    }));
  }
  if (curated.reverses !== undefined) corrected.reverses = curated.reverses;
  if (curated.notes !== undefined) corrected.notes = curated.notes;
  corrected.summary =
    curated.summary ??
    summarizeEvent({
      actor: corrected.actor,
      actor_name: corrected.actor_name,
      action: corrected.action,
      target_name: corrected.target_name,
      service: corrected.service,
      countries: corrected.countries,
    });
  const urls = new Set(curated.sources.map((source) => source.url));
  corrected.sources = [
    ...curated.sources.map(curatedSourceToEventSource),
    ...base.sources.filter((source) => !urls.has(source.url)),
  ];
  const firstReported = corrected.sources
    .map((source) => source.published)
    .filter((value): value is string => value !== null)
    .sort()[0];
  corrected.first_reported_at = firstReported ?? base.first_reported_at;
  return corrected;
}

function duplicateKey(event: PublishedEvent): string {
  return `${event.actor}\u0000${event.target}\u0000${ACTION_CLASS[event.action]}\u0000${event.service}`;
}

function datesCompatible(a: PublishedEvent, b: PublishedEvent): boolean {
  const left = rangeOfPartialDate(a.date);
  const right = rangeOfPartialDate(b.date);
  if (!left || !right) return false;
  return left.start - DAY_WINDOW <= right.end && right.start - DAY_WINDOW <= left.end;
}

function resolveRedirect(redirects: ReadonlyMap<string, string>, id: string): string {
  let current = id;
  for (let hops = 0; hops < 20 && redirects.has(current); hops++) current = redirects.get(current)!;
  return current;
}

/** Published events carry exactly the PublishedEvent fields (the automatic ones also carry their claim keys). */
function stripInternalFields(event: PublishedEvent): PublishedEvent {
  if (!('claim_keys' in event)) return event;
  const { claim_keys: _claimKeys, ...rest } = event as PublishedEvent & { claim_keys?: string[] };
  return rest;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
