import { ACTION_CLASS } from '../core/taxonomy.ts';
import type { AutomaticEvent, EventClaim, EventRedirect } from '../core/events/types.ts';
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
    for (const row of db.prepare('SELECT claim_key, event_id FROM event_claims').iterate() as Iterable<{
      claim_key: string;
      event_id: string;
    }>) {
      out.set(row.claim_key, row.event_id);
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
  for (const row of db.prepare('SELECT id FROM event_ids').pluck().iterate() as Iterable<string>) out.add(row);
  return out;
}

export interface ReplaceEventsOptions {
  /** Replace only the events of these buckets (an incremental update); absent: replace every event. */
  bucketKeys?: readonly string[];
  /** Time stamp recorded for newly minted ids. */
  now?: string;
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
    `INSERT OR REPLACE INTO events (id, bucket_key, actor, action, target, service, date, confidence, first_reported_at, json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertClaim = cachedStatement(
    db,
    'INSERT OR REPLACE INTO event_claims (bucket_key, claim_key, event_id) VALUES (?, ?, ?)',
  );
  const markMerged = cachedStatement(db, 'UPDATE event_ids SET merged_into = ? WHERE id = ?');
  const run = db.transaction(() => {
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
        JSON.stringify(published),
      );
      for (const claimKey of claim_keys) insertClaim.run(bucketKey, claimKey, event.id);
    }
    // Set-wise, once: record new ids, and un-merge an id that is back as an event of its own.
    db.prepare('INSERT OR IGNORE INTO event_ids (id, minted_at) SELECT id, ? FROM events').run(now);
    db.exec('UPDATE event_ids SET merged_into = NULL WHERE merged_into IS NOT NULL AND id IN (SELECT id FROM events)');
    for (const redirect of redirects) markMerged.run(redirect.to, redirect.from);
  });
  run.immediate();
}

/** Every automatic event of the last build, with its claim keys. */
export function listAutomaticEvents(db: Db): AutomaticEvent[] {
  const claimKeys = new Map<string, string[]>();
  for (const row of db.prepare('SELECT claim_key, event_id FROM event_claims ORDER BY claim_key').iterate() as Iterable<{
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
  const row = cachedStatement(db, 'SELECT json FROM events WHERE id = ?').get(id) as { json: string } | undefined;
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

/** Number of automatic events stored. */
export function countAutomaticEvents(db: Db): number {
  return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
}

/** True when the database has a table of that name (the claims table comes from another migration). */
export function hasTable(db: Db, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
  );
}

/** Re-export for callers that only need the claim type. */
export type { EventClaim };

/**
 * Reads the claims of the claims table (migration 002, the extractor's) joined with their articles, as the event
 * builder needs them. The claims table belongs to another module, so the columns are looked up rather than assumed:
 * an optional column it lacks reads as null. Without a claims table there are no claims.
 * `bucketActors` limits the read to claims by those actors (an incremental update).
 * @throws SqliteError on a storage failure
 */
export function readEventClaims(db: Db, options: { actors?: readonly string[] } = {}): EventClaim[] {
  if (!hasTable(db, 'claims')) return [];
  const claimColumns = columnsOf(db, 'claims');
  const articleColumns = hasTable(db, 'articles') ? columnsOf(db, 'articles') : new Set<string>();
  const claimColumn = (name: string, ...alternatives: string[]): string => {
    for (const candidate of [name, ...alternatives]) if (claimColumns.has(candidate)) return `c.${candidate}`;
    return 'NULL';
  };
  const articleColumn = (name: string, ...alternatives: string[]): string => {
    for (const candidate of [name, ...alternatives]) if (articleColumns.has(candidate)) return `a.${candidate}`;
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
    ${options.actors ? `WHERE ${claimColumn('actor', 'actor_id')} IN (SELECT value FROM json_each(?))` : ''}`;
  const statement = db.prepare(sql);
  const rows = (options.actors ? statement.iterate(JSON.stringify(options.actors)) : statement.iterate()) as Iterable<
    Record<string, unknown>
  >;
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
    const articleUrl = typeof row['article_url'] === 'string' ? row['article_url'] : `article:${String(row['article_id'])}`;
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

/** The stable key of a claim: the same article stating the same action keeps it across re-extractions. */
export function claimKeyOf(claim: Pick<EventClaim, 'article_url' | 'actor' | 'action' | 'target' | 'target_name' | 'service'>): string {
  return [claim.article_url, claim.actor, claim.action, claim.target ?? claim.target_name, claim.service].join('|');
}

function columnsOf(db: Db, table: string): Set<string> {
  return new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((row) => row.name));
}

function parseCountries(value: unknown): string[] {
  if (typeof value !== 'string' || value === '') return [];
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
