import { describe, expect, test } from 'vitest';
import {
  createEntityIndex,
  EntitySchema,
  generateSyntheticEntities,
} from '../../../src/core/entities/index.ts';

describe('generateSyntheticEntities', () => {
  test('is deterministic for a seed and differs across seeds', () => {
    expect(generateSyntheticEntities(300, 7)).toEqual(generateSyntheticEntities(300, 7));
    expect(generateSyntheticEntities(300, 7)).not.toEqual(generateSyntheticEntities(300, 8));
  });

  test.each([1_000, 10_000])('gives about %i aliases, valid entities with unique ids', (n) => {
    const entities = generateSyntheticEntities(n);
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
    for (const entity of entities.slice(0, 50)) expect(EntitySchema.safeParse(entity).success).toBe(true);
    const index = createEntityIndex(entities);
    // Five aliases and a name per entity; a few generated words repeat, which the index stores once.
    expect(index.aliasCount).toBeGreaterThan(n * 0.9);
    expect(index.aliasCount).toBeLessThan(n * 1.1);
  });

  test('adding a generated catalogue does not change what real text matches', () => {
    const real = [
      { id: 'apple', name: 'Apple', kind: 'app_store' as const, aliases: { any: ['App Store'] } },
      { id: 'parler', name: 'Parler', kind: 'app' as const, aliases: {} },
    ];
    const text = "Apple a retiré l'application Parler de l'App Store samedi soir.";
    const small = createEntityIndex(real).findMentions(text, 'fr');
    const large = createEntityIndex([...real, ...generateSyntheticEntities(20_000)]).findMentions(text, 'fr');
    expect(large).toEqual(small);
    expect(small.map((mention) => mention.id)).toEqual(['apple', 'parler', 'apple']);
  });
});
