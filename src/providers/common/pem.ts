// A PEM certificate chain and private key as node:crypto reads them (both providers' certificate resources): plan-time checks that name
// what is wrong, and the facts of a certificate (fingerprint, validity) Terraform shows.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { leafCertificate } from '../../clients/common/x509.js';

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

/** Why `key` is not the private key of `chain`'s first certificate, or undefined; `where` names the chain's attribute. */
export function keyMismatch(chain: string, key: string, where = 'certificates', passphrase?: string): string | undefined {
  const cert = leafCertificate(chain);
  if (cert === undefined) return undefined;
  const privateKey = readPrivateKey(key, passphrase);
  if (privateKey === undefined) return keyProblem(key, passphrase);
  return cert.checkPrivateKey(privateKey) ? undefined : `is not the private key of the first certificate in "${where}"`;
}

function readPrivateKey(key: string, passphrase?: string): KeyObject | undefined {
  try {
    return createPrivateKey(passphrase ? { key, passphrase } : key);
  } catch {
    return undefined;
  }
}

/** What is wrong with a PEM private key (encrypted ones need their passphrase), or undefined. */
export function keyProblem(key: string, passphrase?: string): string | undefined {
  if (readPrivateKey(key, passphrase) !== undefined) return undefined;
  if (/ENCRYPTED/.test(key) && !passphrase) return 'is an encrypted private key: give its passphrase';
  return passphrase ? 'is not a PEM private key this passphrase opens' : 'is not a PEM private key this provider can read';
}

/** PVE's fingerprint form: SHA-256, upper-case hex pairs joined by ":". */
export function fingerprintOf(chain: string): string | undefined {
  return leafCertificate(chain)?.fingerprint256;
}
