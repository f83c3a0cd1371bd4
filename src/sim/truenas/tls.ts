// A self-signed certificate for the simulator's TLS mode, made fresh at each start
// (ECDSA P-256, valid for 127.0.0.1 and localhost).
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface TlsMaterial {
  readonly certPem: string;
  readonly keyPem: string;
}

export interface CertificateOptions {
  /** DNS names for the subject alternative names instead of 127.0.0.1 and localhost (an ACME order's domains). */
  readonly dnsNames?: readonly string[];
  /** Validity in days (default 7). */
  readonly validDays?: number;
}

/** `commonName` tells the simulators' certificates apart: one CA file may hold both (the lab's --cert-out). */
export async function generateCertificate(commonName = 'truemox TrueNAS simulator', options: CertificateOptions = {}): Promise<TlsMaterial> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Date.now().toString(16),
    name: `CN=${commonName}`,
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + (options.validDays ?? 7) * 24 * 3600_000),
    keys: keys as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'],
    signingAlgorithm: algorithm,
    extensions: [
      new x509.SubjectAlternativeNameExtension(
        options.dnsNames?.map((value) => ({ type: 'dns' as const, value })) ?? [
          { type: 'ip', value: '127.0.0.1' },
          { type: 'dns', value: 'localhost' },
        ],
      ),
      new x509.BasicConstraintsExtension(true, undefined, true),
    ],
  });
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(pkcs8)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { certPem: cert.toString('pem'), keyPem };
}
