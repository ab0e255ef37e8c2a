import type { Entity } from '../core/entities/schema.ts';
import type { PublishedEvent } from '../core/events/types.ts';
import { DEFAULT_CURATED_DIR, loadCurated } from './load-curated.ts';
import { DEFAULT_ENTITIES_DIR, loadEntities } from './load-entities.ts';

/** Everything the site and the exports publish. */
export interface PublishedData {
  events: PublishedEvent[];
  entities: Entity[];
  generatedAt: string;
}

export interface LoadPublishedOptions {
  /** The SQLite file holding automatic events; absent: curated events only. */
  db?: string;
  curatedDir?: string;
  entitiesDir?: string;
  /** Automatic events below this confidence are not published. */
  minConfidence?: number;
}

/**
 * The one entry the site and the exports read events through.
 * FIRST VERSION (skeleton): curated reviewed events only, no automatic layer, no reversal links. The events issue
 * replaces the body with the real merge of automatic and curated events.
 */
export async function loadPublishedEvents(options: LoadPublishedOptions = {}): Promise<PublishedData> {
  const entities = loadEntities(options.entitiesDir ?? DEFAULT_ENTITIES_DIR);
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const events: PublishedEvent[] = [];
  for (const { event } of loadCurated(options.curatedDir ?? DEFAULT_CURATED_DIR)) {
    if (event.status !== 'reviewed' || !event.actor || !event.action || !event.target || !event.service)
      continue;
    events.push({
      id: event.id,
      status: 'reviewed',
      actor: event.actor,
      actor_name: names.get(event.actor) ?? event.actor,
      action: event.action,
      target: event.target,
      target_name: event.target_name ?? names.get(event.target) ?? event.target,
      service: event.service,
      date: event.date ?? null,
      date_precision: event.date_precision ?? null,
      time: event.time ?? null,
      countries: event.countries,
      announced: event.announced ?? null,
      date_candidates: (event.date_candidates ?? []).map((candidate) => ({
        ...candidate,
        note: candidate.note ?? null,
      })),
      summary: event.summary ?? `${event.actor} ${event.action} ${event.target}`,
      confidence: 1,
      reverses: event.reverses ?? null,
      reversed_by: null,
      duration_days: null,
      sources: event.sources.map((source) => ({
        ...source,
        publisher: source.publisher,
        verified_via: source.verified_via,
      })),
      first_reported_at: event.sources.map((source) => source.published).sort()[0] ?? null,
      notes: event.notes ?? null,
    });
  }
  events.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  return { events, entities, generatedAt: new Date().toISOString() };
}
