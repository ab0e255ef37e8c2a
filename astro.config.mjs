// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';

// The site's absolute URL comes from WBW_SITE_URL (DESIGN §5); feeds and canonical links use it.
const site = process.env.WBW_SITE_URL ?? 'http://localhost:4321';
// Tests and the benchmark build into their own folder so that they never clobber dist/ (or each other).
const outDir = process.env.WBW_OUT_DIR ? path.resolve(process.env.WBW_OUT_DIR) : './dist';

/**
 * After `astro build`: feeds, the timeline's JSON shards, the open-data files (the same `writeExport` as `wbw export`)
 * and the Pagefind index, written by src/site/write-build-files.ts (plain functions: much cheaper than Astro routes).
 * @returns {import('astro').AstroIntegration}
 */
function writeSiteDataFiles() {
  /** @type {Promise<import('./src/site/search-index.ts').PendingSearchIndex> | undefined} */
  let pendingSearch;
  return {
    name: 'wbw-data-files',
    hooks: {
      // The search index needs only the data, not the pages: Pagefind's process indexes while Astro renders its routes
      // (measured at 50,000 events: its ~10-16 s of indexing leave the critical path).
      'astro:build:start': async () => {
        const [{ getSiteIndex }, { startSearchIndex }] = await Promise.all([
          import('./src/site/load-site-data.ts'),
          import('./src/site/search-index.ts'),
        ]);
        pendingSearch = startSearchIndex(await getSiteIndex());
        // Awaited in build:done; until then a failure must not surface as an unhandled rejection.
        pendingSearch.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { writeBuildFiles } = await import('./src/site/write-build-files.ts');
        const report = await writeBuildFiles(dir.pathname, pendingSearch ? await pendingSearch : undefined);
        logger.info(
          `${report.eventPages} event pages in ${report.eventPagesSeconds.toFixed(1)} s, ${report.feeds} feeds, ${report.shards} shards, open data in ${report.exportSeconds.toFixed(1)} s, ` +
            `${report.searchRecords} search records → ${report.searchFiles} files ${report.searchCached ? 'copied from the cache' : 'indexed'} in ${report.searchSeconds.toFixed(1)} s since the build started; ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s in all`,
        );
      },
    },
  };
}

export default defineConfig({
  site,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [writeSiteDataFiles()],
  // No inline scripts or styles at all: the Content-Security-Policy allows only 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
});
