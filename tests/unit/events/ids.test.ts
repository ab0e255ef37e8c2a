import { describe, expect, test } from 'vitest';
import { buildAutomaticEvents } from '../../../src/core/events/index.ts';
import { makeClaim } from './claim-factory.ts';

function previousOf(events: { id: string; claim_keys: string[] }[]): Map<string, string> {
  return new Map(events.flatMap((event) => event.claim_keys.map((key) => [key, event.id] as const)));
}

describe('assignEventIds', () => {
  test('an id survives a new source and a date correction', () => {
    const first = buildAutomaticEvents(
      [makeClaim({ article_url: 'https://a.example/1', date: '2021-01-10', date_basis: 'published' })],
      new Map(),
      new Set(),
    ).events;
    expect(first[0]!.id).toBe('2021-01-10-apple-removes-parler-app-store');
    const second = buildAutomaticEvents(
      [
        makeClaim({ article_url: 'https://a.example/1', date: '2021-01-10', date_basis: 'published' }),
        makeClaim({ article_url: 'https://b.example/2', date: '2021-01-09', date_basis: 'stated' }),
      ],
      previousOf(first),
      new Set(first.map((event) => event.id)),
    ).events;
    expect(second).toHaveLength(1);
    expect(second[0]!.date).toBe('2021-01-09');
    expect(second[0]!.id).toBe(first[0]!.id);
  });

  test('two events that become one keep one id and redirect the other', () => {
    const a = makeClaim({ article_url: 'https://a.example/1', date: '2021-01-01' });
    const c = makeClaim({ article_url: 'https://c.example/3', date: '2021-01-09' });
    const first = buildAutomaticEvents([a, c], new Map(), new Set());
    expect(first.events).toHaveLength(2);
    // A report dated in between chains them into one cluster.
    const b = makeClaim({ article_url: 'https://b.example/2', date: '2021-01-05' });
    const second = buildAutomaticEvents(
      [a, b, c],
      previousOf(first.events),
      new Set(first.events.map((e) => e.id)),
    );
    expect(second.events).toHaveLength(1);
    expect(first.events.map((event) => event.id)).toContain(second.events[0]!.id);
    expect(second.redirects).toHaveLength(1);
    expect(second.redirects[0]!.to).toBe(second.events[0]!.id);
  });

  test('a new event never reuses an id minted before', () => {
    const taken = new Set(['2021-01-09-apple-removes-parler-app-store']);
    const { events } = buildAutomaticEvents(
      [makeClaim({ article_url: 'https://a.example/1' })],
      new Map(),
      taken,
    );
    expect(events[0]!.id).toBe('2021-01-09-apple-removes-parler-app-store-2');
  });
});
