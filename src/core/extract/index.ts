export { BUILTIN_ENTITIES } from './builtin-entities.ts';
export { createExtractProfile, EXTRACTOR_VERSION, type ExtractProfile, extractClaims } from './extract.ts';
export { mentionsDeplatforming } from './prefilter.ts';
export type {
  ClaimParty,
  EntityMention,
  ExtractEntity,
  ExtractEntityIndex,
  ExtractedClaim,
  ExtractInput,
} from './types.ts';

import { createEntityIndex, type EntityIndex } from '../entities/index.ts';
import type { Entity } from '../entities/schema.ts';
import { BUILTIN_ENTITIES } from './builtin-entities.ts';

/**
 * The index the extractor uses: the catalogue (`data/entities/`, through the catalogue's own matcher) first, then the
 * built-in entities whose ids the catalogue lacks. The built-in aliases of an id the catalogue has are added to it,
 * after its own (so a catalogue alias always wins a collision), except one- and two-letter ones, which the catalogue
 * guards with context ("X" alone is a letter).
 */
export function createExtractorIndex(catalogue: readonly Entity[] = []): EntityIndex {
  const builtinById = new Map(BUILTIN_ENTITIES.map((entity) => [entity.id, entity]));
  const catalogueIds = new Set(catalogue.map((entity) => entity.id));
  const merged: Entity[] = catalogue.map((entity) => {
    const builtin = builtinById.get(entity.id);
    if (!builtin) return entity;
    const extra = (builtin.aliases?.any ?? []).filter((alias) => alias.length > 2);
    return { ...entity, aliases: { ...entity.aliases, any: [...(entity.aliases.any ?? []), ...extra] } };
  });
  for (const builtin of BUILTIN_ENTITIES) {
    if (catalogueIds.has(builtin.id)) continue;
    if (builtin.parent && !catalogueIds.has(builtin.parent) && !builtinById.has(builtin.parent)) continue;
    merged.push({
      id: builtin.id,
      name: builtin.name,
      kind: builtin.kind,
      parent: builtin.parent,
      country: builtin.country,
      aliases: { any: [...(builtin.aliases?.any ?? [])] },
    } as Entity);
  }
  return createEntityIndex(merged);
}
