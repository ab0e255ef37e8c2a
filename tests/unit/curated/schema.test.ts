import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { CuratedEventSchema } from '../../../src/core/curated/schema.ts';
import { buildExportJsonSchema } from '../../../src/core/export/index.ts';
import { parseWithFriendlyErrors } from '../../../src/core/schema-errors.ts';
import { loadCurated } from '../../../src/lib/load-curated.ts';
import { parseYamlFile } from '../../../src/lib/load-yaml-dir.ts';

const FIXTURES = path.resolve('tests/fixtures/curated');

/** Each invalid fixture and the field path its error must name. */
const INVALID: Record<string, string> = {
  'bad-action.yaml': 'action',
  'bad-source-url.yaml': 'sources[0].url',
  'feb-31.yaml': 'date',
  'unknown-key.yaml': '(root)',
  'reinstate-without-reverses.yaml': 'reverses',
  'precision-mismatch.yaml': 'date_precision',
  'missing-quote.yaml': 'sources[0].quote',
};

describe('CuratedEventSchema', () => {
  test('every valid fixture loads', () => {
    const loaded = loadCurated(path.join(FIXTURES, 'valid'));
    expect(loaded.map((file) => file.event.status).sort()).toEqual([
      'rejected',
      'reviewed',
      'reviewed',
      'reviewed',
    ]);
  });

  test('every invalid fixture has an expectation', () => {
    expect(readdirSync(path.join(FIXTURES, 'invalid')).sort()).toEqual(Object.keys(INVALID).sort());
  });

  test.each(Object.entries(INVALID))('%s fails naming the file and the field %s', (name, field) => {
    const file = path.join(FIXTURES, 'invalid', name);
    let message = '';
    try {
      parseWithFriendlyErrors(CuratedEventSchema, parseYamlFile(file), file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toContain(`${file}: ${field}:`);
  });

  test('the published JSON Schema accepts the valid fixtures and rejects an unknown key', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    const schema = buildExportJsonSchema() as { $defs: { curated_event: object } };
    const validate = ajv.compile(schema.$defs.curated_event);
    for (const name of readdirSync(path.join(FIXTURES, 'valid'))) {
      const data = parseYamlFile(path.join(FIXTURES, 'valid', name));
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(validate(parseYamlFile(path.join(FIXTURES, 'invalid', 'unknown-key.yaml')))).toBe(false);
    expect(validate(parseYamlFile(path.join(FIXTURES, 'invalid', 'bad-action.yaml')))).toBe(false);
  });
});
