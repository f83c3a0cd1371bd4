// What pve-manager reports of a certificate (PVE::Certificate::get_certificate_info, the
// `pve-certificate-info` shape), computed with node:crypto's X509Certificate.
import { leafCertificate } from '../../clients/common/x509.js';

export type CertificateInfo = Record<string, string | number | string[]>;

/** `CN=a\nO=b` as OpenSSL's one-line form `/CN=a/O=b`, which PVE returns. */
function oneLine(name: string): string {
  return name
    .split('\n')
    .filter((part) => part !== '')
    .map((part) => `/${part}`)
    .join('');
}

/** The first certificate of a PEM chain, parsed; undefined when it is not a certificate. */
export const parseCertificate = leafCertificate;

export function certificateInfo(filename: string, pem: string): CertificateInfo | undefined {
  const cert = parseCertificate(pem);
  if (!cert) return undefined;
  const key = cert.publicKey;
  const san = (cert.subjectAltName ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/^(DNS|IP Address):/, ''))
    .filter((entry) => entry !== '');
  return {
    filename,
    fingerprint: cert.fingerprint256,
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    notbefore: Math.floor(Date.parse(cert.validFrom) / 1000),
    notafter: Math.floor(Date.parse(cert.validTo) / 1000),
    san,
    'public-key-type': key.asymmetricKeyType ?? '',
    'public-key-bits': key.asymmetricKeyDetails?.modulusLength ?? 0,
    pem: pem.trim() + '\n',
  };
}
