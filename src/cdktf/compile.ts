// Compiles the generated binding sources to CommonJS JavaScript with declarations, with the
// TypeScript compiler's API (so the output does not depend on a tsconfig lying around).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Compiles `srcDir/index.ts` and everything it imports into `outDir`; throws on any error. */
export function compileBindings(srcDir: string, outDir: string): void {
  const ts = require('typescript') as typeof import('typescript');
  const program = ts.createProgram([join(srcDir, 'index.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    declaration: true,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: false,
    rootDir: srcDir,
    outDir,
    newLine: ts.NewLineKind.LineFeed,
    removeComments: false,
    types: [],
    // The sources may sit in a scratch folder outside this package (the staleness check):
    // resolve the runtime libraries from here.
    baseUrl: srcDir,
    paths: Object.fromEntries(['cdktf', 'constructs'].map((name) => [name, [packageDir(name)]])),
  });
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => srcDir, getNewLine: () => '\n' };
    throw new Error(`the generated bindings do not compile:\n${ts.formatDiagnostics(diagnostics, host)}`);
  }
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}
