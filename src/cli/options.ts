import path from 'node:path';

/** The options every sub-command shares (DESIGN §4). */
export interface GlobalOptions {
  /** The SQLite file: `--db`, else `$WBW_DB`, else `data/wbw.sqlite`. */
  db: string;
  /** The sources file: `--sources`, else `$WBW_SOURCES`, else `data/sources.yaml`. */
  sources: string;
  /** With `--json`, standard output holds JSON lines only. */
  json: boolean;
}

export function resolveDbPath(flag: string | undefined): string {
  return path.resolve(flag ?? process.env['WBW_DB'] ?? 'data/wbw.sqlite');
}

export function resolveSourcesPath(flag: string | undefined): string {
  return path.resolve(flag ?? process.env['WBW_SOURCES'] ?? 'data/sources.yaml');
}

export function resolveGlobalOptions(raw: { db?: string; sources?: string; json?: boolean }): GlobalOptions {
  return { db: resolveDbPath(raw.db), sources: resolveSourcesPath(raw.sources), json: raw.json === true };
}

/** Logs go to standard error so that `--json` output stays clean. */
export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
