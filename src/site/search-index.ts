import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SiteIndex } from './site-index.ts';

/**
 * The Pagefind index over event, company and target pages, built from the data (the pages say the same things) in
 * Pagefind's own process. Three measured choices (50,000 events, 2 shared cores):
 * - it starts when Astro's build starts (`astro:build:start`), so that Pagefind indexes while Astro renders its routes;
 * - `maxFragments` bundles the result fragments into at most SEARCH_MAX_FRAGMENTS files: file creation is what this
 *   disk is slow at (35 s of kernel time for 50,000 small files under load), and one fragment file per record meant
 *   55,000 files; writing the index went from 11.4 s to 6.7 s and `dist/` lost 54,000 files;
 * - the written index is cached under a hash of the records: a scheduled rebuild whose data did not change (most of
 *   them) copies the previous index instead of running Pagefind at all.
 */

/** At most this many fragment files (at 55,000 records: ~55 fragments a file, a few kB gzip per file fetched). */
export const SEARCH_MAX_FRAGMENTS = 1000;

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
}

/** What the build reports about the search index. */
export interface SearchIndexReport {
  records: number;
  files: number;
  seconds: number;
  /** True when the index was copied from the cache (the records had not changed). */
  cached: boolean;
}

/** A search index being built: `finish` writes it into `<outDir>/pagefind/`. */
export interface PendingSearchIndex {
  finish(outDir: string): Promise<SearchIndexReport>;
}

/** The search records for every event, company and target page, in a stable order (the cache key depends on it). */
export function searchRecords(index: SiteIndex): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const event of index.events) {
    records.push({
      url: `/events/${event.id}/`,
      language: 'en',
      // The quotes stay out of the index: they doubled its build time at 50,000 events, and the summary, the names
      // and the publishers are what people search for.
      content: [
        event.summary,
        event.actor_name,
        event.target_name,
        event.action,
        event.service.replace('_', ' '),
        ...event.sources.map((source) => source.publisher ?? ''),
      ].join('. '),
      meta: { title: event.summary },
    });
  }
  for (const company of index.companies) {
    const events = index.eventsByCompany.get(company.id) ?? [];
    records.push({
      url: `/companies/${company.id}/`,
      language: 'en',
      content: `${company.name}. ${company.name} (company): ${events.length} events.`,
      meta: { title: company.name },
    });
  }
  for (const target of index.targets) {
    const events = index.eventsByTarget.get(target.id) ?? [];
    records.push({
      url: `/targets/${target.id}/`,
      language: 'en',
      // The name twice: a target's page is the best answer to a search for its name. Then who acted on it, each name
      // once: the event summaries used to be repeated here (20 a target), which the event records already index; at
      // 50,000 events they were 40% of the words Pagefind indexed.
      content: `${target.name}. ${target.name}: ${[...new Set(events.map((event) => event.actor_name))].join(', ')}.`,
      meta: { title: `${target.name}: who cut it off` },
    });
  }
  return records;
}

/** The cache key: the records, Pagefind's version and the options that shape its output. */
export function searchRecordsHash(records: readonly SearchRecord[], pagefindVersion: string): string {
  const hash = createHash('sha256');
  hash.update(`pagefind ${pagefindVersion}; maxFragments ${SEARCH_MAX_FRAGMENTS}\n`);
  for (const record of records) hash.update(`${JSON.stringify(record)}\n`);
  return hash.digest('hex');
}

/** The cache file's header: the files it holds, in order, and their byte lengths. */
const cacheHeaderSchema = z.array(
  z.object({
    // Only plain relative paths inside the index folder.
    path: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)*$/)
      .refine((value) => !value.split('/').includes('..')),
    length: z.number().int().nonnegative(),
  }),
);

interface IndexFile {
  path: string;
  content: Uint8Array;
}

/**
 * One cache file per key (`pagefind-<hash>.bin`): a JSON header line, then the files' bytes one after the other. One
 * file rather than a folder: reading it back costs one open, not a thousand.
 */
