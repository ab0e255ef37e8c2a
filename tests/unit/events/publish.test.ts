import { describe, expect, test } from 'vitest';
import { CuratedEventSchema } from '../../../src/core/curated/schema.ts';
import { buildAutomaticEvents, IDENTITY_RELATIONS, publishEvents } from '../../../src/core/events/index.ts';
import { makeClaim } from './claim-factory.ts';

const automatic = buildAutomaticEvents(
  [
    makeClaim({
      article_url: 'https://a.example/1',
      publisher: 'A',
      date: '2021-01-10',
      date_basis: 'published',
    }),
    makeClaim({
      article_url: 'https://b.example/2',
      publisher: 'B',
      date: '2021-01-10',
      date_basis: 'published',
    }),
    makeClaim({
      article_url: 'https://c.example/3',
      actor: 'google',
      actor_name: 'Google',
      date: '2021-01-08',
      confidence: 0.3,
    }),
  ],
  new Map(),
  new Set(),
).events;
const appleId = automatic.find((event) => event.actor === 'apple')!.id;
const names = new Map([
  ['apple', 'Apple'],
  ['parler', 'Parler'],
  ['google', 'Google'],
]);

describe('publishEvents', () => {
  test('a curated correction overrides the automatic date and keeps the id', () => {
    const correction = CuratedEventSchema.parse({
      id: appleId,
      status: 'reviewed',
      corrects: appleId,
      date: '2021-01-09',
      date_precision: 'day',
    });
    const { events } = publishEvents({
      automatic,
      curated: [correction],
      names,
      relations: IDENTITY_RELATIONS,
    });
    const apple = events.find((event) => event.id === appleId)!;
    expect(apple.date).toBe('2021-01-09');
    expect(apple.status).toBe('reviewed');
    expect(apple.sources).toHaveLength(2);
  });

  test('a rejection suppresses the automatic event', () => {
    const rejection = CuratedEventSchema.parse({ id: appleId, status: 'rejected', corrects: appleId });
    const { events } = publishEvents({
      automatic,
      curated: [rejection],
      names,
      relations: IDENTITY_RELATIONS,
    });
    expect(events.map((event) => event.id)).not.toContain(appleId);
    expect(events).toHaveLength(1);
  });

  test('a stand-alone curated event replaces its automatic duplicate, which redirects to it', () => {
    const reviewed = CuratedEventSchema.parse({
      id: '2021-01-09-apple-removes-parler',
      status: 'reviewed',
      actor: 'apple',
      action: 'remove',
      target: 'parler',
      service: 'app_store',
      date: '2021-01-09',
      date_precision: 'day',
      sources: [
        {
          url: 'https://example.org/report',
          publisher: 'Example',
          published: '2021-01-10',
          lang: 'en',
          quote: 'Apple removed Parler from the App Store on Saturday.',
          verified_via: 'search',
        },
      ],
    });
    const { events, redirects } = publishEvents({
      automatic,
      curated: [reviewed],
      names,
      relations: IDENTITY_RELATIONS,
    });
    expect(events.filter((event) => event.actor === 'apple').map((event) => event.id)).toEqual([reviewed.id]);
    expect(redirects).toContainEqual({ from: appleId, to: reviewed.id });
  });

  test('automatic events below the confidence threshold are not published', () => {
    const { events } = publishEvents({
      automatic,
      curated: [],
      names,
      relations: IDENTITY_RELATIONS,
      minConfidence: 0.5,
    });
    expect(events.map((event) => event.actor)).toEqual(['apple']);
    expect(events[0]).not.toHaveProperty('claim_keys');
  });
});
