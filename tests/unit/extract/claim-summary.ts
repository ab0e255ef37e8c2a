import { expect } from 'vitest';
import {
  createExtractorIndex,
  type ExtractedClaim,
  extractClaims,
  mentionsDeplatforming,
} from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';

// Shared by the per-language rule tests: one catalogue index per test file, and one way to read claims.
const index = createExtractorIndex(loadEntities());

/** "actor action target" of each claim the text gives, sorted (service and date are other tests' business). */
export function actionSummary(text: string, lang: string, published: string): string[] {
  return extractClaims({ text, lang, published }, index)
    .map((c: ExtractedClaim) => `${c.actor.id} ${c.action} ${c.target.id}`)
    .sort();
}

/**
 * The text gives exactly these claims, and a text that should give one passes the pre-filter: otherwise its rule
 * could never fire on a real article.
 */
export function expectActionClaims(text: string, lang: string, published: string, expected: string[]): void {
  expect(mentionsDeplatforming(text, lang) || expected.length === 0).toBe(true);
  expect(actionSummary(text, lang, published)).toEqual(expected);
}
