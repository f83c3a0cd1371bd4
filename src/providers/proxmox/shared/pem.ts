// A PEM certificate chain and private key as node:crypto reads them: plan-time checks that name
// what is wrong, and the facts of a certificate (fingerprint, validity) Terraform shows.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { leafCertificate } from '../../../clients/common/x509.js';

export { leafCertificate };

/** What is wrong with a PEM chain, or undefined. */
export function chainProblem(chain: string): string | undefined {
  const blocks = chain.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) return 'must hold one or more PEM certificates (-----BEGIN CERTIFICATE-----)';
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      return `certificate ${index + 1} of the chain is not a valid X.509 certificate`;
    }
  }
  return undefined;
}

/** Why `key` is not the private key of `chain`'s first certificate, or undefined. */
export function keyMismatch(chain: string, key: string): string | undefined {
  const cert = leafCertificate(chain);
  if (cert === undefined) return undefined;
  try {
    return cert.checkPrivateKey(createPrivateKey(key)) ? undefined : 'is not the private key of the first certificate in "certificates"';
  } catch {
    return 'is not a PEM private key this provider can read';
  }
}

/** PVE's fingerprint form: SHA-256, upper-case hex pairs joined by ":". */
export function fingerprintOf(chain: string): string | undefined {
  return leafCertificate(chain)?.fingerprint256;
}
