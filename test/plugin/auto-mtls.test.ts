// The AutoMTLS certificate as terraform's Go x509 checks it: self-signed by its key, for
// localhost, a CA for server and client auth, valid from just before now.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { createTlsIdentity } from '../../src/plugin/auto-mtls.js';
import { der } from '../../src/plugin/der.js';

describe('AutoMTLS identity', () => {
  it('is a self-signed localhost CA certificate for its own key', async () => {
    const now = new Date('2026-12-03T07:00:00Z');
    const identity = await createTlsIdentity(now);
    const certificate = new X509Certificate(identity.certificatePem);
    assert.deepEqual(certificate.raw, identity.certificateDer);
    assert.equal(certificate.subject, 'O=truemox\nCN=localhost');
    assert.equal(certificate.issuer, certificate.subject);
    assert.equal(certificate.subjectAltName, 'DNS:localhost');
    assert.equal(certificate.ca, true);
    assert.deepEqual(certificate.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    assert.equal(new Date(certificate.validFrom).toISOString(), '2026-12-03T06:59:30.000Z');
    assert.equal(new Date(certificate.validTo).toISOString(), '2027-12-03T07:00:00.000Z');
    assert.equal(certificate.verify(certificate.publicKey), true);
    assert.equal(certificate.checkPrivateKey(createPrivateKey(identity.privateKeyPem)), true);
    assert.match(certificate.serialNumber, /^[0-7][0-9A-F]{31}$/);
  });
});

describe('DER', () => {
  it('encodes lengths in short and long form, and object identifiers in base 128', () => {
    assert.deepEqual(der.octetString(Buffer.alloc(3)), Buffer.from('0403000000', 'hex'));
    assert.deepEqual(der.octetString(Buffer.alloc(200)).subarray(0, 3), Buffer.from('0481c8', 'hex'));
    assert.deepEqual(der.octetString(Buffer.alloc(300)).subarray(0, 4), Buffer.from('0482012c', 'hex'));
    assert.deepEqual(der.objectIdentifier('1.2.840.10045.4.3.2'), Buffer.from('06082a8648ce3d040302', 'hex'));
    assert.deepEqual(der.utcTime(new Date('2027-01-02T03:04:05Z')), Buffer.concat([Buffer.from('170d', 'hex'), Buffer.from('270102030405Z')]));
  });
});
