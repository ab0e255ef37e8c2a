/**
 * The entity catalogue's core: schema, alias matcher, families (parent chains) and names by date. Pure: the YAML is
 * read by src/lib/load-entities.ts.
 */

export { parseAlias } from './alias-syntax.ts';
export { createEntityFamilies, type EntityFamilies } from './families.ts';
export {
  type AliasCollision,
  createEntityIndex,
  type EntityIndex,
  type EntityMention,
  type FindMentionsOptions,
} from './matcher.ts';
export { nameOfEntityAt } from './names-at-date.ts';
export {
  type Entity,
  type EntityFile,
  EntityFileSchema,
  EntitySchema,
  type EntityStandIn,
  EntityStandInSchema,
} from './schema.ts';
export { generateSyntheticEntities } from './synthetic.ts';
export { foldWord, tokenizeWords, type WordToken } from './tokens.ts';
