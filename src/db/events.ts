import { claimKeyOf, hashKey } from '../core/events/claim-key.ts';
import type { AutomaticEvent, EventClaim, EventRedirect } from '../core/events/types.ts';
import { ACTION_CLASS } from '../core/taxonomy.ts';
import type { Db } from './connection.ts';
import { cachedStatement } from './statements.ts';

/**
 * Typed queries over the events tables (migration 003): automatic events, the cluster → id table and every id
 * ever minted. The only place events SQL lives.
 */

/** The bucket an event belongs to: actor, target, action class (as src/core/events/cluster.ts buckets claims). */
export function eventBucketKey(event: Pick<AutomaticEvent, 'actor' | 'target' | 'action'>): string {
  return `${event.actor}\u0000${event.target}\u0000${ACTION_CLASS[event.action]}`;
}

/** claim key → event id from the previous build; only for the given buckets when they are named. */
export function readPreviousEventIds(db: Db, bucketKeys?: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (bucketKeys === undefined) {
    // Rows come bucket by bucket, so an event's id repeats on consecutive rows: share one string for it.
    let lastId = '';
    for (const row of db.prepare('SELECT claim_key, event_id FROM event_claims').iterate() as Iterable<{
      claim_key: string;
      event_id: string;
    }>) {
      if (row.event_id !== lastId) lastId = row.event_id;
      out.set(row.claim_key, lastId);
    }
    return out;
  }
  const statement = cachedStatement(db, 'SELECT claim_key, event_id FROM event_claims WHERE bucket_key = ?');
  for (const bucketKey of bucketKeys) {
    for (const row of statement.all(bucketKey) as { claim_key: string; event_id: string }[]) {
      out.set(row.claim_key, row.event_id);
    }
  }
  return out;
}

/** Every event id ever minted (merged ones included): new ids must not reuse them. */
export function readMintedEventIds(db: Db): Set<string> {
  const out = new Set<string>();
  for (const row of db.prepare('SELECT id FROM event_ids').pluck().iterate() as Iterable<string>)
    out.add(row);
  return out;
}

export interface ReplaceEventsOptions {
  /** Replace only the events of these buckets (an incremental update); absent: replace every event. */
  bucketKeys?: readonly string[];
  /** Time stamp recorded for newly minted ids. */
  now?: string;
  /**
   * The claim → id table the events were built from (a full rebuild's `readPreviousEventIds`). With it, a full
   * rebuild writes only what changed: rows of changed events and claims, deletions of the rest. The steady state of
   * `wbw update` (a few new claims on a large database) then writes a few rows instead of every row.
   */
  previousIdByClaimKey?: ReadonlyMap<string, string>;
}

/**
 * Replaces the automatic events (all of them, or those of the given buckets) and their claim → id rows in one
 * transaction, records new ids and marks merged ones. A crash leaves the previous build in place.
 * @throws SqliteError on a storage failure
 */
