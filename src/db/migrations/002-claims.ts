import type { Migration } from './index.ts';

/** Tables: claims. */
export const migration002Claims: Migration = {
  id: 2,
  name: 'claims',
  sql: `
    -- filled in by the issue that owns these tables
    SELECT 1;
  `,
};
