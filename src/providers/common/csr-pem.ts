// A PEM certificate signing request parsed with @peculiar/x509, loaded on first use: the library
// (and the reflect-metadata it needs) costs more to load than a provider start should pay for
// every configuration, and only plans with a CSR to check need it.
import 'reflect-metadata';
import { Pkcs10CertificateRequest } from '@peculiar/x509';

/** What is wrong with a PEM CSR, or undefined. */
export function csrProblem(pem: string): string | undefined {
  if (!/-----BEGIN (NEW )?CERTIFICATE REQUEST-----/.test(pem)) return 'must be a PEM certificate signing request (-----BEGIN CERTIFICATE REQUEST-----)';
  try {
    new Pkcs10CertificateRequest(pem.trim());
    return undefined;
  } catch {
    return 'is not a valid PKCS#10 certificate signing request';
  }
}
