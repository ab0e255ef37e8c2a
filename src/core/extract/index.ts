export { BUILTIN_ENTITIES } from './builtin-entities.ts';
export { createSimpleEntityIndex, type MatchableEntity } from './entity-matcher.ts';
export { createExtractProfile, EXTRACTOR_VERSION, type ExtractProfile, extractClaims } from './extract.ts';
export { mentionsDeplatforming } from './prefilter.ts';
export type { ClaimParty, EntityMention, ExtractedClaim, ExtractEntity, ExtractEntityIndex, ExtractInput } from './types.ts';

import { BUILTIN_ENTITIES } from './builtin-entities.ts';
import { createSimpleEntityIndex, type MatchableEntity } from './entity-matcher.ts';
import type { ExtractEntityIndex } from './types.ts';

/**
 * The index the extractor uses: the catalogue's entities over the built-in ones (the catalogue wins on a shared id,
 * and its aliases are added to the built-in ones).
 */
export function createExtractorIndex(catalogue: readonly MatchableEntity[] = []): ExtractEntityIndex {
  const byId = new Map<string, MatchableEntity>();
  for (const entity of BUILTIN_ENTITIES) byId.set(entity.id, entity);
  for (const entity of catalogue) {
    const builtin = byId.get(entity.id);
    if (!builtin) {
      byId.set(entity.id, entity);
      continue;
    }
    const aliases: Record<string, string[]> = {};
    for (const source of [builtin.aliases ?? {}, entity.aliases ?? {}]) {
      for (const [lang, list] of Object.entries(source)) aliases[lang] = [...(aliases[lang] ?? []), ...(list ?? [])];
    }
    byId.set(entity.id, { ...entity, aliases });
  }
  return createSimpleEntityIndex([...byId.values()]);
}
