import type { Migration } from './index.ts';

/**
 * events.digest: a hash of the row's json, so that a full rebuild rewrites only the events that changed (the steady
 * state of `wbw update` on a large database). Added as its own migration because 003 had already been committed and
 * applied to local databases. Existing rows get '' and are rewritten, with their digest, by the next rebuild.
 */
export const migration004EventDigest: Migration = {
  id: 4,
  name: 'event-digest',
  sql: `
    ALTER TABLE events ADD COLUMN digest TEXT NOT NULL DEFAULT '';
  `,
};
