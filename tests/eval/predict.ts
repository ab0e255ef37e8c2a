import { type ExtractEntityIndex, type ExtractedClaim, extractClaims } from '../../src/core/extract/index.ts';
import type { EvalCase } from './scorer.ts';

// Apart from scorer.ts on purpose: tests/eval/run-long.ts imports the scorer's case loader and must never load the
// extractor in-process (it scores `wbw extract --jsonl` as the held-out check does).

/** Runs the extractor in-process over every case: the predictions `scoreCases` scores, by case name. */
export function predictCases(
  cases: readonly EvalCase[],
  index: ExtractEntityIndex,
): Map<string, ExtractedClaim[]> {
  const predictions = new Map<string, ExtractedClaim[]>();
  for (const evalCase of cases) {
    predictions.set(
      evalCase.name,
      extractClaims({ text: evalCase.text, lang: evalCase.lang, published: evalCase.published }, index),
    );
  }
  return predictions;
}
