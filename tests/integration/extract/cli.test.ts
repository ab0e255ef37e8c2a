import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAIN = path.join(ROOT, 'src/cli/main.ts');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wbw-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function wbw(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('wbw extract', () => {
  test("the lead's probe: French text from standard input", () => {
    const result = wbw(
      ['extract', '--lang', 'fr', '--published', '2021-01-11', '-'],
      'Google a retiré vendredi l application Parler de sa boutique.\n',
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0]!);
    expect(Object.keys(output)).toEqual(['claims']);
    expect(output.claims).toHaveLength(1);
    expect(output.claims[0]).toEqual({
      actor: { id: 'google', name: expect.any(String) },
      action: 'remove',
      target: { id: 'parler', name: expect.any(String) },
      service: 'app_store',
      date: '2021-01-08',
      date_precision: 'day',
      date_basis: 'relative',
      time: null,
      countries: [],
      evidence: 'Google a retiré vendredi l application Parler de sa boutique.',
      confidence: expect.any(Number),
    });
  });

  test('reads a file and takes an ISO date-time with offset', () => {
    const file = path.join(tmp, 'article.txt');
    writeFileSync(file, 'Twitter permanently suspended Donald Trump on Friday.\n');
    const result = wbw(['extract', '--lang', 'en', '--published', '2021-01-09T08:00:00+01:00', file]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.claims[0]).toMatchObject({
      actor: { id: 'x' },
      action: 'ban',
      target: { id: 'donald-trump' },
      date: '2021-01-08',
    });
  });

  test('refuses a malformed --published with a message that names the module', () => {
    const result = wbw(['extract', '--published', '2021-02-31', '-'], 'text');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('extract: --published');
  });

  test('--jsonl prints one line per input line, in order, with the id; a bad line gets an error and the run goes on', () => {
    const file = path.join(tmp, 'articles.jsonl');
    const lines = [
      JSON.stringify({
        id: 'a',
        text: 'Apple removed Parler from the App Store on Saturday.',
        published: '2021-01-11',
        lang: 'en',
      }),
      'not json',
      JSON.stringify({ id: 'b', text: 'Le temps sera beau demain.' }),
      JSON.stringify({
        id: 'c',
        text: 'Twitter a suspendu définitivement le compte de Donald Trump vendredi.',
        published: '2021-01-09',
      }),
      JSON.stringify({ id: 'd', text: 42 }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = wbw(['extract', '--jsonl', file]);
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', 'd']);
    expect(out[0].claims[0]).toMatchObject({ actor: { id: 'apple' }, action: 'remove', date: '2021-01-09' });
    expect(out[1].error).toMatch(/^extract: line 2/);
    expect(out[2].claims).toEqual([]);
    expect(out[3].claims[0]).toMatchObject({ actor: { id: 'x' }, action: 'ban', date: '2021-01-08' });
    expect(out[4].error).toMatch(/text/);
  });
});
