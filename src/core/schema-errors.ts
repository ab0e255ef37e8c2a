import type { z } from 'zod';

/** A validation failure that names the file, the entry and the field path. */
export class SchemaValidationError extends Error {
  readonly file: string;
  readonly issues: readonly { path: string; message: string }[];

  constructor(file: string, issues: readonly { path: string; message: string }[]) {
    const lines = issues.map((issue) => `  ${file}: ${issue.path || '(root)'}: ${issue.message}`);
    super(`invalid ${file}:\n${lines.join('\n')}`);
    this.name = 'SchemaValidationError';
    this.file = file;
    this.issues = issues;
  }
}

/** Formats a zod path as `sources[3].interval` so that an error points at the field a person has to fix. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Parses `data` with `schema`; on failure throws a {@link SchemaValidationError} naming `file` and each field path.
 * @throws SchemaValidationError
 */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new SchemaValidationError(
    file,
    result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
  );
}
