import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { parseReferenceDate } from '../../core/extract/dates.ts';
import { detectLanguage } from '../../core/extract/detect-language.ts';
import { createExtractorIndex, type ExtractEntityIndex, extractClaims } from '../../core/extract/index.ts';
import { DEFAULT_ENTITIES_DIR, loadEntities } from '../../lib/load-entities.ts';

/** `--published`: a calendar date, or a date-time that says its offset (a bare local time would be ambiguous). */
const PUBLISHED_PATTERN =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** One line of `--jsonl` input. */
export const ExtractJsonlLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  published: z
    .string()
    .nullish()
    .refine(
      (value) => value == null || (PUBLISHED_PATTERN.test(value) && parseReferenceDate(value) !== null),
      {
        message: 'expected YYYY-MM-DD or an ISO 8601 date-time with offset',
      },
    ),
  lang: z.string().nullish(),
});

interface ExtractRunOptions {
  lang?: string;
  published?: string;
  jsonl?: string;
  entities?: string;
}

/**
 * Loads the catalogue once; a broken catalogue file is reported and the built-in entities are used, so that extraction
 * never stops on a data error elsewhere.
 */
function loadIndex(dir: string | undefined): ExtractEntityIndex {
  try {
    return createExtractorIndex(loadEntities(dir ?? DEFAULT_ENTITIES_DIR));
  } catch (error) {
    process.stderr.write(
      `extract: catalogue not loaded, using built-in entities only: ${(error as Error).message}\n`,
    );
    return createExtractorIndex();
  }
}

function writeLine(line: string): Promise<void> | undefined {
  if (process.stdout.write(`${line}\n`)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

function readAllInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

/**
 * Runs `wbw extract`.
 * @throws Error ("extract: …") on a bad option or an unreadable file
 */
export async function runExtractCommand(file: string | undefined, options: ExtractRunOptions): Promise<void> {
  if (
    options.published !== undefined &&
    (!PUBLISHED_PATTERN.test(options.published) || !parseReferenceDate(options.published))
  ) {
    throw new Error(
      `extract: --published must be YYYY-MM-DD or an ISO 8601 date-time with offset, got "${options.published}"`,
    );
  }
  if (options.jsonl === undefined && file === undefined)
    throw new Error('extract: give a FILE, - for standard input, or --jsonl FILE');
  const index = loadIndex(options.entities);
  if (options.jsonl === undefined) {
    const text = readAllInput(file!);
    const lang = options.lang ?? detectLanguage(text);
    const claims = extractClaims({ text, lang, published: options.published ?? null }, index);
    await writeLine(JSON.stringify({ claims }));
    return;
  }
  const input = options.jsonl === '-' ? process.stdin : createReadStream(options.jsonl, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let output: string;
    let id: unknown = null;
    try {
      const raw: unknown = JSON.parse(line);
      if (raw && typeof raw === 'object' && 'id' in raw) id = (raw as { id: unknown }).id;
      const parsed = ExtractJsonlLineSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`line ${lineNumber}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      const article = parsed.data;
      const lang = article.lang ?? options.lang ?? detectLanguage(article.text);
      const claims = extractClaims(
        { text: article.text, lang, published: article.published ?? options.published ?? null },
        index,
      );
      output = JSON.stringify({ id: article.id, claims });
    } catch (error) {
      const message = (error as Error).message.startsWith('line ')
        ? (error as Error).message
        : `line ${lineNumber}: ${(error as Error).message}`;
      output = JSON.stringify({
        id: typeof id === 'string' || typeof id === 'number' ? id : null,
        error: `extract: ${message}`,
      });
    }
    const drained = writeLine(output);
    if (drained) await drained;
  }
}
