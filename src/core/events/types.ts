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
