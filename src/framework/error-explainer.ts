// A provider's one place to turn API errors into errors about the attribute they concern, with
// the fix in words ("pool 'tank2' does not exist", "already exists: import it with …"). The
// framework asks it about every failed create, update and delete; resources need no copies.
import type { AttributeError } from './diagnostics.js';
import type { ObjectView } from './object-view.js';
import type { Operation } from './timeouts.js';

export interface FailedOperation {
  /** `truenas_dataset`. */
  readonly resourceType: string;
  readonly operation: Operation;
  /** The planned values (create, update) or the state (delete). */
  readonly values: ObjectView;
}

/** An AttributeError saying what went wrong and how to fix it, or undefined to report the error as it is. */
export type ErrorExplainer = (error: unknown, failed: FailedOperation) => AttributeError | undefined;

/** How to adopt an object that exists already: the CLI command and the import block, for the error's detail. */
export function importAdvice(resourceType: string, id: string): string {
  const word = /^[\w@%+=:,./-]+$/.test(id) ? id : `'${id.replace(/'/g, `'\\''`)}'`;
  return [
    `If it is the object this resource describes, import it into the state (NAME: this resource's name in your configuration):`,
    `  terraform import ${resourceType}.NAME ${word}`,
    `or add an import block and apply again:`,
    `  import {`,
    `    to = ${resourceType}.NAME`,
    `    id = ${JSON.stringify(id)}`,
    `  }`,
  ].join('\n');
}
