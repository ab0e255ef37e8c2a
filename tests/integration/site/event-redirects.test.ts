import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { PublishedEvent } from '../../../src/core/events/types.ts';
import { createSiteIndex } from '../../../src/site/site-index.ts';
import { writeEventRedirects } from '../../../src/site/write-event-pages.ts';

const live = { id: '2021-01-09-apple-removes-parler', date: '2021-01-09' } as PublishedEvent;
const index = createSiteIndex(
  [{ ...live, actor: 'apple', target: 'parler', countries: [] }],
  [],
  '2026-01-01',
);
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeEventRedirects', () => {
  test('a merged id gets a page that sends readers to the event that absorbed it', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-redirects-'));
    const written = writeEventRedirects(
      dir,
      [
        { from: '2021-01-10-apple-removes-parler', to: live.id },
        { from: '2021-01-11-apple-removes-parler', to: 'unknown-event' },
        { from: '../escape', to: live.id },
      ],
      index,
      'https://site.example',
    );
    expect(written).toBe(1);
    const html = readFileSync(path.join(dir, 'events/2021-01-10-apple-removes-parler/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/events/${live.id}/">`);
    expect(html).toContain(`<link rel="canonical" href="https://site.example/events/${live.id}/">`);
    expect(existsSync(path.join(dir, 'events/2021-01-11-apple-removes-parler'))).toBe(false);
    expect(existsSync(path.join(dir, 'escape'))).toBe(false);
  });
});
