import path from 'node:path';
import { createExtractorIndex } from '../../src/core/extract/index.ts';
import { loadEntities } from '../../src/lib/load-entities.ts';
import { predictCases } from './predict.ts';
import { loadEvalCases } from './scorer.ts';

/**
 * `node tests/eval/dump-claims.ts`: one line per evaluation article of every fixture set, with the claims the
 * extractor gives it (actor, action, target, service, date). tests/unit/extract/regex-engine-parity.test.ts runs it
 * twice, once with V8's regular-expression interpreter forced, and compares the two: V8 compiles a hot expression to
 * native code, and a regex modifier group (`(?i:…)`) once matched differently there than in the interpreter, so that
 * an article's claims depended on how many articles came before it in a `--jsonl` run.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SETS = [
  'extract',
  'extract-holdout',
  'extract-blind2',
  'extract-blind3',
  'extract-holdout2',
  'extract-holdout3',
  'extract-holdout4',
  'extract-holdout5',
  'extract-holdout6',
];

const index = createExtractorIndex(loadEntities());
const lines: string[] = [];
for (const set of SETS) {
  const cases = loadEvalCases(path.join(FIXTURES, set));
  const predictions = predictCases(cases, index);
  for (const evalCase of cases) {
    const claims = (predictions.get(evalCase.name) ?? []).map((claim) =>
      [claim.actor.id, claim.action, claim.target.id, claim.service, claim.date].join('|'),
    );
    lines.push(`${set}/${evalCase.name}\t${claims.join(' ; ')}`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
