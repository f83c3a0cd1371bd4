// A certificate the client refused, said in words with the fix: Node reports these as bare
// OpenSSL codes (DEPTH_ZERO_SELF_SIGNED_CERT), which tell a user neither what is wrong nor
// which setting helps. Codes: node/src/crypto/crypto_common.cc (X509 verify errors) and
// ERR_TLS_CERT_ALTNAME_INVALID from lib/tls.js checkServerIdentity.
import { ApiError } from './api-error.js';

export interface TlsAdvice {
  /** The server's kind, for the message: "TrueNAS", "Proxmox VE". */
  readonly server: string;
  /** How the user names the CA file, e.g. `ca_file (or TRUENAS_CA_FILE)`. */
  readonly caSetting: string;
  /** True when a CA bundle was given (and still did not verify the certificate). */
  readonly caConfigured: boolean;
}

/** The certificate failed verification; trying again cannot help. */
export class TlsVerificationError extends ApiError {
  readonly retryable = false;
}

const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT']);
const UNKNOWN_CA = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

interface CertificateFailure {
  readonly code: string;
  readonly reason?: string;
  readonly cert?: { valid_to?: string };
}

/** The first error in `err`'s cause chain with a certificate verification code. */
function certificateFailure(err: unknown): CertificateFailure | undefined {
  for (let current = err, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && (SELF_SIGNED.has(code) || UNKNOWN_CA.has(code) || /^CERT_|^ERR_TLS_CERT_ALTNAME_INVALID$/.test(code))) {
      return current as Error & CertificateFailure;
    }
  }
  return undefined;
}

/** What is wrong with the server's certificate and what to set, or undefined when `err` is no certificate failure. */
export function describeCertificateFailure(err: unknown, advice: TlsAdvice): string | undefined {
  const failure = certificateFailure(err);
  if (!failure) return undefined;
  const subject = `the ${advice.server} server's certificate`;
  const orInsecure = 'or insecure = true to skip verification (not for production)';
  if (SELF_SIGNED.has(failure.code)) {
    return advice.caConfigured
      ? `${subject} is self-signed, and not the one in ${advice.caSetting}: put that certificate (PEM) in the file, ${orInsecure}`
      : `${subject} is self-signed: set ${advice.caSetting} to a PEM file holding it, ${orInsecure}`;
  }
  if (UNKNOWN_CA.has(failure.code)) {
    return advice.caConfigured
      ? `${subject} is signed by a CA that ${advice.caSetting} does not hold: put that CA's certificate (PEM) in the file, ${orInsecure}`
      : `${subject} is signed by an unknown CA: set ${advice.caSetting} to a PEM file of that CA, ${orInsecure}`;
  }
  if (failure.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `${subject} does not name the host in endpoint (${failure.reason ?? 'host name mismatch'}): use a host name or address the certificate is issued for, ${orInsecure}`;
  }
  if (failure.code === 'CERT_HAS_EXPIRED') {
    const when = failure.cert?.valid_to ? ` on ${failure.cert.valid_to}` : '';
    return `${subject} has expired${when}: renew it on the server (check the clocks of both machines too), ${orInsecure}`;
  }
  if (failure.code === 'CERT_NOT_YET_VALID') {
    return `${subject} is not valid yet: check the clocks of this machine and the server, ${orInsecure}`;
  }
  return `${subject} failed verification (${failure.code}): set ${advice.caSetting} to the CA that signed it, ${orInsecure}`;
}
