import type { Entity } from './schema.ts';

/**
 * Parent chains of the catalogue (DESIGN §3: "filtering by a company includes its subsidiaries"): `youtube` → `google`,
 * `instagram` → `meta`, `aws` → `amazon`. Built once from the entity list; unknown ids are their own one-member family.
 */
export interface EntityFamilies {
  /** The id, then its parent, grandparent… up to the root: `familyOf('youtube')` → `['youtube', 'google']`. */
  familyOf(id: string): string[];
  /** The topmost ancestor (the id itself when it has no parent). */
  rootOf(id: string): string;
  /** The id and every entity below it, at any depth: `descendantsOf('meta')` → meta, facebook, instagram, whatsapp… */
  descendantsOf(id: string): string[];
  /** True when `a` and `b` are the same entity or one is an ancestor of the other (the reinstatement rule of DESIGN §3). */
  isSameOrRelated(a: string, b: string): boolean;
  /** True when `a` and `b` share a root: siblings such as `youtube` and `google-play` count. */
  isSameFamily(a: string, b: string): boolean;
}

/**
 * Builds the family relations. A parent cycle (a data error the loader should have refused) is cut where it closes.
 */
export function createEntityFamilies(entities: readonly Pick<Entity, 'id' | 'parent'>[]): EntityFamilies {
  const parentById = new Map<string, string>();
  const childrenById = new Map<string, string[]>();
  for (const entity of entities) {
    if (!entity.parent) continue;
    parentById.set(entity.id, entity.parent);
    const children = childrenById.get(entity.parent) ?? [];
    children.push(entity.id);
    childrenById.set(entity.parent, children);
  }

  const familyCache = new Map<string, string[]>();
  function familyOf(id: string): string[] {
    const cached = familyCache.get(id);
    if (cached) return [...cached];
    const chain = [id];
    let current = parentById.get(id);
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = parentById.get(current);
    }
    familyCache.set(id, chain);
    return [...chain];
  }

  function rootOf(id: string): string {
    const chain = familyOf(id);
    return chain[chain.length - 1]!;
  }

  function descendantsOf(id: string): string[] {
    const out = [id];
    const seen = new Set(out);
    for (let i = 0; i < out.length; i++) {
      for (const child of childrenById.get(out[i]!) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        out.push(child);
      }
    }
    return out;
  }

  return {
    familyOf,
    rootOf,
    descendantsOf,
    isSameOrRelated: (a, b) => a === b || familyOf(a).includes(b) || familyOf(b).includes(a),
    isSameFamily: (a, b) => rootOf(a) === rootOf(b),
  };
}
