import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claimKeyOf } from '../src/core/events/claim-key.ts';
import type { EventClaim, PublishedEvent } from '../src/core/events/types.ts';
import { createSeededRandom } from '../src/core/seeded-random.ts';
import { ACTIONS, type Action, SERVICES, type Service } from '../src/core/taxonomy.ts';

/**
 * Benchmark suite "events" (issue 5): the event rebuild on generated claims at 10k, 100k and 1M claims (each size in
 * its own child process, so that its peak RSS is its own), an incremental update of 100 articles on 100k claims, and
 * the export of 50,000 events to the five files. Prints figures; asserts nothing about time.
 */

const SIZES = [10_000, 100_000, 1_000_000];

const NO_COUNTRIES: string[] = [];
const CUT_ACTIONS: Action[] = ['ban', 'suspend', 'remove', 'terminate', 'block', 'restrict'];
const EVIDENCE = [
  'The company said it had removed the account after repeated violations of its rules.',
  "L'entreprise a annoncé la suspension du compte pour violation répétée de ses règles.",
  'Das Unternehmen hat das Konto nach wiederholten Verstößen gesperrt.',
  'La empresa suspendió la cuenta tras reiteradas violaciones de sus normas.',
];

/**
 * A realistic mix: actors and targets drawn with a skew (a few big platforms and famous targets get most events),
 * 3–10 reports per event, about 10 % of reports dated at month precision and 5 % at year precision, 15 % dated by
 * the dateline, and a reinstatement for about one cut-off in eight.
 */
export function generateClaims(nClaims: number, seed = 1): EventClaim[] {
  const random = createSeededRandom(seed);
  const nActors = 300;
  const nTargets = Math.max(500, Math.round(nClaims / 40));
  const pick = (n: number) => Math.floor(n * random() ** 2);
  const claims: EventClaim[] = [];
  let articleIndex = 0;
  // Repeated names are shared strings, as src/db/events.ts readEventClaims interns them when it reads rows.
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    interned.set(value, value);
    return value;
  };
  const emit = (actor: number, target: number, action: Action, service: Service, day: number) => {
    const reports = 3 + Math.floor(random() * 8);
    for (let report = 0; report < reports && claims.length < nClaims; report++) {
      const date = new Date((day + (random() < 0.15 ? 1 : 0)) * 86_400_000).toISOString().slice(0, 10);
      const roll = random();
      const precision = roll < 0.05 ? 'year' : roll < 0.15 ? 'month' : 'day';
      const publisher = intern(`publisher-${Math.floor(random() * 400)}`);
      const articleUrl = `https://${publisher}.example/articles/${articleIndex++}`;
      const claim: EventClaim = {
        key: '',
        actor: intern(`actor-${actor}`),
        actor_name: intern(`Actor ${actor}`),
        action,
        target: intern(`target-${target}`),
        target_name: intern(`Target ${target}`),
        service,
        date: intern(
          precision === 'day' ? date : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4),
        ),
        date_precision: precision,
        date_basis: random() < 0.15 ? 'published' : 'stated',
        time: null,
        countries: NO_COUNTRIES,
        evidence: EVIDENCE[report % EVIDENCE.length]!,
        confidence: 0.4 + random() * 0.5,
        article_url: articleUrl,
        publisher,
        published_at: intern(`${date}T12:00:00Z`),
        lang: ['en', 'fr', 'de', 'es'][report % 4]!,
      };
      claim.key = claimKeyOf(claim);
      claims.push(claim);
    }
  };
  const firstDay = Math.floor(Date.UTC(2010, 0, 1) / 86_400_000);
  while (claims.length < nClaims) {
    const actor = pick(nActors);
    const target = pick(nTargets);
    const action = CUT_ACTIONS[Math.floor(random() * CUT_ACTIONS.length)]!;
    const service = SERVICES[Math.floor(random() * (SERVICES.length - 1))]!;
    const day = firstDay + Math.floor(random() * 5800);
    emit(actor, target, action, service, day);
    if (random() < 0.125) emit(actor, target, 'reinstate', service, day + 1 + Math.floor(random() * 400));
  }
  return claims;
}

