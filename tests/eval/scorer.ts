import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ExtractEntityIndex, ExtractedClaim } from '../../src/core/extract/index.ts';
import { parseWithFriendlyErrors } from '../../src/core/schema-errors.ts';
import { ACTION_CLASS, ACTIONS, LANGUAGES, SERVICES } from '../../src/core/taxonomy.ts';

/**
 * The evaluation scorer of issue 4, shared by `npm run eval` and the floors test. A claim counts by
 * (actor family, target, action class), the key the held-out set is scored on; dates count as exact agreement among
 * the claims found.
 */

export const EVAL_FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/extract');

const ExpectedClaimSchema = z
  .object({
    actor: z.string(),
    action: z.enum(ACTIONS),
    target: z.string(),
    service: z.enum(SERVICES),
    date: z.string().nullable(),
  })
  .strict();

const ExpectedFileSchema = z
  .object({ lang: z.enum(LANGUAGES), published: z.string().nullable(), claims: z.array(ExpectedClaimSchema) })
  .strict();

export type ExpectedClaim = z.infer<typeof ExpectedClaimSchema>;

export interface EvalCase {
  name: string;
  text: string;
  lang: string;
  published: string | null;
  expected: ExpectedClaim[];
}

/** @throws SchemaValidationError naming the expectation file and the field */
export function loadEvalCases(dir: string = EVAL_FIXTURES_DIR): EvalCase[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const expected = parseWithFriendlyErrors(
        ExpectedFileSchema,
        JSON.parse(readFileSync(file, 'utf8')),
        file,
      );
      const caseName = name.replace(/\.expected\.json$/, '');
      return {
        name: caseName,
        text: readFileSync(path.join(dir, `${caseName}.txt`), 'utf8'),
        lang: expected.lang,
        published: expected.published,
        expected: expected.claims,
      };
    });
}

export interface EvalCounts {
  cases: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  negatives: number;
  falseAlarms: number;
  datesAgreeing: number;
}

export interface EvalRow extends EvalCounts {
  precision: number;
  recall: number;
  f1: number;
  falseAlarmRate: number;
  dateAgreement: number;
}

export interface EvalError {
  caseName: string;
  kind: 'missed' | 'spurious' | 'date';
  key: string;
  detail: string;
}

export interface EvalReport {
  byLanguage: Record<string, EvalRow>;
  overall: EvalRow;
  errors: EvalError[];
}

function familyOf(id: string, index: ExtractEntityIndex): string {
  let current = id;
  for (let depth = 0; depth < 5; depth++) {
    const parent = index.get(current)?.parent;
    if (!parent) break;
    current = parent;
  }
  return current;
}

function keyOf(
  actor: string,
  action: keyof typeof ACTION_CLASS,
  target: string,
  index: ExtractEntityIndex,
): string {
  return `${familyOf(actor, index)}|${ACTION_CLASS[action]}|${target}`;
}

function emptyCounts(): EvalCounts {
  return {
    cases: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    negatives: 0,
    falseAlarms: 0,
    datesAgreeing: 0,
  };
}

function toRow(counts: EvalCounts): EvalRow {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
  const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
  return {
    ...counts,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    falseAlarmRate: counts.falseAlarms / Math.max(1, counts.negatives),
    dateAgreement: counts.datesAgreeing / Math.max(1, counts.truePositives),
  };
}

/** Scores the extractor's output for each case. `extract` is the system under test (in-process or through the CLI). */
export function scoreCases(
  cases: readonly EvalCase[],
  predictions: ReadonlyMap<string, readonly ExtractedClaim[]>,
  index: ExtractEntityIndex,
): EvalReport {
  const perLanguage = new Map<string, EvalCounts>();
  const overall = emptyCounts();
  const errors: EvalError[] = [];
  for (const evalCase of cases) {
    const counts = perLanguage.get(evalCase.lang) ?? emptyCounts();
    perLanguage.set(evalCase.lang, counts);
    const predicted = predictions.get(evalCase.name) ?? [];
    const predictedByKey = new Map<string, ExtractedClaim[]>();
    for (const claim of predicted) {
      const key = keyOf(claim.actor.id, claim.action, claim.target.id, index);
      predictedByKey.set(key, [...(predictedByKey.get(key) ?? []), claim]);
    }
    const expectedByKey = new Map<string, ExpectedClaim>();
    for (const claim of evalCase.expected)
      expectedByKey.set(keyOf(claim.actor, claim.action, claim.target, index), claim);
    const add = (field: keyof EvalCounts, value = 1) => {
      counts[field] += value;
      overall[field] += value;
    };
    add('cases');
    if (evalCase.expected.length === 0) {
      add('negatives');
      if (predicted.length > 0) add('falseAlarms');
    }
    for (const [key, expected] of expectedByKey) {
      const found = predictedByKey.get(key);
      if (!found) {
        add('falseNegatives');
        errors.push({
          caseName: evalCase.name,
          kind: 'missed',
          key,
          detail: `expected ${expected.action} ${expected.service} ${expected.date}`,
        });
        continue;
      }
      add('truePositives');
      if (found.some((claim) => claim.date === expected.date)) add('datesAgreeing');
      else
        errors.push({
          caseName: evalCase.name,
          kind: 'date',
          key,
          detail: `expected ${expected.date}, got ${found.map((c) => `${c.date} (${c.date_basis})`).join(', ')}`,
        });
    }
    for (const [key, claims] of predictedByKey) {
      if (expectedByKey.has(key)) continue;
      add('falsePositives');
      errors.push({
        caseName: evalCase.name,
        kind: 'spurious',
        key,
        detail: claims[0]!.evidence.slice(0, 160),
      });
    }
  }
  const byLanguage: Record<string, EvalRow> = {};
  for (const lang of LANGUAGES) {
    const counts = perLanguage.get(lang);
    if (counts) byLanguage[lang] = toRow(counts);
  }
  return { byLanguage, overall: toRow(overall), errors };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(7);
}

/** The per-language table `npm run eval` prints (Markdown, so it can be pasted into the README). */
export function formatReport(report: EvalReport): string {
  const lines = [
    '| lang | cases | negatives | precision | recall | F1 | false alarms | dates |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows: [string, EvalRow][] = [...Object.entries(report.byLanguage), ['all', report.overall]];
  for (const [lang, row] of rows) {
    lines.push(
      `| ${lang} | ${row.cases} | ${row.negatives} | ${percent(row.precision)} | ${percent(row.recall)} | ${percent(row.f1)} | ${percent(row.falseAlarmRate)} | ${percent(row.dateAgreement)} |`,
    );
  }
  return lines.join('\n');
}
