/** Benchmark suite "site": filled in by the issue that owns it. */
export async function run(): Promise<void> {
  console.log('site: not measured yet');
}
