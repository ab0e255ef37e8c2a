import { existsSync } from 'node:fs';
import { createEntityFamilies } from '../core/entities/families.ts';
import type { Entity } from '../core/entities/schema.ts';
import { type EntityRelations, publishEvents } from '../core/events/index.ts';
import type { EventRedirect, PublishedEvent } from '../core/events/types.ts';
import { STATE_KINDS } from '../core/taxonomy.ts';
import { openDatabase } from '../db/connection.ts';
import { hasTable, listAutomaticEvents, listEventRedirects } from '../db/events.ts';
import { DEFAULT_CURATED_DIR, loadCurated } from './load-curated.ts';
import { DEFAULT_ENTITIES_DIR, loadEntities } from './load-entities.ts';

/** Everything the site and the exports publish. */
export interface PublishedData {
  events: PublishedEvent[];
  entities: Entity[];
  generatedAt: string;
  /** Ids that were merged into another event (or duplicated a curated one): their pages redirect. */
  redirects?: EventRedirect[];
}

export interface LoadPublishedOptions {
  /** The SQLite file holding automatic events; absent (or missing on disk): curated events only. */
  db?: string;
  curatedDir?: string;
  entitiesDir?: string;
  /** Automatic events below this confidence are not published (default {@link DEFAULT_MIN_CONFIDENCE}). */
  minConfidence?: number;
  /** Pins `generatedAt` (tests, reproducible builds). */
  now?: string;
}

/**
 * The confidence an automatic (unreviewed) event needs to be published (DESIGN §3 "Automatic events on the site").
 * `$WBW_MIN_CONFIDENCE` overrides it.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

/**
 * The one entry the site and the exports read events through: automatic events from the database merged with the
 * curated files, curated winning, rejections suppressing, reversal links and durations computed
 * (src/core/events/publish.ts). Redirects for merged ids come with them.
 * @throws SchemaValidationError when a curated or entity file is invalid (naming the file and the field)
 */
export async function loadPublishedEvents(options: LoadPublishedOptions = {}): Promise<PublishedData> {
  const entities = loadEntities(options.entitiesDir ?? DEFAULT_ENTITIES_DIR);
  const curated = loadCurated(options.curatedDir ?? DEFAULT_CURATED_DIR).map((file) => file.event);
  let automatic: PublishedEvent[] = [];
  let redirects: EventRedirect[] = [];
  if (options.db && existsSync(options.db)) {
    const db = openDatabase(options.db, { readonly: true });
    try {
      if (hasTable(db, 'events')) {
        automatic = listAutomaticEvents(db);
        redirects = listEventRedirects(db);
      }
    } finally {
      db.close();
    }
  }
  const envMin = Number(process.env['WBW_MIN_CONFIDENCE']);
  const minConfidence =
    options.minConfidence ??
    (Number.isFinite(envMin) && process.env['WBW_MIN_CONFIDENCE'] ? envMin : DEFAULT_MIN_CONFIDENCE);
  const result = publishEvents({
    automatic,
    curated,
    names: new Map(entities.map((entity) => [entity.id, entity.name])),
    relations: relationsOf(entities),
    redirects,
    minConfidence,
  });
  for (const warning of result.warnings) process.stderr.write(`${warning}\n`);
  return {
    events: result.events,
    entities,
    generatedAt: options.now ?? new Date().toISOString(),
    redirects: result.redirects,
  };
}

/**
 * Entity relations for reversal linking: parent chains from the catalogue, and the country of each state institution.
 * An id of the form `<cc>-government` counts as the government of `cc` even before the catalogue lists it.
 */
export function relationsOf(entities: readonly Entity[]): EntityRelations {
  const families = createEntityFamilies(entities);
  const countries = new Map<string, string>();
  for (const entity of entities) {
    if (STATE_KINDS.includes(entity.kind) && entity.country) countries.set(entity.id, entity.country);
  }
  return {
    isSameOrRelated: (a, b) => families.isSameOrRelated(a, b),
    stateCountryOf: (id) => {
      const known = countries.get(id);
      if (known) return known;
      const match = /^([a-z]{2})-(?:government|supreme-court|electoral-court)$/.exec(id);
      return match ? match[1]!.toUpperCase() : null;
    },
  };
}
