// @ts-check
import { defineConfig } from 'astro/config';

// The site's absolute URL comes from WBW_SITE_URL (DESIGN §5); feeds and canonical links use it.
const site = process.env.WBW_SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
