import type { Action, DatePrecision, EventStatus, Service } from '../taxonomy.ts';

/**
 * The published event: what the events table holds after curated files are applied, what the exports write and
 * what the site renders. Shared by src/core/events, src/db, the exports and src/pages.
 */
export interface EventSource {
  url: string;
  publisher: string | null;
  /** The report's publication date or date-time (UTC ISO 8601). */
  published: string | null;
  lang: string | null;
  /** The sentence that states the fact, verbatim (untrusted text: escape it wherever it is shown). */
  quote: string;
  verified_via: string | null;
}

export interface DateCandidate {
  date: string;
  precision: DatePrecision;
  sources: string[];
  note: string | null;
}

export interface PublishedEvent {
  id: string;
  status: Exclude<EventStatus, 'rejected'>;
  actor: string;
  actor_name: string;
  action: Action;
  target: string;
  target_name: string;
  service: Service;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at `date_precision`; null when no source dates it. */
  date: string | null;
  date_precision: DatePrecision | null;
  /** `HH:MM Zone` when stated. */
  time: string | null;
  countries: string[];
  announced: string | null;
  date_candidates: DateCandidate[];
  summary: string;
  confidence: number;
  /** For a reinstate: the event it reverses. */
  reverses: string | null;
  /** For a cut-off: the reinstatement that reversed it. */
  reversed_by: string | null;
  /** Days between the cut-off and its reversal; null when ongoing or not a cut-off. */
  duration_days: number | null;
  sources: EventSource[];
  /** When the first source was published (UTC ISO 8601), used to date feed items. */
  first_reported_at: string | null;
  notes: string | null;
}

/**
 * One claim as the event builder sees it: what one article states (DESIGN §3 "Claim"), joined with the article fields
 * an event's sources need. src/pipeline/rebuild-events.ts reads these from the claims and articles tables.
 */
export interface EventClaim {
  /**
   * A key that stays the same when the article is extracted again (article URL + actor + action + target + service),
   * so that the cluster → id table can follow a claim across rebuilds and re-extractions.
   */
  key: string;
  actor: string;
  actor_name: string | null;
  action: Action;
  /** The target's entity id, or null when the target is not in the catalogue (then `target_name` identifies it). */
  target: string | null;
  target_name: string;
  service: Service;
  date: string | null;
  date_precision: DatePrecision | null;
  date_basis: 'stated' | 'relative' | 'published' | null;
  time: string | null;
  countries: string[];
  /** The sentence that states the fact. */
  evidence: string;
  confidence: number;
  article_url: string;
  publisher: string | null;
  /** The article's publication time, UTC ISO 8601. */
  published_at: string | null;
  lang: string | null;
}

/** An automatic event as the events table stores it: a published event plus the claim keys it was built from. */
export interface AutomaticEvent extends PublishedEvent {
  claim_keys: string[];
}

/** A merged-away event id and the id that absorbed it (its page redirects). */
export interface EventRedirect {
  from: string;
  to: string;
}
