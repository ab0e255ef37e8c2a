import type { SourceHealth } from '../db/sources.ts';
import { readSiteConfig } from './load-site-data.ts';

/**
 * The sources' health for `/sources/`, read from the database when the file exists (read-only, so a build beside a
 * running scrape never writes). Without a database the page says so instead of failing the build.
 */
export async function readSourceHealth(): Promise<{ sources: SourceHealth[]; error: string | null }> {
  const { db: dbFile } = readSiteConfig();
  if (!dbFile) return { sources: [], error: 'No database yet: run `npm run update` first.' };
  try {
    const { openDatabase } = await import('../db/connection.ts');
    const { listSourceHealth } = await import('../db/sources.ts');
    const db = openDatabase(dbFile, { readonly: true });
    try {
      return { sources: listSourceHealth(db), error: null };
    } finally {
      db.close();
    }
  } catch (error) {
    return { sources: [], error: `site: could not read ${dbFile}: ${(error as Error).message}` };
  }
}
