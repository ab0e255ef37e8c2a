import { describe, expect, test } from 'vitest';
import {
  acceptEvent,
  mergeEvents,
  rejectEvent,
  setEventField,
} from '../../../src/core/curated/review-ops.ts';
import { buildAutomaticEvents } from '../../../src/core/events/index.ts';
import { makeClaim } from '../events/claim-factory.ts';

const [removal, duplicate] = buildAutomaticEvents(
  [
    makeClaim({ article_url: 'https://a.example/1', publisher: 'A', date: '2021-01-09' }),
    makeClaim({ article_url: 'https://b.example/2', publisher: 'B', date: '2021-03-01', action: 'ban' }),
  ],
  new Map(),
  new Set(),
).events.sort((a, b) => a.id.localeCompare(b.id));

describe('review operations', () => {
  test('accept pins the fields and the sources as a reviewed correction', () => {
    const curated = acceptEvent(removal!);
    expect(curated).toMatchObject({
      id: removal!.id,
      status: 'reviewed',
      corrects: removal!.id,
      date: '2021-01-09',
    });
    expect(curated.sources.map((source) => source.url)).toEqual(['https://a.example/1']);
    expect(curated.sources[0]!.published).toBe('2021-01-10');
  });

  test('reject names the event it suppresses', () => {
    expect(rejectEvent(removal!.id)).toMatchObject({ status: 'rejected', corrects: removal!.id });
  });

  test('merge keeps one id with both sources and redirects the other', () => {
    const { kept, absorbed } = mergeEvents(removal!, duplicate!);
    expect(kept.sources.map((source) => source.url).sort()).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect(absorbed).toMatchObject({ id: duplicate!.id, status: 'rejected', merged_into: removal!.id });
  });

  test('set date also sets the precision; an invalid value fails naming the field', () => {
    const edited = setEventField(removal!, undefined, 'date', '2021-01');
    expect(edited).toMatchObject({ date: '2021-01', date_precision: 'month' });
    expect(() => setEventField(removal!, undefined, 'service', 'telepathy')).toThrow(/service/);
    expect(() => setEventField(removal!, undefined, 'id', 'x')).toThrow(/cannot be edited/);
    expect(setEventField(removal!, undefined, 'countries', 'cn, ru').countries).toEqual(['CN', 'RU']);
  });
});