function readCachedIndex(cacheDir: string, key: string): IndexFile[] | null {
  const file = path.join(cacheDir, `pagefind-${key}.bin`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  const parsed = cacheHeaderSchema.safeParse(JSON.parse(bytes.subarray(0, newline).toString('utf8')));
  if (!parsed.success) return null;
  const files: IndexFile[] = [];
  let offset = newline + 1;
  for (const entry of parsed.data) {
    files.push({ path: entry.path, content: bytes.subarray(offset, offset + entry.length) });
    offset += entry.length;
  }
  // A truncated or padded file is not trusted.
  return offset === bytes.length ? files : null;
}

function writeCachedIndex(cacheDir: string, key: string, files: readonly IndexFile[]): void {
  mkdirSync(cacheDir, { recursive: true });
  const header = JSON.stringify(files.map((file) => ({ path: file.path, length: file.content.length })));
  const name = `pagefind-${key}.bin`;
  // Written under a unique name then renamed: a build running at the same time never reads half a file.
  const temporary = path.join(cacheDir, `${name}.${process.pid}.tmp`);
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${header}\n`), ...files.map((file) => file.content)]));
  renameSync(temporary, path.join(cacheDir, name));
  // Keep only the latest index: the cache exists for the next rebuild, not as a history.
  for (const other of readdirSync(cacheDir)) {
    if (other !== name && /^pagefind-[0-9a-f]{64}\.bin$/.test(other))
      rmSync(path.join(cacheDir, other), { force: true });
  }
}

function writeIndexFiles(outDir: string, files: readonly IndexFile[]): void {
  const root = path.join(outDir, 'pagefind');
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(root, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.content);
  }
}

/** Where the index cache lives: `WBW_SEARCH_CACHE_DIR`, default `node_modules/.cache/wbw-search`; `off` disables it. */
export function searchCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env['WBW_SEARCH_CACHE_DIR'];
  if (configured === 'off') return null;
  return path.resolve(configured || path.join('node_modules', '.cache', 'wbw-search'));
}

function pagefindVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Starts the search index for the site: from the cache when the records are unchanged, otherwise by sending every
 * record to Pagefind's process now (it indexes while the caller goes on). Call `finish` to write it.
 * @throws Error when Pagefind cannot start (from `finish` when a record or the write fails)
 */
export async function startSearchIndex(
  index: SiteIndex,
  cacheDir: string | null = searchCacheDir(),
): Promise<PendingSearchIndex> {
  const started = performance.now();
  const records = searchRecords(index);
  const key = searchRecordsHash(records, pagefindVersion());
  const cachedFiles = cacheDir ? readCachedIndex(cacheDir, key) : null;
  if (cachedFiles) {
    return {
      async finish(outDir) {
        writeIndexFiles(outDir, cachedFiles);
        return {
          records: records.length,
          files: cachedFiles.length,
          seconds: (performance.now() - started) / 1000,
          cached: true,
        };
      },
    };
  }
  const pagefind = await import('pagefind');
  const { index: searchIndex, errors } = await pagefind.createIndex({ maxFragments: SEARCH_MAX_FRAGMENTS });
  if (!searchIndex) throw new Error(`site: pagefind: ${errors.join('; ')}`);
  // All records at once: measured, batches of 2,000 were no faster (the Pagefind process is the limit, not the pipe).
  const added = Promise.all(records.map((record) => searchIndex.addCustomRecord(record)));
  // Nobody awaits `added` until finish: keep a failure from surfacing as an unhandled rejection meanwhile.
  added.catch(() => undefined);
  return {
    async finish(outDir) {
      try {
        const results = await added;
        const failed = results.find((result) => result.errors.length > 0);
        if (failed) throw new Error(`site: pagefind: ${failed.errors.join('; ')}`);
        const { files, errors: fileErrors } = await searchIndex.getFiles();
        if (fileErrors.length > 0) throw new Error(`site: pagefind: ${fileErrors.join('; ')}`);
        writeIndexFiles(outDir, files);
        if (cacheDir) writeCachedIndex(cacheDir, key, files);
        return {
          records: records.length,
          files: files.length,
          seconds: (performance.now() - started) / 1000,
          cached: false,
        };
      } finally {
        await pagefind.close();
      }
    },
  };
}
