import os from 'node:os';

/**
 * `npm run bench [-- collect|extract|events|site]`: all benchmarks, or the ones named. Each suite builds its own inputs,
 * prints its figures and asserts nothing about time. Each lives in `bench/<name>.ts` and exports `run()`.
 */
const SUITES = ['collect', 'extract', 'events', 'site'] as const;

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !(SUITES as readonly string[]).includes(name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown suite ${unknown.join(', ')}; known: ${SUITES.join(', ')}\n`);
  process.exit(2);
}
const selected = wanted.length > 0 ? wanted : [...SUITES];
console.log(
  `# Who Banned Whom benchmarks — ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
for (const name of selected) {
  console.log(`\n## ${name}`);
  const suite = (await import(`./${name}.ts`)) as { run: () => Promise<void> };
  await suite.run();
}
