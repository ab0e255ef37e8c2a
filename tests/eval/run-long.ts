import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ACTION_CLASS, ACTIONS, STATE_KINDS } from '../../src/core/taxonomy.ts';
import { loadEntities } from '../../src/lib/load-entities.ts';
import { type EvalCase, loadEvalCases } from './scorer.ts';

/**
 * `npx node tests/eval/run-long.ts [--errors] [--state-family] [--holdout | --dir DIR]`: the blind, held-out-style evaluation. It reads the
 * long-article set, the `<lang>-long-*` cases of tests/fixtures/extract (with `--holdout`, every case of
 * tests/fixtures/extract-holdout instead: a set the extractor was never tuned on), runs the extractor
 * as the held-out check does — through `wbw extract --jsonl` in a child process, never in-process — and scores with
 * the held-out rule: a claim matches when actor family (the actor or its parent chain), target and action class
 * (cut / restrict / restore) agree; dates are compared exactly on matched claims. Prints per-language precision,
 * recall, F1, false alarms on negative articles (no expected claim) and date agreement.
 *
 * The scorer is our own on purpose: tests/eval/scorer.ts takes the extractor's entity index, and this runner must
 * not depend on the system under test for its ground truth. The family comes from the catalogue in data/entities.
 */

const FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/extract');
// `--holdout`: a second, fresh set written after the extractor was tuned, never read while tuning it (docs/extract-holdout.md).
const HOLDOUT_FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/extract-holdout');

const CliClaimSchema = z.object({
  actor: z.object({ id: z.string() }),
  action: z.enum(ACTIONS),
  target: z.object({ id: z.string() }),
  service: z.string(),
  date: z.string().nullable(),
  evidence: z.string().optional(),
});
const CliLineSchema = z.object({
  id: z.string(),
  claims: z.array(CliClaimSchema).optional(),
  error: z.string().optional(),
});
type CliClaim = z.infer<typeof CliClaimSchema>;

interface Counts {
  cases: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  negatives: number;
  falseAlarms: number;
  datesAgreeing: number;
}

interface LongEvalError {
  caseName: string;
  kind: 'missed' | 'spurious' | 'date' | 'cli-error';
  key: string;
  detail: string;
}

