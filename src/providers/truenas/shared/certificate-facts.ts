// What Terraform shows of a TrueNAS certificate or CSR, read from its PEM (node:crypto) rather
// than from the query's fields, which differ between releases (25.10 dropped `issuer`): subject,
// issuer, validity (RFC 3339) and the SHA-256 fingerprint. Never the private key.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { ty } from '../../../framework/type-spec.js';
import { leafCertificate } from '../../../clients/common/x509.js';
import type { Certificate } from '../../../clients/truenas/index.js';

const keep = planModifiers.useStateForUnknown();

/** `CN=a\nO=b` (node:crypto) as the middleware's DN, `/CN=a/O=b`. */
const dn = (lines: string) => `/${lines.split('\n').filter(Boolean).join('/')}`;

export const certificateFactAttributes = {
  kind: attr.string({
    computed: true,
    description: 'What the object is: "certificate" (imported), "csr" (a signing request, made by TrueNAS or imported) or "acme" (issued by an ACME server).',
    planModifiers: [keep],
  }),
  subject: attr.string({
    computed: true,
    description: 'Subject as TrueNAS writes a DN, e.g. "/C=US/CN=nas.example.com" (of the CSR for a signing request).',
    planModifiers: [keep],
  }),
  issuer: attr.string({ computed: true, description: 'Issuer DN; null for a CSR.', planModifiers: [keep] }),
  not_before: attr.string({ computed: true, description: 'Start of validity (RFC 3339); null for a CSR.', planModifiers: [keep] }),
  not_after: attr.string({ computed: true, description: 'Expiry (RFC 3339); null for a CSR.', planModifiers: [keep] }),
  fingerprint: attr.string({
    computed: true,
    description: 'SHA-256 fingerprint of the certificate (hex pairs joined by ":"); null for a CSR.',
    planModifiers: [keep],
  }),
  subject_alternative_names: attr.list(ty.string, {
    computed: true,
    description: 'Subject alternative names as TrueNAS lists them ("DNS:nas.example.com", "IP:192.0.2.1").',
    planModifiers: [keep],
  }),
};

export interface CertificateFacts {
  kind: string;
  subject: string | null;
  issuer: string | null;
  not_before: string | null;
  not_after: string | null;
  fingerprint: string | null;
  subject_alternative_names: string[];
}

export function certificateKind(row: Certificate): 'certificate' | 'csr' | 'acme' {
  return row.cert_type_CSR ? 'csr' : row.acme !== null ? 'acme' : 'certificate';
}

export function certificateFacts(row: Certificate): CertificateFacts {
  const leaf = row.certificate && !row.cert_type_CSR ? leafCertificate(row.certificate) : undefined;
  return {
    kind: certificateKind(row),
    subject: leaf ? dn(leaf.subject) : row.DN,
    issuer: leaf ? dn(leaf.issuer) : null,
    not_before: leaf ? new Date(leaf.validFrom).toISOString() : null,
    not_after: leaf ? new Date(leaf.validTo).toISOString() : null,
    fingerprint: leaf ? leaf.fingerprint256 : null,
    subject_alternative_names: row.san,
  };
}
