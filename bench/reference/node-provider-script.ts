// Entry of the benchmark provider's start-up script, provider-bench.cjs (bench/reference/build.ts
// builds it with scripts/provider-script.mjs): dist/provider-launch.cjs runs it with its V8 code
// cache, as it runs the shipped providers' scripts, so that the provider measured beside the Go
// reference starts the way ours do.
import { serveBenchProvider } from './serve-bench.js';

export async function runProvider(): Promise<void> {
  await serveBenchProvider();
}
