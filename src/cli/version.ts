import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  homepage: string;
};

/** The package version, also used in the User-Agent and the exports. */
export const VERSION: string = packageJson.version;
/** The project URL named in the User-Agent. */
export const PROJECT_URL: string = packageJson.homepage;
