// The server half of go-plugin's AutoMTLS: an ephemeral key and a self-signed certificate
// that terraform trusts because the handshake line announces it.
//
// terraform dials with server name `localhost` and verifies with Go's x509, which ignores
// the CN: the certificate needs SAN DNS:localhost, serverAuth, and a validity that has
// already begun in UTC (NotBefore is back-dated against clock skew). The fields mirror
// go-plugin's own template: CA:TRUE, keyCertSign, both server and client auth.
//
// Start-up cost decides the tools: the EC P-256 key comes from node:crypto (about a
// millisecond), the RFC 5280 structure is encoded in DER with asn1js, and node:crypto signs
// it. (Schema-driven libraries, @peculiar/asn1-x509 and more so @peculiar/x509, cost several
// times more to load, on every one of terraform's provider starts.)
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import * as asn1 from 'asn1js';

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

function bytes(buffer: Uint8Array): ArrayBuffer {
  return new Uint8Array(buffer).buffer;
}

/** A 128-bit positive serial number, as go-plugin uses. */
function randomSerialNumber(): asn1.Integer {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return new asn1.Integer({ valueHex: bytes(serial) });
}

/** Context-specific tag [n] wrapping `inner` (EXPLICIT). */
function explicit(tagNumber: number, inner: asn1.AsnType): asn1.Constructed {
  return new asn1.Constructed({ idBlock: { tagClass: 3, tagNumber }, value: [inner] });
}

function algorithm(oid: string): asn1.Sequence {
  return new asn1.Sequence({ value: [new asn1.ObjectIdentifier({ value: oid })] });
}

function distinguishedName(): asn1.Sequence {
  const attribute = (type: string, value: string) =>
    new asn1.Set({ value: [new asn1.Sequence({ value: [new asn1.ObjectIdentifier({ value: type }), new asn1.Utf8String({ value })] })] });
  return new asn1.Sequence({ value: [attribute(OID.organization, 'truemox'), attribute(OID.commonName, 'localhost')] });
}

function extension(oid: string, critical: boolean, value: asn1.AsnType): asn1.Sequence {
  return new asn1.Sequence({
    value: [
      new asn1.ObjectIdentifier({ value: oid }),
      ...(critical ? [new asn1.Boolean({ value: true })] : []),
      new asn1.OctetString({ valueHex: value.toBER() }),
    ],
  });
}

function extensions(): asn1.Sequence {
  // GeneralName dNSName is [2] IMPLICIT IA5String: the tag replaces the string's own.
  const dnsName = new asn1.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 }, valueHex: bytes(Buffer.from('localhost', 'ascii')) });
  return new asn1.Sequence({
    value: [
      extension(OID.basicConstraints, true, new asn1.Sequence({ value: [new asn1.Boolean({ value: true })] })),
      extension(OID.keyUsage, true, new asn1.BitString({ valueHex: bytes(Uint8Array.of(KEY_USAGE.bits)), unusedBits: KEY_USAGE.unusedBits })),
      extension(OID.extKeyUsage, false, new asn1.Sequence({ value: [OID.serverAuth, OID.clientAuth].map((value) => new asn1.ObjectIdentifier({ value })) })),
      extension(OID.subjectAltName, false, new asn1.Sequence({ value: [dnsName] })),
    ],
  });
}

function tbsCertificate(subjectPublicKeyInfoDer: Buffer, now: Date): asn1.Sequence {
  const name = distinguishedName();
  return new asn1.Sequence({
    value: [
      explicit(0, new asn1.Integer({ value: 2 })), // v3
      randomSerialNumber(),
      algorithm(OID.ecdsaWithSha256),
      name, // issuer: self-signed
      new asn1.Sequence({
        value: [
          new asn1.UTCTime({ valueDate: new Date(now.getTime() - clockSkewAllowanceMs) }),
          new asn1.UTCTime({ valueDate: new Date(now.getTime() + validityMs) }),
        ],
      }),
      name, // subject
      asn1.fromBER(bytes(subjectPublicKeyInfoDer)).result,
      explicit(3, extensions()),
    ],
  });
}

/** Creates a fresh key pair and a self-signed certificate for `localhost`. */
export async function createTlsIdentity(now: Date = new Date()): Promise<TlsIdentity> {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tbs = tbsCertificate(publicKey.export({ type: 'spki', format: 'der' }), now);
  // node:crypto signs ECDSA in the DER (r, s) encoding X.509 wants.
  const signature = sign('sha256', Buffer.from(tbs.toBER()), privateKey);
  const certificate = new asn1.Sequence({
    value: [tbs, algorithm(OID.ecdsaWithSha256), new asn1.BitString({ valueHex: bytes(signature), unusedBits: 0 })],
  });
  const certificateDer = Buffer.from(certificate.toBER());
  return {
    certificatePem: pem('CERTIFICATE', certificateDer),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificateDer,
  };
}
