import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CuratedEventSchema } from '../../../src/core/curated/schema.ts';
import { rangeOfPartialDate } from '../../../src/core/events/date-range.ts';
import { parseWithFriendlyErrors } from '../../../src/core/schema-errors.ts';
import { readYamlDir } from '../../../src/lib/load-yaml-dir.ts';

/**
 * The issue-6 checks over the real dataset, data/curated/: every file validates; each reviewed event has at least one
 * http(s) source with a quote; ids are unique; each reinstatement links to an existing event; no event's
 * announcement (or date) falls after its first source's publication.
 */
const files = readYamlDir(path.resolve('data/curated'));
const parsed = files.map(({ file, data }) => {
  try {
    return { file, event: parseWithFriendlyErrors(CuratedEventSchema, data, file), error: null };
  } catch (error) {
    return { file, event: null, error: (error as Error).message };
  }
});
const events = parsed.flatMap((entry) => (entry.event ? [{ file: entry.file, event: entry.event }] : []));
const ids = new Set(events.map((entry) => entry.event.id));

describe('data/curated', () => {
  test('every curated file validates against the schema', () => {
    expect(parsed.filter((entry) => entry.error !== null).map((entry) => entry.error)).toEqual([]);
  });

  test('every reviewed event has an http(s) source with a quote', () => {
    const missing = events
      .filter(({ event }) => event.status === 'reviewed' && !event.corrects)
      .filter(
        ({ event }) =>
          !event.sources.some((source) => /^https?:\/\//.test(source.url) && source.quote.trim().length > 0),
      )
      .map(({ file }) => file);
    expect(missing).toEqual([]);
  });

  test('ids are unique and equal the file name', () => {
    expect(ids.size).toBe(events.length);
    expect(
      events.filter(({ file, event }) => path.basename(file) !== `${event.id}.yaml`).map(({ file }) => file),
    ).toEqual([]);
  });

  test('each reinstatement links to an existing event', () => {
    const dangling = events
      .filter(({ event }) => event.action === 'reinstate' && !event.corrects)
      .filter(({ event }) => !event.reverses || !ids.has(event.reverses))
      .map(({ file, event }) => `${file}: reverses ${event.reverses}`);
    expect(dangling).toEqual([]);
  });

  test("no event's announcement or date falls after its first source's publication", () => {
    const late = events
      .filter(({ event }) => event.status === 'reviewed')
      .filter(({ event }) => {
        const first = event.sources
          .map((source) => rangeOfPartialDate(source.published))
          .filter((range) => range !== null)
          .sort((a, b) => a.end - b.end)[0];
        const effective = rangeOfPartialDate(event.announced ?? event.date);
        return first !== undefined && effective !== null && effective.start > first.end;
      })
      .map(({ file }) => file);
    expect(late).toEqual([]);
  });
});
