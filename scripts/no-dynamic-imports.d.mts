import type { Metafile } from 'esbuild';

/** Throws when an output of `metafile` keeps a dynamic import() of an external module. */
export function assertNoExternalDynamicImports(metafile: Metafile, what: string): void;