export function replaceEvents(
  db: Db,
  events: readonly AutomaticEvent[],
  redirects: readonly EventRedirect[],
  options: ReplaceEventsOptions = {},
): void {
  const now = options.now ?? new Date().toISOString();
  const insertEvent = cachedStatement(
    db,
    `INSERT OR REPLACE INTO events (id, bucket_key, actor, action, target, service, date, confidence, first_reported_at, json, digest)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertClaim = cachedStatement(
    db,
    'INSERT OR REPLACE INTO event_claims (bucket_key, claim_key, event_id) VALUES (?, ?, ?)',
  );
  const markMerged = cachedStatement(db, 'UPDATE event_ids SET merged_into = ? WHERE id = ?');
  const writeEvent = (event: AutomaticEvent, bucketKey: string, json: string, digest: string): void => {
    insertEvent.run(
      event.id,
      bucketKey,
      event.actor,
      event.action,
      event.target,
      event.service,
      event.date,
      event.confidence,
      event.first_reported_at,
      json,
      digest,
    );
  };
  const run = db.transaction(() => {
    const previous = options.previousIdByClaimKey;
    if (options.bucketKeys === undefined && previous !== undefined) {
      // Full rebuild, written as a difference against the stored build.
      const stored = new Map<string, { bucketKey: string; digest: string }>();
      for (const row of db.prepare('SELECT id, bucket_key, digest FROM events').iterate() as Iterable<{
        id: string;
        bucket_key: string;
        digest: string;
      }>) {
        stored.set(row.id, { bucketKey: row.bucket_key, digest: row.digest });
      }
      const newIds = new Set(events.map((event) => event.id));
      const deleteEvent = cachedStatement(db, 'DELETE FROM events WHERE id = ?');
      for (const id of stored.keys()) if (!newIds.has(id)) deleteEvent.run(id);
      const newClaimKeys = new Set<string>();
      for (const event of events) {
        const bucketKey = eventBucketKey(event);
        const { claim_keys, ...published } = event;
        const json = JSON.stringify(published);
        const digest = hashKey(json);
        const before = stored.get(event.id);
        if (!before || before.digest !== digest || before.bucketKey !== bucketKey) {
          writeEvent(event, bucketKey, json, digest);
        }
        for (const claimKey of claim_keys) {
          newClaimKeys.add(claimKey);
          if (previous.get(claimKey) !== event.id) insertClaim.run(bucketKey, claimKey, event.id);
        }
      }
      const deleteClaim = cachedStatement(
        db,
        'DELETE FROM event_claims WHERE bucket_key = ? AND claim_key = ?',
      );
      for (const [claimKey, eventId] of previous) {
        if (newClaimKeys.has(claimKey)) continue;
        const bucketKey = stored.get(eventId)?.bucketKey;
        if (bucketKey !== undefined) deleteClaim.run(bucketKey, claimKey);
      }
    } else {
      if (options.bucketKeys === undefined) {
        db.exec('DELETE FROM events; DELETE FROM event_claims;');
      } else {
        const deleteEvents = cachedStatement(db, 'DELETE FROM events WHERE bucket_key = ?');
        const deleteClaims = cachedStatement(db, 'DELETE FROM event_claims WHERE bucket_key = ?');
        for (const bucketKey of options.bucketKeys) {
          deleteEvents.run(bucketKey);
          deleteClaims.run(bucketKey);
        }
      }
      for (const event of events) {
        const bucketKey = eventBucketKey(event);
        const { claim_keys, ...published } = event;
        const json = JSON.stringify(published);
        writeEvent(event, bucketKey, json, hashKey(json));
        for (const claimKey of claim_keys) insertClaim.run(bucketKey, claimKey, event.id);
      }
    }
    // Set-wise, once: record new ids, and un-merge an id that is back as an event of its own.
    db.prepare('INSERT OR IGNORE INTO event_ids (id, minted_at) SELECT id, ? FROM events').run(now);
    db.exec(
      'UPDATE event_ids SET merged_into = NULL WHERE merged_into IS NOT NULL AND id IN (SELECT id FROM events)',
    );
    for (const redirect of redirects) markMerged.run(redirect.to, redirect.from);
  });
  run.immediate();
}

/** Every automatic event of the last build, with its claim keys. */
export function listAutomaticEvents(db: Db): AutomaticEvent[] {
  const claimKeys = new Map<string, string[]>();
  for (const row of db
    .prepare('SELECT claim_key, event_id FROM event_claims ORDER BY claim_key')
    .iterate() as Iterable<{
    claim_key: string;
    event_id: string;
  }>) {
    const list = claimKeys.get(row.event_id);
    if (list) list.push(row.claim_key);
    else claimKeys.set(row.event_id, [row.claim_key]);
  }
  const out: AutomaticEvent[] = [];
  for (const row of db.prepare('SELECT id, json FROM events ORDER BY id').iterate() as Iterable<{
    id: string;
    json: string;
  }>) {
    out.push({ ...(JSON.parse(row.json) as AutomaticEvent), claim_keys: claimKeys.get(row.id) ?? [] });
  }
  return out;
}

/** One automatic event by id, or null. */
export function getAutomaticEvent(db: Db, id: string): AutomaticEvent | null {
  const row = cachedStatement(db, 'SELECT json FROM events WHERE id = ?').get(id) as
    | { json: string }
    | undefined;
  if (!row) return null;
  const event = JSON.parse(row.json) as AutomaticEvent;
  const claimKeys = cachedStatement(
    db,
    'SELECT claim_key FROM event_claims WHERE bucket_key = ? AND event_id = ? ORDER BY claim_key',
  )
    .pluck()
    .all(eventBucketKey(event), id) as string[];
  return { ...event, claim_keys: claimKeys };
}

/** Ids merged into another event by a rebuild (their pages redirect). */
export function listEventRedirects(db: Db): EventRedirect[] {
  return (
    db.prepare('SELECT id, merged_into FROM event_ids WHERE merged_into IS NOT NULL ORDER BY id').all() as {
      id: string;
      merged_into: string;
    }[]
  ).map((row) => ({ from: row.id, to: row.merged_into }));
}

/** The highest claim row id (0 without claims): claims stored after it are the new ones of an update. */
export function maxClaimId(db: Db): number {
  if (!hasTable(db, 'claims') || !columnsOf(db, 'claims').has('id')) return 0;
  return (db.prepare('SELECT coalesce(max(id), 0) FROM claims').pluck().get() as number) ?? 0;
}

/** Number of automatic events stored. */
export function countAutomaticEvents(db: Db): number {
  return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
}

/** True when the database has a table of that name (the claims table comes from another migration). */
export function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export type { EventClaim };
/** Re-exports for callers that only need the claim type and key. */
export { claimKeyOf };

/**
 * Reads the claims of the claims table (migration 002, the extractor's) joined with their articles, as the event
 * builder needs them. The claims table belongs to another module, so the columns are looked up rather than assumed:
 * an optional column it lacks reads as null. Without a claims table there are no claims.
 * `bucketActors` limits the read to claims by those actors (an incremental update).
 * @throws SqliteError on a storage failure
 */
export function readEventClaims(
  db: Db,
  options: { actors?: readonly string[]; afterClaimId?: number } = {},
): EventClaim[] {
  if (!hasTable(db, 'claims')) return [];
  const claimColumns = columnsOf(db, 'claims');
  const articleColumns = hasTable(db, 'articles') ? columnsOf(db, 'articles') : new Set<string>();
  const claimColumn = (name: string, ...alternatives: string[]): string => {
    for (const candidate of [name, ...alternatives]) if (claimColumns.has(candidate)) return `c.${candidate}`;
    return 'NULL';
  };
  const articleColumn = (name: string, ...alternatives: string[]): string => {
    for (const candidate of [name, ...alternatives])
      if (articleColumns.has(candidate)) return `a.${candidate}`;
    return 'NULL';
  };
  const joinArticles = articleColumns.size > 0 && claimColumns.has('article_id');
  const sql = `SELECT ${claimColumn('actor', 'actor_id')} AS actor, ${claimColumn('actor_name')} AS actor_name,
      ${claimColumn('action')} AS action, ${claimColumn('target', 'target_id')} AS target,
      ${claimColumn('target_name')} AS target_name, ${claimColumn('service')} AS service, ${claimColumn('date')} AS date,
      ${claimColumn('date_precision')} AS date_precision, ${claimColumn('date_basis')} AS date_basis,
      ${claimColumn('time')} AS time, ${claimColumn('countries')} AS countries, ${claimColumn('evidence')} AS evidence,
      ${claimColumn('confidence')} AS confidence,
      ${joinArticles ? articleColumn('url', 'canonical_url') : claimColumn('article_url')} AS article_url,
      ${joinArticles ? articleColumn('publisher') : 'NULL'} AS publisher,
      ${joinArticles ? articleColumn('published_at') : 'NULL'} AS published_at,
      ${joinArticles ? articleColumn('lang') : 'NULL'} AS lang,
      ${claimColumn('article_id')} AS article_id
    FROM claims c ${joinArticles ? 'LEFT JOIN articles a ON a.id = c.article_id' : ''}
    WHERE ${options.actors ? `${claimColumn('actor', 'actor_id')} IN (SELECT value FROM json_each(?))` : '1'}
      AND ${options.afterClaimId !== undefined && claimColumns.has('id') ? 'c.id > ?' : '1'}`;
  const statement = db.prepare(sql);
  const rows = statement.iterate(
    ...[
      ...(options.actors ? [JSON.stringify(options.actors)] : []),
      ...(options.afterClaimId !== undefined && claimColumns.has('id') ? [options.afterClaimId] : []),
    ],
  ) as Iterable<Record<string, unknown>>;
  const out: EventClaim[] = [];
  // Names, dates and publishers repeat across many claims: one shared string each keeps a large rebuild small.
  const interned = new Map<string, string>();
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = interned.get(value);
    if (known !== undefined) return known as T;
    interned.set(value, value);
    return value;
  };
  for (const row of rows) {
    if (typeof row['actor'] !== 'string' || typeof row['action'] !== 'string') continue;
    const target = typeof row['target'] === 'string' ? row['target'] : null;
    const articleUrl =
      typeof row['article_url'] === 'string' ? row['article_url'] : `article:${String(row['article_id'])}`;
    const claim: EventClaim = {
      key: '',
      actor: intern(row['actor']),
      actor_name: intern(typeof row['actor_name'] === 'string' ? row['actor_name'] : null),
      action: row['action'] as EventClaim['action'],
      target: intern(target),
      target_name: intern(typeof row['target_name'] === 'string' ? row['target_name'] : (target ?? '')),
      service: (typeof row['service'] === 'string' ? row['service'] : 'other') as EventClaim['service'],
      date: intern(typeof row['date'] === 'string' ? row['date'] : null),
      date_precision: (row['date_precision'] ?? null) as EventClaim['date_precision'],
      date_basis: (row['date_basis'] ?? null) as EventClaim['date_basis'],
      time: typeof row['time'] === 'string' ? row['time'] : null,
      countries: parseCountries(row['countries']),
      evidence: typeof row['evidence'] === 'string' ? row['evidence'] : '',
      confidence: typeof row['confidence'] === 'number' ? row['confidence'] : 0.5,
      article_url: articleUrl,
      publisher: intern(typeof row['publisher'] === 'string' ? row['publisher'] : null),
      published_at: typeof row['published_at'] === 'string' ? row['published_at'] : null,
      lang: typeof row['lang'] === 'string' ? row['lang'] : null,
    };
    claim.key = claimKeyOf(claim);
    out.push(claim);
  }
  return out;
}

function columnsOf(db: Db, table: string): Set<string> {
  return new Set(
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((row) => row.name),
  );
}

/** One shared empty list: most claims apply worldwide, and a million empty arrays cost tens of MB. */
const NO_COUNTRIES: string[] = [];

function parseCountries(value: unknown): string[] {
  if (typeof value !== 'string' || value === '' || value === '[]') return NO_COUNTRIES;
  if (value.startsWith('[')) {
    try {
      const parsed = JSON.parse(value) as unknown;
      return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }
  return value.split(/[,\s]+/).filter(Boolean);
}
