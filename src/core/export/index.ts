export { CSV_COLUMNS, CSV_LIST_SEPARATOR, csvCell, csvLines, csvRow, eventsToCsv } from './csv.ts';
export {
  buildDataPackage,
  countEvents,
  type ExportCounts,
  eventsJsonHeader,
  LICENCES,
  ndjsonLine,
} from './documents.ts';
export {
  buildExportJsonSchema,
  EXPORT_SCHEMA_VERSION,
  ExportedEventSchema,
  ExportedSourceSchema,
} from './event-schema.ts';
