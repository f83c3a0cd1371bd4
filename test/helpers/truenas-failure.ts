// The TrueNAS call error a promise rejects with (a test fails when it resolves or fails otherwise).
import assert from 'node:assert/strict';
import { TrueNASCallError } from '../../src/clients/truenas/index.js';

export async function callFailure(promise: Promise<unknown>): Promise<TrueNASCallError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof TrueNASCallError, `expected a call error, got ${String(err)}`);
  return err;
}
