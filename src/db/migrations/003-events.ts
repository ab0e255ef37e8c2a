import type { Migration } from './index.ts';

/** Tables: events,event_ids. */
export const migration003Events: Migration = {
  id: 3,
  name: 'events',
  sql: `
    -- filled in by the issue that owns these tables
    SELECT 1;
  `,
};
