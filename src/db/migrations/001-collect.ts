import type { Migration } from './index.ts';

/** Tables: sources,articles,article_sources,fetch_log. */
export const migration001Collect: Migration = {
  id: 1,
  name: 'collect',
  sql: `
    -- filled in by the issue that owns these tables
    SELECT 1;
  `,
};
