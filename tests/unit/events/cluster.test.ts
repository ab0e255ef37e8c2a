import { describe, expect, test } from 'vitest';
import { buildAutomaticEvents, IDENTITY_RELATIONS, linkReversals } from '../../../src/core/events/index.ts';
import { makeClaim } from './claim-factory.ts';

const noPrevious = new Map<string, string>();

describe('buildAutomaticEvents', () => {
  test('one event reported by three articles in three languages is one event with three sources', () => {
    const claims = [
      makeClaim({ article_url: 'https://news.example/en/parler', publisher: 'Example News', lang: 'en' }),
      makeClaim({
        article_url: 'https://journal.example/fr/parler',
        publisher: 'Journal Exemple',
        lang: 'fr',
        evidence: 'Apple a retiré Parler de son App Store samedi 9 janvier.',
        published_at: '2021-01-10T10:00:00Z',
      }),
      makeClaim({
        article_url: 'https://zeitung.example/de/parler',
        publisher: 'Beispiel Zeitung',
        lang: 'de',
        evidence: 'Apple hat Parler am Samstag aus dem App Store entfernt.',
        date: '2021-01-10',
        date_basis: 'published',
        published_at: '2021-01-10T12:00:00Z',
      }),
    ];
    const { events } = buildAutomaticEvents(claims, noPrevious, new Set());
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.sources.map((source) => source.lang).sort()).toEqual(['de', 'en', 'fr']);
    // The stated date wins over the dateline date of the German report.
    expect(event.date).toBe('2021-01-09');
    expect(event.id).toBe('2021-01-09-apple-removes-parler-app-store');
    expect(event.summary).toBe('Apple removed Parler from the App Store.');
    // Three independent publishers at 0.7 each: 1 - 0.3³.
    expect(event.confidence).toBeCloseTo(0.973, 3);
  });

  test("Apple's removal and reinstatement of the same app stay two events, linked", () => {
    const claims = [
      makeClaim({ article_url: 'https://a.example/1' }),
      makeClaim({ article_url: 'https://b.example/2', publisher: 'B' }),
      makeClaim({
        article_url: 'https://a.example/3',
        action: 'reinstate',
        date: '2021-05-17',
        published_at: '2021-05-17T20:00:00Z',
        evidence: 'Apple has approved Parler’s return to the App Store.',
      }),
    ];
    const { events } = buildAutomaticEvents(claims, noPrevious, new Set());
    expect(events).toHaveLength(2);
    const linked = linkReversals(events, IDENTITY_RELATIONS);
    const removal = linked.find((event) => event.action === 'remove')!;
    const reinstatement = linked.find((event) => event.action === 'reinstate')!;
    expect(reinstatement.reverses).toBe(removal.id);
    expect(removal.reversed_by).toBe(reinstatement.id);
    expect(removal.duration_days).toBe(128);
  });

  test('two suspensions of the same account months apart stay two events', () => {
    const base = {
      actor: 'x',
      actor_name: 'X',
      action: 'suspend' as const,
      target: 'kanye-west',
      target_name: 'Kanye West',
      service: 'account' as const,
    };
    const claims = [
      makeClaim({
        ...base,
        article_url: 'https://a.example/oct',
        date: '2022-10-09',
        published_at: '2022-10-09T12:00:00Z',
      }),
      makeClaim({
        ...base,
        article_url: 'https://b.example/oct',
        date: '2022-10-10',
        date_basis: 'published',
        published_at: '2022-10-10T12:00:00Z',
      }),
      makeClaim({
        ...base,
        article_url: 'https://a.example/dec',
        date: '2022-12-02',
        published_at: '2022-12-02T12:00:00Z',
      }),
    ];
    const { events } = buildAutomaticEvents(claims, noPrevious, new Set());
    expect(events.map((event) => event.date).sort()).toEqual(['2022-10-09', '2022-12-02']);
    expect(events.map((event) => event.sources.length).sort()).toEqual([1, 2]);
  });

  test('a month-precision report joins the day-dated event inside that month; the day stays the date', () => {
    const claims = [
      makeClaim({ article_url: 'https://a.example/1' }),
      makeClaim({ article_url: 'https://b.example/2', date: '2021-01', date_precision: 'month' }),
      makeClaim({ article_url: 'https://c.example/3', date: '2021', date_precision: 'year' }),
    ];
    const { events } = buildAutomaticEvents(claims, noPrevious, new Set());
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2021-01-09');
    expect(events[0]!.sources).toHaveLength(3);
  });

  test('a month-precision report outside every day cluster becomes its own event at month precision', () => {
    const claims = [
      makeClaim({ article_url: 'https://a.example/1' }),
      makeClaim({ article_url: 'https://b.example/2', date: '2021-03', date_precision: 'month' }),
    ];
    const { events } = buildAutomaticEvents(claims, noPrevious, new Set());
    expect(events.map((event) => `${event.date}/${event.date_precision}`).sort()).toEqual([
      '2021-01-09/day',
      '2021-03/month',
    ]);
  });

  test('sources that disagree on the day keep their dates as candidates; a report before the effect gives announced', () => {
    const base = {
      actor: 'aws',
      actor_name: 'Amazon Web Services',
      action: 'terminate' as const,
      service: 'hosting' as const,
    };
    const claims = [
      makeClaim({
        ...base,
        article_url: 'https://a.example/1',
        date: '2021-01-10',
        published_at: '2021-01-09T23:00:00Z',
      }),
      makeClaim({
        ...base,
        article_url: 'https://b.example/2',
        date: '2021-01-10',
        published_at: '2021-01-10T09:00:00Z',
      }),
      makeClaim({
        ...base,
        article_url: 'https://c.example/3',
        date: '2021-01-11',
        published_at: '2021-01-11T09:00:00Z',
      }),
    ];
    const { events } = buildAutomaticEvents(claims, noPrevious, new Set());
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.date).toBe('2021-01-10');
    expect(event.date_candidates.map((candidate) => [candidate.date, candidate.sources])).toEqual([
      ['2021-01-10', ['https://a.example/1', 'https://b.example/2']],
      ['2021-01-11', ['https://c.example/3']],
    ]);
    expect(event.announced).toBe('2021-01-09');
    expect(event.summary).toBe('Amazon Web Services stopped hosting Parler.');
  });

  test('a subsidiary is not its parent: YouTube and Google acting on the same day are two events', () => {
    const claims = [
      makeClaim({
        article_url: 'https://a.example/1',
        actor: 'youtube',
        actor_name: 'YouTube',
        action: 'suspend',
        service: 'channel',
      }),
      makeClaim({
        article_url: 'https://a.example/2',
        actor: 'google',
        actor_name: 'Google',
        action: 'suspend',
        service: 'channel',
      }),
    ];
    expect(buildAutomaticEvents(claims, noPrevious, new Set()).events).toHaveLength(2);
  });

  test('the result does not depend on the order of the claims', () => {
    const claims = Array.from({ length: 12 }, (_, index) =>
      makeClaim({
        article_url: `https://site${index % 4}.example/${index}`,
        publisher: `P${index % 4}`,
        date: index < 6 ? '2021-01-09' : '2021-06-01',
        action: index % 3 === 0 ? 'ban' : 'remove',
      }),
    );
    const forward = buildAutomaticEvents(claims, noPrevious, new Set()).events;
    const backward = buildAutomaticEvents([...claims].reverse(), noPrevious, new Set()).events;
    expect(backward).toEqual(forward);
  });
});