/** 50,000 published events with 2–5 sources each, for the export benchmark. */
export function generateEvents(nEvents: number, seed = 2): PublishedEvent[] {
  const random = createSeededRandom(seed);
  const events: PublishedEvent[] = [];
  for (let index = 0; index < nEvents; index++) {
    const action = ACTIONS[Math.floor(random() * ACTIONS.length)]!;
    const date = new Date(Date.UTC(2010, 0, 1) + Math.floor(random() * 5800) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const nSources = 2 + Math.floor(random() * 4);
    events.push({
      id: `${date}-actor-${index % 300}-${action}-target-${index}`,
      status: random() < 0.3 ? 'reviewed' : 'automatic',
      actor: `actor-${index % 300}`,
      actor_name: `Actor ${index % 300}`,
      action,
      target: `target-${index}`,
      target_name: `Target ${index}`,
      service: 'account',
      date,
      date_precision: 'day',
      time: null,
      countries: random() < 0.2 ? ['BR'] : [],
      announced: null,
      date_candidates: [],
      summary: `Actor ${index % 300} ${action} Target ${index}.`,
      confidence: Math.round(random() * 1000) / 1000,
      reverses: null,
      reversed_by: null,
      duration_days: random() < 0.1 ? Math.floor(random() * 400) : null,
      sources: Array.from({ length: nSources }, (_, source) => ({
        url: `https://publisher-${source}.example/articles/${index}`,
        publisher: `Publisher ${source}`,
        published: `${date}T12:00:00Z`,
        lang: 'en',
        quote: EVIDENCE[source % EVIDENCE.length]!,
        verified_via: null,
      })),
      first_reported_at: `${date}T12:00:00Z`,
      notes: null,
    });
  }
  return events;
}

interface ChildReport {
  mode: string;
  n: number;
  seconds: number;
  /** User + system CPU seconds of the measured step: steadier than wall time on a machine shared with other work. */
  cpuSeconds?: number;
  peakRssMb: number;
  nEvents: number;
  extra?: Record<string, number>;
}

/** Runs one measurement in this process (the child side). */
async function measureInChild(mode: string, n: number): Promise<ChildReport> {
  const { openDatabase } = await import('../src/db/connection.ts');
  const { rebuildEvents, rebuildEventsFor } = await import('../src/pipeline/rebuild-events.ts');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wbw-bench-events-'));
  try {
    if (mode === 'rebuild' || mode === 'again') {
      // `rebuild` builds a fresh database in the folder the parent gives; `again` (a new process, so that its peak
      // RSS is its own) rebuilds the same claims over it: the steady state of `wbw update`, every id kept.
      const dbFile = path.join(process.env['WBW_BENCH_DIR'] ?? dir, 'bench.sqlite');
      const db = openDatabase(dbFile);
      const before =
        mode === 'again' ? (db.prepare('SELECT count(*) FROM events').pluck().get() as number) : 0;
      // The generator is passed as a loader so that the rebuild holds the only reference, as it does in `wbw update`.
      let generationSeconds = 0;
      let generationCpu = 0;
      const cpuBefore = process.cpuUsage();
      const result = rebuildEvents(db, {
        claims: () => {
          const started = performance.now();
          const cpuStarted = process.cpuUsage();
          const claims = generateClaims(n);
          generationSeconds = (performance.now() - started) / 1000;
          generationCpu = cpuSecondsSince(cpuStarted);
          return claims;
        },
      });
      const cpuSeconds = cpuSecondsSince(cpuBefore) - generationCpu;
      db.close();
      return {
        mode,
        n,
        seconds: result.seconds - generationSeconds,
        cpuSeconds,
        peakRssMb: peakRssMb(),
        nEvents: result.nEvents,
        extra: { unchanged: mode === 'again' && before === result.nEvents && result.nMerged === 0 ? 1 : 0 },
      };
    }
    if (mode === 'incremental') {
      const all = generateClaims(n + 2000, 3);
      const base = all.slice(0, n);
      const db = openDatabase(path.join(dir, 'bench.sqlite'));
      rebuildEvents(db, { claims: base });
      // 100 new articles: their claims (one or more each) from the tail of the generated stream.
      const urls = [...new Set(all.slice(n).map((claim) => claim.article_url))].slice(0, 100);
      const wanted = new Set(urls);
      const added = all.slice(n).filter((claim) => wanted.has(claim.article_url));
      const byActor = new Map<string, EventClaim[]>();
      for (const claim of base) {
        const list = byActor.get(claim.actor) ?? [];
        list.push(claim);
        byActor.set(claim.actor, list);
      }
      const result = rebuildEventsFor(db, added, (actors) =>
        actors.flatMap((actor) => byActor.get(actor) ?? []),
      );
      db.close();
      return {
        mode,
        n,
        seconds: result.seconds,
        peakRssMb: peakRssMb(),
        nEvents: result.nEvents,
        extra: { newClaims: added.length, buckets: result.nBuckets, claimsReclustered: result.nClaims },
      };
    }
    if (mode === 'export') {
      const { writeExport } = await import('../src/lib/export-files.ts');
      const events = generateEvents(n);
      const result = writeExport({ events, entities: [], generatedAt: new Date().toISOString() }, dir);
      return { mode, n, seconds: result.seconds, peakRssMb: peakRssMb(), nEvents: n, extra: result.bytes };
    }
    throw new Error(`bench events: unknown mode ${mode}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function runChild(mode: string, n: number, benchDir?: string): ChildReport {
  const stdout = execFileSync(process.execPath, [import.meta.filename, '--child', mode, String(n)], {
    encoding: 'utf8',
    env: { ...process.env, ...(benchDir ? { WBW_BENCH_DIR: benchDir } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport;
}

export async function run(): Promise<void> {
  const sizes = process.env['WBW_BENCH_EVENTS_SIZES']?.split(',').map(Number) ?? SIZES;
  console.log('rebuild (generated claims → clusters → events → SQLite, one child process per size)');
  console.log(
    '| claims | events | first build: s (CPU s) | peak RSS (MB) | rebuild, ids kept: s (CPU s) | its peak RSS (MB) | growth of first build vs previous size |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let previous: ChildReport | null = null;
  for (const size of sizes) {
    const benchDir = mkdtempSync(path.join(os.tmpdir(), 'wbw-bench-rebuild-'));
    let report: ChildReport;
    let again: ChildReport;
    try {
      report = runChild('rebuild', size, benchDir);
      again = runChild('again', size, benchDir);
    } finally {
      rmSync(benchDir, { recursive: true, force: true });
    }
    const growth = previous
      ? `${(report.seconds / previous.seconds).toFixed(1)}× time (${((report.cpuSeconds ?? 0) / (previous.cpuSeconds ?? 1)).toFixed(1)}× CPU), ${(report.peakRssMb / previous.peakRssMb).toFixed(1)}× memory per ${(size / previous.n).toFixed(0)}× claims`
      : '';
    const kept = again.extra?.['unchanged'] === 1 ? '' : ' (ids changed!)';
    console.log(
      `| ${size} | ${report.nEvents} | ${report.seconds.toFixed(2)} (${report.cpuSeconds?.toFixed(2)}) | ${report.peakRssMb} | ${again.seconds.toFixed(2)} (${again.cpuSeconds?.toFixed(2)})${kept} | ${again.peakRssMb} | ${growth} |`,
    );
    previous = report;
  }
  const incremental = runChild('incremental', 100_000);
  console.log(
    `\nincremental: 100 new articles (${incremental.extra?.['newClaims']} claims, ${incremental.extra?.['buckets']} buckets, ${incremental.extra?.['claimsReclustered']} claims re-clustered) on 100,000 claims: ${incremental.seconds.toFixed(3)} s`,
  );
  const exported = runChild('export', 50_000);
  console.log(
    `\nexport of 50,000 events to the five files: ${exported.seconds.toFixed(2)} s, peak RSS ${exported.peakRssMb} MB`,
  );
  for (const [name, bytes] of Object.entries(exported.extra ?? {})) console.log(`  ${name}: ${bytes} bytes`);
}

if (process.argv[2] === '--child' && import.meta.filename === process.argv[1]) {
  const report = await measureInChild(process.argv[3]!, Number(process.argv[4]));
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
