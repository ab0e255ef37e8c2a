#!/usr/bin/env node
// The `wbw` launcher. Plain JavaScript on purpose: it must run on any Node to say clearly when that Node is too old.
// Static imports are hoisted, so the version check comes before a dynamic import of the CLI: better-sqlite3 13
// crashes Node 20 with a segmentation fault before any check inside the CLI module could run.
// Node 24: the lexicons use regular-expression modifiers ("(?-i:…)"), which Node 22 cannot compile.
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    `wbw: Node ${process.versions.node} is too old; Node >= 24 is required (the project pins Node 24 LTS).\n` +
      'wbw: run it through npm so the pinned runtime is used: `npx wbw …` or `npm run wbw -- …` in the project root.\n',
  );
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
