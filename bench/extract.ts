import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSyntheticEntities } from '../src/core/entities/index.ts';
import {
  createExtractorIndex,
  createExtractProfile,
  type ExtractEntityIndex,
  extractClaims,
} from '../src/core/extract/index.ts';
import { loadEntities } from '../src/lib/load-entities.ts';
import { type EvalCase, loadEvalCases } from '../tests/eval/scorer.ts';

/**
 * Benchmark suite "extract" (issue 4): the evaluation set glued into ~2 KB articles and repeated to 10,000;
 * throughput in-process and through `wbw extract --jsonl` (a child process, start-up included, its peak memory from
 * /usr/bin/time); memory on a 100,000-line input; where the time goes; growth with generated catalogue aliases.
 * It asserts nothing about time.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const CORES = os.cpus().length;
const N_ARTICLES = 10_000;
const N_LINES_LARGE = 100_000;

function figure(name: string, value: string, goal = ''): void {
  console.log(
    `${name.padEnd(58)} ${value.padEnd(24)} ${goal === '' ? '' : `goal ${goal}`}  [${CORES} cores]`,
  );
}

interface BenchArticle {
  id: string;
  text: string;
  lang: string;
  published: string | null;
}

/** Glues the fixtures of one language together until an article reaches ~2 KB, and repeats the set to `count`. */
function buildArticles(cases: readonly EvalCase[], count: number): BenchArticle[] {
  const byLang = new Map<string, EvalCase[]>();
  for (const evalCase of cases) byLang.set(evalCase.lang, [...(byLang.get(evalCase.lang) ?? []), evalCase]);
  const articles: BenchArticle[] = [];
  let cursor = 0;
  const langs = [...byLang.keys()];
  while (articles.length < count) {
    const lang = langs[articles.length % langs.length]!;
    const pool = byLang.get(lang)!;
    const first = pool[cursor % pool.length]!;
    let text = '';
    let k = 0;
    while (text.length < 2000) {
      text += `${pool[(cursor + k) % pool.length]!.text}\n`;
      k += 1;
    }
    cursor += 1;
    articles.push({ id: `a${articles.length}`, text, lang, published: first.published });
  }
  return articles;
}

function runInProcess(articles: readonly BenchArticle[], index: ExtractEntityIndex) {
  const profile = createExtractProfile();
  const started = performance.now();
  let nClaims = 0;
  for (const article of articles) nClaims += extractClaims(article, index, profile).length;
  const ms = performance.now() - started;
  return { ms, nClaims, profile };
}

/** Runs `wbw extract --jsonl FILE` under /usr/bin/time; returns wall time and peak RSS. */
function runCli(file: string): { ms: number; peakMb: number; lines: number } {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, path.join(ROOT, 'src/cli/main.ts'), 'extract', '--jsonl', file],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const ms = performance.now() - started;
  const peakKb = Number(result.stderr.trim().split('\n').pop());
  return { ms, peakMb: peakKb / 1024, lines: result.stdout.split('\n').filter(Boolean).length };
}

function writeJsonl(file: string, articles: readonly BenchArticle[], count: number): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length]!;
    lines.push(
      JSON.stringify({ id: `l${i}`, text: article.text, published: article.published, lang: article.lang }),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

export async function run(): Promise<void> {
  const cases = loadEvalCases();
  const catalogue = loadEntities();
  const index = createExtractorIndex(catalogue);
  const articles = buildArticles(cases, N_ARTICLES);
  const totalKb = articles.reduce((sum, a) => sum + a.text.length, 0) / 1024;
  figure(
    'articles (evaluation set glued and repeated)',
    `${articles.length} × ${(totalKb / articles.length).toFixed(1)} KB`,
  );

  // Warm-up: compile the lexicons and let the JIT settle, as a long run would.
  runInProcess(articles.slice(0, 500), index);
  const inProcess = runInProcess(articles, index);
  figure(
    'in-process throughput (one core)',
    `${((articles.length / inProcess.ms) * 1000).toFixed(0)} articles/s`,
    '≥ 1,000/s',
  );
  const { profile } = inProcess;
  const rest = profile.msTotal - profile.msDateParsing - profile.msEntityMatching;
  figure('  time in date parsing', `${((profile.msDateParsing / profile.msTotal) * 100).toFixed(1)} %`);
  figure('  time in entity matching', `${((profile.msEntityMatching / profile.msTotal) * 100).toFixed(1)} %`);
  figure(
    '  time in the rest (split, prefilter, lexicons, roles)',
    `${((rest / profile.msTotal) * 100).toFixed(1)} %`,
  );
  figure(
    '  sentences passing the pre-filter',
    `${((profile.sentencesPassingPrefilter / profile.sentences) * 100).toFixed(1)} % of ${profile.sentences}`,
  );
  figure('  claims found', String(inProcess.nClaims));

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'wbw-bench-extract-'));
  try {
    const file10k = path.join(tmp, 'articles-10k.jsonl');
    writeJsonl(file10k, articles, N_ARTICLES);
    const cli10k = runCli(file10k);
    figure(
      'wbw extract --jsonl, 10,000 lines (start-up included)',
      `${((cli10k.lines / cli10k.ms) * 1000).toFixed(0)} articles/s`,
      '≥ 1,000/s',
    );
    figure('  peak memory (maxRSS)', `${cli10k.peakMb.toFixed(0)} MB`, '≤ 300 MB');
    const emptyFile = path.join(tmp, 'empty.jsonl');
    writeFileSync(emptyFile, '');
    const start = runCli(emptyFile);
    figure('  start-up alone (catalogue load, empty input)', `${start.ms.toFixed(0)} ms`);
    // The large run uses the short fixtures (not the glued 2 KB articles) to keep it bounded on a shared machine.
    const shortArticles = cases.map((c, i) => ({
      id: `s${i}`,
      text: c.text,
      lang: c.lang,
      published: c.published,
    }));
    const file100k = path.join(tmp, 'articles-100k.jsonl');
    const file10kShort = path.join(tmp, 'articles-10k-short.jsonl');
    writeJsonl(file100k, shortArticles, N_LINES_LARGE);
    writeJsonl(file10kShort, shortArticles, N_ARTICLES);
    const cliShort10k = runCli(file10kShort);
    const cli100k = runCli(file100k);
    figure('wbw extract --jsonl, 10,000 short lines: peak memory', `${cliShort10k.peakMb.toFixed(0)} MB`);
    figure(
      'wbw extract --jsonl, 100,000 short lines: peak memory',
      `${cli100k.peakMb.toFixed(0)} MB`,
      'flat',
    );
    figure('  100,000 lines: throughput', `${((cli100k.lines / cli100k.ms) * 1000).toFixed(0)} articles/s`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // Growth: the same 1,000 articles with the catalogue plus generated aliases.
  const sample = articles.slice(0, 1000);
  const perArticle: number[] = [];
  for (const nAliases of [1_000, 10_000, 100_000]) {
    const grownIndex = createExtractorIndex([...catalogue, ...generateSyntheticEntities(nAliases)]);
    runInProcess(sample.slice(0, 200), grownIndex);
    const result = runInProcess(sample, grownIndex);
    perArticle.push(result.ms / sample.length);
    figure(
      `time per article, catalogue + ${nAliases.toLocaleString('en')} generated aliases`,
      `${(result.ms / sample.length).toFixed(3)} ms`,
    );
  }
  figure(
    '  growth from 1,000 to 100,000 aliases',
    `${(perArticle[2]! / perArticle[0]!).toFixed(2)}×`,
    '≤ 1.5×',
  );
}

if (import.meta.filename === process.argv[1]) await run();
