// The simulated certificate store: `system_certificate` rows (plugins/crypto_/certificates.py
// CertificateModel), ACME DNS authenticators (`system_acmednsauthenticator`,
// plugins/acme_protocol.py) and ACME registrations, one per directory, which stay after their
// certificates are gone as on the real server; plus the test CA that plays the ACME server.
import { createTestCa, type TestCa } from './certificate-crypto.js';
import { Table } from './state.js';

/** CERT_TYPE_EXISTING and CERT_TYPE_CSR (plugins/crypto_/utils.py). */
export const CERT_TYPE_EXISTING = 0x08;
export const CERT_TYPE_CSR = 0x20;

export interface SimCertificate {
  id: number;
  name: string;
  type: number;
  certificate: string | null;
  privatekey: string | null;
  CSR: string | null;
  /** The ACME registration's id (acme certificates only). */
  acme: number | null;
  acme_uri: string | null;
  domains_authenticators: Record<string, number> | null;
  renew_days: number;
  add_to_trusted_store: boolean;
}

export interface SimDnsAuthenticator {
  id: number;
  name: string;
  attributes: { authenticator: string } & Record<string, unknown>;
}

export interface SimAcmeRegistration {
  id: number;
  uri: string;
  directory: string;
  tos: string;
  new_account_uri: string;
  new_nonce_uri: string;
  new_order_uri: string;
  revoke_cert_uri: string;
  body: { id: number; status: string; key: string };
}

export class SimCertificates {
  readonly certificates = new Table<SimCertificate>();
  readonly dnsAuthenticators = new Table<SimDnsAuthenticator>();
  readonly acmeRegistrations = new Table<SimAcmeRegistration>();
  private ca: Promise<TestCa> | undefined;

  /** The CA standing in for every ACME directory, made on first use. */
  testCa(): Promise<TestCa> {
    this.ca ??= createTestCa();
    return this.ca;
  }

  /** Ids by kind for SimState.inventory() (registrations are the system's, not a resource's). */
  inventory(): Record<string, number[]> {
    return {
      certificates: this.certificates.list().map((row) => row.id),
      acmeDnsAuthenticators: this.dnsAuthenticators.list().map((row) => row.id),
    };
  }
}
