import { describe, expect, test } from 'vitest';
import { type EntityRelations, linkReversals } from '../../../src/core/events/index.ts';
import type { PublishedEvent } from '../../../src/core/events/types.ts';

function event(
  overrides: Partial<PublishedEvent> & Pick<PublishedEvent, 'id' | 'actor' | 'action' | 'date'>,
): PublishedEvent {
  return {
    status: 'reviewed',
    actor_name: overrides.actor,
    target: 'x',
    target_name: 'X',
    service: 'country_access',
    date_precision: 'day',
    time: null,
    countries: [],
    announced: null,
    date_candidates: [],
    summary: 's',
    confidence: 1,
    reverses: null,
    reversed_by: null,
    duration_days: null,
    sources: [],
    first_reported_at: null,
    notes: null,
    ...overrides,
  };
}

const relations: EntityRelations = {
  isSameOrRelated: (a, b) =>
    a === b || (a === 'apple-podcasts' && b === 'apple') || (a === 'apple' && b === 'apple-podcasts'),
  stateCountryOf: (id) => (id.startsWith('br-') ? 'BR' : id.startsWith('ng-') ? 'NG' : null),
};

describe('linkReversals', () => {
  test('a higher court lifting a block of the same country reverses it, with the duration in days', () => {
    const linked = linkReversals(
      [
        event({ id: 'block', actor: 'br-supreme-court', action: 'block', date: '2024-08-30' }),
        event({ id: 'lift', actor: 'br-government', action: 'reinstate', date: '2024-10-08' }),
      ],
      relations,
    );
    expect(linked.find((e) => e.id === 'lift')!.reverses).toBe('block');
    expect(linked.find((e) => e.id === 'block')!.duration_days).toBe(39);
  });

  test('another country, or an unrelated company, does not reverse it; the cut-off stays ongoing', () => {
    const linked = linkReversals(
      [
        event({ id: 'block', actor: 'br-supreme-court', action: 'block', date: '2024-08-30' }),
        event({ id: 'other', actor: 'ng-government', action: 'reinstate', date: '2024-10-08' }),
      ],
      relations,
    );
    expect(linked.find((e) => e.id === 'other')!.reverses).toBeNull();
    expect(linked.find((e) => e.id === 'block')!.reversed_by).toBeNull();
    expect(linked.find((e) => e.id === 'block')!.duration_days).toBeNull();
  });

  test('the latest earlier cut-off by the actor, its parent or child is the one reversed', () => {
    const base = { service: 'content' as const, target: 'infowars' };
    const linked = linkReversals(
      [
        event({ ...base, id: 'first', actor: 'apple', action: 'remove', date: '2018-08-06' }),
        event({ ...base, id: 'second', actor: 'apple-podcasts', action: 'remove', date: '2019-01-01' }),
        event({ ...base, id: 'later', actor: 'apple', action: 'remove', date: '2020-01-01' }),
        event({ ...base, id: 'back', actor: 'apple', action: 'reinstate', date: '2019-06-01' }),
      ],
      relations,
    );
    expect(linked.find((e) => e.id === 'back')!.reverses).toBe('second');
    expect(linked.find((e) => e.id === 'first')!.reversed_by).toBeNull();
  });

  test('a curated reverses is kept and gives the duration; a dangling one is dropped', () => {
    const linked = linkReversals(
      [
        event({
          id: 'cut',
          actor: 'apple',
          action: 'remove',
          service: 'app_store',
          date: '2021-01',
          date_precision: 'month',
        }),
        event({
          id: 'back',
          actor: 'apple',
          action: 'reinstate',
          service: 'app_store',
          date: '2021-05-17',
          reverses: 'cut',
        }),
        event({
          id: 'ghost',
          actor: 'apple',
          action: 'reinstate',
          service: 'account',
          date: '2021-05-17',
          reverses: 'nothing',
        }),
      ],
      relations,
    );
    expect(linked.find((e) => e.id === 'cut')!.reversed_by).toBe('back');
    expect(linked.find((e) => e.id === 'cut')!.duration_days).toBe(136);
    expect(linked.find((e) => e.id === 'ghost')!.reverses).toBeNull();
  });
});
