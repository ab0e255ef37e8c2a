import { slugify } from '../slug.ts';
import { ACTION_CLASS } from '../taxonomy.ts';
import { type DayRange, dayOfTimestamp, rangeOfPartialDate } from './date-range.ts';
import type { EventClaim } from './types.ts';

/**
 * Claims → clusters, one cluster per real action (issue 5 §1).
 *
 * Two claims can describe the same action only when they share the actor (the same entity: a subsidiary is not its
 * parent), the target and the action class, so claims are first put into buckets by that triple: no pair from two
 * buckets is ever compared, and inside a bucket day-dated claims are sorted and swept once. The whole pass is
 * O(n log n), never all-pairs.
 */

/** Two day-dated reports belong together when at most this many days apart from the previous one in the sweep. */
export const DAY_WINDOW = 4;
/** …and at most this many days from the cluster's first day, so that a long run of daily reports cannot chain. */
export const MAX_CLUSTER_SPAN_DAYS = 10;

/** The identity of a claim's target: its entity id, or its name folded to a slug when it has no id. */
export function targetIdentity(claim: Pick<EventClaim, 'target' | 'target_name'>): string {
  return claim.target ?? slugify(claim.target_name);
}

/** The bucket key: actor, target and action class. */
export function bucketKey(claim: EventClaim): string {
  return `${claim.actor}\u0000${targetIdentity(claim)}\u0000${ACTION_CLASS[claim.action]}`;
}

interface WorkingCluster {
  service: string;
  first: number;
  last: number;
  claims: EventClaim[];
}

/**
 * Groups claims into clusters of the same action. Deterministic: the same claims in any order give the same clusters
 * in the same order (sorted by bucket, then date, then claim key).
 */
export function clusterClaims(claims: readonly EventClaim[]): EventClaim[][] {
  const buckets = new Map<string, EventClaim[]>();
  for (const claim of claims) {
    const key = bucketKey(claim);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(claim);
    else buckets.set(key, [claim]);
  }
  const out: EventClaim[][] = [];
  for (const key of [...buckets.keys()].sort()) {
    for (const cluster of clusterBucket(buckets.get(key)!)) out.push(cluster);
  }
  return out;
}

/** Clusters the claims of one bucket. Exported for tests. */
export function clusterBucket(bucketClaims: readonly EventClaim[]): EventClaim[][] {
  const ranged = bucketClaims.map((claim) => ({ claim, range: rangeOfPartialDate(claim.date) }));
  ranged.sort(
    (a, b) =>
      (a.range?.start ?? Number.MAX_SAFE_INTEGER) - (b.range?.start ?? Number.MAX_SAFE_INTEGER) ||
      (a.claim.key < b.claim.key ? -1 : a.claim.key > b.claim.key ? 1 : 0),
  );
  // 1. Day-dated claims with a specific service: one sweep per service.
  const clusters: WorkingCluster[] = [];
  const open = new Map<string, WorkingCluster>();
  const deferred: { claim: EventClaim; range: DayRange | null }[] = [];
  for (const entry of ranged) {
    const { claim, range } = entry;
    if (range?.precision !== 'day' || claim.service === 'other') {
      deferred.push(entry);
      continue;
    }
    const current = open.get(claim.service);
    if (
      current &&
      range.start - current.last <= DAY_WINDOW &&
      range.start - current.first <= MAX_CLUSTER_SPAN_DAYS
    ) {
      current.claims.push(claim);
      current.last = range.start;
      continue;
    }
    const created: WorkingCluster = {
      service: claim.service,
      first: range.start,
      last: range.start,
      claims: [claim],
    };
    clusters.push(created);
    open.set(claim.service, created);
  }
  // 2. Month- and year-dated claims (finer first), claims on service `other` and undated claims join a compatible
  //    cluster: containment for a coarse date, the window for a day, the publication day for an undated claim.
  deferred.sort((a, b) => rankOfDeferred(a) - rankOfDeferred(b));
  for (const { claim, range } of deferred) {
    const home = findHome(clusters, claim, range);
    if (home) {
      home.claims.push(claim);
      continue;
    }
    const first = range?.start ?? Number.MAX_SAFE_INTEGER;
    const last = range?.end ?? Number.MIN_SAFE_INTEGER;
    clusters.push({ service: claim.service, first, last, claims: [claim] });
  }
  return clusters.map((cluster) => cluster.claims);
}

function rankOfDeferred(entry: { claim: EventClaim; range: DayRange | null }): number {
  if (!entry.range) return 4;
  if (entry.range.precision === 'day') return 1;
  return entry.range.precision === 'month' ? 2 : 3;
}

function servicesCompatible(a: string, b: string): boolean {
  return a === b || a === 'other' || b === 'other';
}

function findHome(
  clusters: WorkingCluster[],
  claim: EventClaim,
  range: DayRange | null,
): WorkingCluster | null {
  let best: WorkingCluster | null = null;
  if (!range) {
    // Undated: the latest cluster that began on or before the day the article appeared, on a compatible service.
    const published = dayOfTimestamp(claim.published_at) ?? Number.MAX_SAFE_INTEGER;
    for (const cluster of clusters) {
      if (!servicesCompatible(cluster.service, claim.service) || cluster.first > published) continue;
      if (cluster.first === Number.MAX_SAFE_INTEGER) continue;
      if (!best || cluster.first > best.first) best = cluster;
    }
    return best ?? clusters.find((cluster) => servicesCompatible(cluster.service, claim.service)) ?? null;
  }
  for (const cluster of clusters) {
    if (!servicesCompatible(cluster.service, claim.service)) continue;
    const compatible =
      range.precision === 'day'
        ? range.start >= cluster.first - DAY_WINDOW && range.start <= cluster.last + DAY_WINDOW
        : cluster.first >= range.start && cluster.last <= range.end;
    if (!compatible) continue;
    if (!best || cluster.claims.length > best.claims.length) best = cluster;
  }
  if (best && best.service === 'other' && claim.service !== 'other') best.service = claim.service;
  return best;
}
