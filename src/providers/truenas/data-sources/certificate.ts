// data "truenas_certificate": a certificate or CSR by name, with its PEM and what it says
// (subject, names, issuer, validity, fingerprint). Never the private key: the client drops it.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { lookupDataSource } from './lookup.js';
import { certificateFactAttributes, certificateFacts } from '../shared/certificate-facts.js';

export const certificateDataSource = lookupDataSource({
  name: 'truenas_certificate',
  key: 'name',
  noun: 'Certificate',
  what: 'certificate',
  schema: schema({
    description:
      'A certificate or certificate signing request in TrueNAS, looked up by name (such as "truenas_default", the UI\'s own): its PEM, subject, names, issuer, validity and fingerprint. The private key is never read.',
    attributes: {
      name: attr.string({ required: true, description: 'Certificate name.' }),
      id: attr.number({ computed: true, description: "The certificate's id (for ui_certificate, ssltls_certificate, csr_id…)." }),
      certificate: attr.string({ computed: true, description: 'PEM certificate chain; null for a CSR.' }),
      csr: attr.string({ computed: true, description: 'PEM certificate signing request, for a CSR or an ACME certificate.' }),
      common: attr.string({ computed: true, description: 'Common name.' }),
      key_type: attr.string({ computed: true, description: 'RSA or EC.' }),
      key_length: attr.number({ computed: true, description: 'Key size in bits.' }),
      renew_days: attr.number({ computed: true, description: 'ACME certificates: days before expiry TrueNAS renews it.' }),
      dns_mapping: attr.map(ty.number, { computed: true, description: 'ACME certificates: the DNS authenticator id of each name.' }),
      add_to_trusted_store: attr.bool({ computed: true, description: "Whether it is in the system's trusted store." }),
      ...certificateFactAttributes,
    },
  }),
  find: (client, name) => client.crypto.certificates.queryOne([['name', '=', name]]),
  toModel(row) {
    return {
      name: row.name,
      id: row.id,
      certificate: row.cert_type_CSR ? null : row.certificate,
      csr: row.CSR,
      common: row.common,
      key_type: row.key_type,
      key_length: row.key_length,
      renew_days: row.acme === null ? null : row.renew_days,
      dns_mapping: row.domains_authenticators,
      add_to_trusted_store: row.add_to_trusted_store,
      ...certificateFacts(row),
    };
  },
});
