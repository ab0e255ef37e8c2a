/** Benchmark suite "collect": filled in by the issue that owns it. */
export async function run(): Promise<void> {
  console.log('collect: not measured yet');
}
