import { closeSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import {
  buildDataPackage,
  buildExportJsonSchema,
  csvLines,
  eventsJsonHeader,
  ndjsonLine,
} from '../core/export/index.ts';
import type { PublishedData } from './published-events.ts';

/** The five files of the open-data export (DESIGN §4 `wbw export`), in the order they are written. */
export const EXPORT_FILES = [
  'events.json',
  'events.ndjson',
  'events.csv',
  'schema.json',
  'datapackage.json',
] as const;

export interface WriteExportResult {
  dir: string;
  /** File name → size in bytes. */
  bytes: Record<string, number>;
  nEvents: number;
  seconds: number;
}

/** Writes are batched into chunks of about this many characters: few system calls, no giant strings. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes events.json, events.ndjson, events.csv, schema.json and datapackage.json into `dir`: the one function both
 * `wbw export` and the site build use, so the site publishes exactly what the command writes. Each file is written to
 * a temporary name and renamed, so a reader never sees half a file.
 * @throws Error when the folder cannot be created or a file cannot be written
 */
export function writeExport(data: PublishedData, dir: string): WriteExportResult {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const bytes: Record<string, number> = {};
  const generatedAt = data.generatedAt;

  const header = JSON.stringify(eventsJsonHeader(data.events, generatedAt), null, 2);
  bytes['events.json'] = writeChunked(dir, 'events.json', function* () {
    yield `${header.slice(0, header.lastIndexOf('}')).trimEnd()},\n  "events": [`;
    let first = true;
    for (const event of data.events) {
      yield `${first ? '\n' : ',\n'}    ${JSON.stringify(event)}`;
      first = false;
    }
    yield `${first ? '' : '\n  '}]\n}\n`;
  });
  bytes['events.ndjson'] = writeChunked(dir, 'events.ndjson', function* () {
    for (const event of data.events) yield ndjsonLine(event);
  });
  bytes['events.csv'] = writeChunked(dir, 'events.csv', () => csvLines(data.events));
  bytes['schema.json'] = writeChunked(dir, 'schema.json', function* () {
    yield `${JSON.stringify(buildExportJsonSchema(), null, 2)}\n`;
  });
  bytes['datapackage.json'] = writeChunked(dir, 'datapackage.json', function* () {
    yield `${JSON.stringify(buildDataPackage(generatedAt, bytes), null, 2)}\n`;
  });
  return { dir, bytes, nEvents: data.events.length, seconds: (performance.now() - started) / 1000 };
}

function writeChunked(dir: string, name: string, pieces: () => Iterable<string>): number {
  const finalPath = path.join(dir, name);
  const temporaryPath = `${finalPath}.${process.pid}.tmp`;
  const fd = openSync(temporaryPath, 'w');
  try {
    let buffer = '';
    for (const piece of pieces()) {
      buffer += piece;
      if (buffer.length >= CHUNK_CHARS) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer.length > 0) writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  renameSync(temporaryPath, finalPath);
  return statSync(finalPath).size;
}
