import type { EventClaim } from './types.ts';

/**
 * The stable key of a claim: the same article stating the same action keeps it across re-extractions, so the
 * cluster → id table can follow it. Hashed to 64 bits (two FNV-1a passes with different offsets) and written in
 * base 36: a million keys then take a few tens of MB instead of a hundred and more, in memory and in the database.
 * Two keys collide with a probability of about n² / 2⁶⁵ (3 × 10⁻⁸ for a million claims); a collision would only put
 * two claims under one id in the previous-build table, which the next rebuild corrects.
 */
export function claimKeyOf(
  claim: Pick<EventClaim, 'article_url' | 'actor' | 'action' | 'target' | 'target_name' | 'service'>,
): string {
  return hashKey(
    `${claim.article_url}|${claim.actor}|${claim.action}|${claim.target ?? claim.target_name}|${claim.service}`,
  );
}

/** 64-bit FNV-1a (as two 32-bit halves) of a string's UTF-16 code units, in base 36. */
export function hashKey(text: string): string {
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x01000193) ^ (high >>> 15);
  }
  return (high >>> 0).toString(36).padStart(7, '0') + (low >>> 0).toString(36).padStart(7, '0');
}
