// Compares committed bindings (their sources and package.json; lib and lib-cdktn are built,
// not committed) with freshly generated ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMITTED_PARTS, listFiles } from './generate.js';

function committedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir).filter((file) => COMMITTED_PARTS.some((part) => file === part || file.startsWith(`${part}/`)));
}

/** Committed files (relative paths) that are missing, extra or different in `committed` vs `fresh`. */
export function staleBindings(committed: string, fresh: string): string[] {
  const wanted = committedFiles(fresh);
  const have = committedFiles(committed);
  const differing = wanted.filter(
    (file) => !existsSync(join(committed, file)) || !readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))),
  );
  const extra = have.filter((file) => !wanted.includes(file));
  return [...differing, ...extra].sort();
}
