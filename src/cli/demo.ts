// `truemox demo`: runs examples/homelab and examples/homelab-plugin against the lab (see src/demo/run.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DemoStepError } from '../demo/terraform-runner.js';
import { runDemo } from '../demo/run.js';

/** The examples the demo applies: next to the bundle (dist/) or the sources (src/cli/). */
const EXAMPLES = ['homelab', 'homelab-plugin'];

function exampleDir(name: string): string {
  for (const relative of [`../examples/${name}/`, `../../examples/${name}/`]) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return fileURLToPath(new URL(`../examples/${name}/`, import.meta.url));
}

export async function demo(options: { config?: string }): Promise<void> {
  const controller = new AbortController();
  const interrupt = (): void => controller.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const started = Date.now();
  try {
    const configDirs = options.config !== undefined ? [options.config] : EXAMPLES.map(exampleDir);
    for (const configDir of configDirs) {
      if (configDirs.length > 1) console.log(`=== ${configDir}`);
      await runDemo({
        configDir,
        terraform: process.env.TERRAFORM || 'terraform',
        log: (line) => console.log(line),
        signal: controller.signal,
      });
    }
    console.log(`demo finished in ${((Date.now() - started) / 1000).toFixed(1)}s; nothing left running`);
  } catch (error) {
    console.error(error instanceof DemoStepError ? `demo failed: ${error.message}` : `demo failed: ${String(error)}`);
    process.exitCode = 1;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
