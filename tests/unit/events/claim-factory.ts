import type { EventClaim } from '../../../src/core/events/types.ts';

/** A claim with sensible defaults; tests override what they are about. */
export function makeClaim(overrides: Partial<EventClaim> & { article_url: string }): EventClaim {
  const claim: EventClaim = {
    key: '',
    actor: 'apple',
    actor_name: 'Apple',
    action: 'remove',
    target: 'parler',
    target_name: 'Parler',
    service: 'app_store',
    date: '2021-01-09',
    date_precision: 'day',
    date_basis: 'stated',
    time: null,
    countries: [],
    evidence: 'Apple removed Parler from its App Store on Saturday.',
    confidence: 0.7,
    publisher: null,
    published_at: '2021-01-10T08:00:00Z',
    lang: 'en',
    ...overrides,
  };
  claim.key =
    overrides.key ?? [claim.article_url, claim.actor, claim.action, claim.target, claim.service].join('|');
  return claim;
}