function emptyCounts(): Counts {
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

/**
 * Walks the parent chain to the top: youtube → google, instagram → meta. Unknown ids are their own family.
 * With `stateFamily`, every government, regulator and court of one country is one family (`state:RU`): the
 * catalogue gives regulators and courts no parent government, so "Russia blocked Instagram" (ru-government) and
 * "Roskomnadzor blocked Instagram" (roskomnadzor) are different families under the strict held-out rule. The relaxed
 * view measures how much of the error is only that choice.
 */
function createFamilyResolver(stateFamily: boolean): (id: string) => string {
  const entityById = new Map<
    string,
    { parent?: string | undefined; kind: string; country?: string | undefined }
  >();
  for (const entity of loadEntities()) entityById.set(entity.id, entity);
  return (id) => {
    let current = id;
    for (let depth = 0; depth < 8; depth++) {
      const parent = entityById.get(current)?.parent;
      if (!parent) break;
      current = parent;
    }
    const top = entityById.get(current);
    if (stateFamily && top?.country && STATE_KINDS.includes(top.kind as (typeof STATE_KINDS)[number])) {
      return `state:${top.country}`;
    }
    return current;
  };
}

/**
 * Runs `npx wbw extract --jsonl` once over every case, as the held-out check does.
 * @throws Error when the command fails as a whole or prints a line that is not the contract's shape
 */
function runExtractorCli(cases: readonly EvalCase[]): Map<string, { claims: CliClaim[]; error?: string }> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'wbw-long-eval-'));
  try {
    const inputFile = path.join(workDir, 'input.jsonl');
    const lines = cases.map((evalCase) =>
      JSON.stringify({
        id: evalCase.name,
        text: evalCase.text,
        published: evalCase.published,
        lang: evalCase.lang,
      }),
    );
    writeFileSync(inputFile, `${lines.join('\n')}\n`);
    const started = performance.now();
    const result = spawnSync('npx', ['wbw', 'extract', '--jsonl', inputFile], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const elapsedMs = performance.now() - started;
    if (result.status !== 0) {
      throw new Error(`run-long: wbw extract exited with ${result.status}: ${result.stderr.slice(0, 2000)}`);
    }
    process.stderr.write(
      `run-long: ${cases.length} articles through wbw extract --jsonl in ${elapsedMs.toFixed(0)} ms\n`,
    );
    const byId = new Map<string, { claims: CliClaim[]; error?: string }>();
    for (const [lineNumber, line] of result.stdout.split('\n').entries()) {
      if (line.trim() === '') continue;
      const parsed = CliLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(
          `run-long: output line ${lineNumber + 1} does not match the contract: ${parsed.error.message}`,
        );
      }
      byId.set(parsed.data.id, {
        claims: parsed.data.claims ?? [],
        ...(parsed.data.error ? { error: parsed.data.error } : {}),
      });
    }
    return byId;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function formatRow(label: string, counts: Counts): string {
  const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
  const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const falseAlarmRate = counts.falseAlarms / Math.max(1, counts.negatives);
  const dateAgreement = counts.datesAgreeing / Math.max(1, counts.truePositives);
  const cells = [
    label,
    String(counts.cases),
    String(counts.truePositives),
    String(counts.falsePositives),
    String(counts.falseNegatives),
    precision.toFixed(2),
    recall.toFixed(2),
    f1.toFixed(2),
    `${counts.falseAlarms}/${counts.negatives} (${(falseAlarmRate * 100).toFixed(0)}%)`,
    `${counts.datesAgreeing}/${counts.truePositives} (${(dateAgreement * 100).toFixed(0)}%)`,
  ];
  return `| ${cells.join(' | ')} |`;
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const stateFamily = process.argv.includes('--state-family');
  const familyOf = createFamilyResolver(stateFamily);
  const keyOf = (actor: string, action: keyof typeof ACTION_CLASS, target: string) =>
    `${familyOf(actor)}|${ACTION_CLASS[action]}|${target}`;
  const holdout = process.argv.includes('--holdout');
  // The long articles live beside the short fixtures (`<lang>-long-<case>`), so `npm run eval` scores them too.
  // The holdout set has its own folder, and every case in it counts.
  // `--dir DIR`: any folder of cases in the same format, every case counted (a fresh blind set before it joins the repo).
  const dirFlag = process.argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? process.argv[dirFlag + 1] : undefined;
  if (dirFlag >= 0 && !dir) throw new Error('run-long: --dir needs a folder');
  const cases = dir
    ? loadEvalCases(path.resolve(dir))
    : holdout
      ? loadEvalCases(HOLDOUT_FIXTURES_DIR)
      : loadEvalCases(FIXTURES_DIR).filter((evalCase) => evalCase.name.includes('-long-'));
  const predictions = runExtractorCli(cases);
  const perLanguage = new Map<string, Counts>();
  const overall = emptyCounts();
  const errors: LongEvalError[] = [];
  // Recall by action class: restorations and cut-offs are worded very differently, so they fail differently.
  const recallByClass = new Map<string, { expected: number; found: number }>();

  for (const evalCase of cases) {
    const counts = perLanguage.get(evalCase.lang) ?? emptyCounts();
    perLanguage.set(evalCase.lang, counts);
    const output = predictions.get(evalCase.name) ?? { claims: [], error: 'no output line' };
    if (output.error)
      errors.push({ caseName: evalCase.name, kind: 'cli-error', key: '-', detail: output.error });
    const expectedByKey = new Map<string, string | null>();
    for (const claim of evalCase.expected)
      expectedByKey.set(keyOf(claim.actor, claim.action, claim.target), claim.date);
    const predictedByKey = new Map<string, CliClaim[]>();
    for (const claim of output.claims) {
      const key = keyOf(claim.actor.id, claim.action, claim.target.id);
      predictedByKey.set(key, [...(predictedByKey.get(key) ?? []), claim]);
    }
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    let datesAgreeing = 0;
    for (const [key, expectedDate] of expectedByKey) {
      const matches = predictedByKey.get(key);
      const actionClass = key.split('|')[1] ?? '?';
      const classCounts = recallByClass.get(actionClass) ?? { expected: 0, found: 0 };
      recallByClass.set(actionClass, classCounts);
      classCounts.expected++;
      if (matches) classCounts.found++;
      if (!matches) {
        falseNegatives++;
        errors.push({
          caseName: evalCase.name,
          kind: 'missed',
          key,
          detail: `expected date ${expectedDate}`,
        });
        continue;
      }
      truePositives++;
      // A key can come out more than once (two sentences state it); it agrees when any copy has the right date.
      if (matches.some((claim) => claim.date === expectedDate)) datesAgreeing++;
      else {
        errors.push({
          caseName: evalCase.name,
          kind: 'date',
          key,
          detail: `expected ${expectedDate}, got ${matches.map((claim) => claim.date).join(', ')} — «${matches[0]?.evidence ?? ''}»`,
        });
      }
    }
    for (const [key, claims] of predictedByKey) {
      if (expectedByKey.has(key)) continue;
      falsePositives++;
      const claim = claims[0];
      errors.push({
        caseName: evalCase.name,
        kind: 'spurious',
        key,
        detail: `${claim?.action} ${claim?.service} ${claim?.date} — «${claim?.evidence ?? ''}»`,
      });
    }
    const isNegative = evalCase.expected.length === 0;
    for (const target of [counts, overall]) {
      target.cases++;
      target.truePositives += truePositives;
      target.falsePositives += falsePositives;
      target.falseNegatives += falseNegatives;
      target.datesAgreeing += datesAgreeing;
      if (isNegative) {
        target.negatives++;
        if (output.claims.length > 0) target.falseAlarms++;
      }
    }
  }

  console.log(
    '| lang | articles | TP | FP | FN | precision | recall | F1 | false alarms (negatives) | dates agree |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const lang of [...perLanguage.keys()].sort()) {
    const counts = perLanguage.get(lang);
    if (counts) console.log(formatRow(lang, counts));
  }
  console.log(formatRow('**all**', overall));
  const classLine = [...recallByClass.entries()]
    .sort()
    .map(([actionClass, counts]) => `${actionClass} ${counts.found}/${counts.expected}`)
    .join(', ');
  console.log(`\nrecall by action class: ${classLine}`);

  if (showErrors) {
    for (const kind of ['missed', 'spurious', 'date', 'cli-error'] as const) {
      const ofKind = errors.filter((error) => error.kind === kind);
      console.log(`\n## ${kind} (${ofKind.length})`);
      for (const error of ofKind) console.log(`- ${error.caseName}: ${error.key} — ${error.detail}`);
    }
  }
}

main();
