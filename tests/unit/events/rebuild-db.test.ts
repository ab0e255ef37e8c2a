import { describe, expect, test } from 'vitest';
import { CuratedEventSchema } from '../../../src/core/curated/schema.ts';
import { IDENTITY_RELATIONS, publishEvents } from '../../../src/core/events/index.ts';
import { openDatabase } from '../../../src/db/connection.ts';
import { listAutomaticEvents, listEventRedirects } from '../../../src/db/events.ts';
import { rebuildEvents, rebuildEventsFor } from '../../../src/pipeline/rebuild-events.ts';
import { makeClaim } from './claim-factory.ts';

const claims = [
  makeClaim({ article_url: 'https://a.example/1', publisher: 'A' }),
  makeClaim({ article_url: 'https://b.example/2', publisher: 'B', lang: 'fr' }),
  makeClaim({ article_url: 'https://a.example/3', action: 'reinstate', date: '2021-05-17' }),
  makeClaim({
    article_url: 'https://a.example/4',
    actor: 'aws',
    actor_name: 'Amazon Web Services',
    action: 'terminate',
    service: 'hosting',
    date: '2021-01-10',
  }),
];

function rows(db: ReturnType<typeof openDatabase>) {
  return db.prepare('SELECT * FROM events ORDER BY id').all();
}

describe('rebuildEvents', () => {
  test('is idempotent: the same claims give the same ids and the same rows', () => {
    const db = openDatabase(':memory:');
    rebuildEvents(db, { claims, now: '2026-01-01T00:00:00Z' });
    const first = rows(db);
    rebuildEvents(db, { claims: [...claims].reverse(), now: '2026-02-01T00:00:00Z' });
    expect(rows(db)).toEqual(first);
    expect(first).toHaveLength(3);
  });

  test('a rebuild written as a difference equals a fresh build: gone claims and events are deleted', () => {
    const db = openDatabase(':memory:');
    rebuildEvents(db, { claims, now: 'T' });
    const kept = claims.filter(
      (claim) => claim.actor === 'apple' && claim.article_url !== 'https://b.example/2',
    );
    rebuildEvents(db, { claims: kept, now: 'T' });
    const fresh = openDatabase(':memory:');
    rebuildEvents(fresh, { claims: kept, now: 'T' });
    expect(rows(db)).toEqual(rows(fresh));
    const claimRows = (handle: typeof db) =>
      handle.prepare('SELECT * FROM event_claims ORDER BY claim_key').all();
    expect(claimRows(db)).toEqual(claimRows(fresh));
    expect(claimRows(db)).toHaveLength(2);
  });

  test('a rejection survives a rebuild', () => {
    const db = openDatabase(':memory:');
    rebuildEvents(db, { claims });
    const aws = listAutomaticEvents(db).find((event) => event.actor === 'aws')!;
    const rejection = CuratedEventSchema.parse({ id: aws.id, status: 'rejected', corrects: aws.id });
    const publish = () =>
      publishEvents({
        automatic: listAutomaticEvents(db),
        curated: [rejection],
        names: new Map(),
        relations: IDENTITY_RELATIONS,
      });
    expect(publish().events.map((event) => event.id)).not.toContain(aws.id);
    // A new report of the same action arrives; the rebuild keeps the id, so the rejection still applies.
    rebuildEvents(db, {
      claims: [
        ...claims,
        makeClaim({
          article_url: 'https://c.example/5',
          actor: 'aws',
          actor_name: 'AWS',
          action: 'terminate',
          service: 'hosting',
          date: '2021-01-11',
        }),
      ],
    });
    expect(listAutomaticEvents(db).find((event) => event.actor === 'aws')!.id).toBe(aws.id);
    expect(publish().events.map((event) => event.actor)).not.toContain('aws');
    expect(publish().events).toHaveLength(2);
  });

  test('an incremental rebuild of the touched buckets gives what a full rebuild gives', () => {
    const incremental = openDatabase(':memory:');
    rebuildEvents(incremental, { claims, now: 'T' });
    const added = [
      makeClaim({ article_url: 'https://c.example/9', publisher: 'C', date: '2021-01-09' }),
      makeClaim({
        article_url: 'https://d.example/9',
        actor: 'google',
        actor_name: 'Google',
        date: '2021-01-08',
      }),
    ];
    const result = rebuildEventsFor(
      incremental,
      added,
      (actors) => claims.filter((claim) => actors.includes(claim.actor)),
      { now: 'T' },
    );
    expect(result.nBuckets).toBe(2);
    const full = openDatabase(':memory:');
    rebuildEvents(full, { claims, now: 'T' });
    rebuildEvents(full, { claims: [...claims, ...added], now: 'T' });
    expect(rows(incremental)).toEqual(rows(full));
    expect(listEventRedirects(incremental)).toEqual([]);
  });
});
