import type { Plugin } from 'esbuild';

/** The late script of `provider` that holds the packages of `group`, beside its start-up script. */
export function lateChunkName(provider: string, group: string): string;

/** The esbuild plugin for the start-up script of `provider`: records in `moved` (package name to resolved file) what it sends to the late scripts. */
export function lateImportsPlugin(provider: string, moved: Map<string, string>): Plugin;

/** The entry of each late script, by group: each of its packages, evaluated on its first read. */
export function lateChunkEntries(moved: ReadonlyMap<string, string>): Map<string, string>;
