/** Benchmark suite "extract": filled in by the issue that owns it. */
export async function run(): Promise<void> {
  console.log('extract: not measured yet');
}
