// Installs a provider executable into a terraform filesystem mirror in the unpacked layout
// (HOSTNAME/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION), so a plain
// `terraform init` finds it by its source address.
import { chmodSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PackageFile } from './provider-package.js';

export interface ProviderAddress {
  readonly hostname: string;
  readonly namespace: string;
  readonly type: string;
}

interface InstallTarget extends ProviderAddress {
  readonly mirrorDir: string;
  readonly version: string;
}

/** A small executable that runs a program elsewhere (test and benchmark builds). */
export interface CommandInstallRequest extends InstallTarget {
  /** The program and arguments the executable runs (`exec`ed, so terraform can stop it). */
  readonly command: readonly string[];
  /** Comment lines for the executable: what it points at and what breaks it. */
  readonly notes?: readonly string[];
}

/** A self-contained package (src/cli/provider-package.ts), copied into the mirror. */
export interface PackageInstallRequest extends InstallTarget {
  readonly files: readonly PackageFile[];
}

export type InstallRequest = CommandInstallRequest | PackageInstallRequest;

/** terraform's name for this machine's platform, e.g. `linux_amd64`. */
export function terraformPlatform(): string {
  const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' } as Record<string, string>)[process.arch] ?? process.arch;
  return `${process.platform}_${arch}`;
}

export function providerPackageDir(request: ProviderAddress & { mirrorDir: string; version: string }): string {
  return join(request.mirrorDir, request.hostname, request.namespace, request.type, request.version, terraformPlatform());
}

/** Writes the executable (and the package's other files); returns its path. Replaces an earlier install of the same version. */
export function installProvider(request: InstallRequest): string {
  const dir = providerPackageDir(request);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, `terraform-provider-${request.type}_v${request.version}`);
  if ('files' in request) {
    for (const file of request.files) {
      writeFileSync(join(dir, file.name), file.data);
      chmodSync(join(dir, file.name), file.mode);
    }
    return executable;
  }
  // `exec` matters: terraform stops the process it started, and a shell left in between would
  // keep the provider alive and terraform waiting. Arguments pass through (`--debug`).
  const notes = (request.notes ?? []).map((line) => `# ${line}\n`).join('');
  writeFileSync(executable, `#!/bin/sh\n${notes}exec ${request.command.map(shellQuote).join(' ')} "$@"\n`);
  chmodSync(executable, 0o755);
  return executable;
}

/** Removes the provider, then every folder above it that is left empty, up to and including `mirrorDir`. */
export function uninstallProvider(request: ProviderAddress & { mirrorDir: string }): void {
  const typeDir = join(request.mirrorDir, request.hostname, request.namespace, request.type);
  rmSync(typeDir, { recursive: true, force: true });
  const top = resolve(request.mirrorDir);
  for (let dir = dirname(resolve(typeDir)); dir.startsWith(top); dir = dirname(dir)) {
    if (!removeIfEmpty(dir) || dir === top) break;
  }
}

/** True when `dir` was an empty folder and is gone (or was never there). */
function removeIfEmpty(dir: string): boolean {
  try {
    if (readdirSync(dir).length > 0) return false;
    rmdirSync(dir);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A terraform CLI configuration file at `path` that installs the providers matching `include`
 * (e.g. `registry.terraform.io/truemox/*`) from `mirrorDir` only, and nothing else from there.
 */
export function writeMirrorCliConfig(path: string, mirrorDir: string, include: readonly string[]): void {
  const patterns = JSON.stringify(include);
  writeFileSync(
    path,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirrorDir)}\n    include = ${patterns}\n  }\n  direct {\n    exclude = ${patterns}\n  }\n}\n`,
  );
}
