import { describe, expect, test } from 'vitest';
import type { Entity } from '../../../src/core/entities/schema.ts';
import type { PublishedEvent } from '../../../src/core/events/types.ts';
import { digestItems } from '../../../src/site/digest.ts';
import { paginate } from '../../../src/site/paging.ts';
import { cascadeOf, createSiteIndex } from '../../../src/site/site-index.ts';

function entity(id: string, kind: Entity['kind'], extra: Partial<Entity> = {}): Entity {
  return { id, name: id.toUpperCase(), kind, aliases: {}, ...extra };
}

function event(id: string, fields: Partial<PublishedEvent>): PublishedEvent {
  return {
    id,
    status: 'reviewed',
    actor: 'google',
    actor_name: 'Google',
    action: 'remove',
    target: 'parler',
    target_name: 'Parler',
    service: 'app_store',
    date: '2021-01-08',
    date_precision: 'day',
    time: null,
    countries: [],
    announced: null,
    date_candidates: [],
    summary: id,
    confidence: 1,
    reverses: null,
    reversed_by: null,
    duration_days: null,
    sources: [],
    first_reported_at: null,
    notes: null,
    ...fields,
  };
}

const entities = [
  entity('google', 'app_store'),
  entity('youtube', 'platform', { parent: 'google' }),
  entity('apple', 'app_store'),
  entity('aws', 'host', { parent: 'amazon' }),
  entity('amazon', 'host'),
  entity('br-supreme-court', 'court', { country: 'BR' }),
];
const events = [
  event('g', { actor: 'google', date: '2021-01-08' }),
  event('a', { actor: 'apple', date: '2021-01-09' }),
  event('w', { actor: 'aws', action: 'terminate', service: 'hosting', date: '2021-01-10' }),
  event('a-back', { actor: 'apple', action: 'reinstate', date: '2021-05-17', reverses: 'a' }),
  event('y', { actor: 'youtube', target: 'trump', target_name: 'Trump', date: '2021-01-12' }),
  event('br', {
    actor: 'br-supreme-court',
    action: 'block',
    target: 'x',
    service: 'country_access',
    date: '2024-08-30',
  }),
  event('cn-store', { actor: 'apple', target: 'app', date: '2019-10-10', countries: ['CN'] }),
];
const index = createSiteIndex(events, entities, '2026-01-01T00:00:00Z');

describe('createSiteIndex', () => {
  test('orders the timeline newest first', () => {
    expect(index.events.map((e) => e.id)).toEqual(['br', 'a-back', 'y', 'w', 'a', 'g', 'cn-store']);
  });
  test('a company includes its subsidiaries, a subsidiary only itself', () => {
    expect(index.eventsByCompany.get('google')?.map((e) => e.id)).toEqual(['y', 'g']);
    expect(index.eventsByCompany.get('youtube')?.map((e) => e.id)).toEqual(['y']);
    expect(index.eventsByCompany.get('amazon')?.map((e) => e.id)).toEqual(['w']);
    expect(index.familyOf.get('google')).toEqual(['google', 'youtube']);
  });
  test('state institutions are not companies; countries hold state decisions and country-only cut-offs', () => {
    expect(index.eventsByCompany.has('br-supreme-court')).toBe(false);
    expect(index.eventsByCountry.get('BR')?.map((e) => e.id)).toEqual(['br']);
    expect(index.eventsByCountry.get('CN')?.map((e) => e.id)).toEqual(['cn-store']);
    expect(index.countries).toEqual(['BR', 'CN']);
  });
});

describe('cascadeOf', () => {
  test('orders the steps, gives the gaps and how long a cut-off lasted', () => {
    const steps = cascadeOf(index, 'parler');
    expect(steps.map((step) => step.event.id)).toEqual(['g', 'a', 'w', 'a-back']);
    expect(steps.map((step) => step.gapDays)).toEqual([null, 1, 1, 127]);
    expect(steps[1]!.reversal?.id).toBe('a-back');
    expect(steps[1]!.durationDays).toBe(128);
    expect(steps[0]!.reversal).toBeNull();
    expect(steps[3]!.reversal?.id).toBe('a');
  });
});

describe('cascadeOf with partial dates', () => {
  test('gives no gap next to a date known only to the month', () => {
    const partial = createSiteIndex(
      [
        event('m', { actor: 'apple', date: '2021-01', date_precision: 'month' }),
        event('d1', { actor: 'google', date: '2021-01-08' }),
        event('d2', { actor: 'aws', date: '2021-01-10' }),
      ],
      entities,
      '2026-01-01T00:00:00Z',
    );
    expect(cascadeOf(partial, 'parler').map((step) => step.gapDays)).toEqual([null, null, 2]);
  });
});

describe('paginate', () => {
  test('splits into pages and keeps one empty page for no items', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([{ items: [], current: 1, total: 1 }]);
  });
});

describe('digestItems', () => {
  test('one item per completed week, reviewed events only', () => {
    const weekly = [
      event('r1', { first_reported_at: '2024-10-08T10:00:00Z' }),
      event('r2', { first_reported_at: '2024-10-09T10:00:00Z' }),
      event('auto', { status: 'automatic', confidence: 0.9, first_reported_at: '2024-10-09T10:00:00Z' }),
      event('current-week', { first_reported_at: '2024-10-15T10:00:00Z' }),
      event('too-old', { first_reported_at: '2023-01-01T10:00:00Z' }),
    ];
    const items = digestItems(weekly, new Date('2024-10-16T00:00:00Z'), 'https://s');
    expect(items.map((item) => item.guid)).toEqual(['digest-2024-W41']);
    expect(items[0]!.title).toBe('Week 2024-W41: 2 events');
    expect(items[0]!.description).toContain('https://s/events/r1/');
    expect(items[0]!.description).not.toContain('auto');
  });
});
