// The server half of go-plugin's AutoMTLS: an ephemeral key and a self-signed certificate
// that terraform trusts because the handshake line announces it.
//
// terraform dials with server name `localhost` and verifies with Go's x509, which ignores
// the CN: the certificate needs SAN DNS:localhost, serverAuth, and a validity that has
// already begun in UTC (NotBefore is back-dated against clock skew). The fields mirror
// go-plugin's own template: CA:TRUE, keyCertSign, both server and client auth.
// EC P-256 via node:crypto's WebCrypto takes about a millisecond; the x509 library is
// imported lazily so that plaintext (debug) starts never pay for it.
import { randomBytes, webcrypto } from 'node:crypto';

export interface TlsIdentity {
  /** PEM of the self-signed certificate. */
  certificatePem: string;
  /** PEM (PKCS#8) of its private key. */
  privateKeyPem: string;
  /** DER of the certificate, as announced in the handshake line. */
  certificateDer: Buffer;
}

const signingAlgorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const clockSkewAllowanceMs = 30_000;
const validityMs = 365 * 24 * 3600 * 1000;

function pem(label: string, der: ArrayBuffer): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A 128-bit positive serial number in hex, as go-plugin uses. */
function randomSerialNumber(): string {
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  return serial.toString('hex');
}

/** Creates a fresh key pair and a self-signed certificate for `localhost`. */
export async function createTlsIdentity(now: Date = new Date()): Promise<TlsIdentity> {
  await import('reflect-metadata'); // @peculiar/x509's dependency injection needs it loaded first.
  // The CommonJS module object is `default` both in Node and in esbuild's split chunks
  // (whose namespace of a dynamically imported CommonJS chunk has nothing else).
  const x509 = (await import('@peculiar/x509')).default;
  const keys = (await webcrypto.subtle.generateKey(signingAlgorithm, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const usage = x509.KeyUsageFlags;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerialNumber(),
      name: 'CN=localhost, O=truemox',
      notBefore: new Date(now.getTime() - clockSkewAllowanceMs),
      notAfter: new Date(now.getTime() + validityMs),
      signingAlgorithm,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(usage.digitalSignature | usage.keyEncipherment | usage.keyCertSign, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
        new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
      ],
    },
    webcrypto,
  );
  const privateKey = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    certificatePem: certificate.toString('pem'),
    privateKeyPem: pem('PRIVATE KEY', privateKey),
    certificateDer: Buffer.from(certificate.rawData),
  };
}
