/** Benchmark suite "events": filled in by the issue that owns it. */
export async function run(): Promise<void> {
  console.log('events: not measured yet');
}
