import type { Plugin } from 'esbuild';

/** The late script of `provider`, beside its start-up script. */
export function lateChunkName(provider: string): string;

/** The esbuild plugin for the start-up script of `provider`: records in `moved` (package name to resolved file) what it sends to the late script. */
export function lateImportsPlugin(provider: string, moved: Map<string, string>): Plugin;

/** The entry of the late script: each moved package, evaluated on its first read. */
export function lateChunkEntry(moved: ReadonlyMap<string, string>): string;
