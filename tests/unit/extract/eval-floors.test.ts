import { describe, expect, test } from 'vitest';
import { createExtractorIndex } from '../../../src/core/extract/index.ts';
import { loadEntities } from '../../../src/lib/load-entities.ts';
import { predictCases } from '../../eval/predict.ts';
import { loadEvalCases, scoreCases } from '../../eval/scorer.ts';

/**
 * The evaluation set's floors: today's measured figures minus a little (see docs/extract.md), raised as the
 * extractor improves. Same scorer and same catalogue as `npm run eval` and `wbw extract`.
 */
const FLOORS = {
  overall: { f1: 0.94, precision: 0.96, recall: 0.91, falseAlarmRate: 0.02, dateAgreement: 0.91 },
  perLanguage: { f1: 0.92, falseAlarmRate: 0.05, dateAgreement: 0.85 },
};

describe('evaluation set (tests/fixtures/extract)', () => {
  const cases = loadEvalCases();
  const index = createExtractorIndex(loadEntities());
  const predictions = predictCases(cases, index);
  const report = scoreCases(cases, predictions, index);

  test('holds at least 150 articles, 15 per language and 40 negatives', () => {
    // Short cases (<lang>-<case>) and blind long articles (<lang>-long-<case>), see the folder's README.
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'fr', 'de', 'es', 'pt', 'it']) {
      expect(cases.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(15);
    }
  });

  test('overall figures stay above their floors', () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(FLOORS.overall.f1);
    expect(report.overall.precision).toBeGreaterThanOrEqual(FLOORS.overall.precision);
    expect(report.overall.recall).toBeGreaterThanOrEqual(FLOORS.overall.recall);
    expect(report.overall.falseAlarmRate).toBeLessThanOrEqual(FLOORS.overall.falseAlarmRate);
    expect(report.overall.dateAgreement).toBeGreaterThanOrEqual(FLOORS.overall.dateAgreement);
  });

  test.each(['en', 'fr', 'de', 'es', 'pt', 'it'])('%s stays above its floors', (lang) => {
    const row = report.byLanguage[lang]!;
    expect(row.f1).toBeGreaterThanOrEqual(FLOORS.perLanguage.f1);
    expect(row.falseAlarmRate).toBeLessThanOrEqual(FLOORS.perLanguage.falseAlarmRate);
    expect(row.dateAgreement).toBeGreaterThanOrEqual(FLOORS.perLanguage.dateAgreement);
  });
});
