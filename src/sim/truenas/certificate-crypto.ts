// The simulator's certificate work, done for real with @peculiar/x509 and node:crypto: CSRs and
// their keys (truenas_crypto_utils.csr.generate_certificate_signing_request), a test ACME CA that
// signs an order's CSR, and the facts `certificate.query` reports of a certificate, CSR or key
// (plugins/crypto_/query_utils.py normalize_cert_attrs, truenas_crypto_utils.read).
import 'reflect-metadata';
import { createHash, createPrivateKey, webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type Keys = webcrypto.CryptoKeyPair;
type GeneratorKeys = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];

/** id-ce-subjectAltName (RFC 5280). */
const SUBJECT_ALT_NAME = '2.5.29.17';

const CURVES: Record<string, string> = { SECP256R1: 'P-256', SECP384R1: 'P-384', SECP521R1: 'P-521' };
const HASHES: Record<string, string> = { SHA224: 'SHA-256', SHA256: 'SHA-256', SHA384: 'SHA-384', SHA512: 'SHA-512' };

const pemBlock = (label: string, der: ArrayBuffer): string =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END ${label}-----\n`;

/** The algorithm of a new key: RSA of `keyLength` bits, or an EC curve (ed25519 included). */
function keyAlgorithm(keyType: string, keyLength: number | null, ecCurve: string, digest: string) {
  const hash = HASHES[digest] ?? 'SHA-256';
  if (keyType === 'EC') {
    if (ecCurve === 'ed25519') return { name: 'Ed25519' };
    return { name: 'ECDSA', namedCurve: CURVES[ecCurve] ?? 'P-384', hash };
  }
  return { name: 'RSASSA-PKCS1-v1_5', modulusLength: keyLength ?? 2048, publicExponent: new Uint8Array([1, 0, 1]), hash };
}

export interface CsrRequest {
  keyType: string;
  keyLength: number | null;
  ecCurve: string;
  digest: string;
  /** Subject attributes in order, e.g. [['C', 'US'], ['CN', 'nas.example.com']]. */
  subject: [string, string][];
  /** SAN entries as the middleware normalises them: `DNS:name` or `IP:address`. */
  san: string[];
}

const sanEntries = (san: readonly string[]) =>
  san.map((entry) => {
    const [kind, value] =
      entry.includes(':') && /^(DNS|IP):/.test(entry) ? [entry.slice(0, entry.indexOf(':')), entry.slice(entry.indexOf(':') + 1)] : ['DNS', entry];
    return { type: kind === 'IP' ? ('ip' as const) : ('dns' as const), value: value! };
  });

const escapeRdn = (value: string) => value.replace(/([,+"\\<>;=])/g, '\\$1');

/** A new key and a CSR signed with it (PEM). */
export async function generateCsr(request: CsrRequest): Promise<{ csr: string; privateKey: string }> {
  const algorithm = keyAlgorithm(request.keyType, request.keyLength, request.ecCurve, request.digest);
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as Keys;
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    // The x509 library knows the e-mail attribute (pkcs-9 1.2.840.113549.1.9.1) as "E", not OpenSSL's "emailAddress".
    name: request.subject.map(([key, value]) => `${key === 'emailAddress' ? 'E' : key}=${escapeRdn(value)}`).join(', '),
    keys: keys as unknown as GeneratorKeys,
    signingAlgorithm: algorithm,
    extensions: request.san.length > 0 ? [new x509.SubjectAlternativeNameExtension(sanEntries(request.san))] : [],
  });
  return { csr: csr.toString('pem'), privateKey: pemBlock('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)) };
}

/** The simulator's stand-in for an ACME server's issuing CA. */
export interface TestCa {
  readonly certificate: x509.X509Certificate;
  readonly keys: Keys;
}

const CA_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

export async function createTestCa(): Promise<TestCa> {
  const keys = (await webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify'])) as Keys;
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=truemox simulated ACME CA, O=truemox',
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 3650 * 86400_000),
    keys: keys as unknown as GeneratorKeys,
    signingAlgorithm: CA_ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  return { certificate, keys };
}

/** The full chain (leaf, then the CA) an ACME order returns for `csrPem`, valid 90 days as Let's Encrypt's. */
export async function signCsr(ca: TestCa, csrPem: string, now: number): Promise<string> {
  const csr = new x509.Pkcs10CertificateRequest(csrPem);
  const san = csrSan(csr);
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: createHash('sha256').update(csrPem).update(String(now)).digest('hex').slice(0, 16),
    subject: csr.subjectName,
    issuer: ca.certificate.subjectName,
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + 90 * 86400_000),
    publicKey: csr.publicKey,
    signingKey: ca.keys.privateKey as unknown as x509.X509CertificateCreateWithKeyParams['signingKey'],
    signingAlgorithm: CA_ALGORITHM,
    extensions: san ? [san] : [],
  });
  return `${leaf.toString('pem')}\n${ca.certificate.toString('pem')}\n`;
}

/** A CSR's subject alternative names (in its extension request attribute). */
function csrSan(csr: x509.Pkcs10CertificateRequest): x509.SubjectAlternativeNameExtension | undefined {
  const found = csr.extensions.find((extension) => extension.type === SUBJECT_ALT_NAME);
  return found === undefined ? undefined : new x509.SubjectAlternativeNameExtension(found.rawData);
}

/** The CSR's subject and SAN entries, or undefined when `pem` is no CSR (load_certificate_request). */
export function readCsr(pem: string): { subject: [string, string][]; san: string[] } | undefined {
  try {
    const csr = new x509.Pkcs10CertificateRequest(pem.trim());
    const san = csrSan(csr);
    return {
      // Named as OpenSSL's get_components() names them (the middleware's DN): emailAddress, not E.
      subject: subjectPairs(csr.subjectName.toString()).map(([key, value]): [string, string] => [key === 'E' ? 'emailAddress' : key, value]),
      san: (san?.names.items ?? []).map((name: x509.GeneralName) => `${name.type === 'ip' ? 'IP' : 'DNS'}:${name.value}`),
    };
  } catch {
    return undefined;
  }
}

/** `C=US, O=x, CN=y` → [['C','US'], ...] (values with escaped commas kept whole). */
function subjectPairs(text: string): [string, string][] {
  return text
    .split(/(?<!\\),\s*/)
    .map((part) => part.split('='))
    .filter((pair) => pair.length >= 2)
    .map(([key, ...rest]) => [key!.trim(), rest.join('=').replace(/\\(.)/g, '$1')]);
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM chain, or undefined when one does not parse (RE_CERTIFICATE + load_certificate). */
export function readChain(pem: string): X509Certificate[] | undefined {
  const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
  if (blocks.length === 0) return undefined;
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    return undefined;
  }
}

/** What the private key is, or undefined when it cannot be read (with `passphrase` when encrypted). */
export function readKey(pem: string, passphrase?: string | null): { key_type: string; key_length: number; pem: string } | undefined {
  try {
    const key = createPrivateKey(passphrase ? { key: pem, passphrase } : pem);
    const type = key.asymmetricKeyType;
    const bits = type === 'rsa' ? (key.asymmetricKeyDetails?.modulusLength ?? 0) : type === 'ed25519' ? 32 : ecBits(key.asymmetricKeyDetails?.namedCurve);
    // The key is stored unencrypted (export_private_key with the passphrase).
    return {
      key_type: type === 'rsa' ? 'RSA' : type === 'ec' || type === 'ed25519' ? 'EC' : 'OTHER',
      key_length: bits,
      pem: String(key.export({ type: 'pkcs8', format: 'pem' })),
    };
  } catch {
    return undefined;
  }
}

const ecBits = (curve: string | undefined) => ({ prime256v1: 256, secp384r1: 384, secp521r1: 521 })[curve ?? ''] ?? 0;

/** `Tue Dec  2 15:41:50 2026`: how the middleware prints validity dates (cert_checks parses it back). */
export function ctime(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]} ${months[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${date.getUTCFullYear()}`;
}

/** node:crypto's "C=US\nCN=x" as the middleware's DN, "/C=US/CN=x". */
export const distinguishedName = (lines: string) => `/${lines.split('\n').filter(Boolean).join('/')}`;

/** node:crypto's "DNS:a, IP Address:1.2.3.4" as the middleware's SAN list. */
export const sanList = (text: string | undefined) =>
  (text ?? '')
    .split(/,\s*/)
    .filter(Boolean)
    .map((entry) => entry.replace(/^IP Address:/, 'IP:'));
