// The DNS providers an ACME DNS authenticator can be (`attributes.authenticator`) and their
// fields, as api/v25_04_0, v25_10_0 and v26_0_0 acme_dns_authenticator.py define them (the same in
// the three releases; checked against the derived schema subsets by
// test/providers/truenas/certificate.test.ts). Secret fields go in `secrets`, the rest in `settings`.
import type { CloudField, CloudProvider } from './cloud-providers.js';

const secret = (required = true): CloudField => ({ kind: 'string', secret: true, required });
const text = (required = true): CloudField => ({ kind: 'string', required });

export const DNS_AUTHENTICATORS: Readonly<Record<string, CloudProvider>> = {
  // Either api_token, or cloudflare_email with api_key (authenticators/cloudflare.py validate_credentials).
  cloudflare: { fields: { cloudflare_email: text(false), api_key: secret(false), api_token: secret(false) } },
  digitalocean: { fields: { digitalocean_token: secret() } },
  OVH: {
    fields: {
      application_key: text(),
      application_secret: secret(),
      consumer_key: secret(),
      endpoint: { kind: ['ovh-eu', 'ovh-ca', 'ovh-us', 'kimsufi-eu', 'kimsufi-ca', 'soyoustart-eu', 'soyoustart-ca'], required: true },
    },
  },
  route53: { fields: { access_key_id: text(), secret_access_key: secret() } },
  shell: {
    fields: {
      script: text(),
      user: { kind: 'string', default: 'nobody' },
      // ShellSchema: timeout >= 5, delay >= 10 (the acme.dns.authenticator.create dumps of 25.04, 25.10 and 26.0).
      timeout: { kind: 'integer', default: 60, minimum: 5 },
      delay: { kind: 'integer', default: 60, minimum: 10 },
    },
  },
};

export const DNS_AUTHENTICATOR_TYPES = Object.keys(DNS_AUTHENTICATORS);
