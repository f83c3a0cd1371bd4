// Compiles the TypeScript that `make test` runs (src, test, scripts, bench, examples) to plain JavaScript in
// .tmp/test-js, a mirror of the checkout whose other entries are links to the real ones. The
// 250-odd test files each run in a process of their own: under `--import tsx` each spent about a
// CPU second more loading its modules through tsx's loader hooks than plain JavaScript takes,
// and `make test` is bound by the CPU of a 2-core machine. The transform is the one tsx applies
// (esbuild, file by file, types stripped, nothing checked: `make typecheck` checks the types).
// Each file stays where it was, so relative imports, `import.meta.url` paths and the data files
// beside the sources resolve in the mirror as in the checkout.
import { buildSync } from 'esbuild';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const mirror = join(root, '.tmp', 'test-js');
const COMPILED = ['src', 'test', 'scripts', 'bench', 'examples'];
/** The mirror's own parent and git's folder stay out; node_modules is linked, never copied. */
const LEFT_OUT = new Set(['.tmp', '.git', 'node_modules']);

/** `target` as a hard link to `source`, or a copy where the filesystem takes no hard links. */
function linkOrCopy(source, target) {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/**
 * `from` again at `to`, each file a hard link (instant, no space): a test that copies a folder
 * of the mirror (dist, bin) gets files, not a link back into the checkout through which its
 * changes to the copy would reach the checkout's own files.
 */
function linkTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkOrCopy(source, target);
  }
}

/** The TypeScript sources below `dir` (declaration files carry no code). */
function typescriptFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...typescriptFiles(path));
    else if (/\.[cm]?ts$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) found.push(path);
  }
  return found;
}

rmSync(mirror, { recursive: true, force: true });
mkdirSync(mirror, { recursive: true });
symlinkSync(relative(mirror, join(root, 'node_modules')), join(mirror, 'node_modules'));
// Every file comes along as it is: the built dist and cdktf bindings, the data beside the sources
// (schemas, fixtures, .mjs helpers), and the TypeScript too (drift tests read generated sources,
// some tests run one with tsx).
for (const entry of readdirSync(root, { withFileTypes: true })) {
  if (LEFT_OUT.has(entry.name)) continue;
  if (entry.isDirectory()) linkTree(join(root, entry.name), join(mirror, entry.name));
  else if (!entry.isSymbolicLink()) linkOrCopy(join(root, entry.name), join(mirror, entry.name));
}

buildSync({
  entryPoints: COMPILED.flatMap((dir) => typescriptFiles(join(root, dir))),
  outdir: mirror,
  outbase: root,
  format: 'esm',
  platform: 'node',
  // For the Node.js that runs the tests (JSON imports keep their `with { type: 'json' }`).
  target: `node${process.versions.node}`,
  logLevel: 'warning',
});
