import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import type { PublishedEvent } from '../../../src/core/events/types.ts';
import { CSV_COLUMNS, csvCell } from '../../../src/core/export/index.ts';
import { writeExport } from '../../../src/lib/export-files.ts';

const hostile: PublishedEvent = {
  id: '2021-01-09-apple-removes-parler-app-store',
  status: 'automatic',
  actor: 'apple',
  actor_name: 'Apple',
  action: 'remove',
  target: 'parler',
  target_name: '=HYPERLINK("http://evil.example","click")',
  service: 'app_store',
  date: '2021-01-09',
  date_precision: 'day',
  time: null,
  countries: ['US', 'CA'],
  announced: null,
  date_candidates: [],
  summary: 'Apple removed "Parler", from the App Store,\r\nthen -1+1 @home\ttab.',
  confidence: 0.91,
  reverses: null,
  reversed_by: '2021-05-17-apple-reinstates-parler-app-store',
  duration_days: 128,
  sources: [
    {
      url: 'https://a.example/1',
      publisher: '+Plus News',
      published: '2021-01-10T08:00:00Z',
      lang: 'en',
      quote: 'Apple removed Parler.',
      verified_via: null,
    },
    {
      url: 'https://b.example/2',
      publisher: null,
      published: null,
      lang: null,
      quote: '@quote',
      verified_via: null,
    },
  ],
  first_reported_at: '2021-01-10T08:00:00Z',
  notes: '-starts with a minus',
};
const plain: PublishedEvent = {
  ...hostile,
  id: '2021-05-17-apple-reinstates-parler-app-store',
  action: 'reinstate',
  target_name: 'Parler',
  summary: 'Apple restored Parler to the App Store.',
  reverses: hostile.id,
  reversed_by: null,
  duration_days: null,
  notes: null,
  status: 'reviewed',
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const result = writeExport(
  { events: [hostile, plain], entities: [], generatedAt: '2026-01-01T00:00:00.000Z' },
  dir,
);

describe('writeExport', () => {
  test('writes the five files and reports their sizes', () => {
    expect(Object.keys(result.bytes).sort()).toEqual([
      'datapackage.json',
      'events.csv',
      'events.json',
      'events.ndjson',
      'schema.json',
    ]);
    for (const [name, bytes] of Object.entries(result.bytes))
      expect(readFileSync(path.join(dir, name)).length).toBe(bytes);
  });

  test('events.csv parses back (RFC 4180): every field quoted, CRLF, formulas neutralised', () => {
    const text = readFileSync(path.join(dir, 'events.csv'), 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.map((column) => `"${column}"`).join(','));
    const rows = parse(text, { columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    const row = rows[0]!;
    expect(row['target_name']).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row['summary']).toBe(hostile.summary);
    expect(row['notes']).toBe("'-starts with a minus");
    expect(row['source_publishers']).toBe(`'+Plus News | `);
    expect(row['countries']).toBe('US | CA');
    expect(row['duration_days']).toBe('128');
    expect(rows[1]!['notes']).toBe('');
  });

  test.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['say "hi"', `"say ""hi"""`],
    ['plain', '"plain"'],
  ])('csvCell(%j)', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('events.json and every events.ndjson line validate against schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(dir, 'schema.json'), 'utf8')) as {
      $defs: { event: object };
    };
    const validate = new Ajv2020({ strict: false, logger: false }).compile(schema.$defs.event);
    const document = JSON.parse(readFileSync(path.join(dir, 'events.json'), 'utf8')) as {
      schema_version: string;
      generated_at: string;
      licences: { data: { name: string }; code: { name: string }; quotes: { name: string } };
      counts: { events: number; reviewed: number; automatic: number; reversed: number };
      events: unknown[];
    };
    expect(document.generated_at).toBe('2026-01-01T00:00:00.000Z');
    expect(document.licences.data.name).toBe('CC-BY-4.0');
    expect(document.licences.code.name).toBe('Apache-2.0');
    expect(document.licences.quotes.name).toBe('excluded');
    expect(document.counts).toMatchObject({ events: 2, reviewed: 1, automatic: 1, reversed: 1 });
    for (const event of document.events) expect(validate(event)).toBe(true);
    const lines = readFileSync(path.join(dir, 'events.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(validate(JSON.parse(line))).toBe(true);
    expect(validate({ ...hostile, action: 'delete' })).toBe(false);
  });

  test('datapackage.json describes every data file with its size and licence', () => {
    const descriptor = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
      licenses: { name: string }[];
      resources: { path: string; bytes: number; schema: unknown }[];
    };
    expect(descriptor.licenses[0]!.name).toBe('CC-BY-4.0');
    const csv = descriptor.resources.find((resource) => resource.path === 'events.csv')!;
    expect(csv.bytes).toBe(result.bytes['events.csv']);
    expect((csv.schema as { fields: { name: string }[] }).fields.map((field) => field.name)).toEqual([
      ...CSV_COLUMNS,
    ]);
  });

  test('an empty export is still valid JSON', () => {
    const emptyDir = path.join(dir, 'empty');
    writeExport({ events: [], entities: [], generatedAt: '2026-01-01T00:00:00.000Z' }, emptyDir);
    const document = JSON.parse(readFileSync(path.join(emptyDir, 'events.json'), 'utf8')) as {
      events: unknown[];
    };
    expect(document.events).toEqual([]);
  });
});
