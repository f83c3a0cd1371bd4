// The server half of go-plugin's AutoMTLS: an ephemeral key and a self-signed certificate
// that terraform trusts because the handshake line announces it.
//
// terraform dials with server name `localhost` and verifies with Go's x509, which ignores
// the CN: the certificate needs SAN DNS:localhost, serverAuth, and a validity that has
// already begun in UTC (NotBefore is back-dated against clock skew). The fields mirror
// go-plugin's own template: CA:TRUE, keyCertSign, both server and client auth.
//
// Start-up cost decides the tools: the EC P-256 key comes from node:crypto (about a
// millisecond), the RFC 5280 structure is written in DER directly (der.ts), and node:crypto
// signs it. (ASN.1 libraries cost more to load and run than the certificate takes to write,
// on every one of terraform's provider starts: asn1js did, and the schema-driven
// @peculiar/asn1-x509 and @peculiar/x509 cost several times more.)
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { der } from './der.js';

export interface TlsIdentity {
  /** PEM of the self-signed certificate. */
  certificatePem: string;
  /** PEM (PKCS#8) of its private key. */
  privateKeyPem: string;
  /** DER of the certificate, as announced in the handshake line. */
  certificateDer: Buffer;
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};
const clockSkewAllowanceMs = 30_000;
const validityMs = 365 * 24 * 3600 * 1000;
/** KeyUsage bits digitalSignature (0), keyEncipherment (2), keyCertSign (5): 1010 0100, two unused. */
const KEY_USAGE = { bits: 0b1010_0100, unusedBits: 2 };

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A 128-bit positive serial number, as go-plugin uses. */
function randomSerialNumber(): Buffer {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return der.integerBytes(serial);
}

function algorithm(oid: string): Buffer {
  return der.sequence(der.objectIdentifier(oid));
}

function distinguishedName(): Buffer {
  const attribute = (type: string, value: string) => der.set(der.sequence(der.objectIdentifier(type), der.utf8String(value)));
  return der.sequence(attribute(OID.organization, 'truemox'), attribute(OID.commonName, 'localhost'));
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return der.sequence(der.objectIdentifier(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

function extensions(): Buffer {
  // GeneralName dNSName is [2] IMPLICIT IA5String: the tag replaces the string's own.
  const dnsName = der.implicit(2, Buffer.from('localhost', 'ascii'));
  return der.sequence(
    extension(OID.basicConstraints, true, der.sequence(der.boolean(true))),
    extension(OID.keyUsage, true, der.bitString(Uint8Array.of(KEY_USAGE.bits), KEY_USAGE.unusedBits)),
    extension(OID.extKeyUsage, false, der.sequence(...[OID.serverAuth, OID.clientAuth].map((oid) => der.objectIdentifier(oid)))),
    extension(OID.subjectAltName, false, der.sequence(dnsName)),
  );
}

function tbsCertificate(subjectPublicKeyInfoDer: Buffer, now: Date): Buffer {
  const name = distinguishedName();
  return der.sequence(
    der.explicit(0, der.smallInteger(2)), // v3
    randomSerialNumber(),
    algorithm(OID.ecdsaWithSha256),
    name, // issuer: self-signed
    der.sequence(der.utcTime(new Date(now.getTime() - clockSkewAllowanceMs)), der.utcTime(new Date(now.getTime() + validityMs))),
    name, // subject
    subjectPublicKeyInfoDer, // already DER (SubjectPublicKeyInfo)
    der.explicit(3, extensions()),
  );
}

/** Creates a fresh key pair and a self-signed certificate for `localhost`. */
export async function createTlsIdentity(now: Date = new Date()): Promise<TlsIdentity> {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tbs = tbsCertificate(publicKey.export({ type: 'spki', format: 'der' }), now);
  // node:crypto signs ECDSA in the DER (r, s) encoding X.509 wants.
  const signature = sign('sha256', tbs, privateKey);
  const certificateDer = der.sequence(tbs, algorithm(OID.ecdsaWithSha256), der.bitString(signature));
  return {
    certificatePem: pem('CERTIFICATE', certificateDer),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificateDer,
  };
}
