// A call refused for lack of a role: the client's message names the method and the roles that
// would grant it (from the API's roles; method-roles.ts is derive-truenas-method-roles.ts's output).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { committedSubsets, deriveMethodRoles, methodRolesFile, methodRolesText } from '../../../scripts/derive-truenas-method-roles.js';
import { fromJsonRpcError, fromRestError, fromTrueNASError } from '../../../src/clients/truenas/decode-error.js';
import { TrueNASCallError } from '../../../src/clients/truenas/errors.js';
import { Errno } from '../../../src/clients/truenas/errno.js';

const jsonRpcRefusal = { code: -32001, message: 'Method call error', data: { error: 13, errname: 'EACCES', reason: '[EACCES] Not authorized', extra: null } };

describe('TrueNAS client: calls refused for lack of a role', () => {
  it('names the method and the roles that grant it, on every transport', () => {
    const expected =
      "pool.dataset.update: [EACCES] Not authorized: the roles of this credential's user do not grant pool.dataset.update; " +
      "give one of the user's groups a privilege with DATASET_WRITE (or a role that includes it, or FULL_ADMIN)";
    assert.equal(fromJsonRpcError('pool.dataset.update', jsonRpcRefusal).message, expected);
    assert.equal(fromTrueNASError('pool.dataset.update', { error: 13, errname: 'EACCES', type: null, reason: 'Not authorized' }, '').message, expected);
    // The REST transport turns an empty 403 into this error (rest-transport.ts).
    assert.equal(new TrueNASCallError('pool.dataset.update', { errno: Errno.EACCES, errname: 'EACCES', message: 'Not authorized' }).message, expected);
    const refused = fromJsonRpcError('service.control', jsonRpcRefusal);
    assert.equal(refused.serverMessage, 'Not authorized', "the server's own text stays apart");
    assert.match(
      refused.message,
      /grant service\.control; .* with one of SERVICE_WRITE, SHARING_FTP_WRITE, .* \(or a role that includes one, or FULL_ADMIN\)$/,
    );
    assert.match(fromJsonRpcError('system.reboot', jsonRpcRefusal).message, /privilege with FULL_ADMIN \(or a role that grants it\)$/);
  });

  it('leaves other errors as the server words them', () => {
    assert.equal(
      fromRestError('pool.dataset.update', 422, { message: 'Not authorized here', errno: 13 }).message,
      'pool.dataset.update: [EACCES] Not authorized here',
    );
    assert.equal(new TrueNASCallError('x.y', { errno: Errno.EINVAL, errname: 'EINVAL', message: 'Not authorized' }).message, 'x.y: [EINVAL] Not authorized');
  });

  it("method-roles.ts is the derivation script's output of the committed subsets", async () => {
    assert.equal(readFileSync(methodRolesFile, 'utf8'), await methodRolesText(deriveMethodRoles(committedSubsets())), 'regenerate with the script');
  });
});
