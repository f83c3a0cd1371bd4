// Certificates and ACME DNS authenticators as `certificate.query` and
// `acme.dns.authenticator.query` return them (truenas/middleware
// src/middlewared/middlewared/api/v25_10_0/certificate.py, acme_dns_authenticator.py; 25.04's
// legacy entry has the same fields plus certificate-authority ones, left out here).
// `privatekey` is left out on purpose: parsing drops it, so no read puts a key into state.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { SECRET_MASK } from './protection.js';

const text = lazySchema(() =>
  z
    .string()
    .nullable()
    .optional()
    .transform((value) => value ?? null),
);

export const certificateSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    /** 0x08 an existing certificate, 0x20 a CSR (plugins/crypto_/utils.py). */
    type: z.number(),
    certificate: text,
    CSR: text,
    DN: text,
    common: text,
    country: text,
    state: text,
    city: text,
    organization: text,
    organizational_unit: text,
    email: text,
    san: z
      .array(z.string())
      .nullable()
      .optional()
      .transform((value) => value ?? []),
    from: text,
    until: text,
    fingerprint: text,
    key_type: text,
    key_length: z
      .number()
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    digest_algorithm: text,
    expired: z
      .boolean()
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    cert_type_CSR: z.boolean(),
    acme_uri: text,
    /** The ACME registration (a dict) of an ACME certificate, null otherwise. */
    acme: z
      .record(z.string(), z.unknown())
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    domains_authenticators: z
      .record(z.string(), z.number())
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    renew_days: z
      .number()
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    add_to_trusted_store: z.boolean(),
  }),
);
export type Certificate = z.output<typeof certificateSchema>;

export const CERTIFICATE_CREATE_TYPES = [
  'CERTIFICATE_CREATE_IMPORTED',
  'CERTIFICATE_CREATE_CSR',
  'CERTIFICATE_CREATE_IMPORTED_CSR',
  'CERTIFICATE_CREATE_ACME',
] as const;
export type CertificateCreateType = (typeof CERTIFICATE_CREATE_TYPES)[number];

/** `certificate.create`'s fields the provider sends (CertificateCreateArgs); each create type reads its own. */
export interface CertificateCreate {
  name: string;
  create_type: CertificateCreateType;
  add_to_trusted_store?: boolean;
  certificate?: string;
  privatekey?: string;
  passphrase?: string;
  CSR?: string;
  key_type?: 'RSA' | 'EC';
  key_length?: number;
  ec_curve?: string;
  digest_algorithm?: string;
  common?: string;
  san?: string[];
  country?: string;
  state?: string;
  city?: string;
  organization?: string;
  organizational_unit?: string;
  email?: string;
  csr_id?: number;
  acme_directory_uri?: string;
  tos?: boolean;
  renew_days?: number;
  dns_mapping?: Record<string, number>;
}

/** `certificate.update` takes only these (CertificateUpdateArgs). */
export interface CertificateUpdate {
  name?: string;
  renew_days?: number;
  add_to_trusted_store?: boolean;
}

/** The DNS providers an authenticator can be (AuthType's discriminator). */
export const DNS_AUTHENTICATOR_TYPES = ['cloudflare', 'digitalocean', 'OVH', 'route53', 'shell'] as const;
export type DnsAuthenticatorType = (typeof DNS_AUTHENTICATOR_TYPES)[number];

export const dnsAuthenticatorSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    // A whole `Secret[AuthType]` (api/v25_10_5/acme_dns_authenticator.py:135; role prefix NETWORK_INTERFACE).
    attributes: z.union([z.object({ authenticator: z.string() }).catchall(z.unknown()), z.literal(SECRET_MASK)]),
  }),
);
export type DnsAuthenticator = z.output<typeof dnsAuthenticatorSchema>;
export interface DnsAuthenticatorCreate {
  name: string;
  attributes: { authenticator: string } & Record<string, unknown>;
}
