// The lifecycle's import check in three terraform runs however many resources it covers: one
// `show -json` of the applied state, one plan against an empty state with an `import` block per
// address (terraform imports and reads each object exactly as `terraform import` does), one
// `show -json` of that plan, whose `before` values are the imported states. `terraform import`
// costs three runs per address (show, import, show); with dozens of resources per file that was
// most of an e2e file's time.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportCheck } from './lifecycle.js';
import type { StateResource, Workspace } from './terraform.js';

interface PlannedChange {
  readonly address: string;
  readonly change: { readonly actions: readonly string[]; readonly before: Record<string, unknown> | null; readonly importing?: { readonly id: string } };
}

const IMPORT_FILE = 'import-check.tf';

function withoutUnreadable(values: Record<string, unknown>, unreadable: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !unreadable.includes(name)));
}

/** Addresses the configuration imports already (its own `import` blocks also run against the empty state). */
function importedByConfig(configDir: string): Set<string> {
  const addresses = new Set<string>();
  for (const file of readdirSync(configDir).filter((name) => name.endsWith('.tf'))) {
    for (const match of readFileSync(join(configDir, file), 'utf8').matchAll(/^import\s*\{[^}]*?\bto\s*=\s*(\S+)/gm)) addresses.add(match[1]!);
  }
  return addresses;
}

/** Imports every checked address into an empty state (one plan) and compares each with the applied state. */
export async function checkImportsAtOnce(ws: Workspace, checks: readonly ImportCheck[]): Promise<void> {
  if (checks.length === 0) return;
  const shown = JSON.parse((await ws.expect(['show', '-json', '-no-color'])).stdout) as { values?: { root_module?: { resources?: StateResource[] } } };
  const applied = new Map((shown.values?.root_module?.resources ?? []).map((r) => [r.address, r]));
  const ids = new Map<string, string>();
  for (const check of checks) {
    const resource = applied.get(check.address);
    if (!resource) throw new Error(`${check.address} is not in state`);
    ids.set(check.address, check.id ? check.id(resource.values) : String(resource.values.id));
  }
  const declared = importedByConfig(ws.configDir);
  const blocks = checks
    .filter((c) => !declared.has(c.address))
    .map((c) => `import {\n  to = ${c.address}\n  id = ${JSON.stringify(ids.get(c.address))}\n}\n`)
    .join('');
  const emptyState = join(ws.configDir, 'import-check.tfstate');
  const planFile = join(ws.configDir, 'import-check.tfplan');
  const cleanup = () => {
    ws.removeConfig(IMPORT_FILE);
    for (const file of [emptyState, `${emptyState}.backup`, planFile]) if (existsSync(file)) rmSync(file, { force: true });
  };
  cleanup();
  ws.writeConfig(blocks, IMPORT_FILE);
  try {
    // -target keeps the plan to the imported objects (and what they depend on): an object the
    // server refuses to hold twice is never planned as a second create.
    const targets = checks.map((c) => `-target=${c.address}`);
    await ws.expect(['plan', '-no-color', '-input=false', '-lock=false', `-state=${emptyState}`, `-out=${planFile}`, ...targets]);
    const plan = JSON.parse((await ws.expect(['show', '-json', '-no-color', planFile])).stdout) as { resource_changes?: PlannedChange[] };
    const changes = new Map((plan.resource_changes ?? []).map((c) => [c.address, c.change]));
    for (const check of checks) {
      const id = ids.get(check.address)!;
      const change = changes.get(check.address);
      assert.ok(change?.importing && change.before, `${check.address}: "${id}" was not imported`);
      const unreadable = check.unreadable ?? [];
      assert.deepEqual(
        withoutUnreadable(change.before, unreadable),
        withoutUnreadable(applied.get(check.address)!.values, unreadable),
        `${check.address}: importing "${id}" gives another state than the apply`,
      );
    }
  } finally {
    cleanup();
  }
}
