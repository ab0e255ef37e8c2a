import { buildEventFromCluster } from './build-event.ts';
import { clusterClaims } from './cluster.ts';
import { type AssignIdsResult, assignEventIds } from './ids.ts';
import type { EventClaim } from './types.ts';

export { buildEventFromCluster, combinedConfidence } from './build-event.ts';
export { claimKeyOf, hashKey } from './claim-key.ts';
export { bucketKey, clusterBucket, clusterClaims, targetIdentity } from './cluster.ts';
export { rangeOfPartialDate } from './date-range.ts';
export { assignEventIds, baseEventId } from './ids.ts';
export { applyCorrection, curatedToPublished, publishEvents } from './publish.ts';
export { type EntityRelations, IDENTITY_RELATIONS, linkReversals } from './reversals.ts';
export { summarizeEvent } from './summary.ts';
export type * from './types.ts';

/**
 * Claims → automatic events with their ids (issue 5 §1): cluster, merge each cluster, then give each event the id its
 * claims had in the previous build or a new one. Pure: the caller reads the previous ids from and writes the result
 * to the database.
 */
export function buildAutomaticEvents(
  claims: readonly EventClaim[],
  previousIdByClaimKey: ReadonlyMap<string, string>,
  takenIds: ReadonlySet<string>,
): AssignIdsResult {
  const drafts = clusterClaims(claims).map(buildEventFromCluster);
  return assignEventIds(drafts, previousIdByClaimKey, takenIds);
}
