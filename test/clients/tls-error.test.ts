// Certificate failures said in words with the fix, for each kind Node reports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeCertificateFailure } from '../../src/clients/common/tls-error.js';

function tlsError(code: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`tls failure ${code}`), { code, ...extra });
}

const advice = { server: 'TrueNAS', caSetting: 'ca_file (or TRUENAS_CA_FILE)', caConfigured: false };

describe('describeCertificateFailure', () => {
  it('self-signed: names ca_file and insecure', () => {
    assert.equal(
      describeCertificateFailure(tlsError('DEPTH_ZERO_SELF_SIGNED_CERT'), advice),
      "the TrueNAS server's certificate is self-signed: set ca_file (or TRUENAS_CA_FILE) to a PEM file holding it, or insecure = true to skip verification (not for production)",
    );
    assert.match(
      describeCertificateFailure(tlsError('DEPTH_ZERO_SELF_SIGNED_CERT'), { ...advice, caConfigured: true }) ?? '',
      /self-signed, and not the one in ca_file/,
    );
  });

  it('unknown CA, found in the cause chain (fetch wraps the socket error)', () => {
    const wrapped = new TypeError('fetch failed', { cause: tlsError('UNABLE_TO_VERIFY_LEAF_SIGNATURE') });
    assert.match(describeCertificateFailure(wrapped, advice) ?? '', /signed by an unknown CA: set ca_file \(or TRUENAS_CA_FILE\) to a PEM file of that CA/);
    assert.match(
      describeCertificateFailure(tlsError('SELF_SIGNED_CERT_IN_CHAIN'), { ...advice, caConfigured: true }) ?? '',
      /signed by a CA that ca_file \(or TRUENAS_CA_FILE\) does not hold/,
    );
  });

  it('host name mismatch names the host problem and endpoint', () => {
    const err = tlsError('ERR_TLS_CERT_ALTNAME_INVALID', { reason: "Host: nas.lan. is not in the cert's altnames: DNS:other.lan" });
    assert.match(
      describeCertificateFailure(err, advice) ?? '',
      /does not name the host in endpoint \(Host: nas\.lan\. is not in the cert's altnames: DNS:other\.lan\)/,
    );
  });

  it('expired and not yet valid', () => {
    assert.match(describeCertificateFailure(tlsError('CERT_HAS_EXPIRED'), advice) ?? '', /has expired: renew it on the server/);
    assert.match(
      describeCertificateFailure(tlsError('CERT_HAS_EXPIRED', { cert: { valid_to: 'Jan  1 00:00:00 2024 GMT' } }), advice) ?? '',
      /has expired on Jan {2}1 00:00:00 2024 GMT/,
    );
    assert.match(describeCertificateFailure(tlsError('CERT_NOT_YET_VALID'), advice) ?? '', /not valid yet: check the clocks/);
  });

  it('other failures are not certificate failures', () => {
    assert.equal(describeCertificateFailure(tlsError('ECONNREFUSED'), advice), undefined);
    assert.equal(describeCertificateFailure('text', advice), undefined);
  });
});
