import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { describe, it } from 'node:test';
import { createTlsIdentity } from '../../src/plugin/auto-mtls.js';
import { presentsCertificate } from '../../src/plugin/plugin-listener.js';

/** A connection whose peer presented `certificate` (or none). */
function connectionPresenting(certificate: X509Certificate | undefined): TLSSocket {
  return { getPeerX509Certificate: () => certificate } as unknown as TLSSocket;
}

describe('the client certificate pin', () => {
  it('accepts exactly the announced certificate while it is valid', async () => {
    const [terraform, impostor] = await Promise.all([createTlsIdentity(), createTlsIdentity()]);
    const announced = new X509Certificate(terraform.certificatePem);
    assert.equal(presentsCertificate(connectionPresenting(new X509Certificate(terraform.certificatePem)), announced), true);
    assert.equal(presentsCertificate(connectionPresenting(new X509Certificate(impostor.certificatePem)), announced), false);
    assert.equal(presentsCertificate(connectionPresenting(undefined), announced), false);
  });

  it('refuses the announced certificate outside its validity', async () => {
    const terraform = await createTlsIdentity();
    const announced = new X509Certificate(terraform.certificatePem);
    const peer = connectionPresenting(announced);
    assert.equal(presentsCertificate(peer, announced, Date.parse(announced.validTo) + 1000), false);
    assert.equal(presentsCertificate(peer, announced, Date.parse(announced.validFrom) - 1000), false);
  });
});
