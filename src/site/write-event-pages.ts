import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EventRedirect } from '../core/events/types.ts';
import { formatPartialDate } from './format.ts';
import { escapeHtml } from './html.ts';
import type { SiteConfig } from './load-site-data.ts';
import { renderEventBody } from './render-event-page.ts';
import type { SiteIndex } from './site-index.ts';

/** The markers the shell page (src/pages/wbw-event-shell.astro) carries, replaced per event. */
export const EVENT_SHELL_MARKERS = {
  title: 'WBWSHELLTITLE',
  description: 'WBWSHELLDESCRIPTION',
  id: 'WBWSHELLID',
  body: 'WBWSHELLBODY',
} as const;

/** Where Astro writes the shell page. */
export const EVENT_SHELL_PATH = 'wbw-event-shell/index.html';

/** Event ids become folder names: only slug characters, so an id can never leave `events/`. */
function isSafeId(id: string): boolean {
  return /^[0-9a-z][0-9a-z-]*$/.test(id);
}

/**
 * Writes `/events/<id>/index.html` for every event from the Astro-built shell, then removes the shell. Synchronous
 * writes in batches: measured here, parallel async writes were twice as slow (the disk, not the CPU, is the limit).
 * @throws Error when the shell is missing or lacks a marker (a layout change that would break every event page)
 */
export async function writeEventPages(outDir: string, index: SiteIndex, config: SiteConfig): Promise<number> {
  const shellFile = path.join(outDir, EVENT_SHELL_PATH);
  const shell = readFileSync(shellFile, 'utf8');
  for (const marker of Object.values(EVENT_SHELL_MARKERS)) {
    if (!shell.includes(marker)) throw new Error(`site: ${shellFile}: the marker ${marker} is missing`);
  }
  // Split once; each page is then a join of the parts with its own escaped values.
  const pattern = new RegExp(Object.values(EVENT_SHELL_MARKERS).join('|'), 'g');
  const parts = shell.split(pattern);
  const markers = shell.match(pattern)!;
  const eventsDir = path.join(outDir, 'events');
  mkdirSync(eventsDir, { recursive: true });
  let written = 0;
  for (const event of index.events) {
    if (!isSafeId(event.id)) continue;
    // Yield often: the Pagefind process indexes at the same time and stalls as soon as its replies fill the pipe
    // (64 kB, a few hundred replies); yielding every 500 pages left it waiting most of the time (measured at 50,000
    // events: indexing took 70 s instead of ~20 s). A yield costs microseconds.
    if (written % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    const values: Record<string, string> = {
      [EVENT_SHELL_MARKERS.title]: escapeHtml(event.summary),
      [EVENT_SHELL_MARKERS.description]: escapeHtml(
        `${formatPartialDate(event.date, event.date_precision)}: ${event.summary}`,
      ),
      [EVENT_SHELL_MARKERS.id]: event.id,
      [EVENT_SHELL_MARKERS.body]: renderEventBody(event, index, config).value,
    };
    let page = parts[0]!;
    markers.forEach((marker, position) => {
      page += values[marker]! + parts[position + 1]!;
    });
    const dir = path.join(eventsDir, event.id);
    // One mkdir per page, no existence check first and no recursive walk up the tree: file-system calls are what this
    // loop waits on (the folder is new unless an id repeats).
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    writeFileSync(path.join(dir, 'index.html'), page);
    written++;
  }
  rmSync(path.dirname(shellFile), { recursive: true, force: true });
  return written;
}

/**
 * Writes a redirect page at `/events/<from>/` for every merged-away id (DESIGN §3: "its page redirects"): a static
 * host has no server redirects, so a meta refresh (allowed by the CSP, unlike a script) plus a canonical link and a
 * plain link for readers. An id that is also a live event keeps its page.
 */
export function writeEventRedirects(
  outDir: string,
  redirects: readonly EventRedirect[],
  index: SiteIndex,
  siteUrl: string,
): number {
  let written = 0;
  for (const { from, to } of redirects) {
    if (!isSafeId(from) || !isSafeId(to) || index.eventById.has(from) || !index.eventById.has(to)) continue;
    const target = `/events/${to}/`;
    const dir = path.join(outDir, 'events', from);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved: ${to}</title>` +
        `<meta http-equiv="refresh" content="0; url=${target}"><link rel="canonical" href="${siteUrl}${target}">` +
        `<meta name="robots" content="noindex"></head><body><p>This event was merged into <a href="${target}">${to}</a>.</p></body></html>\n`,
    );
    written++;
  }
  return written;
}
