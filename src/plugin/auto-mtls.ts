// The server half of go-plugin's AutoMTLS: an ephemeral key and a self-signed certificate
// that terraform trusts because the handshake line announces it.
//
// terraform dials with server name `localhost` and verifies with Go's x509, which ignores
// the CN: the certificate needs SAN DNS:localhost, serverAuth, and a validity that has
// already begun in UTC (NotBefore is back-dated against clock skew). The fields mirror
// go-plugin's own template: CA:TRUE, keyCertSign, both server and client auth.
//
// Start-up cost decides the tools: the EC P-256 key comes from node:crypto (about a
// millisecond), the certificate structure is encoded with the RFC 5280 ASN.1 schema of
// @peculiar/asn1-x509 and signed with node:crypto. (The higher-level @peculiar/x509 costs
// several times more to load, on every one of terraform's provider starts.)
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import * as x509 from '@peculiar/asn1-x509';

export interface TlsIdentity {
  /** PEM of the self-signed certificate. */
  certificatePem: string;
  /** PEM (PKCS#8) of its private key. */
  privateKeyPem: string;
  /** DER of the certificate, as announced in the handshake line. */
  certificateDer: Buffer;
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';
const clockSkewAllowanceMs = 30_000;
const validityMs = 365 * 24 * 3600 * 1000;

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A 128-bit positive serial number, as go-plugin uses. */
function randomSerialNumber(): ArrayBuffer {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return new Uint8Array(serial).buffer;
}

function distinguishedName(): x509.Name {
  const attribute = (type: string, value: string) =>
    new x509.RelativeDistinguishedName([new x509.AttributeTypeAndValue({ type, value: new x509.AttributeValue({ utf8String: value }) })]);
  return new x509.Name([attribute(ORGANIZATION, 'truemox'), attribute(COMMON_NAME, 'localhost')]);
}

function extension(extnID: string, critical: boolean, value: object): x509.Extension {
  return new x509.Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

function extensions(): x509.Extensions {
  const usage = x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyCertSign;
  return new x509.Extensions([
    extension(x509.id_ce_basicConstraints, true, new x509.BasicConstraints({ cA: true })),
    extension(x509.id_ce_keyUsage, true, new x509.KeyUsage(usage)),
    extension(x509.id_ce_extKeyUsage, false, new x509.ExtendedKeyUsage([x509.id_kp_serverAuth, x509.id_kp_clientAuth])),
    extension(x509.id_ce_subjectAltName, false, new x509.SubjectAlternativeName([new x509.GeneralName({ dNSName: 'localhost' })])),
  ]);
}

function tbsCertificate(publicKey: KeyObject, now: Date): x509.TBSCertificate {
  const name = distinguishedName();
  return new x509.TBSCertificate({
    version: x509.Version.v3,
    serialNumber: randomSerialNumber(),
    signature: new x509.AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 }),
    issuer: name,
    subject: name,
    validity: new x509.Validity({
      notBefore: new Date(now.getTime() - clockSkewAllowanceMs),
      notAfter: new Date(now.getTime() + validityMs),
    }),
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: 'spki', format: 'der' }), x509.SubjectPublicKeyInfo),
    extensions: extensions(),
  });
}

/** Creates a fresh key pair and a self-signed certificate for `localhost`. */
export async function createTlsIdentity(now: Date = new Date()): Promise<TlsIdentity> {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tbs = tbsCertificate(publicKey, now);
  // node:crypto signs ECDSA in the DER (r, s) encoding X.509 wants.
  const signature = sign('sha256', Buffer.from(AsnConvert.serialize(tbs)), privateKey);
  const certificate = new x509.Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: new x509.AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 }),
    signatureValue: new Uint8Array(signature).buffer,
  });
  const certificateDer = Buffer.from(AsnConvert.serialize(certificate));
  return {
    certificatePem: pem('CERTIFICATE', certificateDer),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificateDer,
  };
}
