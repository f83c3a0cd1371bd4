// Where in a value something went wrong, in terraform's attribute-path terms.

/** Steps from the root of a value: attribute or map key names, and list/tuple/set indexes. */
export type ValuePath = readonly (string | number)[];

/** Renders a path the way terraform users read it: `.tags["env"]`, `.disks[0].size`. */
export function formatPath(path: ValuePath): string {
  if (path.length === 0) return '(root)';
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_][\w-]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`)).join('');
}

/**
 * The path of a walk in progress, extended in place as the walk descends, so that no path is
 * built for the (many) values that are fine; an error copies it.
 */
export type PathStack = (string | number)[];

/** Runs `walk` one step deeper. */
export function descend<T>(path: PathStack, step: string | number, walk: () => T): T {
  path.push(step);
  const result = walk();
  path.pop();
  return result;
}

/** An error about one place in a value; the message never contains the value itself (it may be secret). */
export class ValuePathError extends Error {
  readonly path: ValuePath;

  constructor(
    path: ValuePath,
    readonly detail: string,
  ) {
    super(`${formatPath(path)}: ${detail}`);
    this.name = 'ValuePathError';
    this.path = [...path];
  }
}
