import { migration001Collect } from './001-collect.ts';
import { migration002Claims } from './002-claims.ts';
import { migration003Events } from './003-events.ts';
import { migration004EventDigest } from './004-event-digest.ts';

/** A numbered, append-only schema change. Never edit one that has shipped: add the next number. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** In order. Applied ones are recorded in `schema_migrations`. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Collect,
  migration002Claims,
  migration003Events,
  migration004EventDigest,
];
