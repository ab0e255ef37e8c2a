export {
  loadSourcesConfig,
  parseSourcesConfig,
  type SourceConfig,
  type SourcesConfig,
  USER_AGENT,
} from './load.ts';
export { PolitenessSchema, SourceEntrySchema, SourcesFileSchema } from './schema.ts';
