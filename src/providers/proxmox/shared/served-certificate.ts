// What a node says of the certificate it serves (`certificates/info`, pve-certificate-info), as
// the computed attributes the certificate resources share (proxmox_certificate,
// proxmox_acme_certificate): both put the node's custom pveproxy-ssl.pem in place.
import type { CertificateInfo, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { ty } from '../../../framework/type-spec.js';

const keep = planModifiers.useStateForUnknown();

/** The custom certificate's file, which uploads and ACME orders write. */
export const CUSTOM_CERTIFICATE_FILE = 'pveproxy-ssl.pem';

export const servedCertificateAttributes = {
  fingerprint: attr.string({ computed: true, description: "SHA-256 fingerprint of the node's certificate.", planModifiers: [keep] }),
  subject: attr.string({ computed: true, description: 'Subject, e.g. "/CN=pve.example.com".', planModifiers: [keep] }),
  issuer: attr.string({ computed: true, description: 'Issuer.', planModifiers: [keep] }),
  not_before: attr.number({ computed: true, description: 'Start of validity, seconds since 1970.', planModifiers: [keep] }),
  not_after: attr.number({ computed: true, description: 'Expiry, seconds since 1970.', planModifiers: [keep] }),
  subject_alternative_names: attr.list(ty.string, {
    computed: true,
    description: 'DNS names and addresses the certificate is valid for.',
    planModifiers: [keep],
  }),
};

export type ServedCertificateName = keyof typeof servedCertificateAttributes;
export const SERVED_CERTIFICATE_NAMES = Object.keys(servedCertificateAttributes) as ServedCertificateName[];

export interface ServedCertificateFields {
  fingerprint: string | null;
  subject: string | null;
  issuer: string | null;
  not_before: number | null;
  not_after: number | null;
  subject_alternative_names: string[];
}

export function servedCertificateFields(info: CertificateInfo): ServedCertificateFields {
  return {
    fingerprint: info.fingerprint ?? null,
    subject: info.subject ?? null,
    issuer: info.issuer ?? null,
    not_before: info.notbefore ?? null,
    not_after: info.notafter ?? null,
    subject_alternative_names: info.san ?? [],
  };
}

/** The node's custom certificate, or undefined when it serves its cluster-issued one. */
export async function customCertificateInfo(client: ProxmoxClient, node: string): Promise<CertificateInfo | undefined> {
  return (await client.certificates.info(node)).find((info) => info.filename === CUSTOM_CERTIFICATE_FILE);
}
