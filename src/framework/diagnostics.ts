// Diagnostics: how a provider tells terraform about errors and warnings, pointing at the
// attribute they concern so terraform can underline it in the configuration.

export type PathStep = { readonly attribute: string } | { readonly key: string } | { readonly index: number };
export type AttributePath = readonly PathStep[];

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail: string;
  readonly path?: AttributePath;
}

/** `disk[0].size`, `tags["env"]`: how a path reads in messages. */
export function pathToString(path: AttributePath): string {
  return path
    .map((step, i) => {
      if ('attribute' in step) return i === 0 ? step.attribute : `.${step.attribute}`;
      if ('key' in step) return `[${JSON.stringify(step.key)}]`;
      return `[${step.index}]`;
    })
    .join('');
}

export function attributePath(...names: (string | number)[]): AttributePath {
  return names.map((n) => (typeof n === 'number' ? { index: n } : { attribute: n }));
}

/**
 * Thrown by provider code to report a problem with one attribute; the framework turns it into
 * an error diagnostic pointing at that attribute.
 */
export class AttributeError extends Error {
  readonly path: AttributePath;
  constructor(
    path: AttributePath | string,
    readonly summary: string,
    readonly detail: string = summary,
  ) {
    super(`${typeof path === 'string' ? path : pathToString(path)}: ${detail}`);
    this.path = typeof path === 'string' ? attributePath(...path.split('.')) : path;
  }
}

/** Thrown by provider code for a problem that concerns no single attribute. */
export class ProviderError extends Error {
  constructor(
    readonly summary: string,
    readonly detail: string = summary,
  ) {
    super(`${summary}: ${detail}`);
  }
}

export function errorDiagnostic(summary: string, detail: string, path?: AttributePath): Diagnostic {
  return { severity: 'error', summary, detail, path };
}

export function warningDiagnostic(summary: string, detail: string, path?: AttributePath): Diagnostic {
  return { severity: 'warning', summary, detail, path };
}

/** Turns anything thrown by provider code into a diagnostic, with a summary for context. */
export function diagnosticFromError(error: unknown, context: string): Diagnostic {
  if (error instanceof AttributeError) return errorDiagnostic(error.summary, error.detail, error.path);
  if (error instanceof ProviderError) return errorDiagnostic(error.summary, error.detail);
  const message = error instanceof Error ? error.message : String(error);
  return errorDiagnostic(context, message);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
