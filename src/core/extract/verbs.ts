import { execAll } from '../regexp-scan.ts';
import type { CompiledLexicon, CompiledVerbRule } from './compiled-lexicon.ts';

/** A verb or construction of the lexicon found in a sentence, with the rule that matched. */
export interface VerbMatch {
  start: number;
  end: number;
  rule: CompiledVerbRule;
  text: string;
}

/** Every verb rule of the language that matches the sentence, in order: one scan with the lexicon's combined pattern. */
export function findVerbs(sentence: string, lexicon: CompiledLexicon): VerbMatch[] {
  const found: VerbMatch[] = [];
  lexicon.verbScan.lastIndex = 0;
  for (const match of execAll(lexicon.verbScan, sentence)) {
    const start = match.index ?? 0;
    let ruleIndex = -1;
    for (let group = 1; group < match.length; group++) {
      if (match[group] !== undefined && lexicon.verbGroupRule[group]! >= 0) {
        ruleIndex = lexicon.verbGroupRule[group]!;
        break;
      }
    }
    const rule = lexicon.verbs[ruleIndex];
    if (rule) found.push({ start, end: start + match[0].length, rule, text: match[0] });
  }
  return found;
}
