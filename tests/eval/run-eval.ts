import { createExtractorIndex } from '../../src/core/extract/index.ts';
import { loadEntities } from '../../src/lib/load-entities.ts';
import { predictCases } from './predict.ts';
import { formatReport, loadEvalCases, scoreCases } from './scorer.ts';

/**
 * `npm run eval [-- --errors]`: runs the extractor over tests/fixtures/extract and prints precision, recall, F1,
 * false alarms and date agreement per language and overall; `--errors` lists each miss, spurious claim and date
 * disagreement, by category.
 */
function loadCatalogue() {
  try {
    return loadEntities();
  } catch (error) {
    process.stderr.write(
      `eval: catalogue not loaded, using built-in entities only: ${(error as Error).message}\n`,
    );
    return [];
  }
}

const index = createExtractorIndex(loadCatalogue());
const cases = loadEvalCases();
const predictions = predictCases(cases, index);
const report = scoreCases(cases, predictions, index);
console.log(formatReport(report));
if (process.argv.includes('--errors')) {
  for (const kind of ['missed', 'spurious', 'date'] as const) {
    const errors = report.errors.filter((error) => error.kind === kind);
    console.log(`\n## ${kind} (${errors.length})`);
    for (const error of errors) console.log(`- ${error.caseName}: ${error.key} — ${error.detail}`);
  }
}
