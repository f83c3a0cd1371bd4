// Compares committed bindings with freshly generated ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './generate.js';

/** Files (relative paths) that are missing, extra or different in `committed` vs `fresh`. */
export function staleBindings(committed: string, fresh: string): string[] {
  const wanted = listFiles(fresh);
  const have = existsSync(committed) ? listFiles(committed) : [];
  const differing = wanted.filter(
    (file) => !existsSync(join(committed, file)) || !readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))),
  );
  const extra = have.filter((file) => !wanted.includes(file));
  return [...differing, ...extra].sort();
}
