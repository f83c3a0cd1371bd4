// `truemox demo`: runs the homelab example against both simulators (see src/demo/run.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DemoStepError } from '../demo/terraform-runner.js';
import { runDemo } from '../demo/run.js';

/** examples/homelab next to the bundle (dist/) or the sources (src/cli/). */
function defaultConfigDir(): string {
  for (const relative of ['../examples/homelab/', '../../examples/homelab/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return fileURLToPath(new URL('../examples/homelab/', import.meta.url));
}

export async function demo(options: { config?: string }): Promise<void> {
  const controller = new AbortController();
  const interrupt = (): void => controller.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const started = Date.now();
  try {
    await runDemo({
      configDir: options.config ?? defaultConfigDir(),
      terraform: process.env.TERRAFORM || 'terraform',
      log: (line) => console.log(line),
      signal: controller.signal,
    });
    console.log(`demo finished in ${((Date.now() - started) / 1000).toFixed(1)}s; nothing left running`);
  } catch (error) {
    console.error(error instanceof DemoStepError ? `demo failed: ${error.message}` : `demo failed: ${String(error)}`);
    process.exitCode = 1;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
