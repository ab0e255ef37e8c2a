import { slugify } from '../slug.ts';
import { ACTIONS, type Action, type DatePrecision, type Service } from '../taxonomy.ts';
import { dayOfTimestamp, formatDayNumber, precisionRank, rangeOfPartialDate } from './date-range.ts';
import { summarizeEvent } from './summary.ts';
import type { AutomaticEvent, DateCandidate, EventClaim, EventSource } from './types.ts';

/** The order in which date bases are trusted: a date the sentence states beats a resolved weekday beats the dateline. */
const BASIS_RANK: Record<string, number> = { stated: 0, relative: 1, published: 2 };

/**
 * Merges one cluster of claims into an automatic event, without its id and reversal links (minted and linked later).
 *
 * - The date is the most precise one stated: finer precision first, then the more trusted basis, then the date most
 *   reports give, then the earlier one.
 * - Where sources that state or resolve a date disagree at that precision, every date is kept in `date_candidates`
 *   with its sources.
 * - `announced` is the day of the first report when that report came out before the action took effect (an
 *   announcement preceding the effect: "AWS will stop hosting Parler at midnight on Sunday").
 * - Confidence grows with independent sources: a noisy-OR over publishers, each counted once with its best claim.
 *
 * @throws Error when the cluster is empty (a bug in the caller)
 */
export function buildEventFromCluster(cluster: readonly EventClaim[]): AutomaticEvent {
  if (cluster.length === 0) throw new Error('events: cannot build an event from an empty cluster');
  const claims = [...cluster].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const action = mostCommon(
    claims.map((claim) => claim.action),
    (a, b) => ACTIONS.indexOf(a) - ACTIONS.indexOf(b),
  ) as Action;
  const specificServices = claims.map((claim) => claim.service).filter((service) => service !== 'other');
  const service = (
    specificServices.length > 0 ? mostCommon(specificServices, compareStrings) : 'other'
  ) as Service;
  const first = claims[0]!;
  const actor_name = mostCommon(
    claims.map((claim) => claim.actor_name ?? claim.actor),
    compareStrings,
  );
  const target_name = mostCommon(
    claims.map((claim) => claim.target_name),
    compareStrings,
  );

  const dated = claims.filter((claim) => rangeOfPartialDate(claim.date) !== null);
  let date: string | null = null;
  let date_precision: DatePrecision | null = null;
  let date_candidates: DateCandidate[] = [];
  if (dated.length > 0) {
    const bestPrecision = Math.min(...dated.map((claim) => precisionRank(claim.date_precision)));
    const atPrecision = dated.filter((claim) => precisionRank(claim.date_precision) === bestPrecision);
    const bestBasis = Math.min(
      ...atPrecision.map((claim) => BASIS_RANK[claim.date_basis ?? 'published'] ?? 2),
    );
    const trusted = atPrecision.filter(
      (claim) => (BASIS_RANK[claim.date_basis ?? 'published'] ?? 2) === bestBasis,
    );
    date = mostCommon(
      trusted.map((claim) => claim.date!),
      compareStrings,
    );
    date_precision = rangeOfPartialDate(date)!.precision;
    // Candidates: the distinct dates that stating (not dateline-dated) sources give at the chosen precision.
    const stating = atPrecision.filter((claim) => claim.date_basis !== 'published');
    const byDate = new Map<string, Set<string>>();
    for (const claim of stating) {
      const urls = byDate.get(claim.date!) ?? new Set<string>();
      urls.add(claim.article_url);
      byDate.set(claim.date!, urls);
    }
    if (byDate.size > 1) {
      date_candidates = [...byDate.keys()].sort().map((candidateDate) => ({
        date: candidateDate,
        precision: date_precision!,
        sources: [...byDate.get(candidateDate)!].sort(),
        note: null,
      }));
    }
  }
  const time =
    date === null
      ? null
      : (mostCommonOrNull(
          claims.filter((claim) => claim.date === date && claim.time).map((claim) => claim.time!),
          compareStrings,
        ) ?? null);
  const countries = [...new Set(claims.flatMap((claim) => claim.countries))].sort();

  const sources = sourcesOf(claims);
  const firstReported = sources
    .map((source) => source.published)
    .filter((value): value is string => value !== null)
    .sort()[0];
  const first_reported_at = firstReported ?? null;
  let announced: string | null = null;
  const effect = rangeOfPartialDate(date);
  const firstDay = dayOfTimestamp(first_reported_at);
  if (effect && effect.precision === 'day' && firstDay !== null && firstDay < effect.start) {
    announced = formatDayNumber(firstDay);
  }

  return {
    id: '',
    status: 'automatic',
    actor: first.actor,
    actor_name,
    action,
    target: first.target ?? slugify(target_name),
    target_name,
    service,
    date,
    date_precision,
    time,
    countries,
    announced,
    date_candidates,
    summary: summarizeEvent({ actor: first.actor, actor_name, action, target_name, service, countries }),
    confidence: combinedConfidence(claims),
    reverses: null,
    reversed_by: null,
    duration_days: null,
    sources,
    first_reported_at,
    notes: null,
    claim_keys: claims.map((claim) => claim.key),
  };
}

/** One source per article URL, earliest publication first, with the evidence sentence as its quote. */
function sourcesOf(claims: readonly EventClaim[]): EventSource[] {
  const byUrl = new Map<string, EventSource>();
  for (const claim of claims) {
    if (byUrl.has(claim.article_url)) continue;
    byUrl.set(claim.article_url, {
      url: claim.article_url,
      publisher: claim.publisher,
      published: claim.published_at,
      lang: claim.lang,
      quote: claim.evidence,
      verified_via: null,
    });
  }
  return [...byUrl.values()].sort(
    (a, b) =>
      compareStrings(a.published ?? '\uffff', b.published ?? '\uffff') || compareStrings(a.url, b.url),
  );
}

/**
 * Noisy-OR over independent sources: each publisher (or, without one, each article host) counts once, with its most
 * confident claim. Three sources at 0.6 give 0.94; one gives 0.6. Rounded to three decimals so that rows compare equal.
 */
export function combinedConfidence(claims: readonly EventClaim[]): number {
  const best = new Map<string, number>();
  for (const claim of claims) {
    const key = (claim.publisher ?? hostOf(claim.article_url)).toLowerCase();
    best.set(key, Math.max(best.get(key) ?? 0, clamp(claim.confidence)));
  }
  let miss = 1;
  for (const confidence of best.values()) miss *= 1 - confidence;
  return Math.round((1 - miss) * 1000) / 1000;
}

function hostOf(url: string): string {
  const match = /^https?:\/\/([^/?#]+)/i.exec(url);
  return match ? match[1]! : url;
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(0.99, Math.max(0, value)) : 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent value; ties go to the value that sorts first, so that the result never depends on input order. */
function mostCommon<T>(values: readonly T[], compare: (a: T, b: T) => number): T {
  const result = mostCommonOrNull(values, compare);
  if (result === null) throw new Error('events: mostCommon of an empty list');
  return result;
}

function mostCommonOrNull<T>(values: readonly T[], compare: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && compare(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
