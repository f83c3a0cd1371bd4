// A provider bundle that runs as one compiled script (dist/provider.cjs through the launcher's
// vm.Script, the release's single executable) has no module loader behind import(): Node 20
// answers any dynamic import there with "A dynamic import callback was not specified". esbuild
// inlines dynamic imports of bundled modules, but leaves those of external ones (node:
// builtins) as import() calls; this finds them in a build's metafile, so such a bundle fails to
// build instead of failing at run time on the one path that reaches the call.

/** Throws when an output of `metafile` keeps a dynamic import() of an external module. */
export function assertNoExternalDynamicImports(metafile, what) {
  const found = [];
  for (const [output, info] of Object.entries(metafile.outputs)) {
    for (const imported of info.imports) {
      if (imported.kind === 'dynamic-import' && imported.external) found.push(`${output}: import("${imported.path}")`);
    }
  }
  if (found.length > 0) {
    throw new Error(`${what} must not import() external modules (a compiled script cannot load them); import them statically:\n  ${found.join('\n  ')}`);
  }
}
