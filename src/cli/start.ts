import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * `npm start` (DESIGN §4): `wbw update` (scrape what is due, extract, rebuild events), then `astro build` (with feeds,
 * shards, open data and the search index), then a preview at http://localhost:4321. Offline, `wbw update` reports the
 * unreachable sources and the site is still built from what is stored and curated: a failed update is a warning here,
 * a failed build is an error. Every step runs on this same Node binary (the pinned one, since npm put it on the PATH).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function start(): Promise<void> {
  process.stderr.write('start: wbw update\n');
  const updateCode = await run([path.join(ROOT, 'src/cli/main.ts'), 'update', ...process.argv.slice(2)]);
  if (updateCode !== 0) {
    process.stderr.write(
      `start: wbw update exited with ${updateCode}; building the site from what is stored and curated\n`,
    );
  }
  process.stderr.write('start: astro build\n');
  const buildCode = await run([ASTRO, 'build']);
  if (buildCode !== 0) {
    process.stderr.write(`start: astro build failed (${buildCode})\n`);
    process.exitCode = buildCode;
    return;
  }
  process.stderr.write('start: preview at http://localhost:4321/ (Ctrl-C to stop)\n');
  process.exitCode = await run([ASTRO, 'preview', '--port', '4321']);
}

await start();
