import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, test } from 'vitest';
import type { PublishedEvent } from '../../../src/core/events/types.ts';
import { openDatabase } from '../../../src/db/connection.ts';
import { rebuildEvents } from '../../../src/pipeline/rebuild-events.ts';
import { makeClaim } from '../../unit/events/claim-factory.ts';

const run = promisify(execFile);
const FIXTURES = path.resolve('tests/fixtures/curated');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-export-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('wbw export', () => {
  test('merges automatic events from the database with curated files into the five files', async () => {
    const dbFile = path.join(dir, 'wbw.sqlite');
    const db = openDatabase(dbFile);
    rebuildEvents(db, {
      claims: [
        // Duplicates the curated Apple removal: the curated event wins.
        makeClaim({ article_url: 'https://a.example/1', publisher: 'A', confidence: 0.9 }),
        // A confident automatic event of its own.
        makeClaim({
          article_url: 'https://b.example/2',
          publisher: 'B',
          actor: 'x',
          actor_name: 'X',
          action: 'suspend',
          target: 'kanye-west',
          target_name: 'Kanye West',
          service: 'account',
          date: '2022-10-09',
          confidence: 0.9,
        }),
        // Below the publication threshold.
        makeClaim({
          article_url: 'https://c.example/3',
          publisher: 'C',
          actor: 'x',
          actor_name: 'X',
          action: 'ban',
          target: 'someone',
          target_name: 'Someone',
          service: 'account',
          date: '2023-01-01',
          confidence: 0.2,
        }),
      ],
    });
    db.close();
    const out = path.join(dir, 'out');
    const { stdout } = await run(
      'npx',
      [
        'wbw',
        'export',
        '--json',
        '--db',
        dbFile,
        '--out',
        out,
        '--curated-dir',
        path.join(FIXTURES, 'valid'),
        '--entities-dir',
        path.join(FIXTURES, 'entities'),
        '--min-confidence',
        '0.5',
      ],
      { encoding: 'utf8' },
    );
    const result = JSON.parse(stdout) as { nEvents: number; bytes: Record<string, number> };
    expect(result.nEvents).toBe(4);
    const document = JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')) as {
      events: PublishedEvent[];
    };
    const byId = new Map(document.events.map((event) => [event.id, event]));
    const removal = byId.get('2021-01-09-apple-removes-parler-app-store')!;
    expect(removal.status).toBe('reviewed');
    expect(removal.reversed_by).toBe('2021-05-17-apple-reinstates-parler-app-store');
    expect(removal.duration_days).toBe(128);
    expect(byId.get('2021-01-10-aws-terminates-parler-hosting')!.actor_name).toBe('Amazon Web Services');
    expect(
      document.events.filter((event) => event.status === 'automatic').map((event) => event.target),
    ).toEqual(['kanye-west']);
    const rows = parse(readFileSync(path.join(out, 'events.csv'), 'utf8'), { columns: true }) as {
      id: string;
    }[];
    expect(rows.map((row) => row.id).sort()).toEqual([...byId.keys()].sort());
  });
});

describe('wbw validate', () => {
  test('passes on valid data', async () => {
    const { stderr } = await run(
      'npx',
      [
        'wbw',
        'validate',
        '--db',
        path.join(dir, 'none.sqlite'),
        '--curated-dir',
        path.join(FIXTURES, 'valid'),
        '--entities-dir',
        path.join(FIXTURES, 'entities'),
        '--sources',
        path.join(dir, 'none.yaml'),
      ],
      { encoding: 'utf8' },
    );
    expect(stderr).toContain('validate: ok — 4 curated files, 6 entities');
  });

  test('a malformed curated file fails with its file and field in the message', async () => {
    const curated = path.join(dir, 'curated-bad');
    cpSync(path.join(FIXTURES, 'valid'), curated, { recursive: true });
    cpSync(
      path.join(FIXTURES, 'invalid', 'bad-source-url.yaml'),
      path.join(curated, '2021-01-09-bad-source-url.yaml'),
    );
    // A reinstatement pointing nowhere, and an actor missing from the catalogue: the cross-checks.
    writeFileSync(
      path.join(curated, '2021-06-01-apple-reinstates-parler-app-store.yaml'),
      readFileSync(path.join(FIXTURES, 'valid', '2021-05-17-apple-reinstates-parler-app-store.yaml'), 'utf8')
        .replace(
          'id: 2021-05-17-apple-reinstates-parler-app-store',
          'id: 2021-06-01-apple-reinstates-parler-app-store',
        )
        .replace('reverses: 2021-01-09-apple-removes-parler-app-store', 'reverses: 2020-01-01-nothing')
        .replace('actor: apple', 'actor: apple-music'),
    );
    const failure = await run(
      'npx',
      [
        'wbw',
        'validate',
        '--db',
        path.join(dir, 'none.sqlite'),
        '--curated-dir',
        curated,
        '--entities-dir',
        path.join(FIXTURES, 'entities'),
        '--sources',
        path.join(dir, 'none.yaml'),
      ],
      { encoding: 'utf8' },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(
      `${path.join(curated, '2021-01-09-bad-source-url.yaml')}: sources[0].url: only http: and https: URLs are allowed`,
    );
    expect(failure?.stderr).toContain(
      '2021-06-01-apple-reinstates-parler-app-store.yaml: reverses: no event has the id "2020-01-01-nothing"',
    );
    expect(failure?.stderr).toContain(
      '2021-06-01-apple-reinstates-parler-app-store.yaml: actor: "apple-music" is not in the entity catalogue',
    );
  });
});
