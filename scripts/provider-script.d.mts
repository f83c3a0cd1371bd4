import type { BuildOptions } from 'esbuild';

/** Writes `provider-NAME.cjs` (the bundle of `entryPoint`, exporting `runProvider`) and `provider-NAME-late.cjs` into `outdir`. */
export function buildProviderScripts(provider: string, entryPoint: string, outdir: string, common: BuildOptions): Promise<void>;
